import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { catalogOf } from "../../../pricing/books";
import { estimate } from "../../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../../pricing/resources";
import { CostReport } from "../../../pricing/report";
import { readTerraform } from "../../../pricing/terraform";
import { expectGolden } from "../../helpers/golden";
import { costOf, estimateJson, runCli } from "../../helpers/cli";

/** End to end: root modules that call local modules, downloaded modules and modules that do not exist. */
const testdata = path.relative(process.cwd(), path.join(__dirname, "testdata"));
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-modules-"));

const quantities = (r: CostReport, address: string) => r.resources.find((x) => x.address === address)?.components.map((c) => [c.name, c.monthlyQuantity?.expected]);

function writeJson(dir: string, file: string, json: unknown): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(json));
}

describe("local module calls (module-calls/main.tf.json: the comment table shows the arithmetic)", () => {
  let report: CostReport;
  beforeAll(async () => {
    report = await estimateJson(path.join(testdata, "module-calls"));
  });

  test("the report equals testdata/module-calls.golden.json", () => {
    expectGolden(JSON.stringify(report, null, 2) + "\n", path.join(testdata, "module-calls.golden.json"));
  });

  test("child resources have the call's address before theirs, nested calls each of theirs", () => {
    expect(report.resources.map((r) => r.address)).toEqual([
      "aws_instance.base",
      "module.copy.aws_instance.this",
      "module.large.aws_instance.this",
      'module.pair[0].aws_instance.this',
      'module.pair[1].aws_instance.this',
      'module.pool.module.node["a"].aws_instance.this',
      'module.pool.module.node["b"].aws_instance.this',
      'module.pool.module.node["c"].aws_instance.this',
      "module.small.aws_instance.this",
      "module.twin.aws_instance.this",
      "module.west.aws_instance.this",
    ]);
  });

  test("variables not passed keep their defaults; arguments bind them, one read from the caller's local", () => {
    expect(quantities(report, "module.small.aws_instance.this")).toEqual([["Instance usage (Linux/UNIX, on-demand, t3.micro)", "730"], ["Storage (root, gp3)", "20"]]);
    expect(costOf(report, "module.small.aws_instance.this")).toBe("9.192"); // 7.592 + 20 × 0.08
    // instance_type = "m5.large"; disk_gb = local.data_gb = 40
    expect(quantities(report, "module.large.aws_instance.this")).toEqual([["Instance usage (Linux/UNIX, on-demand, m5.large)", "730"], ["Storage (root, gp3)", "40"]]);
    expect(costOf(report, "module.large.aws_instance.this")).toBe("73.28"); // 70.08 + 3.2
  });

  test("count and for_each on a call make one module instance each, addressed as Terraform does (for_each over the caller's list, one level down)", () => {
    for (const i of ["0", "1"]) {
      expect(quantities(report, `module.pair[${i}].aws_instance.this`)).toEqual([["Instance usage (Linux/UNIX, on-demand, t3.micro)", "730"], ["Storage (root, gp3)", "20"]]);
      expect(costOf(report, `module.pair[${i}].aws_instance.this`)).toBe("9.192"); // 7.592 + 1.6
    }
    for (const k of ["a", "b", "c"]) {
      expect(quantities(report, `module.pool.module.node["${k}"].aws_instance.this`)).toEqual([["Instance usage (Linux/UNIX, on-demand, t3.small)", "730"], ["Storage (root, gp3)", "10"]]);
      expect(costOf(report, `module.pool.module.node["${k}"].aws_instance.this`)).toBe("15.984"); // 15.184 + 0.8
    }
  });

  test("a module uses its caller's default provider, or the one `providers` maps", () => {
    expect(report.resources.find((r) => r.address === "module.small.aws_instance.this")?.region).toBe("us-east-1");
    expect(report.resources.find((r) => r.address === "module.west.aws_instance.this")?.region).toBe("eu-west-1");
    expect(costOf(report, "module.west.aws_instance.this")).toBe("10.082"); // 730 × 0.0114 + 20 × 0.088
  });

  test("an argument known only after apply leaves what depends on it unpriced, the reason naming the argument", () => {
    expect(report.unpriced.filter((u) => u.address === "module.copy.aws_instance.this")).toEqual([{
      address: "module.copy.aws_instance.this", type: "aws_instance", component: "Instance usage (Linux/UNIX, on-demand)",
      reason: "instance_type is not known before apply (${var.instance_type}): var.instance_type is given by module.copy as ${data.aws_ec2_instance_type.picked.instance_type}, and data.aws_ec2_instance_type.picked.instance_type is read from the provider when Terraform plans",
    }]);
    expect(costOf(report, "module.copy.aws_instance.this")).toBe("1.6"); // the root volume does not depend on it
  });

  test("an argument that another resource's configuration sets is known at plan: the module prices with it", () => {
    expect(report.unpriced.filter((u) => u.address === "module.twin.aws_instance.this")).toEqual([]);
    expect(costOf(report, "module.twin.aws_instance.this")).toBe("9.192"); // t3.micro 730 × 0.0104 + 20 × 0.08
  });

  test("a missing folder and a registry module without terraform init are unpriced with the reason and the fix", () => {
    const reasons = Object.fromEntries(report.unpriced.filter((u) => u.type === "module").map((u) => [u.address, u.reason]));
    expect(Object.keys(reasons)).toEqual(["module.missing", "module.vpc"]);
    expect(reasons["module.missing"]).toBe(`the module's folder ${path.join(testdata, "module-calls", "modules", "nope")} does not exist (source ./modules/nope), so the resources this module creates are not priced; fix the source, or estimate the plan instead (terraform show -json), which lists them`);
    expect(reasons["module.vpc"]).toMatch(/^costkit does not download modules \(terraform-aws-modules\/vpc\/aws\), so the resources this module creates are not priced; run `terraform init` and point costkit at the module's folder under \.terraform\/modules\//);
  });

  test("the total is the comment table's", () => {
    expect(report.monthlyCost.expected).toBe("177.914"); // 8.232 + 9.192 + 73.28 + 2 × 9.192 + 10.082 + 3 × 15.984 + 1.6 + 9.192
  });

  test("written in HCL (module-calls-hcl/), the same calls give the same report", async () => {
    const hcl = await estimateJson(path.join(testdata, "module-calls-hcl"));
    const json = JSON.stringify(report).split("module-calls/").join("<root>/");
    expect(JSON.stringify({ ...hcl, stack: report.stack }).split("module-calls-hcl/").join("<root>/")).toBe(json);
  });

  test("not expanded when the document is read without its folder: every call is unpriced, with how to expand it", () => {
    const file = path.join(testdata, "module-calls", "main.tf.json");
    const doc = readTerraform(JSON.parse(fs.readFileSync(file, "utf8")), file);
    expect(doc.resources.map((r) => r.address)).toEqual(["aws_instance.base"]);
    const r = estimate(doc, { stack: "s", catalog: catalogOf(), registry: DEFAULT_REGISTRY });
    expect(r.unpriced.map((u) => u.address)).toEqual(["module.copy", "module.large", "module.missing", "module.pair", "module.pool", "module.small", "module.twin", "module.vpc", "module.west"]);
    expect(r.unpriced[0].reason).toBe("costkit does not expand modules (./modules/web) in a configuration read without its folder, so the resources this module creates are not priced; estimate the configuration's folder or file (costkit estimate <path>), which expands local modules, or estimate the plan instead (terraform show -json), which lists them");
  });

  test("a usage file targets a module's resource by its full address, or every module instance's without the keys; an address no resource has is an error", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "usage.yml"), "version: 0.1\nresource_usage:\n  module.pair.aws_instance.this:\n    monthlyHours: 100\n  module.pool.module.node[\"b\"].aws_instance.this:\n    monthlyHours: 10\n");
    const withUsage = await estimateJson(path.join(testdata, "module-calls"), "--usage", path.join(dir, "usage.yml"));
    // each of the 2 instances: 100 h × 0.0104 = 1.04; its volume is unchanged: 1.6
    for (const i of ["0", "1"]) {
      expect(quantities(withUsage, `module.pair[${i}].aws_instance.this`)).toEqual([["Instance usage (Linux/UNIX, on-demand, t3.micro)", "100"], ["Storage (root, gp3)", "20"]]);
      expect(costOf(withUsage, `module.pair[${i}].aws_instance.this`)).toBe("2.64");
    }
    // one instance by its own address: 10 h × 0.0208 = 0.208 + 0.8; the others keep 730 h
    expect(costOf(withUsage, 'module.pool.module.node["b"].aws_instance.this')).toBe("1.008");
    expect(costOf(withUsage, 'module.pool.module.node["a"].aws_instance.this')).toBe("15.984");
    expect(costOf(withUsage, "module.small.aws_instance.this")).toBe("9.192");
    fs.writeFileSync(path.join(dir, "usage.yml"), "version: 0.1\nresource_usage:\n  aws_instance.this:\n    monthlyHours: 100\n");
    const wrong = await runCli(["estimate", path.join(testdata, "module-calls"), "--usage", path.join(dir, "usage.yml")]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/usage for "aws_instance\.this" .* but no resource has that address\. Addresses found: .*module\.copy\.aws_instance\.this/);
  });
});

