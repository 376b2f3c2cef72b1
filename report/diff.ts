import Decimal from "decimal.js";
import { CATEGORIES } from "../pricing/categories";
import { InputError } from "../pricing/errors";
import { decimalText, formatUsd, money, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { Recommendation } from "../pricing/recommendation";
import { ComponentCost, CostReport, Finding, ResourceCost, UnpricedEntry } from "../pricing/report";
import { COSTKIT_VERSION } from "../pricing/version";
import { byString } from "../pricing/compare";

/**
 * The difference between two sets of cost reports (base → head), `formatVersion: "1"`. Money and quantities are
 * decimal strings; every delta is exactly `after − before`, bound by bound (so delta bounds need not be in order).
 * Only what differs is listed; unchanged resources are counted, not listed.
 */
export interface CostDiff {
  readonly formatVersion: "1";
  readonly generator: { readonly name: "costkit"; readonly version: string };
  readonly currency: "USD";
  /** Sum over every stack of base and head. */
  readonly monthlyCost: CostDelta;
  readonly resourceCounts: DiffCounts;
  readonly stackCounts: DiffCounts;
  readonly findingCounts: FindingCounts;
  /** Ids of the price books the reports were priced with, sorted; they differ when a PR changes prices. */
  readonly priceBooks: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Cost by category over every stack, in the order of CATEGORIES (then any other category by name). */
  readonly categories: readonly { readonly category: string; readonly monthlyCost: CostDelta }[];
  /** Every stack of base or head, by name. */
  readonly stacks: readonly StackDiff[];
  /** Findings of budgets across stacks (cost-summary.json of a synth), marked as the stacks' findings are. */
  readonly crossStackFindings: readonly FindingDiff[];
  readonly resolvedCrossStackFindings: readonly Finding[];
  /**
   * The head's recommendations (`costkit recommend`, docs/recommendations.md) whose subject this change added or
   * changed, largest saving first; absent when there are none, or when the head is reports without Terraform.
   */
  readonly recommendations?: readonly Recommendation[];
}

/** The head's findings, across stacks first, then each stack's. */
export function allFindings(diff: CostDiff): FindingDiff[] {
  return [...diff.crossStackFindings, ...diff.stacks.flatMap((s) => s.findings)];
}

export type Change = "added" | "removed" | "changed";

/** Before, after, `delta = after − before` and `percent = delta / before × 100` (2 places; null when before is 0). */
export interface CostDelta {
  readonly before: RangeJson;
  readonly after: RangeJson;
  readonly delta: RangeJson;
  readonly percent: { readonly min: string | null; readonly expected: string | null; readonly max: string | null };
}

export interface DiffCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
}

export interface FindingCounts {
  /** Findings of the head. */
  readonly total: number;
  /** Head findings that the base did not have (by rule id and address: a finding whose message changed is not new). */
  readonly new: number;
  /** Base findings the head no longer has. */
  readonly resolved: number;
  /** Unacknowledged errors of the head, and how many of them are new. */
  readonly errors: number;
  readonly newErrors: number;
}

export interface StackDiff {
  readonly stack: string;
  /** By cost: `changed` when a resource changed or the total moved. */
  readonly status: Change | "unchanged";
  readonly monthlyCost: CostDelta;
  readonly resourceCounts: DiffCounts;
  /** Added, removed and changed resources, by address. */
  readonly resources: readonly ResourceDiff[];
  /** The head's findings, each marked `new` when the base did not have it. */
  readonly findings: readonly FindingDiff[];
  readonly resolvedFindings: readonly Finding[];
  /** The head's unpriced entries, each marked `new` when the base did not have it. */
  readonly unpriced: readonly UnpricedDiff[];
}

