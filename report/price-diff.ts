import Decimal from "decimal.js";
import { decimalText, Money, ZERO } from "../pricing/money";
import { Discount, PriceBook, PriceEntry } from "../pricing/price-book";
import { RangeJson } from "../pricing/range";
import { ComponentCost, CostReport } from "../pricing/report";
import { Tier, tieredCost } from "../pricing/tiers";
import { byString } from "../pricing/compare";

/**
 * `costkit prices diff`: what changed between two price books, per `id@region` and per stretch of the tiers, and —
 * given a cost report — which of its lines the changes move and by how much, exactly (the quantity priced over the new
 * tiers minus over the old).
 */
export interface PriceDiff {
  readonly formatVersion: "1";
  readonly old: BookRef;
  readonly new: BookRef;
  readonly summary: { readonly changed: number; readonly added: number; readonly removed: number; readonly unchanged: number };
  readonly changed: readonly PriceChange[];
  readonly added: readonly PriceRef[];
  readonly removed: readonly PriceRef[];
  /** Discounts by id: added, removed, and changed (percent, or scope: provider, price ids, regions). */
  readonly discounts: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly { readonly id: string; readonly old: string; readonly new: string; readonly scopeChanged: boolean }[];
  };
  readonly impact?: ReportImpact;
}

export interface BookRef {
  readonly id: string;
  readonly file: string;
  readonly kind: "list" | "override";
  readonly effectiveDate: string;
}

export interface TierJson {
  readonly start: string;
  readonly price: string;
}

export interface PriceRef {
  /** `id@region`, as in the report's `priceId`. */
  readonly priceId: string;
  readonly unit: string;
  readonly tiers: readonly TierJson[];
}

/** One stretch of quantity, `start` (inclusive) to `end` (exclusive; null = no end), where the price changed. */
export interface SegmentChange {
  readonly start: string;
  readonly end: string | null;
  readonly old: string;
  readonly new: string;
  /** new − old, exact. */
  readonly delta: string;
  /** delta / old × 100, to 4 decimal places; null when the old price is 0. */
  readonly percent: string | null;
}

export interface PriceChange {
  readonly priceId: string;
  readonly unit: string;
  /** Set when the unit changed too (the deltas then compare different units). */
  readonly oldUnit?: string;
  /** Whether the tier boundaries moved (segments are then cut at the boundaries of both). */
  readonly boundariesChanged: boolean;
  readonly segments: readonly SegmentChange[];
  readonly oldTiers: readonly TierJson[];
  readonly newTiers: readonly TierJson[];
}

export interface LineImpact {
  readonly stack: string;
  readonly address: string;
  /** The line's name without its tier qualifier: the lines of one tiered price are taken together. */
  readonly component: string;
  readonly priceId: string;
  readonly unit: string;
  readonly quantity: RangeJson;
  readonly dependsOnUsage: boolean;
  /** Change of the list cost (list books), exact; zero for override books. */
  readonly listDelta: RangeJson;
  /** Change of the effective cost; null when it cannot be said exactly (a list change under an override or discount). */
  readonly effectiveDelta: RangeJson | null;
  /** Whether the report priced these lines at OLD's price (false: another book priced them; the delta is still OLD → NEW). */
  readonly pricedWithOld: boolean;
  readonly adjustments?: readonly string[];
}

export interface ReportImpact {
  readonly file: string;
  readonly lines: readonly LineImpact[];
  readonly totals: readonly { readonly stack: string; readonly listDelta: RangeJson; readonly effectiveDelta: RangeJson; readonly effectiveUnknownLines: number }[];
  /** Lines priced with an id that NEW no longer has. */
  readonly removedInUse: readonly { readonly stack: string; readonly address: string; readonly component: string; readonly priceId: string }[];
}

const tiersJson = (tiers: readonly Tier[]): TierJson[] => tiers.map((t) => ({ start: decimalText(t.start), price: decimalText(t.price) }));

function priceAt(tiers: readonly Tier[], q: Decimal): Decimal {
  let p = tiers[0].price;
  for (const t of tiers) if (t.start.lte(q)) p = t.price;
  return p;
}

