/**
 * `costkit scenarios` on the reference app with two of its scenarios (edge caching, the AV1 codec): three synths of the
 * seven stacks, too slow for `npm test` (the fast end-to-end run on a test app is test/cli/scenarios.test.ts).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Money } from "../pricing/money";
import { ScenarioComparison } from "../report/scenario-comparison";

const ROOT = path.join(__dirname, "..");

describe("costkit scenarios on the reference app", () => {
  let out: string;
  let comparison: ScenarioComparison;
  let stderr: string;
  const cdktfOut = path.join(ROOT, "cdktf.out", "cost-summary.json");
  const before = fs.existsSync(cdktfOut) ? fs.statSync(cdktfOut).mtimeMs : undefined;

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-scenarios-e2e-"));
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "costkit.js"), "scenarios", "scenarios/edge-caching.yaml", "scenarios/av1-codec.yaml", "--output", out], {
      cwd: ROOT, encoding: "utf8", env: { ...process.env, COSTKIT_FROM_SOURCE: "1" }, maxBuffer: 64 * 1024 * 1024,
    });
    stderr = r.stderr;
    if (r.status !== 0) throw new Error(`exit ${r.status}:\n${r.stderr}`);
    comparison = JSON.parse(fs.readFileSync(path.join(out, "comparison.json"), "utf8"));
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("compares the baseline and the two scenarios, with progress, and leaves cdktf.out as it was", () => {
    expect(comparison.scenarios.map((s) => s.name)).toEqual(["baseline", "av1-codec", "edge-caching"]);
    expect(stderr).toContain("[3/3]");
    expect(fs.existsSync(cdktfOut) ? fs.statSync(cdktfOut).mtimeMs : undefined).toBe(before);
  });

  test("every breakdown adds up to its scenario's total, and every delta is the difference to the baseline", () => {
    const base = comparison.scenarios[0];
    for (const s of comparison.scenarios) {
      for (const bound of ["min", "expected", "max"] as const) {
        for (const map of [s.byCategory, s.byProvider, s.byGeo]) {
          expect(Object.values(map).reduce((x, r) => x.plus(r[bound]), new Money(0)).eq(s.monthlyCost[bound])).toBe(true);
        }
        expect(new Money(s.delta.monthlyCost[bound]).eq(new Money(s.monthlyCost[bound]).minus(base.monthlyCost[bound]))).toBe(true);
      }
    }
  });

  test("edge caching cuts origin egress (network) and the origin fleet (cdn); the codec cuts CDN delivery by 15 %", () => {
    const [, av1, edge] = comparison.scenarios;
    expect(new Money(edge.delta.byCategory.network.expected).isNegative()).toBe(true);
    expect(new Money(edge.delta.byCategory.cdn.expected).isNegative()).toBe(true);
    expect(new Money(av1.delta.byCategory.cdn.expected).isNegative()).toBe(true);
    const gb = (s: typeof av1) => Object.entries(s.drivers).filter(([k]) => k.startsWith("monthlyDeliveredGb.")).reduce((x, [, v]) => x.plus(v), new Money(0));
    expect(gb(av1).div(gb(comparison.scenarios[0])).toDecimalPlaces(2).toFixed()).toBe("0.85"); // half the hours, 30 % smaller
    expect(comparison.budgets.map((b) => b.id)).toContain("platform-total");
  });
});
