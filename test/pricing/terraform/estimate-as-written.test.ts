import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CostReport } from "../../../pricing/report";
import { costOf, estimateJson as estimate, runCli } from "../../helpers/cli";
import { cpuTimer } from "../../helpers/cpu";

/** End to end: Terraform JSON written as public modules write it, priced by `costkit estimate`. */
const testdata = path.relative(process.cwd(), path.join(__dirname, "testdata"));
const awsService = path.join(testdata, "aws-service", "main.tf.json");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-tfexpr-"));

describe("Terraform as written: a GCP module folder with variables, locals, a null region and tfvars", () => {
  let report: CostReport;
  beforeAll(async () => {
    report = await estimate(path.join(testdata, "gcp-module"));
  });

  test("a null region variable falls back to the provider's region", () => {
    expect(costOf(report, "google_compute_disk.logs")).toBe("4"); // 2 × 50 GiB × 0.04 in europe-west1
    expect(report.resources.find((r) => r.address === "google_compute_disk.logs")?.region).toBe("europe-west1");
  });

  test("conditional counts and for_each over a known set give the number of instances", () => {
    expect(costOf(report, "google_compute_disk.data")).toBe("68"); // 2 × 200 GiB × 0.17
    // count = false ? 1 : 0: Terraform creates nothing, so the report lists nothing (not a $0 resource, not free)
    expect(costOf(report, "google_compute_disk.standby")).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain("google_compute_disk.standby");
  });

  test("locals and a lookup map give the machine type; env comes from terraform.tfvars.json beside the files", () => {
    const web = report.resources.find((r) => r.address === "google_compute_instance.web");
    expect(web?.components.map((c) => c.name)).toEqual(["vCPU (on-demand, n2-standard-4)", "Memory (on-demand, n2-standard-4)", "Boot disk (pd-balanced)"]);
    expect(web?.monthlyCost.expected).toBe("126.813307528");
  });

  test("an uppercase multi-region location (US) prices at the multi-region rate", () => {
    expect(costOf(report, "google_storage_bucket.assets")).toBe("26"); // 1000 GiB × 0.026
    expect(report.resources.find((r) => r.address === "google_storage_bucket.assets")?.region).toBe("us");
  });

  test("a value from a data source stays unpriced, the reason naming the expression; the total is the table's", () => {
    expect(report.unpriced.filter((u) => u.address === "google_compute_disk.from_image")).toEqual([
      { address: "google_compute_disk.from_image", type: "google_compute_disk", component: "Storage (pd-balanced)", reason: "size is not known before apply (${data.google_compute_image.debian.disk_size_gb})" },
    ]);
    expect(report.monthlyCost.expected).toBe("224.813307528");
  });
});

