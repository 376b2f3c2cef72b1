import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Cost, Costkit, ReportPolicy, StackCost } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";

function diskStack(app: App, id: string, size: number): TerraformStack {
  const stack = new TerraformStack(app, id);
  new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
  const disk = new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size });
  Cost.category(disk, "storage");
  StackCost.of(stack).drivers({ monthlyActiveUsers: { all: 1000, EU: 1000 } });
  return stack;
}

const read = (f: string) => JSON.parse(fs.readFileSync(f, "utf8"));

describe("Costkit.enable under app.synth()", () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-synth-"));
  const app = new App({ outdir, stackTraces: false });
  diskStack(app, "alpha", 100); // 100 GiB × 0.17 = 17
  diskStack(app, "beta", 1000); // 1,000 GiB × 0.17 = 170
  Costkit.enable(app);
  app.synth();

  test("writes cost-report.json and .md beside each cdk.tf.json, and the summary at the root", () => {
    for (const stack of ["alpha", "beta"]) {
      for (const f of ["cdk.tf.json", "cost-report.json", "cost-report.md"]) expect(fs.existsSync(path.join(outdir, "stacks", stack, f))).toBe(true);
    }
    expect(fs.existsSync(path.join(outdir, "cost-summary.json"))).toBe(true);
    expect(fs.existsSync(path.join(outdir, "cost-summary.md"))).toBe(true);
  });

  test("reports price the synthesized resources and keep the contract", () => {
    const alpha: CostReport = read(path.join(outdir, "stacks", "alpha", "cost-report.json"));
    assertReportInvariants(alpha);
    expect(alpha.stack).toBe("alpha");
    expect(alpha.monthlyCost.expected).toBe("17");
    expect(alpha.drivers).toEqual({ "monthlyActiveUsers.EU": "1000", "monthlyActiveUsers.all": "1000" });
    const summary = read(path.join(outdir, "cost-summary.json"));
    expect(summary.monthlyCost.expected).toBe("187");
    expect(summary.stacks.map((s: { stack: string }) => s.stack)).toEqual(["beta", "alpha"]); // largest first
    expect(summary.byCategory.storage.expected).toBe("187");
    expect(summary.byGeo.EU.expected).toBe("187");
  });

  test("the cost annotations travel in cdk.tf.json under \"//\" and Terraform sees nothing else", () => {
    const tf = read(path.join(outdir, "stacks", "alpha", "cdk.tf.json"));
    expect(tf.resource.google_compute_disk.disk["//"].cost).toEqual({ category: "storage" });
    expect(tf["//"].cost.drivers.monthlyActiveUsers.EU).toBe(1000);
  });

  test("cdk.tf.json is the Terraform priced, resolved once per synth; a later synth writes the stack as it is then", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-synth-"));
    const again = new App({ outdir: dir, stackTraces: false });
    const stack = diskStack(again, "gamma", 100);
    Costkit.enable(again);
    const calls = jest.spyOn(TerraformStack.prototype, "toTerraform");
    again.synth();
    expect(calls).toHaveBeenCalledTimes(1);
    calls.mockRestore();
    expect(Object.prototype.hasOwnProperty.call(stack, "toTerraform")).toBe(false); // nothing left behind
    const written = fs.readFileSync(path.join(dir, "stacks", "gamma", "cdk.tf.json"), "utf8");
    expect(JSON.parse(written)).toEqual(stack.toTerraform());
    new ComputeDisk(stack, "more", { name: "m", type: "pd-ssd", size: 10 });
    again.synth();
    expect(read(path.join(dir, "stacks", "gamma", "cdk.tf.json")).resource.google_compute_disk.more).toBeDefined();
    expect(read(path.join(dir, "stacks", "gamma", "cost-report.json")).monthlyCost.expected).toBe("18.7"); // 110 GiB × 0.17
  });
});

