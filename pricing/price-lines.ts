import Decimal from "decimal.js";
import { Category } from "./categories";
import { decimalText, formatQuantity, ONE, ZERO } from "./money";
import { PriceSegment, ResolvedPrice } from "./price-book";
import { ComponentSpec } from "./pricer";
import { Range, rangeToJson, scaleRange, ZERO_RANGE } from "./range";
import { ComponentCost } from "./report";
import { splitAcrossTiers, Tier } from "./tiers";

/** One priced report line with its cost and list cost as decimals, for the resource's totals. */
export interface PricedLine {
  readonly component: ComponentCost;
  readonly cost: Range;
  readonly listCost: Range;
}

/**
 * The report lines of one cost line a pricer asked for, priced at `price` for `multiplicity` instances of the resource.
 *
 *   quantity  = spec.quantity × multiplicity
 *   unit price = effective price of the tier × (1 − sustained-use fraction, when it applies)
 *   cost      = quantity × unit price, and list cost = quantity × list price, one line per tier the quantity reaches
 *
 * A usage-based line without usage is one line of quantity 0 that says it depends on usage.
 */
export function priceLines(spec: ComponentSpec, price: ResolvedPrice, multiplicity: number, resourceCategory: Category): PricedLine[] {
  const segments = price.segments;
  const sustainedUse = sustainedUseOf(spec, price);
  const ownCategory = lineCategory(spec);
  const line = {
    spec, price,
    adjustments: [...(price.appliedOverride ? [price.appliedOverride] : []), ...price.appliedDiscounts, ...(sustainedUse ? ["sustained-use"] : [])],
    usageBased: spec.usageBased ?? spec.quantity === undefined,
    category: ownCategory === resourceCategory ? undefined : ownCategory,
  };
  if (spec.quantity === undefined) {
    const name = segments.length > 1 ? withQualifier(spec.name, tierLabel(0, segments, spec.unit)) : spec.name;
    return [reportLine(line, name, ZERO_RANGE, paidPrice(segments[0], sustainedUse), segments[0].list, true)];
  }
  const quantity = scaleRange(spec.quantity, multiplicity);
  if (segments.length === 1) return [reportLine(line, spec.name, quantity, paidPrice(segments[0], sustainedUse), segments[0].list, false)];
  // Tiered: one line per tier the quantity reaches (the first always), so unit price × quantity = cost on every line.
  const card: Tier[] = segments.map((s) => ({ start: s.start, price: s.list }));
  const split = { min: splitAcrossTiers(quantity.min, card), expected: splitAcrossTiers(quantity.expected, card), max: splitAcrossTiers(quantity.max, card) };
  const lines: PricedLine[] = [];
  segments.forEach((s, i) => {
    if (i > 0 && split.max[i].isZero()) return;
    const inTier: Range = { min: split.min[i], expected: split.expected[i], max: split.max[i] };
    lines.push(reportLine(line, withQualifier(spec.name, tierLabel(i, segments, spec.unit)), inTier, paidPrice(s, sustainedUse), s.list, false));
  });
  return lines;
}

interface LineContext {
  readonly spec: ComponentSpec;
  readonly price: ResolvedPrice;
  readonly adjustments: readonly string[];
  readonly usageBased: boolean;
  /** The line's category, left out when it is the resource's. */
  readonly category: Category | undefined;
}

/** A report line, its keys in the contract's order (optional keys too). */
function reportLine(c: LineContext, name: string, quantity: Range, unitPrice: Decimal, listUnitPrice: Decimal, dependsOnUsage: boolean): PricedLine {
  // Most lines are at list price: their list cost is their cost.
  const atList = unitPrice === listUnitPrice;
  const cost = scaleRange(quantity, unitPrice);
  const listCost = atList ? cost : scaleRange(quantity, listUnitPrice);
  const monthlyCost = rangeToJson(cost);
  const component: { -readonly [K in keyof ComponentCost]: ComponentCost[K] } = {
    name,
    unit: c.spec.unit,
    unitPrice: decimalText(unitPrice),
    listUnitPrice: atList ? decimalText(unitPrice) : decimalText(listUnitPrice),
    monthlyQuantity: rangeToJson(quantity),
    monthlyCost,
    listMonthlyCost: atList ? monthlyCost : rangeToJson(listCost),
    usageBased: c.usageBased,
    priceId: c.price.priceId,
  };
  if (dependsOnUsage) component.dependsOnUsage = true;
  if (c.spec.geo) component.geo = c.spec.geo;
  if (c.category !== undefined) component.category = c.category;
  if (c.adjustments.length) component.adjustments = c.adjustments as string[];
  if (c.spec.purchaseOption !== undefined) component.purchaseOption = c.spec.purchaseOption;
  if (c.spec.machineType !== undefined) component.machineType = c.spec.machineType;
  if (c.spec.storageClass !== undefined) component.storageClass = c.spec.storageClass;
  if (c.spec.fromLifecycle) component.fromLifecycle = true;
  return { component, cost, listCost };
}

/**
 * The sustained-use fraction that applies to a line: the pricer's, unless a commitment or a negotiated rate covers the
 * usage (GCP gives sustained-use discounts only to on-demand usage that no commitment covers).
 */
function sustainedUseOf(spec: ComponentSpec, price: ResolvedPrice): Decimal | undefined {
  const sud = spec.sustainedUseDiscount;
  if (sud === undefined || sud.isZero() || price.appliedDiscounts.length > 0 || price.appliedOverride) return undefined;
  return sud;
}

function paidPrice(s: PriceSegment, sustainedUse: Decimal | undefined): Decimal {
  return sustainedUse === undefined ? s.effective : s.effective.times(ONE.minus(sustainedUse));
}

/** A line's own category: the pricer's, else `network` for internet egress price ids (`<provider>/network/…`). */
function lineCategory(spec: ComponentSpec): Category | undefined {
  if (spec.category !== undefined) return spec.category;
  const service = spec.priceId.indexOf("/") + 1;
  return spec.priceId.startsWith("network/", service) ? "network" : undefined;
}

/** `first 10 TiB`, `next 40 TiB`, `over 150 TiB`. */
function tierLabel(index: number, tiers: readonly { start: Decimal }[], unit: string): string {
  const start = tiers[index].start;
  const next = index + 1 < tiers.length ? tiers[index + 1].start : undefined;
  if (index === 0) return `first ${formatQuantity(next ?? ZERO)} ${unit}`;
  if (next === undefined) return `over ${formatQuantity(start)} ${unit}`;
  return `next ${formatQuantity(next.minus(start))} ${unit}`;
}

/** `CDN egress (NA)` + `first 10 TiB` → `CDN egress (NA, first 10 TiB)`; without brackets they are added. */
function withQualifier(name: string, qualifier: string): string {
  const open = name.lastIndexOf("(");
  if (open >= 0 && name.endsWith(")") && name.indexOf(")", open) === name.length - 1) {
    return `${name.slice(0, open)}(${name.slice(open + 1, -1)}, ${qualifier})`;
  }
  return `${name} (${qualifier})`;
}
