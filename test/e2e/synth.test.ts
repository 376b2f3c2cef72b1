import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Decimal from "decimal.js";
import { CostReport } from "../../pricing/report";
import { CostSummary } from "../../report/summary";
import { runCli } from "../helpers/cli";
import { assertReportInvariants } from "../helpers/invariants";

/**
 * End to end: `npx cdktf synth` of the reference app, as a user runs it, then `costkit estimate` on its output.
 */
const root = path.join(__dirname, "..", "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-e2e-"));
let synth: ReturnType<typeof spawnSync>;

beforeAll(() => {
  synth = spawnSync("npx", ["cdktf", "synth", "--output", out], {
    cwd: root, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" }, timeout: 170_000,
  });
}, 180_000);

const read = <T>(f: string): T => JSON.parse(fs.readFileSync(f, "utf8")) as T;
const stacks = () => fs.readdirSync(path.join(out, "stacks")).sort();

test("npx cdktf synth exits 0 and writes every file", () => {
  expect({ status: synth.status, stderr: synth.status === 0 ? "" : String(synth.stderr).slice(-3000) }).toEqual({ status: 0, stderr: "" });
  expect(stacks().length).toBeGreaterThanOrEqual(1);
  for (const s of stacks()) for (const f of ["cdk.tf.json", "cost-report.json", "cost-report.md"]) expect(fs.existsSync(path.join(out, "stacks", s, f))).toBe(true);
  expect(fs.existsSync(path.join(out, "cost-summary.json"))).toBe(true);
  expect(fs.existsSync(path.join(out, "cost-summary.md"))).toBe(true);
});

test("every report keeps the contract's invariants", () => {
  for (const s of stacks()) assertReportInvariants(read<CostReport>(path.join(out, "stacks", s, "cost-report.json")));
});

test("costkit estimate cdktf.out reproduces the reports synth wrote, byte for byte", () => {
  const json = execFileSync(process.execPath, [path.join(root, "bin", "costkit.js"), "estimate", out, "--format", "json"], {
    cwd: root, encoding: "utf8", env: { ...process.env, COSTKIT_FROM_SOURCE: "1" }, maxBuffer: 512 * 1024 * 1024,
  });
  const parsed = JSON.parse(json) as { reports?: CostReport[] } & CostReport;
  const reports = parsed.reports ?? [parsed];
  for (const r of reports) {
    const written = fs.readFileSync(path.join(out, "stacks", r.stack, "cost-report.json"), "utf8");
    // the policy findings too: the stack records the pack and its budgets in "//".cost.policy
    expect(JSON.stringify(r, null, 2) + "\n").toBe(written);
  }
});

describe("the reference footprint", () => {
  const summary = () => read<CostSummary>(path.join(out, "cost-summary.json"));
  const reports = () => stacks().map((s) => read<CostReport>(path.join(out, "stacks", s, "cost-report.json")));

  test("covers every category and the providers google, aws and on-prem", () => {
    expect(Object.keys(summary().byCategory)).toEqual(expect.arrayContaining(["cdn", "storage", "compute", "data", "network", "ml"]));
    expect(Object.keys(summary().byProvider)).toEqual(expect.arrayContaining(["google", "aws", "on-prem"]));
  });

  test("has at least one autoscaled resource with min < max", () => {
    const open = reports().flatMap((r) => r.resources).filter((r) => new Decimal(r.monthlyCost.min).lt(r.monthlyCost.max));
    expect(open.length).toBeGreaterThan(0);
  });

  test("the expected total is within the seed's $65M a month", () => {
    expect(new Decimal(summary().monthlyCost.expected).lte(65_000_000)).toBe(true);
  });

  test("the summary shows cost per monthly active user overall and per geo", () => {
    const perUser = summary().unitMetrics.filter((m) => m.id === "costPerMonthlyActiveUser").map((m) => m.scope);
    expect(perUser).toEqual(expect.arrayContaining(["all", "NA", "EU", "LATAM", "APAC"]));
  });
});

