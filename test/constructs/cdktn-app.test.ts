/**
 * costkit in a CDK Terrain app (cdktn, the maintained fork of cdktf), synthesized in-process with cdktn's App and
 * TerraformStack and resources shaped like @cdktn/provider-aws's: the reports are written and budgets fail the synth, as
 * in a cdktf app. cdktf is made unloadable here, so anything in costkit's core that still required it would fail.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktn";
import { Acknowledge, budget, Cost, Costkit, FINOPS_PACK, StackCost } from "../../constructs/core";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { AwsProvider } from "../helpers/cdktn-provider-aws/lib/provider";
import { EbsVolume } from "../helpers/cdktn-provider-aws/lib/ebs-volume";
import { S3Bucket } from "../helpers/cdktn-provider-aws/lib/s3-bucket";

jest.mock("cdktf", () => {
  throw new Error("cdktf is not installed in this app");
});

const read = (f: string) => JSON.parse(fs.readFileSync(f, "utf8"));

/** us-east-1: a 200 GB gp3 volume (200 × $0.08 = $16) and a bucket holding 500 GB (500 × $0.023 = $11.50). */
function webStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, "web");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  const data = new EbsVolume(stack, "data", { availabilityZone: "us-east-1a", size: 200, type: "gp3" });
  Cost.category(data, "storage");
  const assets = new S3Bucket(stack, "assets", { bucket: "example-assets" });
  Cost.usage(assets, { storageGb: 500 });
  StackCost.of(assets).drivers({ monthlyActiveUsers: { all: 1000 } });
  return stack;
}

function synth(limit: string, before: (app: App) => void = () => undefined): { outdir: string; run: () => void } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-cdktn-"));
  const app = new App({ outdir, stackTraces: false });
  webStack(app);
  before(app);
  Costkit.enable(app, { pack: FINOPS_PACK, budgets: [budget({ id: "total", monthly: limit })] });
  return { outdir, run: () => app.synth() };
}

describe("a cdktn app with Costkit.enable", () => {
  test("app.synth() writes cdk.tf.json with each stack's cost report beside it and the summary at the root", () => {
    const { outdir, run } = synth("100");
    run();
    for (const f of ["cdk.tf.json", "cost-report.json", "cost-report.md"]) expect(fs.existsSync(path.join(outdir, "stacks", "web", f))).toBe(true);
    for (const f of ["cost-summary.json", "cost-summary.md", "cost-report.html"]) expect(fs.existsSync(path.join(outdir, f))).toBe(true);
    const report: CostReport = read(path.join(outdir, "stacks", "web", "cost-report.json"));
    assertReportInvariants(report);
    expect(report.resources.map((r) => r.address).sort()).toEqual(["aws_ebs_volume.data", "aws_s3_bucket.assets"]);
    expect(report.resources.find((r) => r.address === "aws_ebs_volume.data")?.monthlyCost.expected).toBe("16");
    expect(report.resources.find((r) => r.address === "aws_s3_bucket.assets")?.components.find((c) => c.name.startsWith("Storage"))?.monthlyCost.expected).toBe("11.5");
    expect(report.drivers).toEqual({ "monthlyActiveUsers.all": "1000" });
    const tf = read(path.join(outdir, "stacks", "web", "cdk.tf.json"));
    expect(tf.resource.aws_s3_bucket.assets["//"].cost).toEqual({ usage: { storageGb: 500 } });
    expect(tf.resource.aws_ebs_volume.data["//"].cost).toEqual({ category: "storage" });
  });

  test("fails if the budget is under the estimate: app.synth() throws naming the budget and the amounts", () => {
    const { run } = synth("10");
    expect(run).toThrow(/Budget-total.*27\.5/s);
  });

  test("an acknowledgement on the app lets the synth pass, and the report keeps the finding as acknowledged", () => {
    const { outdir, run } = synth("10", (app) => Acknowledge.of(app).rule("Budget-total", { reason: "Raised in the next planning round" }));
    run();
    const summary = read(path.join(outdir, "cost-summary.json"));
    expect(summary.crossStackFindings).toEqual([
      expect.objectContaining({ ruleId: "Budget-total", level: "error", acknowledged: { reason: "Raised in the next planning round" } }),
    ]);
  });
});
