import Decimal from "decimal.js";
import { CostByTag, costByTag, ResolvedAllocation } from "../pricing/allocation";
import { GEOS } from "../pricing/geo";
import { decimalText, Money, ZERO } from "../pricing/money";
import { Range, rangeToJson, RangeJson } from "../pricing/range";
import { Recommendation } from "../pricing/recommendation";
import { CostReport, Finding } from "../pricing/report";
import { COSTKIT_VERSION } from "../pricing/version";
import { byString } from "../pricing/compare";
import { rankedEntries, rankedStacks } from "./format";

/**
 * cost-summary.json: every stack of a synth, the totals by stack, category, provider and geo, and unit metrics
 * (cost per monthly active user, overall and per geo) from the drivers the stacks record.
 */
export interface CostSummary {
  readonly formatVersion: "1";
  readonly generator: { readonly name: "costkit"; readonly version: string };
  readonly currency: "USD";
  readonly priceBooks: readonly { readonly id: string; readonly effectiveDate: string }[];
  readonly monthlyCost: RangeJson;
  readonly listMonthlyCost: RangeJson;
  readonly stacks: readonly StackSummary[];
  readonly byCategory: Readonly<Record<string, RangeJson>>;
  readonly byProvider: Readonly<Record<string, RangeJson>>;
  readonly byGeo: Readonly<Record<string, RangeJson>>;
  /**
   * Cost by feature and by team (docs/allocation.md): tag value, or the feature an allocation rule gives a part of a
   * shared resource, to a range; `unallocated` holds what no tag or rule assigns. Each map sums exactly to monthlyCost.
   */
  readonly byTag: CostByTag;
  readonly drivers: Readonly<Record<string, string>>;
  readonly unitMetrics: readonly UnitMetric[];
  readonly unpricedCount: number;
  readonly findings: { readonly errors: number; readonly warnings: number; readonly acknowledged: number };
  /** Findings of budgets across stacks (the platform total, categories, cost per user). */
  readonly crossStackFindings: readonly Finding[];
  /**
   * The Savings recommendations of every stack, as `costkit recommend --format json` lists them (largest expected
   * saving first), and their total; present only when the synth makes them (`Costkit.enable(app, { recommendations:
   * true })`).
   */
  readonly recommendations?: SummaryRecommendations;
}

/** `recommendations` of cost-summary.json. */
export interface SummaryRecommendations {
  /** The expected savings added up, acknowledged ones left out (as `costkit recommend` totals them). */
  readonly monthlySaving: string;
  readonly items: readonly Recommendation[];
}

/** The summary with the recommendations of its stacks (sorted by the caller). */
export function withRecommendations(summary: CostSummary, recommendations: readonly Recommendation[]): CostSummary {
  const monthlySaving = recommendations.filter((r) => !r.acknowledged).reduce((s, r) => s.plus(r.monthlySaving.expected), ZERO as Decimal);
  return { ...summary, recommendations: { monthlySaving: decimalText(monthlySaving), items: recommendations } };
}

