import Decimal from "decimal.js";
import { Category } from "./categories";
import { byString } from "./compare";
import { globMatches } from "./glob";
import { decimalText, Money, ZERO } from "./money";
import { RangeJson } from "./range";
import { CostReport, ResourceCost } from "./report";

/**
 * Cost by feature and by team. Every resource's cost goes to the feature its `feature` tag names, or, for a shared
 * resource (no feature tag, or `feature: shared`), is split across features by the first allocation rule that selects
 * it (fixed shares, or a driver such as listening hours per feature). What no rule selects is `unallocated`: stated,
 * never hidden. Teams come from the `team` tag; a resource without one is `unallocated`.
 *
 * Exactness: a split never loses or invents a cent. Each part is the amount × its weight ÷ the weights' sum, rounded
 * down to a billionth of a dollar (ALLOCATION_QUANTUM); the billionths left over go one each to the parts that rounding
 * cut most (ties to the earlier feature in the rule's order), and what is left below a billionth (only when the amount
 * itself has more than 9 decimals) goes to the part with the largest weight. So the parts of every split sum exactly
 * to the amount, and allocated + unallocated equals the total exactly. Min, expected and max are split as min, the
 * step from min to expected and the step from expected to max, so each part keeps min ≤ expected ≤ max. Each cost
 * line is split on its own, so the summary, budgets and the FOCUS export agree on every feature's figure exactly.
 */

/** The tags costkit allocates cost by. */
export const ALLOCATED_TAGS = ["feature", "team"] as const;
export type AllocatedTag = (typeof ALLOCATED_TAGS)[number];
/** The key for cost no tag or rule assigns. */
export const UNALLOCATED = "unallocated";
/** The feature tag value of a resource that serves several features: allocation rules split it. */
export const SHARED = "shared";
/** Parts are rounded down to this (a billionth of a dollar) before the remainder is handed out. */
export const ALLOCATION_QUANTUM = new Money("1e-9");

/** Which resources a rule selects: every key narrows it; `*` in stack, type and address matches any run of characters. */
export interface AllocationMatch {
  readonly stack?: string;
  readonly category?: Category;
  readonly provider?: string;
  readonly type?: string;
  readonly address?: string;
  readonly [tag: `tag.${string}`]: string | undefined;
}

/** A rule with its weights known: features and their (positive) weights, in the order the rule gives them. */
export interface ResolvedAllocationRule {
  readonly id: string;
  readonly match: AllocationMatch;
  readonly weights: readonly (readonly [string, Decimal])[];
}

/** Allocation rules with drivers resolved against the reports (policies/allocation.ts resolves them). */
export interface ResolvedAllocation {
  /** The known features, in the order reports list them. */
  readonly features: readonly string[];
  readonly rules: readonly ResolvedAllocationRule[];
}

/** How one resource's cost goes to features: whole to one value, or split by a rule. */
export type FeatureSplit =
  | { readonly kind: "direct"; readonly value: string }
  | { readonly kind: "rule"; readonly ruleId: string; readonly weights: readonly (readonly [string, Decimal])[] };

/** Whether a rule selects a resource of a stack. */
export function matchesResource(m: AllocationMatch, stack: string, r: ResourceCost): boolean {
  if (m.stack !== undefined && !globMatches(m.stack, stack)) return false;
  if (m.category !== undefined && r.category !== m.category) return false;
  if (m.provider !== undefined && r.provider !== m.provider) return false;
  if (m.type !== undefined && !globMatches(m.type, r.type)) return false;
  if (m.address !== undefined && !globMatches(m.address, r.address)) return false;
  for (const key of Object.keys(m)) {
    if (key.startsWith("tag.") && r.tags[key.slice(4)] !== m[key as `tag.${string}`]) return false;
  }
  return true;
}

const tagValue = (r: ResourceCost, tag: AllocatedTag): string | undefined => {
  const v = r.tags[tag];
  return v === undefined || v.trim() === "" ? undefined : v;
};

/** Where a resource's cost goes by feature. */
export function featureSplit(stack: string, r: ResourceCost, allocation: ResolvedAllocation | undefined): FeatureSplit {
  const tagged = tagValue(r, "feature");
  if (tagged !== undefined && tagged !== SHARED) return { kind: "direct", value: tagged };
  const rule = allocation?.rules.find((x) => matchesResource(x.match, stack, r));
  if (rule) return { kind: "rule", ruleId: rule.id, weights: rule.weights };
  return { kind: "direct", value: UNALLOCATED };
}

/** The team a resource's cost goes to. */
export function teamOf(r: ResourceCost): string {
  return tagValue(r, "team") ?? UNALLOCATED;
}

/**
 * An amount split by weights (non-negative, not all zero) into parts that sum to it exactly: see the file's comment.
 * Deterministic: the same amount and weights give the same parts.
 */