export interface ResourceDiff {
  readonly stack: string;
  readonly address: string;
  readonly change: Change;
  readonly type: string;
  /** The head's (the base's for a removed resource). */
  readonly category: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly monthlyCost: CostDelta;
  /** Changed, added and removed cost lines (unchanged lines are left out), head order then removed lines. */
  readonly components: readonly ComponentDiff[];
  /**
   * Why the head could not price (part of) a removed or changed resource: its cost fell because a price is missing,
   * not because it got cheaper.
   */
  readonly headUnpriced?: readonly { readonly component?: string; readonly reason: string }[];
}

export interface ComponentDiff {
  /** The line's name; for a line whose bracket changed, `Instance usage (n2-standard-4 → n2-standard-8)`. */
  readonly name: string;
  readonly change: Change;
  /** The names on each side, when they differ. */
  readonly baseName?: string;
  readonly headName?: string;
  readonly unit: string;
  /** The base's unit, when it differs (then the quantity delta is null). */
  readonly baseUnit?: string;
  readonly monthlyQuantity: { readonly before: RangeJson | null; readonly after: RangeJson | null; readonly delta: RangeJson | null };
  readonly unitPrice: { readonly before: string | null; readonly after: string | null; readonly delta: string | null };
  readonly monthlyCost: CostDelta;
  /** The line is usage-based and no usage was declared (on the head's side; the base's for a removed line). */
  readonly dependsOnUsage?: true;
}

export interface FindingDiff extends Finding {
  /** The stack; absent for a finding across stacks (a budget of the platform, a category, a geo). */
  readonly stack?: string;
  /** The base had no finding of this rule on this address (or scope). */
  readonly new: boolean;
  /** The base had it, with another message (the amount moved, say). */
  readonly changed?: true;
}

export interface UnpricedDiff extends UnpricedEntry {
  readonly new: boolean;
}

const ZERO_JSON: RangeJson = { min: "0", expected: "0", max: "0" };
/** Expected first: a fixed range's other bounds reuse its result. */
const BOUNDS = ["expected", "min", "max"] as const;
const LEVEL_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };


/** `after − before` per bound, with the percent of `before`. Exact. */
export function costDelta(before: RangeJson, after: RangeJson): CostDelta {
  const b = canonical(before), a = canonical(after);
  const delta = {} as Record<(typeof BOUNDS)[number], string>;
  const percent = {} as Record<(typeof BOUNDS)[number], string | null>;
  for (const k of BOUNDS) {
    if (k !== "expected" && a[k] === a.expected && b[k] === b.expected) {
      // a fixed range (the common case): the bound's delta is the expected one
      delta[k] = delta.expected;
      percent[k] = percent.expected;
      continue;
    }
    if (a[k] === b[k]) {
      // canonical texts: equal text is equal value (the common case of an unchanged bound needs no arithmetic)
      delta[k] = "0";
      percent[k] = b[k] === "0" ? null : "0";
      continue;
    }
    const bv = money(b[k]);
    const d = money(a[k]).minus(bv);
    delta[k] = decimalText(d);
    percent[k] = bv.isZero() ? null : decimalText(new Money(d).div(bv).times(100).toDecimalPlaces(2));
  }
  return {
    before: b,
    after: a,
    delta: { min: delta.min, expected: delta.expected, max: delta.max },
    percent: { min: percent.min, expected: percent.expected, max: percent.max },
  };
}

/** The canonical text of a decimal (as decimalText writes it): no exponent, no leading or trailing zeros, no "-0". */
const CANONICAL = /^(0|-?[1-9][0-9]*(\.[0-9]*[1-9])?|-?0\.[0-9]*[1-9])$/;

function canonicalText(text: string): string {
  return CANONICAL.test(text) ? text : decimalText(money(text));
}

function canonical(r: RangeJson): RangeJson {
  return { min: canonicalText(r.min), expected: canonicalText(r.expected), max: canonicalText(r.max) };
}