describe("policies and failures", () => {
  const failing: ReportPolicy = {
    evaluate: (report) => [{ ruleId: "Test-Budget", level: "error", message: `over budget at ${report.monthlyCost.expected}` }],
  };

  test("an error finding fails app.synth() and leaves no report that looks current", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-fail-"));
    // a stale report from an earlier run
    fs.mkdirSync(path.join(outdir, "stacks", "alpha"), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", "alpha", "cost-report.json"), "{}");
    fs.writeFileSync(path.join(outdir, "cost-summary.json"), "{}");
    const app = new App({ outdir, stackTraces: false });
    diskStack(app, "alpha", 100);
    Costkit.enable(app, { policies: [failing] });
    expect(() => app.synth()).toThrow(/Test-Budget.*over budget at 17/s);
    expect(fs.existsSync(path.join(outdir, "stacks", "alpha", "cost-report.json"))).toBe(false);
    expect(fs.existsSync(path.join(outdir, "cost-summary.json"))).toBe(false);
  });

  test("Testing.fullSynth of one stack writes its report too", () => {
    const app = Testing.app();
    const stack = diskStack(app, "solo", 10);
    Costkit.enableStack(stack);
    const outdir = Testing.fullSynth(stack);
    const report: CostReport = read(path.join(outdir, "stacks", "solo", "cost-report.json"));
    expect(report.monthlyCost.expected).toBe("1.7");
  });

  test("a stack defined after enable() is an error, not silently unpriced", () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "costkit-late-")), stackTraces: false });
    diskStack(app, "early", 10);
    Costkit.enable(app);
    diskStack(app, "late", 10);
    expect(() => app.synth()).toThrow(/stack late was defined after Costkit.enable/);
  });
});

describe("no report of an earlier synth survives a synth that fails or runs without costkit", () => {
  /** An output folder with an earlier run's reports for stacks alpha and beta. */
  function staleOutput(): string {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-stale-"));
    for (const stack of ["alpha", "beta"]) {
      fs.mkdirSync(path.join(outdir, "stacks", stack), { recursive: true });
      for (const f of ["cost-report.json", "cost-report.md"]) fs.writeFileSync(path.join(outdir, "stacks", stack, f), "stale");
    }
    for (const f of ["cost-summary.json", "cost-summary.md", "cost-report.html"]) fs.writeFileSync(path.join(outdir, f), "stale");
    return outdir;
  }
  const reportsIn = (outdir: string) =>
    [
      ...["cost-summary.json", "cost-summary.md", "cost-report.html"].filter((f) => fs.existsSync(path.join(outdir, f))),
      ...["alpha", "beta"].flatMap((s) => ["cost-report.json", "cost-report.md"].map((f) => `stacks/${s}/${f}`).filter((f) => fs.existsSync(path.join(outdir, f)))),
    ];
  const failing: ReportPolicy = { evaluate: (report) => (report.stack === "alpha" ? [{ ruleId: "Test-Budget", level: "error", message: "over budget" }] : []) };

  test("a stack that fails first: the stacks after it keep no earlier report either", () => {
    const outdir = staleOutput();
    const app = new App({ outdir, stackTraces: false });
    diskStack(app, "alpha", 100);
    diskStack(app, "beta", 100);
    Costkit.enable(app, { policies: [failing] });
    expect(() => app.synth()).toThrow(/Test-Budget/);
    expect(reportsIn(outdir)).toEqual([]);
  });

  test("a budgets file that cannot be read fails enable() after the old reports are gone", () => {
    const outdir = staleOutput();
    const bad = path.join(outdir, "budgets.yaml");
    fs.writeFileSync(bad, "budgets:\n  - id: x\n   monthly: 1\n");
    const app = new App({ outdir, stackTraces: false });
    diskStack(app, "alpha", 100);
    expect(() => Costkit.enable(app, { budgetsFile: bad })).toThrow(/budgets\.yaml/);
    expect(reportsIn(outdir)).toEqual([]);
  });

  test("COSTKIT=off writes no report and removes the earlier ones", () => {
    const outdir = staleOutput();
    const saved = process.env.COSTKIT;
    process.env.COSTKIT = "off";
    try {
      const app = new App({ outdir, stackTraces: false });
      diskStack(app, "alpha", 100);
      Costkit.enable(app);
      app.synth();
    } finally {
      if (saved === undefined) delete process.env.COSTKIT;
      else process.env.COSTKIT = saved;
    }
    expect(fs.existsSync(path.join(outdir, "stacks", "alpha", "cdk.tf.json"))).toBe(true);
    expect(reportsIn(outdir)).toEqual([]);
  });

  test("a synth that passes replaces them all", () => {
    const outdir = staleOutput();
    const app = new App({ outdir, stackTraces: false });
    diskStack(app, "alpha", 100);
    diskStack(app, "beta", 100);
    Costkit.enable(app);
    app.synth();
    expect(reportsIn(outdir).sort()).toEqual(["cost-report.html", "cost-summary.json", "cost-summary.md", "stacks/alpha/cost-report.json", "stacks/alpha/cost-report.md", "stacks/beta/cost-report.json", "stacks/beta/cost-report.md"]);
    expect(fs.readFileSync(path.join(outdir, "stacks", "beta", "cost-report.json"), "utf8")).not.toBe("stale");
  });
});
