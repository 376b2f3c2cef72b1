import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Money } from "../../pricing/money";
import { ScenarioComparison } from "../../report/scenario-comparison";
import { runCli } from "../helpers/cli";

/**
 * `costkit scenarios` end to end on a tiny app (testdata/scenario-app: its drivers come from scenarioDrivers(), it
 * writes a synth's reports without cdktf in about a second). The reference app's run is in e2e/scenarios.e2e.test.ts.
 */
const APP = path.join(__dirname, "testdata", "scenario-app");
jest.setTimeout(180_000);

/** A copy of the test app in a temporary folder, with extra scenario files. */
function appWith(files: Record<string, string>): string {
  // beside testdata/ (artifacts/ is not committed), so that the app's imports and ts-node resolve as in the repository
  fs.mkdirSync(path.join(__dirname, "artifacts"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(__dirname, "artifacts", "scenarios-"));
  fs.cpSync(APP, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, "scenarios", name), text);
  return dir;
}

describe("costkit scenarios", () => {
  let dir: string;
  let out: string;
  let run: { code: number; out: string; err: string };
  let comparison: ScenarioComparison;
  beforeAll(async () => {
    dir = appWith({});
    out = path.join(dir, "result");
    run = await runCli(["scenarios", "--app-dir", dir, "--output", out, "--jobs", "2"]);
    if (run.code !== 0) throw new Error(run.err);
    comparison = JSON.parse(fs.readFileSync(path.join(out, "comparison.json"), "utf8"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("synthesizes the baseline and each scenario, writes the comparison, and leaves cdktf.out alone", () => {
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["comparison.html", "comparison.json", "comparison.md"]);
    expect(fs.existsSync(path.join(dir, "cdktf.out"))).toBe(false);
    expect(comparison.scenarios.map((s) => s.name)).toEqual(["baseline", "cheaper", "growth"]);
    expect(run.err).toContain("costkit scenarios: [3/3]");
    expect(run.out).toContain("| growth | $700.00 | $350.00 – $1,400.00 | +$300.00 | +75.0 % |");
  });

  test("each scenario's figures follow from its drivers, exactly", () => {
    const [base, cheaper, growth] = comparison.scenarios;
    expect(base.monthlyCost).toEqual({ min: "200", expected: "400", max: "800" }); // 4,000 users × $0.10
    expect(cheaper.monthlyCost.expected).toBe("300"); // 4,000 × $0.075: the rate passes as text, never a float
    expect(growth.byGeo).toEqual({ NA: { min: "50", expected: "100", max: "200" }, EU: { min: "300", expected: "600", max: "1200" } });
    expect(growth.delta.byGeo.EU).toEqual({ min: "150", expected: "300", max: "600" });
    expect(growth.delta.byGeo.NA).toEqual({ min: "0", expected: "0", max: "0" });
    expect(cheaper.delta.unitMetrics.find((m) => m.id === "costPerMonthlyActiveUser" && m.scope === "all")!.monthlyCost.expected).toBe("-0.025");
    expect(growth.overrides).toEqual({ usersByGeo: { EU: "6000" } });
    expect(growth.sources).toEqual({ "usersByGeo.EU": "a test figure" });
    for (const s of comparison.scenarios) {
      const byCategory = Object.values(s.byCategory).reduce((x, r) => x.plus(r.expected), new Money(0));
      expect(byCategory.eq(s.monthlyCost.expected)).toBe(true);
    }
  });

  test("holds each scenario to the app's budgets", () => {
    expect(comparison.budgets.map((b) => b.id)).toEqual(["total"]);
    expect(comparison.scenarios.map((s) => s.budgets[0].status)).toEqual(["ok", "ok", "exceeded"]);
  });

  test("fails with exit 2 naming file, line and key for an unknown driver (checked by the app, before any synth)", async () => {
    const bad = appWith({ "typo.yaml": "description: A typo.\ndrivers:\n  usersByGeo:\n    EU: 5\n  perUsr: \"0.2\"\nsources:\n  usersByGeo: x\n  perUsr: y\n" });
    try {
      const r = await runCli(["scenarios", "--app-dir", bad, "--output", path.join(bad, "result")]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`scenario scenarios/typo.yaml, line 5 (drivers.perUsr): unknown driver "perUsr" (did you mean "perUser"?)`);
      expect(r.err).not.toContain("synthesizing");
      expect(fs.existsSync(path.join(bad, "result"))).toBe(false);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  test("fails with exit 2 on shares that do not add up to 1, and on a file without a description, naming the line", async () => {
    const bad = appWith({ "split.yaml": "description: x\ndrivers:\n  cdnSplit: { a: 0.5, b: 0.6 }\nsources:\n  cdnSplit: y\n" });
    try {
      const r = await runCli(["scenarios", "--app-dir", bad, "--output", path.join(bad, "result")]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("split.yaml, line 3 (drivers.cdnSplit): the shares add up to 1.1, not 1");
      fs.writeFileSync(path.join(bad, "scenarios", "split.yaml"), "drivers:\n  perUser: \"1\"\n");
      const r2 = await runCli(["scenarios", "--app-dir", bad, "--output", path.join(bad, "result")]);
      expect(r2.code).toBe(2);
      expect(r2.err).toContain('split.yaml, line 1 (the top level): "description" is missing');
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  test("fails with exit 2 on bad arguments and a folder without cdktf.json", async () => {
    expect((await runCli(["scenarios", "--jobs", "0"])).code).toBe(2);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-scenarios-empty-"));
    try {
      const r = await runCli(["scenarios", "--app-dir", empty]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("no cdktf.json in");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