function addJson(a: RangeJson, b: RangeJson): RangeJson {
  return { min: decimalText(money(a.min).plus(b.min)), expected: decimalText(money(a.expected).plus(b.expected)), max: decimalText(money(a.max).plus(b.max)) };
}

function sameRange(a: RangeJson, b: RangeJson): boolean {
  return BOUNDS.every((k) => a[k] === b[k] || money(a[k]).eq(money(b[k])));
}

function sameDecimal(a: string, b: string): boolean {
  return a === b || money(a).eq(money(b));
}

export function isZeroDelta(d: CostDelta): boolean {
  return BOUNDS.every((k) => d.delta[k] === "0");
}

function indexUnique<T>(items: readonly T[], key: (t: T) => string, duplicate: (k: string) => Error): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) throw duplicate(k);
    map.set(k, item);
  }
  return map;
}

/**
 * The head's findings marked against the base's, and the base's the head no longer has. Findings are the same finding
 * when their rule and address agree (a budget's rule id names the budget): a message that changed (a figure in it
 * moved) makes it `changed`, not new and resolved. Several findings of one rule on one address pair up by message
 * first, then in order.
 */
export function matchFindings(base: readonly Finding[], head: readonly Finding[], stack?: string): { findings: FindingDiff[]; resolved: Finding[] } {
  const key = (f: Finding) => JSON.stringify([f.ruleId, f.address ?? null]);
  const open = new Map<string, Finding[]>();
  for (const f of base) open.set(key(f), [...(open.get(key(f)) ?? []), f]);
  const take = (f: Finding): Finding | undefined => {
    const list = open.get(key(f));
    if (!list || list.length === 0) return undefined;
    const i = list.findIndex((b) => b.message === f.message);
    return list.splice(i >= 0 ? i : 0, 1)[0];
  };
  // Exact matches first, so that a changed finding never takes another's exact twin.
  const exact = head.map((f) => {
    const list = open.get(key(f));
    const i = list ? list.findIndex((b) => b.message === f.message) : -1;
    return i >= 0 ? list!.splice(i, 1)[0] : undefined;
  });
  const findings = head.map((f, i) => {
    const was = exact[i] ?? take(f);
    return { ...(stack !== undefined ? { stack } : {}), ...cleanFinding(f), new: was === undefined, ...(was !== undefined && was.message !== f.message ? { changed: true as const } : {}) };
  });
  const resolved = [...open.values()].flat().map(cleanFinding);
  return { findings: sortFindings(findings), resolved: sortFindings(resolved) };
}
const unpricedKey = (u: UnpricedEntry) => JSON.stringify([u.address, u.component ?? null, u.reason]);

/**
 * Compares the reports of a base and a head (each a set of stacks, one report per stack): per stack and overall, the
 * added, removed and changed resources (matched by stack and address), their changed cost lines, the totals before
 * and after, and the head's findings marked new or not. Pure and deterministic: stacks and addresses in code-unit order.
 */
export interface DiffSides {
  /** Findings of budgets across the stacks of each side (a synth's cost-summary.json). */
  readonly baseCrossStack?: readonly Finding[];
  readonly headCrossStack?: readonly Finding[];
}

