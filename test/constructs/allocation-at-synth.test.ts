import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Cost, Costkit, StackCost } from "../../constructs";

/** A stack of one pd-ssd disk (size GiB × $0.17) with the given labels, declaring listening hours by feature. */
function diskStack(app: App, id: string, size: number, labels: Record<string, string>, drivers = true): TerraformStack {
  const stack = new TerraformStack(app, id);
  new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
  const disk = new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size, zone: "europe-west1-b", labels });
  Cost.category(disk, "storage");
  if (drivers) StackCost.of(stack).drivers({ hoursByFeature: { music: 3, podcasts: 1 } });
  return stack;
}

const RULES = "features: [music, podcasts]\nrules:\n  - id: shared-disks\n    match: { tag.team: storage }\n    split: { driver: hoursByFeature }\n";
const read = (f: string) => JSON.parse(fs.readFileSync(f, "utf8"));

function appWith(rules: string, opts: { budgets?: string; drivers?: boolean } = {}): { app: App; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-alloc-"));
  fs.writeFileSync(path.join(dir, "allocation.yaml"), rules);
  fs.writeFileSync(path.join(dir, "budgets.yaml"), opts.budgets ?? "budgets: []\n");
  const app = new App({ outdir: path.join(dir, "out"), stackTraces: false });
  diskStack(app, "alpha", 100, { feature: "shared", team: "storage" }, opts.drivers ?? true); // 100 × 0.17 = 17, split 3:1
  diskStack(app, "beta", 1000, { feature: "podcasts", team: "podcast-eng" }, opts.drivers ?? true); // 170, podcasts
  return { app, dir };
}

describe("allocation at cdktf synth", () => {
  test("allocation.yaml beside the budgets file splits shared resources in cost-summary.json and .md", () => {
    const { app, dir } = appWith(RULES);
    Costkit.enable(app, { budgetsFile: path.join(dir, "budgets.yaml") });
    app.synth();
    const summary = read(path.join(dir, "out", "cost-summary.json"));
    // music: 17 × 3/4 = 12.75; podcasts: 17 × 1/4 + 170 = 174.25
    expect(summary.byTag.feature).toEqual({ music: { min: "12.75", expected: "12.75", max: "12.75" }, podcasts: { min: "174.25", expected: "174.25", max: "174.25" } });
    expect(summary.byTag.team).toEqual({ "podcast-eng": { min: "170", expected: "170", max: "170" }, storage: { min: "17", expected: "17", max: "17" } });
    expect(fs.readFileSync(path.join(dir, "out", "cost-summary.md"), "utf8")).toContain("| music | $12.75 | 6.8% |");
  });

  test("allocationFile: false leaves shared resources unallocated", () => {
    const { app, dir } = appWith(RULES);
    Costkit.enable(app, { budgetsFile: path.join(dir, "budgets.yaml"), allocationFile: false });
    app.synth();
    expect(read(path.join(dir, "out", "cost-summary.json")).byTag.feature.unallocated.expected).toBe("17");
  });

  test("a budget scoped by tag.feature holds the allocated cost at synth", () => {
    const { app, dir } = appWith(RULES, { budgets: 'budgets:\n  - id: podcasts\n    scope: { tag.feature: podcasts }\n    monthly: "174"\n' });
    Costkit.enable(app, { budgetsFile: path.join(dir, "budgets.yaml") });
    expect(() => app.synth()).toThrow(/Budget-podcasts.*\$174\.25/s);
  });

  test("fails if the allocation file is bad, naming file, line and key, when costkit is enabled", () => {
    const { app, dir } = appWith(RULES.replace('split: { driver: hoursByFeature }', 'split: { shares: { music: "0.5", podcasts: "0.4" } }'));
    expect(() => Costkit.enable(app, { budgetsFile: path.join(dir, "budgets.yaml") })).toThrow(/allocation\.yaml, line 5 \(rules\[0\]\.split\.shares\): the shares sum to 0\.9, not 1/);
  });

  test("fails if no stack declares the rule's driver: a synth error at the rule's line", () => {
    const { app, dir } = appWith(RULES, { drivers: false });
    Costkit.enable(app, { budgetsFile: path.join(dir, "budgets.yaml") });
    expect(() => app.synth()).toThrow(/allocation\.yaml, line 5 \(rules\[0\]\.split\.driver\): no stack declares the driver "hoursByFeature"/);
  });
});
