import { InputError } from "../../pricing/errors";
import { evaluatePack } from "../../policies/evaluate-pack";
import { FINOPS_PACK } from "../../policies/packs/finops";
import { Pack, packRule, RuleContext } from "../../policies/types";
import { flat, report } from "./fixtures";

/** Flags every resource costing more than `over`. */
function pricey(ctx: RuleContext, params: { over: string }) {
  return ctx.report.resources.filter((r) => Number(r.monthlyCost.expected) > Number(params.over)).map((r) => ({ address: r.address, message: `${r.address} is pricey` }));
}

/** Never compliant: throws. */
function broken(): never {
  throw new Error("cannot read property 'x' of undefined");
}

const pack: Pack = {
  id: "Test",
  level: "warning",
  rules: [
    packRule({ rule: pricey, id: "P1", params: { over: "50" }, explanation: "Make it cheaper." }),
    packRule({ rule: broken, id: "B1", level: "warning", params: {}, explanation: "n/a" }),
  ],
};
const ctx = { report: report("s", [flat("google_compute_disk.a", "100"), flat("google_compute_disk.b", "10")]) };

describe("evaluatePack", () => {
  test("a rule that throws becomes an error finding, and the other rules still run", () => {
    const findings = evaluatePack(pack, ctx);
    expect(findings.map((f) => [f.ruleId, f.level, f.address])).toEqual([
      ["Test-P1", "warning", "google_compute_disk.a"],
      ["Test-B1", "error", undefined],
    ]);
    expect(findings[1].message).toMatch(/^rule failed: cannot read property 'x' of undefined\./);
  });

  test("off rules are skipped; overrides change levels and params, by rule id or finding id", () => {
    expect(evaluatePack(pack, ctx, { B1: "off" }).map((f) => f.ruleId)).toEqual(["Test-P1"]);
    const f = evaluatePack(pack, ctx, { "Test-P1": { level: "error", params: { over: "5" } }, B1: "off" });
    expect(f.map((x) => [x.level, x.address])).toEqual([["error", "google_compute_disk.a"], ["error", "google_compute_disk.b"]]);
  });

  test("a bad parameter value makes the rule fail as a finding, not a crash", () => {
    const f = evaluatePack(FINOPS_PACK, ctx, { AS1: { params: { maxMonthly: "a lot" } } });
    expect(f).toEqual([{ ruleId: "FinOps-AS1", level: "error", message: expect.stringMatching(/^rule failed: parameter maxMonthly must be a decimal string such as "1000", got "a lot"\./) }]);
  });

  test("overrides naming an unknown rule, level or param are bad input", () => {
    expect(() => evaluatePack(pack, ctx, { X9: "off" })).toThrow(InputError);
    expect(() => evaluatePack(pack, ctx, { X9: "off" })).toThrow(/Rules of Test: Test-P1, Test-B1/);
    expect(() => evaluatePack(pack, ctx, { P1: "fatal" as never })).toThrow(/allowed: error, warning, off/);
    expect(() => evaluatePack(pack, ctx, { P1: { params: { under: "1" } } })).toThrow(/parameter "under".*Its parameters: over/);
  });
});
