import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Acknowledge, Cost, Costkit } from "../../constructs";
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

/** Synthesizes `a` into `out`, capturing what it prints on stdout, and reads the manifest it wrote. */
function synthCapturing(a: App, out: string): { printed: string; manifest: { stacks: Record<string, { annotations: Annotation[] }> } } {
  let printed = "";
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((printed += String(chunk)), true));
  try {
    a.synth();
  } finally {
    write.mockRestore();
  }
  return { printed, manifest: JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) };
}

interface Annotation {
  constructPath: string;
  level: string;
  message: string;
  stacktrace?: string[];
}

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
    expect(fs.readFileSync(path.join(out, "cost-summary.md"), "utf8")).toMatch(/^\*\*error, acknowledged · Budget-platform-total\*\* \(1\)\n\n- all stacks: budget /m);
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

describe("budgets across stacks under the cdktf CLI", () => {
  const saved = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  beforeAll(() => (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true")); // as `cdktf synth` runs the app
  afterAll(() => (saved === undefined ? delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS : (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = saved)));

  test("a broken budget is an error annotation in manifest.json, and every stack, report and the manifest are written", () => {
    const out = tmp();
    app(out, { limit: "50" }).synth(); // the CLI, not the app, exits 1 on the annotation
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    const annotations = Object.values(manifest.stacks as Record<string, { annotations: { constructPath: string; level: string; message: string }[] }>).flatMap((s) => s.annotations);
    expect(annotations).toContainEqual(expect.objectContaining({ constructPath: "costkit (budgets across stacks)", level: "@cdktf/error", message: expect.stringMatching(/Budget-platform-total.*\$51\.00/s) }));
    for (const stack of ["alpha", "beta"]) expect(fs.existsSync(path.join(out, "stacks", stack, "cost-report.json"))).toBe(true);
    const summary = JSON.parse(fs.readFileSync(path.join(out, "cost-summary.json"), "utf8"));
    expect(summary.crossStackFindings).toEqual([expect.objectContaining({ ruleId: "Budget-platform-total", level: "error" })]);
  });

  test("a budget within its limit adds no error annotation", () => {
    const out = tmp();
    app(out, { limit: "60" }).synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    const levels = Object.values(manifest.stacks as Record<string, { annotations: { level: string }[] }>).flatMap((s) => s.annotations.map((a) => a.level));
    expect(levels).not.toContain("@cdktf/error");
  });
});

describe("a budget for a stack the app does not have", () => {
  function twoStacks(outdir: string): App {
    const a = new App({ outdir, stackTraces: false });
    for (const id of ["alpha", "beta"]) {
      const stack = new TerraformStack(a, id);
      new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
      new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size: 10 });
    }
    return a;
  }

  test("in the budgets file is an error naming the file, the line and the key, and the stacks there are", () => {
    const dir = tmp();
    const file = path.join(dir, "budgets.yaml");
    fs.writeFileSync(file, "budgets:\n  - id: ml\n    scope:\n      stack: alhpa\n    monthly: \"1\"\n");
    expect(() => Costkit.enable(twoStacks(dir), { budgetsFile: file })).toThrow(/budgets\.yaml, line 4 \(budgets\[0\]\.scope\.stack\): no stack is called "alhpa" \(the stacks are alpha, beta\).*Fix the stack name/s);
  });

  test("in code is the same error, naming the budget", () => {
    expect(() => Costkit.enable(twoStacks(tmp()), { budgets: [budget({ id: "ml", scope: { stack: "gamma" }, monthly: "1" })] })).toThrow(/budgets\[0\] \(id "ml"\)\.scope\.stack.*no stack is called "gamma"/s);
  });

  test("a budget for a stack the app has is accepted", () => {
    expect(() => Costkit.enable(twoStacks(tmp()), { budgets: [budget({ id: "a", scope: { stack: "alpha" }, monthly: "100" })] })).not.toThrow();
  });
});

describe("the console summary (as under the cdktf CLI)", () => {
  const saved = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  beforeAll(() => (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true"));
  afterAll(() => (saved === undefined ? delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS : (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = saved)));

  function synthWithSummary(limit: string): { printed: string; annotations: Annotation[] } {
    const out = tmp();
    const a = new App({ outdir: out, stackTraces: false });
    for (const [id, size] of [["alpha", 100], ["beta", 200]] as const) {
      const stack = new TerraformStack(a, id);
      new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
      new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size }); // no team/feature labels: FinOps-TAG1 warnings
    }
    Costkit.enable(a, { pack: FINOPS_PACK, budgets: [budget({ id: "platform-total", monthly: limit })], consoleSummary: true });
    const { printed, manifest } = synthCapturing(a, out);
    return { printed, annotations: Object.values(manifest.stacks).flatMap((s) => s.annotations) };
  }

  test("prints one block after the synth: the total, each stack, findings grouped by rule; only errors are annotations, one line each", () => {
    const { printed, annotations } = synthWithSummary("50");
    const lines = printed.trimEnd().split("\n");
    expect(lines[0]).toBe("costkit: 2 stacks, monthly cost $51.00");
    expect(printed).toContain("  error Budget-platform-total all stacks: budget \"platform-total\"");
    expect(printed).toMatch(/ {2}warning FinOps-TAG1 \(2\): /);
    expect(new Set(lines).size).toBe(lines.length);
    expect(annotations).toEqual([
      { constructPath: "costkit (budgets across stacks)", level: "@cdktf/error", message: "[Budget-platform-total] fails: details in the costkit summary above and in cost-summary.md" },
    ]);
  });

  test("within budget: no annotation at all, and the block has no error", () => {
    const { printed, annotations } = synthWithSummary("60");
    expect(annotations).toEqual([]);
    expect(printed).toContain("Findings: 0 errors, 2 others");
  });
});

describe("bad usage under the console summary", () => {
  const saved = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  beforeAll(() => (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true"));
  afterAll(() => (saved === undefined ? delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS : (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = saved)));

  test("is one error annotation on the construct at fault, without a stack trace, and no report is written", () => {
    const out = tmp();
    const a = new App({ outdir: out });
    const stack = new TerraformStack(a, "alpha");
    new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
    const disk = new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size: 10 });
    (Cost.usage as (r: unknown, u: unknown) => void)(disk, { notAKey: 1 }); // past the compiler, as JavaScript could
    Costkit.enable(a, { consoleSummary: true });
    const { printed, manifest } = synthCapturing(a, out);
    const annotations = manifest.stacks.alpha.annotations;
    expect(annotations).toEqual([expect.objectContaining({ constructPath: "alpha/disk", level: "@cdktf/error", message: expect.stringMatching(/^\[costkit\] unknown usage key "notAKey"/) })]);
    expect(annotations[0].stacktrace).toBeUndefined();
    expect(fs.existsSync(path.join(out, "stacks", "alpha", "cost-report.json"))).toBe(false);
    expect(printed).toBe("costkit: alpha could not be priced (the error is below); no cost report was written for it.\n");
  });
});
