import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";
import { flat, line, report, resource } from "../policies/fixtures";

/**
 * A stack with one Persistent Disk: pd-ssd, 500 GiB in europe-west1 = $85.00 a month (fixed), labelled team and
 * feature through the provider's default_labels; drivers: 1,000 monthly active users in EU → $0.085 per user.
 */
function stackJson(extraCost: Record<string, unknown> = {}) {
  return {
    "//": { cost: { drivers: { monthlyActiveUsers: { EU: 1000 } }, ...extraCost } },
    provider: { google: [{ project: "p", region: "europe-west1", default_labels: { team: "platform", feature: "streaming" } }] },
    resource: {
      google_compute_disk: {
        cache: { "//": { metadata: { path: "app/cache", uniqueId: "cache" } }, name: "cache", size: 500, type: "pd-ssd", zone: "europe-west1-b" },
      },
    },
  };
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-check-"));

function write(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

const OK_BUDGETS = 'budgets:\n  - id: total\n    monthly: "100"\n  - id: eu-per-user\n    scope: { geo: EU }\n    perUnit: { driver: monthlyActiveUsers, max: "0.1" }\n';
const TIGHT_BUDGETS = 'budgets:\n  - id: tiny\n    monthly: "50"\n';

let savedToday: string | undefined;
beforeEach(() => {
  savedToday = process.env.COSTKIT_TODAY;
  process.env.COSTKIT_TODAY = "2026-01-15";
});
afterEach(() => {
  if (savedToday === undefined) delete process.env.COSTKIT_TODAY;
  else process.env.COSTKIT_TODAY = savedToday;
});

describe("costkit check", () => {
  test("exit 0 when the budgets hold and no rule finds an error", async () => {
    const dir = tmp();
    const tf = write(dir, "app.tf.json", stackJson());
    const budgets = write(dir, "budgets.yaml", OK_BUDGETS);
    const { code, out, err } = await runCli(["check", tf, "--budgets", budgets]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("1 stack (app); pack FinOps (7 rules); 2 budgets from");
    expect(out).toContain("No findings.");
    expect(out).toContain("0 errors, 0 warnings, 0 info, 0 acknowledged");
  });

  test("exit 1 on an error finding, listing level, id, subject and message", async () => {
    const dir = tmp();
    const tf = write(dir, "app.tf.json", stackJson());
    const { code, out } = await runCli(["check", tf, "--budgets", write(dir, "budgets.yaml", TIGHT_BUDGETS)]);
    expect(code).toBe(1);
    expect(out).toMatch(/^ {2}\[error\] Budget-tiny \(1\)\n {4}all stacks: budget "tiny"/m);
    expect(out).toContain('budget "tiny" (all stacks) is exceeded: the expected monthly cost is $85.00, $35.00 over the limit of $50.00');
    expect(out).toContain("1 error, 0 warnings");
  });

  test("a warning alone exits 0", async () => {
    const dir = tmp();
    const tf = write(dir, "app.tf.json", stackJson());
    const { code, out } = await runCli(["check", tf, "--budgets", write(dir, "b.yaml", 'budgets:\n  - id: tiny\n    monthly: "50"\n    level: warning\n')]);
    expect(code).toBe(0);
    expect(out).toContain("0 errors, 1 warning");
  });

  test("an acknowledgement in the stack's \"//\".cost turns the error into an acknowledged finding, until it expires", async () => {
    const dir = tmp();
    const ack = { acknowledgements: [{ path: "", ruleId: "Budget-tiny", reason: "pilot month agreed with FinOps (FINOPS-12)", expires: "2026-01-31" }] };
    const tf = write(dir, "app.tf.json", stackJson(ack));
    const budgets = write(dir, "budgets.yaml", TIGHT_BUDGETS);
    const ok = await runCli(["check", tf, "--budgets", budgets]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ {2}\[error, acknowledged\] Budget-tiny \(1\)/m);
    expect(ok.out).toContain("acknowledged: pilot month agreed with FinOps (FINOPS-12) (until 2026-01-31)");
    process.env.COSTKIT_TODAY = "2026-02-01";
    const expired = await runCli(["check", tf, "--budgets", budgets]);
    expect(expired.code).toBe(1);
    expect(expired.out).toContain('acknowledgement expired on 2026-01-31: "pilot month agreed with FinOps (FINOPS-12)"');
  });

  test("budgets span every stack of a cdktf.out folder", async () => {
    const dir = tmp();
    write(dir, "stacks/a/cdk.tf.json", stackJson());
    write(dir, "stacks/b/cdk.tf.json", stackJson());
    const { code, out } = await runCli(["check", dir, "--budgets", write(dir, "budgets.yaml", OK_BUDGETS), "--format", "json"]);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.stacks).toEqual(["a", "b"]);
    expect(result.counts).toEqual({ errors: 2, warnings: 0, info: 0, acknowledged: 0 });
    expect(result.findings.map((f: { ruleId: string; subject: string }) => [f.ruleId, f.subject])).toEqual([["Budget-total", "all stacks"], ["Budget-eu-per-user", "geo EU"]]);
    expect(result.findings[0].message).toContain("$170.00");
    expect(result.findings[1].message).toContain("per unit of monthlyActiveUsers.EU is $0.17");
  });

  test("a cost report (or bundle) is checked as it is: the pack's errors exit 1", async () => {
    const dir = tmp();
    // google_container_node_pool.big: 1 / 2 / 2,000 nodes × $1,000 → max $2,000,000 > AS1's $1,000,000.
    const r = report("ml", [
      resource("google_container_node_pool.big", [line("vCPU (on-demand, n2-standard-8)", "node-months", "1000", { min: "1", expected: "2", max: "2000" })]),
      flat("google_compute_disk.a", "10"),
    ]);
    const file = write(dir, "cost-report.json", r);
    const { code, out } = await runCli(["check", file, "--budgets", write(dir, "b.yaml", "budgets: []\n"), "--format", "markdown"]);
    expect(code).toBe(1);
    expect(out).toContain("**error · FinOps-AS1** (1)");
    expect(out).toContain("- stack <code>ml</code> <code>google_container_node_pool.big</code>: can cost");
    const bundle = { formatVersion: "1", currency: "USD", monthlyCost: r.monthlyCost, reports: [r, { ...r, stack: "ml-2" }] };
    const viaBundle = await runCli(["check", write(dir, "bundle.json", bundle), "--budgets", path.join(dir, "b.yaml"), "--format", "json"]);
    expect(viaBundle.code).toBe(1);
    expect(JSON.parse(viaBundle.out).findings.map((f: { subject: string }) => f.subject)).toEqual(["ml: google_container_node_pool.big", "ml-2: google_container_node_pool.big"]);
    const acked = { ...r, findings: [{ ruleId: "FinOps-AS1", level: "error", address: "google_container_node_pool.big", message: "…", acknowledged: { reason: "launch capacity plan CP-7" } }] };
    const again = await runCli(["check", write(dir, "acked.json", acked), "--budgets", path.join(dir, "b.yaml")]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("acknowledged: launch capacity plan CP-7");
  });

  test("without --budgets, policies/budgets.yaml of the working directory is used when it exists", async () => {
    const dir = tmp();
    const tf = write(dir, "app.tf.json", stackJson());
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const none = await runCli(["check", "app.tf.json"]);
      expect(none.code).toBe(0);
      expect(none.out).toContain("no budgets file");
      write(dir, "policies/budgets.yaml", TIGHT_BUDGETS);
      const found = await runCli(["check", tf]);
      expect(found.code).toBe(1);
      expect(found.out).toContain(`1 budget from ${path.join("policies", "budgets.yaml")}`);
    } finally {
      process.chdir(cwd);
    }
  });

  test("exit 2 for a malformed budgets file, naming the file and the line", async () => {
    const dir = tmp();
    const tf = write(dir, "app.tf.json", stackJson());
    const budgets = write(dir, "budgets.yaml", 'budgets:\n  - id: total\n    monthly: "100"\n    levle: warning\n');
    const { code, err, out } = await runCli(["check", tf, "--budgets", budgets]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("budgets.yaml, line 4 (budgets[0].levle): unknown key \"levle\"");
    const dup = await runCli(["check", tf, "--budgets", write(dir, "dup.yaml", 'budgets:\n  - id: a\n    monthly: "1"\n  - id: a\n    monthly: "1"\n')]);
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('line 4 (budgets[1].id): the id "a" is used twice (first at line 2)');
  });

  test("exit 2 for bad arguments and missing inputs; --help documents the options", async () => {
    const dir = tmp();
    const tf = write(dir, "app.tf.json", stackJson());
    expect((await runCli(["check"])).code).toBe(2);
    expect((await runCli(["check", tf, "--format", "xml"])).err).toMatch(/--format must be one of table, json, markdown/);
    expect((await runCli(["check", tf, "--budgets", path.join(dir, "nope.yaml")])).code).toBe(2);
    expect((await runCli(["check", path.join(dir, "nope.tf.json")])).code).toBe(2);
    process.env.COSTKIT_TODAY = "soon";
    expect((await runCli(["check", tf])).err).toMatch(/COSTKIT_TODAY is "soon"/);
    const help = await runCli(["check", "--help"]);
    expect(help.code).toBe(0);
    for (const opt of ["--budgets", "--format", "Exit codes"]) expect(help.out).toContain(opt);
  });
});