export function diffReports(base: readonly CostReport[], head: readonly CostReport[], sides: DiffSides = {}): CostDiff {
  const dup = (side: string) => (stack: string) => new InputError(`the ${side} has two reports for stack "${stack}"; each stack may appear once.`);
  const baseByStack = indexUnique(base, (r) => r.stack, dup("base"));
  const headByStack = indexUnique(head, (r) => r.stack, dup("head"));
  const names = [...new Set([...baseByStack.keys(), ...headByStack.keys()])].sort(byString);
  const stacks = names.map((n) => diffStack(n, baseByStack.get(n), headByStack.get(n)));
  let before = ZERO_JSON, after = ZERO_JSON;
  for (const s of stacks) {
    before = addJson(before, s.monthlyCost.before);
    after = addJson(after, s.monthlyCost.after);
  }
  const count = (pick: (s: StackDiff) => number) => stacks.reduce((n, s) => n + pick(s), 0);
  const cross = matchFindings(sides.baseCrossStack ?? [], sides.headCrossStack ?? []);
  const findings = [...cross.findings, ...stacks.flatMap((s) => s.findings)];
  const openErrors = findings.filter((f) => f.level === "error" && !f.acknowledged);
  const books = (reports: readonly CostReport[]) => [...new Set(reports.flatMap((r) => (r.priceBooks ?? []).map((b) => b.id)))].sort(byString);
  return {
    formatVersion: "1",
    generator: { name: "costkit", version: COSTKIT_VERSION },
    currency: "USD",
    monthlyCost: costDelta(before, after),
    resourceCounts: {
      added: count((s) => s.resourceCounts.added),
      removed: count((s) => s.resourceCounts.removed),
      changed: count((s) => s.resourceCounts.changed),
      unchanged: count((s) => s.resourceCounts.unchanged),
    },
    stackCounts: {
      added: stacks.filter((s) => s.status === "added").length,
      removed: stacks.filter((s) => s.status === "removed").length,
      changed: stacks.filter((s) => s.status === "changed").length,
      unchanged: stacks.filter((s) => s.status === "unchanged").length,
    },
    findingCounts: {
      total: findings.length,
      new: findings.filter((f) => f.new).length,
      resolved: cross.resolved.length + count((s) => s.resolvedFindings.length),
      errors: openErrors.length,
      newErrors: openErrors.filter((f) => f.new).length,
    },
    priceBooks: { before: books(base), after: books(head) },
    categories: byCategory(base, head),
    stacks,
    crossStackFindings: cross.findings,
    resolvedCrossStackFindings: cross.resolved,
  };
}

function byCategory(base: readonly CostReport[], head: readonly CostReport[]): CostDiff["categories"] {
  type Sum = { min: Decimal; expected: Decimal; max: Decimal };
  const zero = (): Sum => ({ min: new Money(0), expected: new Money(0), max: new Money(0) });
  const sums = new Map<string, { before: Sum; after: Sum }>();
  const add = (reports: readonly CostReport[], side: "before" | "after") => {
    for (const r of reports) for (const res of r.resources) for (const c of res.components) {
      const category = c.category ?? res.category; // a line may carry its own category (internet egress is network)
      let cur = sums.get(category);
      if (!cur) sums.set(category, (cur = { before: zero(), after: zero() }));
      for (const k of BOUNDS) cur[side][k] = cur[side][k].plus(money(c.monthlyCost[k]));
    }
  };
  add(base, "before");
  add(head, "after");
  const text = (s: Sum): RangeJson => ({ min: decimalText(s.min), expected: decimalText(s.expected), max: decimalText(s.max) });
  const rank = (c: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORIES.length : i;
  };
  return [...sums.keys()]
    .sort((a, b) => rank(a) - rank(b) || byString(a, b))
    .map((category) => ({ category, monthlyCost: costDelta(text(sums.get(category)!.before), text(sums.get(category)!.after)) }));
}