export interface StackSummary {
  readonly stack: string;
  readonly monthlyCost: RangeJson;
  readonly listMonthlyCost: RangeJson;
  readonly resources: number;
  readonly unpriced: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface UnitMetric {
  /** `costPerMonthlyActiveUser`, `costPerListeningHour`… */
  readonly id: string;
  /** `all`, or a geo. */
  readonly scope: string;
  readonly driver: string;
  readonly driverValue: string;
  readonly monthlyCost: RangeJson;
}

type Acc = { min: Decimal; expected: Decimal; max: Decimal };
const acc = (): Acc => ({ min: ZERO, expected: ZERO, max: ZERO });
const add = (a: Acc, r: Acc) => {
  a.min = a.min.plus(r.min);
  a.expected = a.expected.plus(r.expected);
  a.max = a.max.plus(r.max);
};
/** A report's range as decimals, each read once however many totals it goes into (a fixed range: one value). */
const parsed = (r: RangeJson): Acc => {
  const expected = new Money(r.expected);
  return r.min === r.expected && r.max === r.expected ? { min: expected, expected, max: expected } : { min: new Money(r.min), expected, max: new Money(r.max) };
};
const json = (a: Acc): RangeJson => rangeToJson(a as Range);

/** Unit metrics: driver names (in the drivers map) and what each divides. */
const METRICS: readonly { id: string; driver: string; byGeo: boolean }[] = [
  { id: "costPerMonthlyActiveUser", driver: "monthlyActiveUsers", byGeo: true },
  { id: "costPerSubscriber", driver: "subscribers", byGeo: false },
  { id: "costPerListeningHour", driver: "monthlyListeningHours", byGeo: true },
  { id: "costPerGbDelivered", driver: "monthlyDeliveredGb", byGeo: true },
];

/** A breakdown largest first, ties by name (as every renderer shows it). */
function keyed(map: Map<string, Acc>): Record<string, RangeJson> {
  return Object.fromEntries(rankedEntries(Object.fromEntries([...map.entries()].map(([k, a]) => [k, json(a)]))));
}

/**
 * The summary of several stacks' reports; `crossStack` are findings of budgets that span stacks; `allocation` splits
 * shared resources across features (without it, cost goes by the `feature` and `team` tags alone).
 */
export function summarize(reports: readonly CostReport[], crossStack: readonly Finding[] = [], allocation?: ResolvedAllocation): CostSummary {
  const total = acc(), list = acc();
  const byCategory = new Map<string, Acc>(), byProvider = new Map<string, Acc>(), byGeo = new Map<string, Acc>();
  const get = (m: Map<string, Acc>, k: string) => m.get(k) ?? m.set(k, acc()).get(k)!;
  const books = new Map<string, string>();
  const drivers: Record<string, string> = {};
  let errors = 0, warnings = 0, acknowledged = 0, unpriced = 0;
  const stacks: StackSummary[] = [];
  for (const report of [...reports].sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0))) {
    add(total, parsed(report.monthlyCost));
    add(list, parsed(report.listMonthlyCost));
    for (const b of report.priceBooks) books.set(b.id, b.effectiveDate);
    for (const [k, v] of Object.entries(report.drivers ?? {})) if (!(k in drivers)) drivers[k] = v;
    for (const r of report.resources) {
      add(get(byProvider, r.provider), parsed(r.monthlyCost));
      for (const c of r.components) {
        const cost = parsed(c.monthlyCost);
        add(get(byCategory, c.category ?? r.category), cost);
        add(get(byGeo, c.geo ?? r.geo ?? "unassigned"), cost);
      }
    }
    const e = report.findings.filter((f) => f.level === "error" && !f.acknowledged).length;
    const w = report.findings.filter((f) => f.level === "warning" && !f.acknowledged).length;
    errors += e;
    warnings += w;
    acknowledged += report.findings.filter((f) => f.acknowledged).length;
    unpriced += report.unpriced.length;
    stacks.push({ stack: report.stack, monthlyCost: report.monthlyCost, listMonthlyCost: report.listMonthlyCost, resources: report.resources.length, unpriced: report.unpriced.length, errors: e, warnings: w });
  }
  const unitMetrics: UnitMetric[] = [];
  for (const m of METRICS) {
    // the overall driver: given as such, as `<driver>.all`, or the sum of its geos
    const geoValues = GEOS.map((g) => drivers[`${m.driver}.${g}`]).filter((v): v is string => v !== undefined);
    if (drivers[m.driver] === undefined && drivers[`${m.driver}.all`] === undefined && geoValues.length > 0) {
      drivers[m.driver] = decimalText(geoValues.reduce((a, v) => a.plus(v), ZERO));
    }
    const overall = drivers[m.driver] !== undefined ? m.driver : `${m.driver}.all`;
    const scopes: [string, string, Acc | undefined][] = [["all", overall, total]];
    if (m.byGeo) for (const g of GEOS) scopes.push([g, `${m.driver}.${g}`, byGeo.get(g)]);
    for (const [scope, driver, cost] of scopes) {
      const value = drivers[driver];
      if (value === undefined || cost === undefined || new Money(value).isZero()) continue;
      const per = (x: Decimal) => x.div(value);
      unitMetrics.push({ id: m.id, scope, driver, driverValue: value, monthlyCost: { min: decimalText(per(cost.min)), expected: decimalText(per(cost.expected)), max: decimalText(per(cost.max)) } });
    }
  }
  return {
    formatVersion: "1",
    generator: { name: "costkit", version: COSTKIT_VERSION },
    currency: "USD",
    priceBooks: [...books.entries()].sort(([a], [b]) => byString(a, b)).map(([id, effectiveDate]) => ({ id, effectiveDate })),
    monthlyCost: json(total),
    listMonthlyCost: json(list),
    stacks: rankedStacks(stacks),
    byCategory: keyed(byCategory),
    byProvider: keyed(byProvider),
    byGeo: keyed(byGeo),
    byTag: costByTag(reports, allocation),
    drivers: Object.fromEntries(Object.entries(drivers).sort(([a], [b]) => byString(a, b))),
    unitMetrics,
    unpricedCount: unpriced,
    findings: {
      errors: errors + crossStack.filter((f) => f.level === "error" && !f.acknowledged).length,
      warnings: warnings + crossStack.filter((f) => f.level === "warning" && !f.acknowledged).length,
      acknowledged: acknowledged + crossStack.filter((f) => f.acknowledged).length,
    },
    crossStackFindings: crossStack,
  };
}
