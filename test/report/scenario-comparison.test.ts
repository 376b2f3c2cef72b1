import fc from "fast-check";
import { Money, ZERO } from "../../pricing/money";
import { RangeJson } from "../../pricing/range";
import { ComponentCost, CostReport, ResourceCost } from "../../pricing/report";
import { budget } from "../../policies/budgets";
import { budgetHeaders, budgetOutcomes } from "../../policies/budget-outcomes";
import { compareScenarios, ScenarioRun } from "../../report/scenario-comparison";
import { renderScenarioHtml } from "../../report/scenario-html";
import { renderScenarioMarkdown } from "../../report/scenario-markdown";

const CATS = ["cdn", "compute", "storage", "network"] as const;
const GEOS = ["NA", "EU", "APAC"] as const;

const cents = fc.integer({ min: 0, max: 10_000_000 }).map((c) => new Money(c).div(100));
const rangeArb = fc.tuple(cents, cents, cents).map(([a, b, c]) => {
  const [min, expected, max] = [a, b, c].sort((x, y) => x.comparedTo(y));
  return { min: min.toFixed(), expected: expected.toFixed(), max: max.toFixed() };
});
const sumRanges = (rs: readonly RangeJson[]): RangeJson => ({
  min: rs.reduce((s, r) => s.plus(r.min), ZERO).toFixed(),
  expected: rs.reduce((s, r) => s.plus(r.expected), ZERO).toFixed(),
  max: rs.reduce((s, r) => s.plus(r.max), ZERO).toFixed(),
});
const componentArb = fc.record({ cost: rangeArb, category: fc.option(fc.constantFrom(...CATS), { nil: undefined }), geo: fc.option(fc.constantFrom(...GEOS), { nil: undefined }) });
const resourceArb = fc.record({
  provider: fc.constantFrom("google", "aws", "fastly"),
  category: fc.constantFrom(...CATS),
  geo: fc.constantFrom(...GEOS),
  components: fc.array(componentArb, { minLength: 1, maxLength: 3 }),
});

function reportOf(stack: string, resources: readonly { provider: string; category: (typeof CATS)[number]; geo: (typeof GEOS)[number]; components: { cost: RangeJson; category?: (typeof CATS)[number]; geo?: (typeof GEOS)[number] }[] }[], users: Record<string, string>): CostReport {
  const res: ResourceCost[] = resources.map((r, i) => {
    const components: ComponentCost[] = r.components.map((c, j) => ({
      name: `Line (${j})`, unit: "hours", unitPrice: "1", listUnitPrice: "1", monthlyQuantity: c.cost, monthlyCost: c.cost, listMonthlyCost: c.cost, usageBased: false, priceId: "x@y",
      ...(c.category ? { category: c.category } : {}), ...(c.geo ? { geo: c.geo } : {}),
    }));
    const total = sumRanges(components.map((c) => c.monthlyCost));
    return { address: `t.r${i}`, type: "t", provider: r.provider, region: null, geo: r.geo, category: r.category, tags: {}, monthlyCost: total, listMonthlyCost: total, components };
  });
  const total = sumRanges(res.map((r) => r.monthlyCost));
  return {
    formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD", priceBooks: [], stack,
    monthlyCost: total, listMonthlyCost: total, resources: res, unpriced: [], free: [], findings: [],
    drivers: Object.fromEntries(Object.entries(users).map(([g, v]) => [`monthlyActiveUsers.${g}`, v])),
  } as CostReport;
}

const runArb = (name: string) => fc.record({
  a: fc.array(resourceArb, { maxLength: 4 }),
  b: fc.array(resourceArb, { maxLength: 4 }),
  users: fc.record({ NA: fc.integer({ min: 1, max: 1e9 }), EU: fc.integer({ min: 1, max: 1e9 }) }),
}).map(({ a, b, users }): ScenarioRun => {
  const u = { NA: String(users.NA), EU: String(users.EU) };
  return { name, description: name, reports: [reportOf("a", a, u), reportOf("b", b, u)] };
});

const d = (s: string) => new Money(s);
const sumOver = (reports: readonly CostReport[], pick: (r: ResourceCost, c: ComponentCost) => string, key: string, bound: keyof RangeJson) =>
  reports.flatMap((rep) => rep.resources.flatMap((r) => r.components.filter((c) => pick(r, c) === key).map((c) => d(c.monthlyCost[bound])))).reduce((s, x) => s.plus(x), ZERO);

