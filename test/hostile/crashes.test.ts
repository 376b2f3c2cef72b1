import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";
import { cpuTimer } from "../helpers/cpu";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-crash-"));
const put = (name: string, content: unknown): string => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
};
const google = { google: [{ project: "p", region: "europe-west1" }] };
const disk = { google_compute_disk: { d: { zone: "europe-west1-b", size: 10, type: "pd-ssd" } } };
const diskFile = put("disk.tf.json", { provider: google, resource: disk });
const bomb = ["a: &a [x,x,x,x,x,x,x,x,x,x]", ..."bcdefg".split("").map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdefg"[i]}`).join(",")}]`)].join("\n") + "\n";
const withPack = (pack: string) => put(`pack-${pack}.tf.json`, { "//": { cost: { policy: { pack } } }, provider: google, resource: disk });

/** Cases that crashed (exit 1 with a stack trace, or a hang): each now exits 2 with a message naming the problem. */
const cases: [string, () => string[], RegExp][] = [
  ["a YAML alias bomb as --usage", () => ["estimate", diskFile, "--usage", put("bomb.yml", bomb)], /bomb\.yml is rejected: its YAML aliases/],
  ["a YAML alias bomb as --budgets", () => ["check", diskFile, "--budgets", put("bomb-b.yml", bomb)], /bomb-b\.yml is rejected: its YAML aliases/],
  ["10,000 nested YAML lists as --usage", () => ["estimate", diskFile, "--usage", put("deep.yml", `x: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`)],
    /deep\.yml is rejected: its YAML nests mappings and lists more than 500 levels deep, the deepest costkit reads/],
  ["1,000 nested YAML mappings as --budgets", () => ["check", diskFile, "--budgets", put("deep-b.yml", Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}k:\n`).join("") + `${"  ".repeat(1000)}k: 1\n`)],
    /deep-b\.yml is rejected: its YAML nests mappings and lists more than 500 levels deep, the deepest costkit reads/],
  ["an embedded policy pack \"nope\"", () => ["estimate", withPack("nope")], /names the pack "nope", which this costkit does not have/],
  ["an embedded policy pack \"constructor\"", () => ["estimate", withPack("constructor")], /names the pack "constructor"/],
  ["an embedded policy pack \"__proto__\"", () => ["estimate", withPack("__proto__")], /names the pack "__proto__"/],
  ["a Dataproc boot disk of -1 GB", () => ["estimate", put("dataproc.tf.json", {
    provider: google,
    resource: { google_dataproc_cluster: { c: { region: "europe-west1", cluster_config: [{ master_config: [{ num_instances: 1, machine_type: "n2-standard-4", disk_config: [{ boot_disk_size_gb: -1 }] }] }] } } },
  })], /google_dataproc_cluster\.c .*negative quantity \(-1\)/],
  ["a broken symbolic link in cdktf.out/stacks/", () => {
    put("out/stacks/a/cdk.tf.json", { provider: google, resource: disk });
    fs.mkdirSync(path.join(dir, "out/stacks/b"), { recursive: true });
    fs.symlinkSync(path.join(dir, "nowhere.json"), path.join(dir, "out/stacks/b/cdk.tf.json"));
    return ["estimate", path.join(dir, "out")];
  }, /cannot read .*stacks\/b\/cdk\.tf\.json: no such file \(or a symbolic link/],
  ["100,000 levels of nesting across files", () => {
    const deep = "{\"locals\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);
    put("deep/a.tf.json", deep);
    put("deep/b.tf.json", deep);
    return ["estimate", path.join(dir, "deep")];
  }, /the nesting is deeper than 1000 levels/],
  ["--price-book /dev/zero", () => ["estimate", diskFile, "--price-book", "/dev/zero"], /\/dev\/zero is not a text file/],
  ["a duplicate JSON key", () => ["estimate", put("dup.tf.json", '{"provider": {"google": [{"region": "europe-west1"}]},\n "resource": {"google_compute_disk": {"d": {"size": 10,\n  "size": 20}}}}')], /dup\.tf\.json gives the key "size" twice in the same object \(the second at line 3, column 3\)/],
  ["a Dataproc cluster with a boot disk of -1 (count -0 is 0: nothing to price)", () => ["estimate", put("dataproc0.tf.json", {
    provider: google,
    resource: { google_dataproc_cluster: { c: { count: 1, region: "europe-west1", cluster_config: [{ master_config: [{ num_instances: 1, machine_type: "n2-standard-4", disk_config: [{ boot_disk_size_gb: -1 }] }] }] } } },
  })], /negative quantity/],
  ...([["priceBooks \"x\"", "x", /at priceBooks, expected a list/], ["priceBooks [null]", [null], /at priceBooks\[0\], expected an object/], ["a numeric price book id", [{ id: 5, effectiveDate: "2026-01-01" }], /at priceBooks\[0\]\.id, expected a string, got 5/]] as const)
    .map(([name, books, message]): [string, () => string[], RegExp] => [`a report with ${name}`, () => {
      const good = { formatVersion: "1", currency: "USD", stack: "s", monthlyCost: { min: "0", expected: "0", max: "0" }, listMonthlyCost: { min: "0", expected: "0", max: "0" }, resources: [], unpriced: [], free: [], findings: [], priceBooks: [] };
      return ["diff", put("base.json", good), put(`head-${name.length}.json`, { ...good, priceBooks: books })];
    }, message]),
  ["a malformed number", () => ["estimate", put("num.tf.json", '{"resource": {"x": {"y": {"size": 01}}}}')], /num\.tf\.json is not valid JSON: a number with a leading zero at line 1, column 35/],
];

describe("input that crashed exits 2 with a message", () => {
  test.each(cases)("%s", async (_name, argv, message) => {
    const elapsed = cpuTimer();
    const { code, err } = await runCli(argv());
    expect(err).toMatch(message);
    expect(code).toBe(2);
    expect(err).not.toMatch(/\n\s+at /);
    expect(elapsed()).toBeLessThan(5000);
  });

  test("a pipe (as from a process substitution <(terraform show -json plan)) is read as a file", async () => {
    const fifo = path.join(dir, "plan-pipe.json");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `cat "${diskFile}" > "${fifo}"`]);
    const { code, out } = await runCli(["estimate", fifo, "--format", "json"]);
    writer.kill();
    expect(code).toBe(0);
    expect(JSON.parse(out).resources).toHaveLength(1);
  });

  test("a GCP SKU list with startUsageAmount \"x\" is imported without a crash", async () => {
    const skus = put("skus.json", [{
      name: "services/x/skus/A", skuId: "A", description: "N2 Instance Core running in Belgium",
      category: { serviceDisplayName: "Compute Engine", resourceFamily: "Compute", resourceGroup: "N2Standard", usageType: "OnDemand" },
      serviceRegions: ["europe-west1"],
      pricingInfo: [{ pricingExpression: { usageUnit: "h", tieredRates: [{ startUsageAmount: "x", unitPrice: { currencyCode: "USD", units: "0", nanos: 1 } }] } }],
    }]);
    const { code, err } = await runCli(["prices", "import", "--from", "gcp-skus", skus, "--out", path.join(dir, "book.json")]);
    expect(code).toBe(2);
    expect(err).not.toMatch(/DecimalError|\n\s+at /);
  });
});

describe("prototype names and huge numbers as attribute values are unpriced with the reason, never a crash", () => {
  const aws = { aws: [{ region: "us-east-1" }] };
  test.each([
    ["an App Engine location_id \"constructor\"", { provider: google, resource: {
      google_app_engine_application: { app: { location_id: "constructor" } },
      google_app_engine_standard_app_version: { v: { service: "s", version_id: "v1", runtime: "python39", instance_class: "constructor" } },
    } }, "google_app_engine_standard_app_version.v", /unknown App Engine instance class "CONSTRUCTOR"|region/],
    ["on-prem tape media \"constructor\"", { resource: { costkit_onprem_tape: { t: { geo: "EU", storedTb: 10, media: "constructor", amortizationYears: 5 } } } }, "costkit_onprem_tape.t", /attribute media is "constructor"/],
    ["a 400-digit memory_size", { provider: aws, resource: { aws_lambda_function: { f: { function_name: "f", memory_size: "9".repeat(400), runtime: "nodejs20.x", handler: "x", role: "r" } } } }, "aws_lambda_function.f", /memory_size is too large to price \(400 digits\)/],
  ])("%s", async (_name, json, address, reason) => {
    const usage = address.startsWith("aws_lambda") ? ["--usage", put("lambda-usage.yml", "resource_usage:\n  aws_lambda_function.f:\n    monthlyRequests: 1000000\n    averageDurationMs: 100\n")] : [];
    const { code, out, err } = await runCli(["estimate", put(`${address}.tf.json`, json), "--format", "json", ...usage]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const reasons = JSON.parse(out).unpriced.filter((u: { address: string }) => u.address === address).map((u: { reason: string }) => u.reason);
    expect(reasons.join("\n")).toMatch(reason);
    expect(reasons.join("\n")).not.toContain("a defect of costkit");
  });
});