function diffStack(stack: string, base: CostReport | undefined, head: CostReport | undefined): StackDiff {
  const dup = (side: string) => (address: string) =>
    new InputError(`the ${side} report of stack "${stack}" lists resource "${address}" twice; addresses are unique within a stack.`);
  const baseRes = indexUnique(base?.resources ?? [], (r) => r.address, dup("base"));
  const headRes = indexUnique(head?.resources ?? [], (r) => r.address, dup("head"));
  const headUnpriced = head?.unpriced ?? [];
  const unpricedByAddress = new Map<string, UnpricedEntry[]>();
  for (const u of headUnpriced) unpricedByAddress.set(u.address, [...(unpricedByAddress.get(u.address) ?? []), u]);
  const addresses = [...new Set([...baseRes.keys(), ...headRes.keys()])].sort(byString);
  const resources: ResourceDiff[] = [];
  let unchanged = 0;
  for (const address of addresses) {
    const d = diffResource(stack, baseRes.get(address), headRes.get(address), unpricedByAddress.get(address) ?? []);
    if (d) resources.push(d);
    else unchanged++;
  }
  const monthlyCost = costDelta(base?.monthlyCost ?? ZERO_JSON, head?.monthlyCost ?? ZERO_JSON);
  const matched = matchFindings(base?.findings ?? [], head?.findings ?? [], stack);
  const baseUnpriced = new Set((base?.unpriced ?? []).map(unpricedKey));
  const status: StackDiff["status"] = !base ? "added" : !head ? "removed" : resources.length > 0 || !isZeroDelta(monthlyCost) ? "changed" : "unchanged";
  return {
    stack,
    status,
    monthlyCost,
    resourceCounts: {
      added: resources.filter((r) => r.change === "added").length,
      removed: resources.filter((r) => r.change === "removed").length,
      changed: resources.filter((r) => r.change === "changed").length,
      unchanged,
    },
    resources,
    findings: matched.findings,
    resolvedFindings: matched.resolved,
    unpriced: headUnpriced.map((u) => ({ ...cleanUnpriced(u), new: !baseUnpriced.has(unpricedKey(u)) })),
  };
}

function cleanFinding(f: Finding): Finding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    ...(f.address !== undefined ? { address: f.address } : {}),
    message: f.message,
    ...(f.acknowledged ? { acknowledged: { reason: f.acknowledged.reason, ...(f.acknowledged.expires !== undefined ? { expires: f.acknowledged.expires } : {}) } } : {}),
  };
}

function cleanUnpriced(u: UnpricedEntry): UnpricedEntry {
  return { address: u.address, type: u.type, reason: u.reason, ...(u.component !== undefined ? { component: u.component } : {}) };
}

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3) ||
      byString(a.ruleId, b.ruleId) ||
      byString(a.address ?? "", b.address ?? "") ||
      byString(a.message, b.message),
  );
}

function diffResource(stack: string, base: ResourceCost | undefined, head: ResourceCost | undefined, headUnpriced: readonly UnpricedEntry[]): ResourceDiff | undefined {
  const either = (head ?? base) as ResourceCost;
  let change: Change;
  let components: ComponentDiff[];
  if (!base) {
    change = "added";
    components = either.components.map((c) => componentDiff(undefined, c));
  } else if (!head) {
    change = "removed";
    components = base.components.map((c) => componentDiff(c, undefined));
  } else {
    components = diffComponents(base.components, head.components);
    if (components.length === 0 && sameRange(base.monthlyCost, head.monthlyCost) && sameRange(base.listMonthlyCost, head.listMonthlyCost)) return undefined;
    change = "changed";
  }
  const unpriced = change === "added" ? [] : headUnpriced;
  return {
    stack,
    address: either.address,
    change,
    type: either.type,
    category: either.category,
    tags: { ...(either.tags ?? {}) },
    monthlyCost: costDelta(base?.monthlyCost ?? ZERO_JSON, head?.monthlyCost ?? ZERO_JSON),
    components,
    ...(unpriced.length > 0 ? { headUnpriced: unpriced.map((u) => ({ ...(u.component !== undefined ? { component: u.component } : {}), reason: u.reason })) } : {}),
  };
}

function sameComponent(a: ComponentCost, b: ComponentCost): boolean {
  return (
    a.name === b.name &&
    a.unit === b.unit &&
    sameDecimal(a.unitPrice, b.unitPrice) &&
    sameDecimal(a.listUnitPrice, b.listUnitPrice) &&
    sameRange(a.monthlyQuantity, b.monthlyQuantity) &&
    sameRange(a.monthlyCost, b.monthlyCost) &&
    sameRange(a.listMonthlyCost, b.listMonthlyCost) &&
    !!a.dependsOnUsage === !!b.dependsOnUsage
  );
}

