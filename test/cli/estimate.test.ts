import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { assertReportInvariants } from "../helpers/invariants";
import { runCli } from "../helpers/cli";

const fixture = path.relative(process.cwd(), path.join(__dirname, "testdata", "disks.tf.json"));
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-cli-"));

describe("costkit estimate", () => {
  test("--format json writes a report that follows the contract", async () => {
    const { code, out } = await runCli(["estimate", fixture, "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    assertReportInvariants(report);
    expect(report.stack).toBe("disks");
    expect(report.monthlyCost.expected).toBe("162.4");
  });

  test("output is deterministic: the same input gives byte-identical output", async () => {
    const a = await runCli(["estimate", fixture, "--format", "json"]);
    const b = await runCli(["estimate", fixture, "--format", "json"]);
    expect(a.out).toBe(b.out);
    expect(a.out).not.toContain(process.cwd());
  });

  test("markdown and table formats render the total and the unpriced reasons", async () => {
    const md = await runCli(["estimate", fixture, "--format", "markdown"]);
    expect(md.out).toContain("**Monthly cost: $162.40**");
    expect(md.out).toContain("unknown disk type");
    const table = await runCli(["estimate", fixture]);
    expect(table.out).toContain("Monthly cost: $162.40");
    expect(table.out).toContain("Not priced:");
  });

  test("malformed JSON exits 2 and gives the position", async () => {
    const dir = tmp();
    const file = path.join(dir, "bad.tf.json");
    fs.writeFileSync(file, '{\n  "resource": {\n    "google_compute_disk": { "a": { "size": 10, } }\n  }\n}\n');
    const { code, err } = await runCli(["estimate", file]);
    expect(code).toBe(2);
    expect(err).toMatch(/bad\.tf\.json is not valid JSON: .* at line 3, column \d+/);
  });

  test("an unknown usage key exits 2 naming the file and the key", async () => {
    const dir = tmp();
    const usage = path.join(dir, "usage.yml");
    fs.writeFileSync(usage, "resource_usage:\n  google_compute_disk.ssd:\n    writesPerSecond: 5\n");
    const { code, err } = await runCli(["estimate", fixture, "--usage", usage]);
    expect(code).toBe(2);
    expect(err).toContain("usage.yml");
    expect(err).toContain('unknown usage key "writesPerSecond"');
  });

  test("usage for an address that does not exist exits 2", async () => {
    const dir = tmp();
    const usage = path.join(dir, "usage.yml");
    fs.writeFileSync(usage, "resource_usage:\n  google_compute_disk.nope: {}\n");
    const { code, err } = await runCli(["estimate", fixture, "--usage", usage]);
    expect(code).toBe(2);
    expect(err).toMatch(/no resource has that address/);
  });

  test("null is Terraform's \"not set\": the default applies", async () => {
    const file = path.join(tmp(), "null.tf.json");
    fs.writeFileSync(file, JSON.stringify({ resource: { google_compute_disk: { d: { zone: "europe-west1-b", type: "pd-ssd", size: null } } } }));
    const r = await runCli(["estimate", file, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).resources[0].components[0].monthlyQuantity.expected).toBe("10"); // the provider's default size
  });

  test.each([["lots"], [-1000], ["1e3"]])("a stack driver of %j exits 2 naming the file and the driver", async (value) => {
    const file = path.join(tmp(), "drivers.tf.json");
    fs.writeFileSync(file, JSON.stringify({ "//": { cost: { drivers: { monthlyActiveUsers: { EU: value } } } }, resource: { google_compute_disk: { d: { zone: "europe-west1-b", size: 10 } } } }));
    const r = await runCli(["estimate", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/drivers\.tf\.json: the driver "\/\/"\.cost\.drivers\.monthlyActiveUsers\.EU must be a number of 0 or more/);
  });

  describe("values Terraform would reject", () => {
    const write = (resource: Record<string, unknown>) => {
      const file = path.join(tmp(), "bad.tf.json");
      fs.writeFileSync(file, JSON.stringify({ provider: { google: [{ region: "europe-west1" }] }, resource }));
      return file;
    };
    const disk = (attrs: Record<string, unknown>) => write({ google_compute_disk: { d: { zone: "europe-west1-b", type: "pd-ssd", size: 100, ...attrs } } });

    test.each([
      ["a negative disk size", disk({ size: -100 }), /google_compute_disk\.d \(in .*bad\.tf\.json\): "Storage \(pd-ssd\)" comes to a negative quantity \(-100 GiB-months\)/],
      ["a negative node count", write({ google_container_node_pool: { p: { location: "europe-west1-b", node_count: -3, node_config: { machine_type: "e2-standard-4" } } } }), /google_container_node_pool\.p .*negative quantity/],
      ["a negative count", disk({ count: -2 }), /google_compute_disk\.d\.count \(in .*\) must be a whole number from 0 to 9007199254740991, got -2/],
      ["a fractional count", disk({ count: 1.5 }), /must be a whole number from 0 to 9007199254740991, got 1\.5/],
      ["a count of \"NaN\"", disk({ count: "NaN" }), /google_compute_disk\.d\.count \(in .*\) must be a whole number .*, got "NaN"\. Fix the count/],
      ["a count of true", disk({ count: true }), /google_compute_disk\.d\.count .* got true\. Fix the count/],
      ["a hexadecimal count", disk({ count: "0x10" }), /google_compute_disk\.d\.count .* got "0x10"/],
      ["a count with an exponent", disk({ count: "1e400" }), /google_compute_disk\.d\.count .* got "1e400"/],
      ["a count beyond 2^53 - 1", disk({ count: "9007199254740993" }), /google_compute_disk\.d\.count .* from 0 to 9007199254740991, got "9007199254740993"/],
    ])("%s exits 2, naming the resource and the fix", async (_name, file, message) => {
      const r = await runCli(["estimate", file]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe("");
    });

    test.each([
      ["a size too large for a number", (() => {
        const file = disk({ size: 12345 });
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("12345", "1e400")); // JSON.parse gives Infinity
        return file;
      })(), "google_compute_disk.d: size is too large to price (401 digits); fix the value in the configuration"],
      ["a size that is not a number", disk({ size: "abc" }), "size must be a number, got \"abc\"; fix the value in the configuration"],
    ])("%s is unpriced with the reason, never $0 or a crash", async (_name, file, reason) => {
      const r = await runCli(["estimate", file, "--format", "json"]);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out);
      expect(report.resources).toEqual([]);
      expect(report.unpriced).toEqual([expect.objectContaining({ address: "google_compute_disk.d", reason: expect.stringContaining(reason.replace(/^google_compute_disk\.d: /, "")) })]);
    });
  });

  test("an --out that cannot be written exits 2 naming it (a folder, a path through a file, nothing)", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "file"), "");
    for (const [out, why] of [[dir, "it is a folder"], [path.join(dir, "file", "x.json"), "its folder cannot be created"], ["", "--out needs a file name"]]) {
      const r = await runCli(["estimate", fixture, "--out", out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(why);
    }
  });

  test("a module call whose folder does not exist is unpriced with the reason and the way to price it", async () => {
    const file = path.join(tmp(), "main.tf.json");
    fs.writeFileSync(file, JSON.stringify({ module: { network: { source: "./modules/network" } }, resource: { google_compute_disk: { d: { zone: "europe-west1-b", size: 10 } } } }));
    const r = await runCli(["estimate", file, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).unpriced).toEqual([{ address: "module.network", type: "module", reason: expect.stringMatching(/^the module's folder .*modules\/network does not exist \(source \.\/modules\/network\).*terraform show -json/) }]);
  });

  test("a folder of *.tf.json files is one module: a resource defined in two files, or a file that is not an object, is bad input naming the file", async () => {
    const dir = tmp();
    const disk = { google_compute_disk: { d: { zone: "europe-west1-b", size: 10 } } };
    fs.writeFileSync(path.join(dir, "a.tf.json"), JSON.stringify({ provider: { google: { region: "europe-west1" } }, resource: disk }));
    fs.writeFileSync(path.join(dir, "b.tf.json"), JSON.stringify({ provider: { google: { alias: "us", region: "us-central1" } }, resource: { google_compute_disk: { e: { zone: "us-central1-a", size: 20, provider: "google.us" } } } }));
    const ok = await runCli(["estimate", dir, "--format", "json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).resources.map((x: { address: string; region: string }) => [x.address, x.region])).toEqual([["google_compute_disk.d", "europe-west1"], ["google_compute_disk.e", "us-central1"]]);
    fs.writeFileSync(path.join(dir, "c.tf.json"), JSON.stringify({ resource: disk }));
    const twice = await runCli(["estimate", dir]);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/c\.tf\.json is not valid Terraform JSON at resource\.google_compute_disk\.d: the resource is also defined in .*a\.tf\.json/);
    fs.writeFileSync(path.join(dir, "c.tf.json"), "null");
    const nul = await runCli(["estimate", dir]);
    expect(nul.code).toBe(2);
    expect(nul.err).toMatch(/c\.tf\.json is not valid Terraform JSON at the top level: expected an object/);
  });

  test("an unknown region is unpriced with the nearest known regions; an empty file or a plan value that is not an object is bad input", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "region.tf.json"), JSON.stringify({ resource: { google_compute_disk: { d: { zone: "europe-wset1-b", size: 10 } } } }));
    const region = JSON.parse((await runCli(["estimate", path.join(dir, "region.tf.json"), "--format", "json"])).out);
    expect(region.unpriced[0].reason).toMatch(/unknown google region "europe-wset1" \(nearest known: europe-west1, .*\); fix the region or zone/);
    fs.writeFileSync(path.join(dir, "empty.tf.json"), "  \n");
    const empty = await runCli(["estimate", path.join(dir, "empty.tf.json")]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/empty\.tf\.json is not valid JSON: the file is empty/);
    const plan = { format_version: "1.2", resource_changes: [{ address: "google_compute_disk.d", mode: "managed", type: "google_compute_disk", name: "d", change: { actions: ["create"], after: "oops" } }] };
    fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(plan));
    const bad = await runCli(["estimate", path.join(dir, "plan.json")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/plan\.json is not valid Terraform JSON at resource_changes\[0\] \(google_compute_disk\.d\)\.change\.after: expected an object of the planned values, got the string "oops"/);
    // a change that is not an object is not skipped (the plan would price as empty, a silent pass)
    for (const [change, where] of [[7e-154, /resource_changes\[0\]: expected an object \(one resource's change\), got number 7e-154/], [{ address: "a.b", mode: "managed", type: "a", name: "b", change: null }, /resource_changes\[0\]\.change: expected an object with "actions" and "after", got null/]] as const) {
      fs.writeFileSync(path.join(dir, "plan2.json"), JSON.stringify({ format_version: "1.2", resource_changes: [change] }));
      const r = await runCli(["estimate", path.join(dir, "plan2.json")]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(where);
    }
  });

  test("--usage-template refuses the options it would ignore", async () => {
    const r = await runCli(["estimate", fixture, "--usage-template", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--usage-template prints a usage skeleton (YAML) and prices nothing, so it takes no --format");
  });

  test("bad arguments exit 2 with a pointer to --help", async () => {
    expect((await runCli(["estimate"])).code).toBe(2);
    const r = await runCli(["estimate", fixture, "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be one of table, json, markdown/);
    expect((await runCli(["estimate", fixture, "--colour"])).err).toMatch(/unknown option --colour/);
    expect((await runCli(["estimate", "does/not/exist.tf.json"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  test("--help documents every option", async () => {
    const { code, out } = await runCli(["estimate", "--help"]);
    expect(code).toBe(0);
    for (const opt of ["--usage", "--price-book", "--format", "--out", "--usage-template"]) expect(out).toContain(opt);
  });

  test("--usage-template prints a valid YAML skeleton", async () => {
    const { code, out } = await runCli(["estimate", fixture, "--usage-template"]);
    expect(code).toBe(0);
    expect(parse(out)).toHaveProperty("resource_usage");
  });

  test("a cdktf.out folder prices every stack", async () => {
    const dir = tmp();
    for (const stack of ["b-stack", "a-stack"]) {
      fs.mkdirSync(path.join(dir, "stacks", stack), { recursive: true });
      fs.copyFileSync(fixture, path.join(dir, "stacks", stack, "cdk.tf.json"));
    }
    const { code, out } = await runCli(["estimate", dir, "--format", "json"]);
    expect(code).toBe(0);
    const bundle = JSON.parse(out);
    expect(bundle.reports.map((r: { stack: string }) => r.stack)).toEqual(["a-stack", "b-stack"]);
    expect(bundle.monthlyCost.expected).toBe("324.8");
  });

  test("the costkit binary runs (npx costkit)", () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, "..", "..", "bin", "costkit.js"), "estimate", fixture, "--format", "json"], {
      env: { ...process.env, COSTKIT_FROM_SOURCE: "1" },
      encoding: "utf8",
    });
    expect(JSON.parse(out).monthlyCost.expected).toBe("162.4");
  });
});