describe("the scenario comparison", () => {
  test("every figure is the exact sum of the reports behind it, and each delta the scenario's less the baseline's", () => {
    fc.assert(fc.property(runArb("baseline"), runArb("s1"), runArb("s2"), (base, s1, s2) => {
      const c = compareScenarios([base, s2, s1]);
      expect(c.scenarios.map((s) => s.name)).toEqual(["baseline", "s1", "s2"]);
      const runs = [base, s1, s2];
      c.scenarios.forEach((s, i) => {
        const reports = runs[i].reports;
        for (const bound of ["min", "expected", "max"] as const) {
          const total = reports.reduce((x, r) => x.plus(r.monthlyCost[bound]), ZERO);
          expect(d(s.monthlyCost[bound]).eq(total)).toBe(true);
          for (const [cat, r] of Object.entries(s.byCategory)) expect(d(r[bound]).eq(sumOver(reports, (res, comp) => comp.category ?? res.category, cat, bound))).toBe(true);
          for (const [geo, r] of Object.entries(s.byGeo)) expect(d(r[bound]).eq(sumOver(reports, (res, comp) => comp.geo ?? res.geo ?? "unassigned", geo, bound))).toBe(true);
          // the breakdowns add back up to the total
          expect(Object.values(s.byCategory).reduce((x, r) => x.plus(r[bound]), ZERO).eq(total)).toBe(true);
          expect(Object.values(s.byProvider).reduce((x, r) => x.plus(r[bound]), ZERO).eq(total)).toBe(true);
          // deltas: scenario − baseline, 0 where a side lacks the key
          const b = c.scenarios[0];
          expect(d(s.delta.monthlyCost[bound]).eq(d(s.monthlyCost[bound]).minus(b.monthlyCost[bound]))).toBe(true);
          for (const k of new Set([...Object.keys(s.byCategory), ...Object.keys(b.byCategory)])) {
            expect(d(s.delta.byCategory[k][bound]).eq(d(s.byCategory[k]?.[bound] ?? "0").minus(b.byCategory[k]?.[bound] ?? "0"))).toBe(true);
          }
          for (const m of s.delta.unitMetrics) {
            const mine = s.unitMetrics.find((x) => x.id === m.id && x.scope === m.scope)!, theirs = b.unitMetrics.find((x) => x.id === m.id && x.scope === m.scope)!;
            expect(d(m.monthlyCost[bound]).eq(d(mine.monthlyCost[bound]).minus(theirs.monthlyCost[bound]))).toBe(true);
          }
        }
        // cost per user: the total over the sum of the geos' users
        const perUser = s.unitMetrics.find((x) => x.id === "costPerMonthlyActiveUser" && x.scope === "all")!;
        const users = d(reports[0].drivers!["monthlyActiveUsers.NA"]).plus(reports[0].drivers!["monthlyActiveUsers.EU"]);
        expect(d(perUser.monthlyCost.expected).eq(d(s.monthlyCost.expected).div(users))).toBe(true);
      });
      // the baseline's delta is zero
      expect(Object.values(c.scenarios[0].delta.byCategory).every((r) => d(r.expected).isZero())).toBe(true);
      expect(d(c.scenarios[0].delta.monthlyCost.max).isZero()).toBe(true);
    }), { numRuns: 60, seed: 14 });
  });

  describe("budgets per scenario", () => {
    const cheap = reportOf("a", [{ provider: "google", category: "cdn", geo: "NA", components: [{ cost: { min: "10", expected: "10", max: "10" } }] }], { NA: "100" });
    const dear = reportOf("a", [{ provider: "google", category: "cdn", geo: "NA", components: [{ cost: { min: "10", expected: "30", max: "50" } }] }], { NA: "100" });
    const budgets = [budget({ id: "total", monthly: "20" }), budget({ id: "cdn-max", scope: { category: "cdn" }, monthly: "40", basis: "max", level: "warning" }), budget({ id: "per-user", perUnit: { driver: "monthlyActiveUsers", max: "0.25" } })];
    const runs: ScenarioRun[] = [
      { name: "baseline", description: "b", reports: [cheap], budgets: budgetOutcomes(budgets, [cheap]) },
      { name: "growth", description: "g", reports: [dear], budgets: budgetOutcomes(budgets, [dear]) },
    ];
    const c = compareScenarios(runs, budgetHeaders(budgets));

    test("say which scenario breaks which budget, at the budget's level", () => {
      expect(c.scenarios[0].budgets.map((b) => b.status)).toEqual(["ok", "ok", "ok"]);
      expect(c.scenarios[1].budgets.map((b) => [b.id, b.status, b.level])).toEqual([["total", "exceeded", "error"], ["cdn-max", "exceeded", "warning"], ["per-user", "exceeded", "error"]]);
      expect(c.budgets.map((b) => b.limit)).toEqual(["20", "40", "0.25 per monthlyActiveUsers"]);
    });

    test("the Markdown and HTML show the scenarios, their deltas and the budgets broken", () => {
      const md = renderScenarioMarkdown(c);
      expect(md).toContain("| baseline | $10.00 | $10.00 – $10.00 | — | — | $0.1000 | — | — | none |");
      expect(md).toContain("| growth | $30.00 | $10.00 – $50.00 | +$20.00 | +200.0 % | $0.3000 (+$0.2000) | — | — | total, cdn-max (warning), per-user |");
      expect(md).toContain("| cdn | $10.00 | $30.00 (+$20.00) |");
      const html = renderScenarioHtml(c, { inlineChartLibrary: false });
      expect(html).toContain('<canvas id="chart-scenarios"');
      expect(html).toContain("+$20.00 against baseline");
      expect(html).toContain('<span class="pill warning"');
      expect(renderScenarioHtml(c, { inlineChartLibrary: false })).toBe(html);
    });
  });
});
