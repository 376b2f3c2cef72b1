import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Acknowledge, Costkit } from "../../constructs";
import { budget } from "../../policies/budgets";
import { FINOPS_PACK } from "../../policies";
import { CostReport } from "../../pricing/report";

/** Two stacks of one disk each: 100 GiB + 200 GiB of pd-ssd at $0.17 = $17 + $34 = $51 a month. */
function app(outdir: string, opts: { limit: string; ack?: { expires?: string } }): App {
  const a = new App({ outdir, stackTraces: false });
  for (const [id, size] of [["alpha", 100], ["beta", 200]] as const) {
    const stack = new TerraformStack(a, id);
    new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
    new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size, labels: { team: "t", feature: "f" } });
  }
  if (opts.ack) Acknowledge.of(a).rule("Budget-platform-total", { reason: "Migration month, FINOPS-42", ...opts.ack });
  Costkit.enable(a, { pack: FINOPS_PACK, budgets: [budget({ id: "platform-total", monthly: opts.limit })] });
  return a;
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-policy-"));

describe("budgets at synth", () => {
  const today = process.env.COSTKIT_TODAY;
  beforeAll(() => (process.env.COSTKIT_TODAY = "2026-11-28"));
  afterAll(() => (today === undefined ? delete process.env.COSTKIT_TODAY : (process.env.COSTKIT_TODAY = today)));

  test("a budget below the estimate fails the synth, naming the budget, the limit and the estimate", () => {
    expect(() => app(tmp(), { limit: "50" }).synth()).toThrow(/Budget-platform-total.*limit of \$50\.00.*\$51\.00/s);
  });

  test("a budget above the estimate lets the synth pass", () => {
    const out = tmp();
    app(out, { limit: "60" }).synth();
    const summary = JSON.parse(fs.readFileSync(path.join(out, "cost-summary.json"), "utf8"));
    expect(summary.monthlyCost.expected).toBe("51");
    expect(summary.findings.errors).toBe(0);
  });

  test("an acknowledged finding lets the synth pass and is listed as acknowledged", () => {
    const out = tmp();
    app(out, { limit: "50", ack: { expires: "2026-12-31" } }).synth();
    const summary = JSON.parse(fs.readFileSync(path.join(out, "cost-summary.json"), "utf8"));
    expect(summary.crossStackFindings).toEqual([
      expect.objectContaining({ ruleId: "Budget-platform-total", level: "error", acknowledged: { reason: "Migration month, FINOPS-42", expires: "2026-12-31" } }),
    ]);
    expect(fs.readFileSync(path.join(out, "cost-summary.md"), "utf8")).toContain("error (acknowledged)");
  });

  test("once the acknowledgement has expired, the synth fails again and says it expired", () => {
    expect(() => app(tmp(), { limit: "50", ack: { expires: "2026-11-27" } }).synth()).toThrow(/Budget-platform-total.*expired on 2026-11-27/s);
  });

  test("rule findings of the pack are in each stack's report", () => {
    const out = tmp();
    app(out, { limit: "60" }).synth();
    const report: CostReport = JSON.parse(fs.readFileSync(path.join(out, "stacks", "alpha", "cost-report.json"), "utf8"));
    // the disks carry team and feature labels, nothing is unpriced or autoscaled: the pack finds nothing
    expect(report.findings).toEqual([]);
  });

  test("an acknowledgement needs a reason of at least 10 characters", () => {
    const a = new App({ outdir: tmp() });
    expect(() => Acknowledge.of(a).rule("FinOps-TAG1", { reason: "because" })).toThrow(/10 characters/);
  });
});