test("the reference app's cost by feature and team: every seed feature, allocated + unallocated = total exactly", () => {
  const summary = read<CostSummary>(path.join(out, "cost-summary.json"));
  const features = ["music-streaming", "podcasts", "discover-weekly", "wrapped", "social", "live-audio", "other"];
  expect(Object.keys(summary.byTag.feature).filter((k) => k !== "unallocated")).toEqual(features);
  for (const map of [summary.byTag.feature, summary.byTag.team]) {
    for (const bound of ["min", "expected", "max"] as const) {
      const sum = Object.values(map).reduce((s, r) => s.plus(r[bound]), new Decimal(0));
      expect(sum.toFixed()).toBe(new Decimal(summary.monthlyCost[bound]).toFixed());
    }
  }
  // policies/allocation.yaml selects every shared resource of the reference stacks
  expect(new Decimal(summary.byTag.feature.unallocated?.expected ?? "0").isZero()).toBe(true);
});

describe("a pull request on the reference app that raises only autoscaling maxima", () => {
  // The GPU pool's maximum 16 → 24 nodes and the largest ECS service's autoscaling maximum doubled, on a copy of the
  // synth output; the changed stacks lose their cost-report.json, so the head is priced from its Terraform JSON.
  const copy = (name: string) => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costkit-e2e-diff-")), name);
    fs.cpSync(out, dir, { recursive: true });
    return dir;
  };
  let base: string, head: string;
  beforeAll(() => {
    base = copy("base");
    head = copy("head");
    const edit = (stack: string, change: (resources: Record<string, Record<string, Record<string, unknown>>>) => void) => {
      const file = path.join(head, "stacks", stack, "cdk.tf.json");
      const tf = read<{ resource: Record<string, Record<string, Record<string, unknown>>> }>(file);
      change(tf.resource);
      fs.writeFileSync(file, JSON.stringify(tf));
      fs.rmSync(path.join(head, "stacks", stack, "cost-report.json"));
    };
    edit("ml", (r) => {
      const gpu = Object.entries(r.google_container_node_pool).find(([name]) => name.startsWith("gpu-"))![1];
      const scaling = gpu.autoscaling as Record<string, number>;
      expect(scaling.total_max_node_count).toBe(16);
      scaling.total_max_node_count = 24;
    });
    edit("aws-compute", (r) => {
      const targets = Object.values(r.aws_appautoscaling_target).sort((a, b) => Number(b.max_capacity) - Number(a.max_capacity));
      targets[0].max_capacity = Number(targets[0].max_capacity) * 2;
    });
  });

  test("expected $0.00, the worst case up; the comment's first line says so; --basis max fails it, expected passes", async () => {
    const json = await runCli(["diff", base, head, "--format", "json"]);
    expect(json.code).toBe(0);
    const diff = JSON.parse(json.out) as { monthlyCost: { delta: Record<string, string>; percent: Record<string, string> } };
    expect(diff.monthlyCost.delta.expected).toBe("0");
    expect(new Decimal(diff.monthlyCost.delta.max).gt(100_000)).toBe(true);
    const md = await runCli(["diff", base, head, "--format", "markdown"]);
    expect(md.out.split("\n")[1]).toMatch(/^### 💰 Expected monthly cost unchanged \(\\\$0\.00\), but the worst case rises by \+\\\$[\d,]+\.\d\d \(\+[\d.]+%\)$/);
    expect(md.out).not.toContain("pie");
    // below the worst case's rise in percent: fails on max, passes on expected
    const threshold = `${new Decimal(diff.monthlyCost.percent.max).div(2).toDecimalPlaces(2).toFixed()}%`;
    expect((await runCli(["diff", base, head, "--fail-on-increase", threshold, "--basis", "max"])).code).toBe(1);
    expect((await runCli(["diff", base, head, "--fail-on-increase", threshold, "--basis", "expected"])).code).toBe(0);
  }, 120_000);
});