export function splitAmount(amount: Decimal, weights: readonly Decimal[]): Decimal[] {
  const total = weights.reduce((s, w) => s.plus(w), ZERO);
  if (weights.length === 0 || total.lte(0) || weights.some((w) => w.isNegative())) throw new RangeError("splitAmount: weights must be non-negative and not all zero");
  const a = new Money(amount);
  if (a.isZero()) return weights.map(() => ZERO);
  const raw = weights.map((w) => a.times(w).div(total));
  const parts = raw.map((x) => x.toDecimalPlaces(9, Decimal.ROUND_FLOOR));
  const given = parts.reduce((s, p) => s.plus(p), ZERO);
  let quanta = Decimal.max(0, a.minus(given).div(ALLOCATION_QUANTUM).floor()).toNumber();
  const order = raw.map((x, i) => ({ i, cut: x.minus(parts[i]) })).filter((x) => !weights[x.i].isZero()).sort((x, y) => y.cut.comparedTo(x.cut) || x.i - y.i);
  for (let k = 0; quanta > 0; k = (k + 1) % order.length, quanta--) parts[order[k].i] = parts[order[k].i].plus(ALLOCATION_QUANTUM);
  const left = a.minus(parts.reduce((s, p) => s.plus(p), ZERO));
  if (!left.isZero()) {
    let largest = 0;
    weights.forEach((w, i) => { if (w.gt(weights[largest])) largest = i; });
    parts[largest] = parts[largest].plus(left);
  }
  return parts;
}

type Acc = { min: Decimal; expected: Decimal; max: Decimal };
const newAcc = (): Acc => ({ min: ZERO, expected: ZERO, max: ZERO });

/** A range split by weights: each part a range (min ≤ expected ≤ max), the parts summing to the range bound by bound. */
export function splitRange(r: RangeJson, weights: readonly Decimal[]): Acc[] {
  const min = new Money(r.min), expected = new Money(r.expected), max = new Money(r.max);
  const lo = splitAmount(min, weights);
  const up1 = splitAmount(expected.minus(min), weights);
  const up2 = splitAmount(max.minus(expected), weights);
  return lo.map((m, i) => ({ min: m, expected: m.plus(up1[i]), max: m.plus(up1[i]).plus(up2[i]) }));
}

/**
 * The parts of each cost line split so far, by the line's range and the rule's features and weights: cost-summary.json's
 * byTag.feature and every budget scoped to a feature split the same lines of the same reports (over the reference
 * app's reports, its budgets across stacks and its summary took 0.50 s of CPU splitting each line three times, 0.23 s
 * splitting it once). Parts are frozen: callers share them.
 */
const splitsOfLine = new WeakMap<RangeJson, Map<string, readonly (readonly [string, Readonly<Acc>])[]>>();
const weightsKeys = new WeakMap<readonly (readonly [string, Decimal])[], string>();

/** A cost range by feature for one resource's split: the whole range to one value, or its parts to each feature. */
export function allocateRange(r: RangeJson, split: FeatureSplit): readonly (readonly [string, Readonly<Acc>])[] {
  if (split.kind === "direct") return [[split.value, { min: new Money(r.min), expected: new Money(r.expected), max: new Money(r.max) }]];
  let key = weightsKeys.get(split.weights);
  if (key === undefined) weightsKeys.set(split.weights, (key = JSON.stringify(split.weights.map(([f, w]) => [f, w.toString()]))));
  let ofLine = splitsOfLine.get(r);
  if (ofLine === undefined) splitsOfLine.set(r, (ofLine = new Map()));
  let parts = ofLine.get(key);
  if (parts === undefined) {
    const ranges = splitRange(r, split.weights.map(([, w]) => w));
    ofLine.set(key, (parts = split.weights.map(([f], i) => [f, Object.freeze(ranges[i])] as const)));
  }
  return parts;
}

/** Cost by feature and by team: each a map from tag value (and `unallocated`) to a range. */
export interface CostByTag {
  readonly feature: Readonly<Record<string, RangeJson>>;
  readonly team: Readonly<Record<string, RangeJson>>;
}

function keyed(map: Map<string, Acc>, order: readonly string[]): Record<string, RangeJson> {
  const rank = (k: string) => (k === UNALLOCATED ? Number.MAX_SAFE_INTEGER : order.includes(k) ? order.indexOf(k) : order.length);
  const keys = [...map.keys()].sort((a, b) => rank(a) - rank(b) || byString(a, b));
  return Object.fromEntries(keys.map((k) => { const a = map.get(k)!; return [k, { min: decimalText(a.min), expected: decimalText(a.expected), max: decimalText(a.max) }]; }));
}

function addTo(map: Map<string, Acc>, key: string, r: Acc): void {
  const a = map.get(key) ?? map.set(key, newAcc()).get(key)!;
  a.min = a.min.plus(r.min);
  a.expected = a.expected.plus(r.expected);
  a.max = a.max.plus(r.max);
}

/**
 * Cost by feature and team over reports (each cost line split on its own): features in the allocation's order, other tagged values by name, then
 * `unallocated` (present whenever some cost is unallocated, and always when there is no cost at all). Each map sums
 * exactly to the reports' total.
 */
export function costByTag(reports: readonly CostReport[], allocation?: ResolvedAllocation): CostByTag {
  const feature = new Map<string, Acc>(), team = new Map<string, Acc>();
  for (const report of reports) {
    for (const r of report.resources) {
      // line by line, as the FOCUS export splits them, so that both give each feature the same exact figure
      const split = featureSplit(report.stack, r, allocation);
      for (const c of r.components) for (const [f, part] of allocateRange(c.monthlyCost, split)) addTo(feature, f, part);
      addTo(team, teamOf(r), { min: new Money(r.monthlyCost.min), expected: new Money(r.monthlyCost.expected), max: new Money(r.monthlyCost.max) });
    }
  }
  for (const m of [feature, team]) if (m.size === 0) m.set(UNALLOCATED, newAcc());
  return { feature: keyed(feature, allocation?.features ?? []), team: keyed(team, []) };
}