describe("module calls that Terraform would reject, and calls that cannot be counted", () => {
  test("a module that calls itself exits 2 naming the chain", async () => {
    const r = await runCli(["estimate", path.join(testdata, "module-cycle")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`costkit estimate: error: module.loop.module.again (in ${path.join(testdata, "module-cycle", "loop")}) calls a module that is already being read: the root module (${path.join(testdata, "module-cycle")}) → module.loop (./loop) → module.loop.module.again (./). A module cannot call itself, directly or through other modules (Terraform rejects it too); fix the call's source.\n`);
  });

  test("16 levels of module calls are read; 17 exit 2 naming the chain", async () => {
    const nest = (levels: number) => {
      const dir = tmp();
      let at = dir;
      for (let i = 1; i <= levels; i++) {
        writeJson(at, "main.tf.json", { module: { [`l${i}`]: { source: `./m${i}` } } });
        at = path.join(at, `m${i}`);
      }
      writeJson(at, "main.tf.json", { resource: { aws_ebs_volume: { v: { availability_zone: "us-east-1a", size: 10, type: "gp3" } } } });
      return dir;
    };
    const ok = await estimateJson(nest(16));
    expect(ok.resources.map((r) => r.address)).toEqual([Array.from({ length: 16 }, (_, i) => `module.l${i + 1}.`).join("") + "aws_ebs_volume.v"]);
    expect(ok.monthlyCost.expected).toBe("0.8"); // 10 GB × 0.08
    const deep = await runCli(["estimate", nest(17)]);
    expect(deep.code).toBe(2);
    expect(deep.err).toMatch(/module\.l1\.module\.l2\..*module\.l17 \(in .*\) nests modules more than 16 deep: the root module \(.*\) → module\.l1 \(\.\/m1\) → .* → module\.l1\..*module\.l17 \(\.\/m17\)\. costkit reads at most 16 levels/);
  });

  test("an argument the module does not declare exits 2 naming the call and the module's variables", async () => {
    const dir = tmp();
    writeJson(dir, "main.tf.json", { module: { web: { source: "./web", instance_typ: "t3.micro" } } });
    writeJson(dir, "web/main.tf.json", { variable: { instance_type: {}, disk_gb: { default: 1 } } });
    const r = await runCli(["estimate", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`at module.web.instance_typ: the module ${path.join(dir, "web")} has no variable "instance_typ" (it declares disk_gb, instance_type). Remove the argument or fix its name`);
  });

  test("a count known only after apply leaves the module's resources unpriced with the reason; count = 0 prices nothing", async () => {
    const dir = tmp();
    const volume = { aws_ebs_volume: { v: { availability_zone: "us-east-1a", size: 10, type: "gp3" } } };
    writeJson(dir, "main.tf.json", {
      variable: { replicas: { type: "number" } },
      module: { unknown: { source: "./disk", count: "${var.replicas}" }, none: { source: "./disk", count: 0 } },
    });
    writeJson(dir, "disk/main.tf.json", { resource: volume });
    const r = await estimateJson(dir);
    expect(r.unpriced).toEqual([{
      address: "module.unknown.aws_ebs_volume.v", type: "aws_ebs_volume",
      reason: "the number of instances is not known before apply: module.unknown.count is not known before apply (${var.replicas})",
    }]);
    expect(r.resources.map((x) => x.address)).toEqual([]); // count = 0: Terraform creates nothing
    expect(r.free).toEqual([]);
    const given = await estimateJson(dir, "--var", "replicas=3");
    // 3 instances, each 10 GB × 0.08
    expect(given.resources.map((x) => [x.address, x.monthlyCost.expected])).toEqual([0, 1, 2].map((i) => [`module.unknown[${i}].aws_ebs_volume.v`, "0.8"]));
  });

  test("a module's own provider configuration wins over its caller's", async () => {
    const dir = tmp();
    writeJson(dir, "main.tf.json", { provider: { aws: { region: "us-east-1" } }, module: { own: { source: "./own" }, inherits: { source: "./inherits" } } });
    const volume = { aws_ebs_volume: { v: { availability_zone: "eu-west-1a", size: 10, type: "gp3" } } };
    writeJson(dir, "own/main.tf.json", { provider: { aws: { region: "eu-west-1" } }, resource: volume });
    writeJson(dir, "inherits/main.tf.json", { resource: { aws_instance: { i: { ami: "ami-0123456789abcdef0", instance_type: "t3.micro" } } } });
    const r = await estimateJson(dir);
    expect(r.resources.map((x) => [x.address, x.region])).toEqual([["module.inherits.aws_instance.i", "us-east-1"], ["module.own.aws_ebs_volume.v", "eu-west-1"]]);
  });
});

describe("modules written in HCL", () => {
  test("a module folder with a syntax error exits 2 naming its file; one that only a comment names is not read", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "broken"));
    fs.writeFileSync(path.join(dir, "broken", "main.tf"), 'resource "aws_ebs_volume" "v" {\n  size = \n}\n');
    fs.mkdirSync(path.join(dir, "disk"));
    fs.writeFileSync(path.join(dir, "disk", "main.tf"), 'resource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  size = 10\n  type = "gp3"\n}\n');
    // The comment names ./broken: its files are converted with the others, and their error is not raised.
    fs.writeFileSync(path.join(dir, "main.tf"), '# module "old" { source = "./broken" }\nmodule "disk" {\n  source = "./disk"\n}\n');
    const ok = await estimateJson(dir);
    expect(ok.resources.map((r) => [r.address, r.monthlyCost.expected])).toEqual([["module.disk.aws_ebs_volume.v", "0.8"]]); // 10 GB × 0.08
    fs.writeFileSync(path.join(dir, "main.tf"), 'module "disk" {\n  source = "./broken"\n}\n');
    const bad = await runCli(["estimate", dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/broken\/main\.tf is not valid Terraform: .*main\.tf:2,\d+-\d+,\d+: Invalid expression/);
  });
});