describe("Terraform as written: variables given on the command line", () => {
  test("without a value for env, what depends on it is unpriced and says which variable to set", async () => {
    const report = await estimate(awsService);
    const reasons = report.unpriced.map((u) => `${u.address}: ${u.component ? `${u.component}: ` : ""}${u.reason}`);
    expect(reasons).toEqual([
      "aws_ecs_service.web: desired_count is not known before apply (${local.web_tasks}): var.env has no value (no default); give it one in terraform.tfvars.json, a *.auto.tfvars.json file or with --var-file",
      "aws_instance.app: Instance usage (Linux/UNIX, on-demand): instance_type is not known before apply (${local.instance_type}): var.env has no value (no default); give it one in terraform.tfvars.json, a *.auto.tfvars.json file or with --var-file",
    ]);
    expect(report.monthlyCost.expected).toBe("6.4"); // root volume 2.4 + scratch 4
  });

  test("--var env=prod: m5.large, three tasks of .5vCPU and 1 GB, the provider region from a variable", async () => {
    const report = await estimate(awsService, "--var", "env=prod");
    expect(report.unpriced).toEqual([]);
    expect(costOf(report, "aws_instance.app")).toBe("72.48"); // 70.08 + 2.4
    expect(costOf(report, "aws_ecs_service.web")).toBe("54.06015"); // 44.3256 + 9.73455
    expect(costOf(report, "aws_ebs_volume.scratch")).toBe("4");
    expect(report.monthlyCost.expected).toBe("130.54015");
  });

  test("--var-file: staging gives two t3.micro and one task; a later --var wins over the file", async () => {
    const staging = path.join(testdata, "vars", "staging.tfvars.json");
    const report = await estimate(awsService, "--var-file", staging);
    expect(costOf(report, "aws_instance.app")).toBe("19.984"); // 1460 h × 0.0104 + 60 GB × 0.08
    expect(report.monthlyCost.expected).toBe("42.00405");
    const overridden = await estimate(awsService, "--var-file", staging, "--var", "instance_count=1");
    expect(costOf(overridden, "aws_instance.app")).toBe("9.992"); // 730 × 0.0104 + 30 × 0.08
  });

  test("*.auto.tfvars.json beside the configuration is read after terraform.tfvars.json", async () => {
    const dir = tmp();
    fs.copyFileSync(awsService, path.join(dir, "main.tf.json"));
    fs.writeFileSync(path.join(dir, "terraform.tfvars.json"), '{"env": "prod", "instance_count": 5}');
    fs.writeFileSync(path.join(dir, "b.auto.tfvars.json"), '{"instance_count": 0}');
    fs.writeFileSync(path.join(dir, "a.auto.tfvars.json"), '{"instance_count": 3}');
    const report = await estimate(dir);
    expect(costOf(report, "aws_instance.app")).toBeUndefined(); // count 0 from b.auto (the last read): not created
    expect(costOf(report, "aws_ecs_service.web")).toBe("54.06015"); // env prod from terraform.tfvars.json
  });

  test("bad variable input exits 2 with the fix", async () => {
    const bad = await runCli(["estimate", awsService, "--var", "env"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--var takes NAME=VALUE \(e\.g\. --var region=europe-west1\), got "env"/);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "list.tfvars.json"), "[1]");
    const list = await runCli(["estimate", awsService, "--var-file", path.join(dir, "list.tfvars.json")]);
    expect(list.code).toBe(2);
    expect(list.err).toMatch(/list\.tfvars\.json is not valid Terraform JSON at the top level: expected an object of variable values/);
    const negative = await runCli(["estimate", awsService, "--var", "env=prod", "--var", "instance_count=-1"]);
    expect(negative.code).toBe(2);
    expect(negative.err).toMatch(/aws_instance\.app\.count \(in .*\) must be a whole number from 0 to 9007199254740991, got \$\{var\.instance_count\} = -1/);
  });
});

describe("Terraform as written: hostile expressions are unpriced with the reason, never a crash or a hang", () => {
  test("deep nesting, unknown functions and template directives", async () => {
    const dir = tmp();
    const file = path.join(dir, "hostile.tf.json");
    fs.writeFileSync(file, JSON.stringify({
      provider: { google: { region: "europe-west1" } },
      resource: {
        google_compute_disk: {
          deep: { type: "pd-ssd", size: `\${${"(".repeat(100)}1${")".repeat(100)}}`, zone: "europe-west1-b" },
          func: { type: "pd-ssd", size: "${regex(\"[0-9]+\", \"10\")}", zone: "europe-west1-b" },
          directive: { type: "${\"pd-\"}%{ if true }ssd%{ endif }", size: 10, zone: "europe-west1-b" },
          proto: { type: "pd-ssd", size: "${length({}.constructor)}", zone: "europe-west1-b" },
        },
      },
    }));
    const elapsed = cpuTimer();
    const report = await estimate(file);
    expect(elapsed()).toBeLessThan(5000);
    const reason = (a: string) => report.unpriced.find((u) => u.address === `google_compute_disk.${a}`)?.reason ?? "";
    expect(reason("deep")).toMatch(/size cannot be evaluated by costkit .*the expression nests deeper than 64 levels/);
    expect(reason("func")).toMatch(/does not evaluate the function regex\(\)/);
    expect(reason("directive")).toMatch(/template directives/);
    expect(reason("proto")).toMatch(/the object has no attribute "constructor"/);
    expect(report.resources).toEqual([]);
  });
});