/** The stretches where the price differs, cut at the tier boundaries of both cards. */
function segmentsOf(a: readonly Tier[], b: readonly Tier[]): SegmentChange[] {
  const starts = [...new Map([...a, ...b].map((t) => [t.start.toFixed(), t.start])).values()].sort((x, y) => x.comparedTo(y));
  const out: SegmentChange[] = [];
  starts.forEach((s, i) => {
    const oldP = priceAt(a, s), newP = priceAt(b, s);
    if (oldP.eq(newP)) return;
    const delta = newP.minus(oldP);
    out.push({
      start: decimalText(s), end: i + 1 < starts.length ? decimalText(starts[i + 1]) : null,
      old: decimalText(oldP), new: decimalText(newP), delta: decimalText(delta),
      percent: oldP.isZero() ? null : decimalText(delta.div(oldP).times(100).toDecimalPlaces(4)),
    });
  });
  return out;
}

function refOf(e: PriceEntry): PriceRef {
  return { priceId: `${e.id}@${e.region}`, unit: e.unit, tiers: tiersJson(e.tiers) };
}

/** A component name without the tier qualifier the engine adds (`Storage (STANDARD, first 51,200 GB-months)`). */
export function baseComponentName(name: string, unit: string): string {
  const u = unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`( \\(|, )(first|next|over) [0-9][0-9,.]* ${u}\\)$`).exec(name);
  if (!m) return name;
  return name.slice(0, m.index) + (m[1] === ", " ? ")" : "");
}

const zeroRange = (): RangeJson => ({ min: "0", expected: "0", max: "0" });
const KEYS = ["min", "expected", "max"] as const;

function rangeOf(f: (k: (typeof KEYS)[number]) => Decimal): RangeJson {
  return { min: decimalText(f("min")), expected: decimalText(f("expected")), max: decimalText(f("max")) };
}

function impactOf(reports: readonly CostReport[], file: string, changed: ReadonlyMap<string, { old: PriceEntry; new: PriceEntry }>, removed: ReadonlySet<string>, oldBook: PriceBook, newBook: PriceBook): ReportImpact {
  const lines: LineImpact[] = [];
  const removedInUse: ReportImpact["removedInUse"][number][] = [];
  const totals: ReportImpact["totals"][number][] = [];
  const override = newBook.kind === "override";
  for (const report of reports) {
    const list = { min: ZERO, expected: ZERO, max: ZERO };
    const eff = { min: ZERO, expected: ZERO, max: ZERO };
    let unknown = 0;
    for (const r of report.resources) {
      const groups = new Map<string, ComponentCost[]>();
      for (const c of r.components) {
        if (removed.has(c.priceId)) removedInUse.push({ stack: report.stack, address: r.address, component: c.name, priceId: c.priceId });
        if (!changed.has(c.priceId)) continue;
        const key = `${c.priceId}\u0000${baseComponentName(c.name, c.unit)}`;
        const g = groups.get(key) ?? [];
        g.push(c);
        groups.set(key, g);
      }
      for (const [key, comps] of groups) {
        const priceId = comps[0].priceId;
        const cards = changed.get(priceId)!;
        const q = (k: (typeof KEYS)[number]) => comps.reduce((acc, c) => acc.plus(new Money(c.monthlyQuantity[k])), ZERO);
        const delta = (k: (typeof KEYS)[number]) => tieredCost(q(k), cards.new.tiers).minus(tieredCost(q(k), cards.old.tiers));
        const reported = (k: (typeof KEYS)[number]) => comps.reduce((acc, c) => acc.plus(new Money((override ? c.monthlyCost : c.listMonthlyCost)[k])), ZERO);
        const pricedWithOld = KEYS.every((k) => reported(k).eq(tieredCost(q(k), cards.old.tiers)));
        const adjustments = [...new Set(comps.flatMap((c) => c.adjustments ?? []))].sort(byString);
        const dependsOnUsage = comps.some((c) => c.dependsOnUsage === true);
        const exactEffective = override ? adjustments.every((a) => a === oldBook.id || a === newBook.id) : adjustments.length === 0;
        const listDelta = override ? zeroRange() : rangeOf(delta);
        const effectiveDelta = exactEffective ? rangeOf(delta) : null;
        for (const k of KEYS) {
          list[k] = list[k].plus(listDelta[k]);
          if (effectiveDelta) eff[k] = eff[k].plus(effectiveDelta[k]);
        }
        if (!effectiveDelta) unknown++;
        lines.push({
          stack: report.stack, address: r.address, component: key.split("\u0000")[1], priceId, unit: comps[0].unit,
          quantity: rangeOf(q), dependsOnUsage, listDelta, effectiveDelta, pricedWithOld,
          ...(adjustments.length ? { adjustments } : {}),
        });
      }
    }
    totals.push({ stack: report.stack, listDelta: rangeOf((k) => list[k]), effectiveDelta: rangeOf((k) => eff[k]), effectiveUnknownLines: unknown });
  }
  return { file, lines, totals, removedInUse };
}