describe("registry modules (module-registry/main.tf.json: the comment table shows the arithmetic)", () => {
  /** The fixture copied to a temporary folder, with module-registry-init/ as the .terraform/modules/ terraform init writes. */
  const copy = (init: boolean) => {
    const dir = tmp();
    fs.cpSync(path.join(testdata, "module-registry"), dir, { recursive: true });
    if (init) fs.cpSync(path.join(testdata, "module-registry-init"), path.join(dir, ".terraform", "modules"), { recursive: true });
    return dir;
  };

  test("without terraform init: unpriced, the reason saying how to price it", async () => {
    const r = await estimateJson(copy(false));
    expect(r.resources).toEqual([]);
    expect(r.unpriced).toEqual([{
      address: "module.cache", type: "module",
      reason: "costkit does not download modules (terraform-aws-modules/ec2-instance/aws), so the resources this module creates are not priced; run `terraform init` and point costkit at the module's folder under .terraform/modules/ (or at this root module again: costkit then reads .terraform/modules/modules.json), or estimate the plan instead (terraform show -json), which lists them",
    }]);
  });

  test("after terraform init: the module and the registry module it calls are read from .terraform/modules/modules.json", async () => {
    const r = await estimateJson(copy(true));
    expect(r.unpriced).toEqual([]);
    expect(r.resources.map((x) => [x.address, x.monthlyCost.expected])).toEqual([
      ["module.cache.aws_instance.this", "15.984"], // t3.small 730 × 0.0208 = 15.184 + 8 GB gp2 × 0.10 = 0.8
      ["module.cache.module.disk.aws_ebs_volume.this", "4"], // local.disk_gb = 50 GB × 0.08
    ]);
    expect(r.monthlyCost.expected).toBe("19.984");
  });

  test("a module the manifest does not list is unpriced, saying to run terraform init again; a broken manifest exits 2", async () => {
    const dir = copy(true);
    const manifest = path.join(dir, ".terraform", "modules", "modules.json");
    const json = JSON.parse(fs.readFileSync(manifest, "utf8"));
    fs.writeFileSync(manifest, JSON.stringify({ Modules: json.Modules.filter((m: { Key: string }) => m.Key !== "cache.disk") }));
    const r = await estimateJson(dir);
    expect(r.resources.map((x) => x.address)).toEqual(["module.cache.aws_instance.this"]);
    expect(r.unpriced).toEqual([{
      address: "module.cache.module.disk", type: "module",
      reason: expect.stringMatching(/^.*modules\.json has no module "cache\.disk" \(source example\/ebs-volume\/aws\), so the resources this module creates are not priced; run `terraform init` again to download it, or estimate the plan/),
    }]);
    fs.writeFileSync(manifest, JSON.stringify({ Modules: [{ Key: "cache" }] }));
    const broken = await runCli(["estimate", dir]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/modules\.json is not a module manifest of terraform init: Modules\[0\] needs a string "Key" and "Dir"/);
  });
});
