import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";

const reportData = path.join(__dirname, "..", "report", "testdata");
const fixture = (name: string) => path.relative(process.cwd(), path.join(reportData, name));
const disks = path.join(__dirname, "testdata", "disks.tf.json");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-diff-"));

/** A cdktf.out folder: stacks/<stack>/cost-report.json from report fixtures, and stacks/<stack>/cdk.tf.json files. */
function cdktfOut(stacks: { reports?: Record<string, string>; terraform?: Record<string, string> }): string {
  const dir = tmp();
  for (const [stack, file] of Object.entries(stacks.reports ?? {})) {
    fs.mkdirSync(path.join(dir, "stacks", stack), { recursive: true });
    fs.copyFileSync(path.join(reportData, file), path.join(dir, "stacks", stack, "cost-report.json"));
  }
  for (const [stack, file] of Object.entries(stacks.terraform ?? {})) {
    fs.mkdirSync(path.join(dir, "stacks", stack), { recursive: true });
    fs.copyFileSync(file, path.join(dir, "stacks", stack, "cdk.tf.json"));
  }
  return dir;
}

const golden = (name: string) => fs.readFileSync(path.join(reportData, name), "utf8");

describe("costkit diff", () => {
  const base = cdktfOut({ reports: { app: "machine-type.base.json" } });
  const head = cdktfOut({ reports: { app: "machine-type.head.json" } });

  test("two cdktf.out folders give the PR comment, the JSON and the table", async () => {
    const md = await runCli(["diff", base, head, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.out).toBe(golden("machine-type.diff.md"));
    const json = await runCli(["diff", base, head, "--format", "json"]);
    expect(json.out).toBe(golden("machine-type.diff.json"));
    const table = await runCli(["diff", base, head]);
    expect(table.out).toBe(golden("machine-type.diff.txt"));
    expect(table.err).toBe("");
  });

  test("a synth's budgets across stacks (cost-summary.json) are in the comment, so a PR that breaks one shows it", async () => {
    const summary = (message: string) => JSON.stringify({ crossStackFindings: [{ ruleId: "Budget-platform-total", level: "error", message }] });
    const b = cdktfOut({ reports: { app: "machine-type.base.json" } });
    const h = cdktfOut({ reports: { app: "machine-type.head.json" } });
    fs.writeFileSync(path.join(h, "cost-summary.json"), summary("the expected cost of $54,692,093.12 is over the limit of $50,000,000.00"));
    const md = await runCli(["diff", b, h, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.out).toContain("❌ 1 error (1 new)");
    expect(md.out).toMatch(/^\| 🆕 new \| error \| Budget-platform-total \| all stacks \| — \| the expected cost of \\\$54,692,093\.12 is over the limit/m);
    fs.writeFileSync(path.join(b, "cost-summary.json"), summary("the expected cost of $51,000,000.00 is over the limit of $50,000,000.00"));
    const json = JSON.parse((await runCli(["diff", b, h, "--format", "json"])).out);
    expect(json.crossStackFindings).toEqual([expect.objectContaining({ ruleId: "Budget-platform-total", new: false, changed: true })]);
    fs.writeFileSync(path.join(h, "cost-summary.json"), JSON.stringify({ crossStackFindings: [{ ruleId: 1 }] }));
    const bad = await runCli(["diff", b, h]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cost-summary\.json is not a valid cost summary: at crossStackFindings\[0\]\.ruleId, expected a string/);
  });

  test("two single-stack files with different names are compared as one stack", async () => {
    const dir = tmp();
    const disk = (size: number) => JSON.stringify({ resource: { google_compute_disk: { d: { zone: "europe-west1-b", type: "pd-ssd", size } } } });
    fs.writeFileSync(path.join(dir, "before.tf.json"), disk(100));
    fs.writeFileSync(path.join(dir, "after.tf.json"), disk(200));
    const r = JSON.parse((await runCli(["diff", path.join(dir, "before.tf.json"), path.join(dir, "after.tf.json"), "--format", "json"])).out);
    expect(r.stacks.map((s: { stack: string; status: string }) => [s.stack, s.status])).toEqual([["after", "changed"]]);
    expect(r.resourceCounts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 0 });
    expect(r.monthlyCost.delta.expected).toBe("17"); // 100 GiB more of pd-ssd at $0.17
  });

  test("report files and estimate bundles are read as well", async () => {
    const single = await runCli(["diff", fixture("machine-type.base.json"), fixture("machine-type.head.json"), "--format", "json"]);
    expect(single.out).toBe(golden("machine-type.diff.json"));
    const bundles = await runCli(["diff", fixture("ranges.base.json"), fixture("ranges.head.json"), "--format", "json"]);
    expect(bundles.code).toBe(0);
    expect(bundles.out).toBe(golden("ranges.diff.json"));
  });

  test("--out writes the file and nothing to standard output", async () => {
    const out = path.join(tmp(), "comment.md");
    const r = await runCli(["diff", base, head, "--format", "markdown", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(fs.readFileSync(out, "utf8")).toBe(golden("machine-type.diff.md"));
  });

  test("a stack folder with only cdk.tf.json is priced with the engine", async () => {
    const estimated = JSON.parse((await runCli(["estimate", disks, "--format", "json"])).out).monthlyCost.expected;
    const b = cdktfOut({ terraform: { disks } });
    const h = cdktfOut({ terraform: { disks }, reports: { app: "machine-type.head.json" } });
    const r = await runCli(["diff", b, h, "--format", "json"]);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.out);
    expect(diff.stacks.map((s: { stack: string; status: string }) => [s.stack, s.status])).toEqual([["app", "added"], ["disks", "unchanged"]]);
    expect(diff.stacks[1].monthlyCost.before.expected).toBe(estimated);
    expect(diff.monthlyCost.delta.expected).toBe("387.4");
    // a Terraform JSON file is priced too
    const file = await runCli(["diff", disks, disks, "--format", "json"]);
    expect(JSON.parse(file.out).monthlyCost).toMatchObject({ before: { expected: estimated }, delta: { expected: "0" } });
  });

  test("a cdktf.out folder with no stack yet is zero cost, not bad input", async () => {
    const empty = tmp();
    fs.mkdirSync(path.join(empty, "stacks"));
    fs.writeFileSync(path.join(empty, "manifest.json"), '{ "stacks": {}, "version": "0.21.0" }');
    const r = await runCli(["diff", empty, head, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ monthlyCost: { before: { expected: "0" }, delta: { expected: "387.4" } }, stackCounts: { added: 1 } });
  });

  describe("--fail-on-increase", () => {
    // machine-type: 234.7 → 387.4, +152.7 (+65.06%)
    test.each([
      ["152", 1],
      ["152.69", 1],
      ["152.7", 0],
      ["200", 0],
      ["0", 1],
      ["65%", 1],
      ["65.06%", 1],
      ["65.1%", 0],
      ["100%", 0],
    ])("%s exits %i", async (threshold, code) => {
      const r = await runCli(["diff", base, head, "--format", "json", "--fail-on-increase", threshold as string]);
      expect(r.code).toBe(code);
      if (code === 1) expect(r.err).toBe(`costkit diff: the expected monthly cost rises by $152.70 (+65.1%), more than --fail-on-increase ${threshold} allows.\n`);
      else expect(r.err).toBe("");
    });

    test("a fall never exceeds it", async () => {
      expect((await runCli(["diff", head, base, "--fail-on-increase", "0"])).code).toBe(0);
      expect((await runCli(["diff", head, base, "--fail-on-increase", "0%"])).code).toBe(0);
    });

    test("a rise from $0 exceeds any percentage", async () => {
      const empty = path.join(tmp(), "empty.json");
      const zero = { min: "0", expected: "0", max: "0" };
      fs.writeFileSync(empty, JSON.stringify({ formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD", priceBooks: [], stack: "app", monthlyCost: zero, listMonthlyCost: zero, resources: [], unpriced: [], free: [], findings: [] }));
      const r = await runCli(["diff", empty, head, "--fail-on-increase", "1000%"]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("rises by $387.40 (from $0.00)");
      expect((await runCli(["diff", empty, head, "--fail-on-increase", "1000"])).code).toBe(0);
    });

    test("the output is written even when the threshold fails the run", async () => {
      const out = path.join(tmp(), "comment.md");
      const r = await runCli(["diff", base, head, "--format", "markdown", "--out", out, "--fail-on-increase", "10%"]);
      expect(r.code).toBe(1);
      expect(fs.readFileSync(out, "utf8")).toContain("<!-- costkit-comment -->");
    });
  });

  describe("a pull request that raises only autoscaling maxima (GPU pool max 16 → 24, autoscaler max 10 → 20)", () => {
    // Real Terraform JSON priced by the engine; the fixtures' comment tables show the arithmetic.
    const pair = path.join(__dirname, "testdata", "autoscaling-max");
    const base = path.join(pair, "base", "main.tf.json"), head = path.join(pair, "head", "main.tf.json");

    test("the expected delta is $0.00; the worst case rises by $2,835.64", async () => {
      const diff = JSON.parse((await runCli(["diff", base, head, "--format", "json"])).out);
      expect(diff.monthlyCost.delta).toEqual({ min: "0", expected: "0", max: "2835.63877" });
      expect(diff.monthlyCost.percent).toEqual({ min: "0", expected: "0", max: "54.57" });
      expect(diff.resourceCounts).toEqual({ added: 0, removed: 0, changed: 2, unchanged: 1 });
    });

    test("the comment's first line shows the worst-case rise, in words that the expected cost is unchanged", async () => {
      const { code, out } = await runCli(["diff", base, head, "--format", "markdown"]);
      expect(code).toBe(0);
      const [marker, first] = out.split("\n");
      expect(marker).toBe("<!-- costkit-comment -->");
      expect(first).toBe("### 💰 Expected monthly cost unchanged (\\$0.00), but the worst case rises by +\\$2,835.64 (+54.6%)");
      expect(out).toContain('x-axis ["ml +$2,287.52", "compute +$548.12"]');
      expect(out).toContain("| ml | $0.00 | +$2,287.52 (+50%) |");
      // the terminal view leads with the same line
      expect((await runCli(["diff", base, head])).out.split("\n")[0]).toBe("Expected monthly cost unchanged ($0.00), but the worst case rises by +$2,835.64 (+54.6%)");
    });

    test("--fail-on-increase 5% --basis max fails it; --basis expected (the default) passes", async () => {
      const max = await runCli(["diff", base, head, "--fail-on-increase", "5%", "--basis", "max"]);
      expect(max.code).toBe(1);
      expect(max.err).toBe("costkit diff: the worst-case (max) monthly cost rises by $2,835.64 (+54.6%), more than --fail-on-increase 5% --basis max allows.\n");
      for (const args of [["--fail-on-increase", "5%"], ["--fail-on-increase", "5%", "--basis", "expected"], ["--fail-on-increase", "0", "--basis", "expected"]]) {
        const r = await runCli(["diff", base, head, ...args]);
        expect({ args, code: r.code, err: r.err }).toEqual({ args, code: 0, err: "" });
      }
    });

    test("--basis max with an amount: fires above it, not at or below", async () => {
      expect((await runCli(["diff", base, head, "--fail-on-increase", "2835", "--basis", "max"])).code).toBe(1);
      expect((await runCli(["diff", base, head, "--fail-on-increase", "2835.63877", "--basis", "max"])).code).toBe(0);
      expect((await runCli(["diff", base, head, "--fail-on-increase", "54.6%", "--basis", "max"])).code).toBe(0);
      // a fall of the worst case never fails
      expect((await runCli(["diff", head, base, "--fail-on-increase", "0", "--basis", "max"])).code).toBe(0);
    });

    test("a bad --basis, or --basis without a threshold, is a bad argument", async () => {
      const bad = await runCli(["diff", base, head, "--fail-on-increase", "5%", "--basis", "worst"]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('--basis must be one of expected, max, got "worst"');
      const alone = await runCli(["diff", base, head, "--basis", "max"]);
      expect(alone.code).toBe(2);
      expect(alone.err).toContain("give --fail-on-increase too");
    });
  });

  describe("bad input exits 2 and says where", () => {
    test("malformed JSON names the file, the line and the column", async () => {
      const file = path.join(tmp(), "cost-report.json");
      fs.writeFileSync(file, '{\n  "formatVersion": "1",\n  "stack": "app",,\n}\n');
      const r = await runCli(["diff", file, head]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cost-report\.json is not valid JSON: .* at line 3, column \d+/);
    });

    test("a report that breaks the contract names the file and the path inside it", async () => {
      const report = JSON.parse(fs.readFileSync(path.join(reportData, "machine-type.head.json"), "utf8"));
      report.resources[1].components[0].monthlyCost.max = 277.4;
      const dir = cdktfOut({});
      fs.mkdirSync(path.join(dir, "stacks", "app"), { recursive: true });
      fs.writeFileSync(path.join(dir, "stacks", "app", "cost-report.json"), JSON.stringify(report));
      const r = await runCli(["diff", base, dir]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${path.join(dir, "stacks", "app", "cost-report.json")} is not a valid cost report: at resources[1].components[0].monthlyCost.max, expected a decimal string such as "12.5", got 277.4`);
    });

    test("a bundle with a stack twice, and a bundle entry that is not a report", async () => {
      const dir = tmp();
      const report = JSON.parse(fs.readFileSync(path.join(reportData, "machine-type.head.json"), "utf8"));
      const twice = path.join(dir, "twice.json");
      fs.writeFileSync(twice, JSON.stringify({ formatVersion: "1", currency: "USD", monthlyCost: report.monthlyCost, reports: [report, report] }));
      expect((await runCli(["diff", twice, head])).err).toMatch(/twice\.json has two reports for stack "app"/);
      const broken = path.join(dir, "broken.json");
      fs.writeFileSync(broken, JSON.stringify({ formatVersion: "1", currency: "USD", monthlyCost: report.monthlyCost, reports: [report, { formatVersion: "2" }] }));
      const r = await runCli(["diff", broken, head]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('at reports[1].formatVersion, expected "1", got "2"');
    });

    test("a folder with nothing to diff, or a path that does not exist", async () => {
      const empty = await runCli(["diff", tmp(), head]);
      expect(empty.code).toBe(2);
      expect(empty.err).toMatch(/holds no cost report/);
      const missing = await runCli(["diff", "no/such/cdktf.out", head]);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain("cannot read no/such/cdktf.out");
    });

    test("bad arguments name the argument", async () => {
      const format = await runCli(["diff", base, head, "--format", "html"]);
      expect(format.code).toBe(2);
      expect(format.err).toContain('--format must be one of table, markdown, json, got "html"');
      for (const bad of ["abc", "-5", "5%%", "$5", "1e3", ""]) {
        const r = await runCli(["diff", base, head, `--fail-on-increase=${bad}`]);
        expect(r.code).toBe(2);
        expect(r.err).toContain(`--fail-on-increase must be an amount in US dollars ("500", "1234.50") or a percentage of the base ("5%"), got "${bad}"`);
      }
      const one = await runCli(["diff", base]);
      expect(one.code).toBe(2);
      expect(one.err).toContain("costkit diff takes <base> and <head>, got 1 path");
      expect((await runCli(["diff", base, head, "--colour"])).err).toMatch(/unknown option --colour/);
    });
  });

  test("--help documents every option; the command list names diff", async () => {
    const { code, out } = await runCli(["diff", "--help"]);
    expect(code).toBe(0);
    for (const opt of ["--format", "--fail-on-increase", "--basis", "expected|max", "--out", "AMOUNT|PERCENT%", "Exit codes"]) expect(out).toContain(opt);
    expect((await runCli(["--help"])).out).toMatch(/^ {2}diff <base> <head>/m);
  });

  describe("savings for what a pull request touches (the head's recommendations, as `costkit recommend` computes them)", () => {
    // pr-savings: the head grows the batch pool and declares it interruptible (Savings-SPOT1); the idle pool, the same on
    // both sides, earns Savings-SIZE1 in the head, which the comment must leave out. head-spot touches the batch pool
    // too, but already on Spot: nothing to recommend for it.
    const pair = path.join(__dirname, "testdata", "pr-savings");
    const out = (side: string) => cdktfOut({ terraform: { app: path.join(pair, side, "cdk.tf.json") } });
    const base = out("base"), head = out("head"), spot = out("head-spot");
    const SECTION = "#### Savings for what this change touches";

    test("the comment shows the touched pool's recommendation with its exact saving, not the untouched pool's", async () => {
      const { code, out: md } = await runCli(["diff", base, head, "--format", "markdown"]);
      expect(code).toBe(0);
      const section = md.slice(md.indexOf(SECTION), md.indexOf("#### Policies"));
      expect(section).toBe([
        SECTION, "",
        "Each saving is the difference of two estimates of the head: as it is, and with the change made.", "",
        "| Resource | Stack | Change | Saving a month |", "| --- | --- | --- | ---: |",
        "| <code>google_container_node_pool.batch</code> | <code>app</code> | run google_container_node_pool.batch on Spot nodes: set node_config.spot = true (its usage declares the work interruptible)<br><sub>Savings-SPOT1, confidence medium</sub> | $1,087.02 |",
        "", "",
      ].join("\n"));
      // after the cost change, before the policies
      expect(md.indexOf("#### Change by category")).toBeLessThan(md.indexOf(SECTION));
      expect(md).not.toContain("Savings-SIZE1");
      // the same engine: recommend on the head lists both, SIZE1 included, with the same SPOT1 saving
      const all = JSON.parse((await runCli(["recommend", head, "--format", "json"])).out).recommendations;
      expect(all.map((r: { rule: string }) => r.rule)).toEqual(["Savings-SPOT1", "Savings-SIZE1"]);
      // on demand 35,040 vCPU-h × 0.0278253546 + 140,160 GiB-h × 0.0037297322, minus Spot 35,040 × 0.00763 + 140,160 × 0.001023
      expect(all[0].monthlySaving.expected).toBe("1087.020810336");
    });

    test("the json diff carries them as `recommendations`; the table lists them", async () => {
      const json = JSON.parse((await runCli(["diff", base, head, "--format", "json"])).out);
      expect(json.recommendations.map((r: { id: string }) => r.id)).toEqual(["Savings-SPOT1:app:google_container_node_pool.batch"]);
      const table = (await runCli(["diff", base, head])).out;
      expect(table).toContain("Savings for what this change touches (1; each the difference of two estimates of the head):\n  $1,087.02 a month  app/google_container_node_pool.batch: run google_container_node_pool.batch on Spot nodes");
      expect(table).not.toContain("SIZE1");
    });

    test("when what the change touches earns nothing, the section is absent (though an untouched pool earns one)", async () => {
      const md = (await runCli(["diff", base, spot, "--format", "markdown"])).out;
      expect(md).toContain("#### Policies");
      expect(md).not.toContain(SECTION);
      expect(md).not.toContain("Savings-");
      expect(JSON.parse((await runCli(["diff", base, spot, "--format", "json"])).out)).not.toHaveProperty("recommendations");
      expect((await runCli(["diff", base, spot])).out).not.toContain("Savings for");
      // the untouched pool does earn one in the head
      expect(JSON.parse((await runCli(["recommend", spot, "--format", "json"])).out).recommendations.map((r: { rule: string }) => r.rule)).toEqual(["Savings-SIZE1"]);
    });

    test("a head of reports (no Terraform) has no section, silently", async () => {
      const report = path.join(tmp(), "head.json");
      fs.writeFileSync(report, (await runCli(["estimate", head, "--format", "json"])).out);
      const r = await runCli(["diff", base, report, "--format", "markdown"]);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
      expect(r.out).toContain("google_container_node_pool.batch");
      expect(r.out).not.toContain(SECTION);
    });
  });
});