const BRACKETED = /^(.*?)\s*\(([^()]*)\)$/;

/** `Instance usage (on-demand, n2-standard-8)` → stem `Instance usage`, bracket `on-demand, n2-standard-8`. */
function splitName(name: string): { stem: string; bracket: string } | undefined {
  const m = BRACKETED.exec(name);
  return m ? { stem: m[1], bracket: m[2] } : undefined;
}

/**
 * The name of a line whose bracket changed, showing only what varied: `Instance usage (on-demand, n2-standard-4)` and
 * `Instance usage (on-demand, n2-standard-8)` give `Instance usage (n2-standard-4 → n2-standard-8)`.
 */
export function pairedName(stem: string, before: string, after: string): string {
  const a = before.split(", "), b = after.split(", ");
  if (a.length === b.length && a.length > 1) {
    const varied = a.map((x, i) => (x === b[i] ? undefined : `${x} → ${b[i]}`)).filter((x): x is string => x !== undefined);
    if (varied.length > 0) return `${stem} (${varied.join(", ")})`;
  }
  return `${stem} (${before} → ${after})`;
}

/**
 * Lines matched by name (in order, for repeated names); then, among the unmatched, a base line and a head line with
 * the same stem are paired when each is the only unmatched line of that stem on its side.
 */
function diffComponents(base: readonly ComponentCost[], head: readonly ComponentCost[]): ComponentDiff[] {
  const queues = new Map<string, ComponentCost[]>();
  for (const c of base) {
    const q = queues.get(c.name);
    if (q) q.push(c);
    else queues.set(c.name, [c]);
  }
  const matched = new Map<ComponentCost, ComponentCost>();
  const unmatchedHead: ComponentCost[] = [];
  for (const c of head) {
    const b = queues.get(c.name)?.shift();
    if (b) matched.set(c, b);
    else unmatchedHead.push(c);
  }
  const unmatchedBase = [...queues.values()].flat();
  const unmatchedBaseSet = new Set(unmatchedBase);
  const stemCount = (list: readonly ComponentCost[]) => {
    const counts = new Map<string, number>();
    for (const c of list) {
      const s = splitName(c.name);
      if (s) counts.set(s.stem, (counts.get(s.stem) ?? 0) + 1);
    }
    return counts;
  };
  const baseStems = stemCount(unmatchedBase), headStems = stemCount(unmatchedHead);
  for (const c of unmatchedHead) {
    const s = splitName(c.name);
    if (!s || baseStems.get(s.stem) !== 1 || headStems.get(s.stem) !== 1) continue;
    const b = unmatchedBase.find((x) => unmatchedBaseSet.has(x) && splitName(x.name)?.stem === s.stem);
    if (!b) continue;
    matched.set(c, b);
    unmatchedBaseSet.delete(b);
  }
  const out: ComponentDiff[] = [];
  for (const c of head) {
    const b = matched.get(c);
    if (!b) out.push(componentDiff(undefined, c));
    else if (!sameComponent(b, c)) out.push(componentDiff(b, c));
  }
  for (const b of unmatchedBase) if (unmatchedBaseSet.has(b)) out.push(componentDiff(b, undefined));
  return out;
}