/** Compares two books entry by entry (`id@region`); with reports, what the changes move in them. Pure and deterministic. */
export function diffPriceBooks(oldBook: PriceBook, newBook: PriceBook, withReports?: { reports: readonly CostReport[]; file: string }): PriceDiff {
  const key = (e: PriceEntry) => `${e.id}@${e.region}`;
  const oldMap = new Map(oldBook.entries.map((e) => [key(e), e]));
  const newMap = new Map(newBook.entries.map((e) => [key(e), e]));
  const changed: PriceChange[] = [];
  const cards = new Map<string, { old: PriceEntry; new: PriceEntry }>();
  let unchanged = 0;
  for (const [k, o] of [...oldMap].sort(([a], [b]) => byString(a, b))) {
    const n = newMap.get(k);
    if (!n) continue;
    const segments = segmentsOf(o.tiers, n.tiers);
    const sameBounds = o.tiers.length === n.tiers.length && o.tiers.every((t, i) => t.start.eq(n.tiers[i].start));
    if (segments.length === 0 && o.unit === n.unit && sameBounds) {
      unchanged++;
      continue;
    }
    cards.set(k, { old: o, new: n });
    changed.push({
      priceId: k, unit: n.unit, ...(o.unit !== n.unit ? { oldUnit: o.unit } : {}),
      boundariesChanged: !sameBounds, segments, oldTiers: tiersJson(o.tiers), newTiers: tiersJson(n.tiers),
    });
  }
  const added = [...newMap].filter(([k]) => !oldMap.has(k)).sort(([a], [b]) => byString(a, b)).map(([, e]) => refOf(e));
  const removed = [...oldMap].filter(([k]) => !newMap.has(k)).sort(([a], [b]) => byString(a, b)).map(([, e]) => refOf(e));
  const scopeOf = (d: Discount) => JSON.stringify([d.provider ?? null, d.priceIds ?? null, d.excludePriceIds ?? null, d.regions ?? null]);
  const oldDiscounts = new Map(oldBook.discounts.map((d) => [d.id, d]));
  const newDiscounts = new Map(newBook.discounts.map((d) => [d.id, d]));
  const ref = (b: PriceBook): BookRef => ({ id: b.id, file: b.file.replace(/\\/g, "/"), kind: b.kind, effectiveDate: b.effectiveDate });
  return {
    formatVersion: "1", old: ref(oldBook), new: ref(newBook),
    summary: { changed: changed.length, added: added.length, removed: removed.length, unchanged },
    changed, added, removed,
    discounts: {
      added: [...newDiscounts.keys()].filter((id) => !oldDiscounts.has(id)).sort(byString),
      removed: [...oldDiscounts.keys()].filter((id) => !newDiscounts.has(id)).sort(byString),
      changed: [...oldDiscounts]
        .filter(([id, d]) => newDiscounts.has(id) && (!newDiscounts.get(id)!.percent.eq(d.percent) || scopeOf(newDiscounts.get(id)!) !== scopeOf(d)))
        .sort(([a], [b]) => byString(a, b))
        .map(([id, d]) => ({ id, old: decimalText(d.percent), new: decimalText(newDiscounts.get(id)!.percent), scopeChanged: scopeOf(newDiscounts.get(id)!) !== scopeOf(d) })),
    },
    ...(withReports ? { impact: impactOf(withReports.reports, withReports.file.replace(/\\/g, "/"), cards, new Set(removed.map((r) => r.priceId)), oldBook, newBook) } : {}),
  };
}