function componentDiff(base: ComponentCost | undefined, head: ComponentCost | undefined): ComponentDiff {
  const either = (head ?? base) as ComponentCost;
  let name = either.name;
  if (base && head && base.name !== head.name) {
    const a = splitName(base.name), b = splitName(head.name);
    name = a && b && a.stem === b.stem ? pairedName(a.stem, a.bracket, b.bracket) : `${base.name} → ${head.name}`;
  }
  const sameUnit = !base || !head || base.unit === head.unit;
  const qBefore = base ? canonical(base.monthlyQuantity) : null;
  const qAfter = head ? canonical(head.monthlyQuantity) : null;
  const qDelta = sameUnit ? costDelta(qBefore ?? ZERO_JSON, qAfter ?? ZERO_JSON).delta : null;
  const pBefore = base ? canonicalText(base.unitPrice) : null;
  const pAfter = head ? canonicalText(head.unitPrice) : null;
  return {
    name,
    change: !base ? "added" : !head ? "removed" : "changed",
    ...(base && head && base.name !== head.name ? { baseName: base.name, headName: head.name } : {}),
    unit: either.unit,
    ...(!sameUnit && base ? { baseUnit: base.unit } : {}),
    monthlyQuantity: { before: qBefore, after: qAfter, delta: qDelta },
    unitPrice: { before: pBefore, after: pAfter, delta: pBefore !== null && pAfter !== null ? (pBefore === pAfter ? "0" : decimalText(money(pAfter).minus(pBefore))) : null },
    monthlyCost: costDelta(base?.monthlyCost ?? ZERO_JSON, head?.monthlyCost ?? ZERO_JSON),
    ...(either.dependsOnUsage ? { dependsOnUsage: true as const } : {}),
  };
}

/** Every listed resource change of the diff, largest first: by absolute expected delta, then absolute max delta, stack, address. */
export function changesBySize(diff: CostDiff): ResourceDiff[] {
  const all = diff.stacks.flatMap((s) => s.resources);
  const keyed = all.map((r) => ({ r, e: money(r.monthlyCost.delta.expected).abs(), m: money(r.monthlyCost.delta.max).abs() }));
  keyed.sort((a, b) => b.e.comparedTo(a.e) || b.m.comparedTo(a.m) || byString(a.r.stack, b.r.stack) || byString(a.r.address, b.r.address));
  return keyed.map((k) => k.r);
}

// Wording shared by the Markdown and terminal renderers.

/** A percent for display: one decimal place, `<0.1%` for a non-zero change that would round to 0.0. */
export function formatPercent(percent: string, opts: { signed?: boolean } = {}): string {
  const p = new Money(percent);
  const sign = p.isNegative() && !p.isZero() ? "-" : opts.signed && !p.isZero() ? "+" : "";
  if (!p.isZero() && p.abs().lt("0.05")) return `${sign}<0.1%`;
  const [int, frac] = p.abs().toFixed(1).split(".");
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac === "0" ? "" : `.${frac}`}%`;
}

/**
 * A unit price exactly as the report has it, never rounded (at least 2 decimals): `$0.05056`, `$0.0278253546`,
 * `$1.10`, so that quantity × unit price = cost can be checked by eye.
 */
export function formatPrice(value: string): string {
  const d = new Money(value);
  const places = Math.max(2, d.decimalPlaces());
  const [int, frac] = d.abs().toFixed(places).split(".");
  return `${d.isNegative() && !d.isZero() ? "-" : ""}$${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** A quantity with its unit: `730 hours`, `10 × 1M requests` (a unit that starts with a number). */
export function withUnit(quantity: string, unit: string): string {
  return /^\d/.test(unit) ? `${quantity} × ${unit}` : `${quantity} ${unit}`;
}

/** `+$97.09`, `-$6.00`, `$0.00`; sub-cent amounts keep their digits (formatUsd). */
export function formatDelta(amount: string): string {
  const d = new Money(amount);
  return formatUsd(d, { signed: !d.isZero() });
}

/**
 * The signed percent of a non-zero change, `from $0.00` when the before is zero. A change too small for the percent's
 * two stored places (0.001 %) still shows as `+<0.1%`, never `0%`.
 */
export function formatChangePercent(d: CostDelta, bound: "min" | "expected" | "max"): string {
  const p = d.percent[bound];
  if (p === null) return "from $0.00";
  if (new Money(p).isZero()) return `${new Money(d.delta[bound]).isNegative() ? "-" : "+"}<0.1%`;
  return formatPercent(p, { signed: true });
}

/** `+$97.09 (+100%)`, `+$20.00 (from $0.00)` when the before is zero. */
export function formatDeltaWithPercent(d: CostDelta, bound: "min" | "expected" | "max" = "expected"): string {
  const amount = formatDelta(d.delta[bound]);
  if (new Money(d.delta[bound]).isZero()) return amount;
  return `${amount} (${formatChangePercent(d, bound)})`;
}

/**
 * The headline of a diff: the change of the expected and of the worst-case (max) monthly cost, each with its sign.
 * "Expected monthly cost +$1,234.00 (+2.1%), worst case +$5,000.00 (+3.0%)"; when only one of them moved, the other is
 * called unchanged in words ("Expected monthly cost unchanged ($0.00), but the worst case rises by +$1,555,775.73 (+12.3%)").
 */
export function headline(diff: CostDiff): string {
  const d = diff.monthlyCost;
  const exp = new Money(d.delta.expected), max = new Money(d.delta.max);
  if (exp.isZero() && max.isZero()) return "Monthly cost unchanged (expected $0.00, worst case $0.00)";
  const expected = formatDeltaWithPercent(d, "expected"), worst = formatDeltaWithPercent(d, "max");
  if (exp.isZero()) return `Expected monthly cost unchanged ($0.00), but the worst case ${max.isPositive() ? "rises" : "falls"} by ${worst}`;
  if (max.isZero()) return `Expected monthly cost ${expected}, worst case unchanged ($0.00)`;
  return `Expected monthly cost ${expected}, worst case ${worst}`;
}

/**
 * The one-sentence summary: "Monthly cost rises by $1,234.00 (+2.1%) to $58,321,000.00." / falls / is unchanged, with
 * the range of the head and the change at its bounds when min ≠ max.
 */
export function summarySentence(diff: CostDiff): string {
  const d = diff.monthlyCost;
  const exp = new Money(d.delta.expected);
  const after = formatUsd(new Money(d.after.expected));
  let sentence: string;
  if (exp.isZero()) sentence = `Monthly cost is unchanged at ${after}`;
  else {
    const verb = exp.isPositive() ? "rises" : "falls";
    sentence = `Monthly cost ${verb} by ${formatUsd(exp.abs())} (${formatChangePercent(d, "expected")}) to ${after}`;
  }
  const open = (r: RangeJson) => r.min !== r.max;
  if (open(d.before) || open(d.after)) {
    const range = (r: RangeJson) => `${formatUsd(new Money(r.min))} – ${formatUsd(new Money(r.max))}`;
    const bounds = new Money(d.delta.min).isZero() && new Money(d.delta.max).isZero()
      ? "unchanged"
      : `${formatDelta(d.delta.min)} at the minimum, ${formatDelta(d.delta.max)} at the maximum`;
    sentence += ` (range ${range(d.after)}, was ${range(d.before)}: ${bounds})`;
  }
  return sentence + ".";
}

/** "3 resources changed in 2 of 4 stacks: 1 added, 1 removed, 1 changed." */
export function countsSentence(diff: CostDiff): string {
  const c = diff.resourceCounts;
  const listed = c.added + c.removed + c.changed;
  const stacks = diff.stacks.length;
  const touched = stacks - diff.stackCounts.unchanged;
  if (listed === 0) return `No resource changed (${plural(c.unchanged, "resource")} in ${plural(stacks, "stack")}).`;
  const parts = [c.added && `${formatCount(c.added)} added`, c.removed && `${formatCount(c.removed)} removed`, c.changed && `${formatCount(c.changed)} changed`].filter(Boolean);
  return `${plural(listed, "resource")} changed in ${touched} of ${plural(stacks, "stack")}: ${parts.join(", ")}; ${formatCount(c.unchanged)} unchanged.`;
}

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
