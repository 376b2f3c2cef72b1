import Decimal from "decimal.js";
import { byString } from "../pricing/compare";
import { decimalText, formatQuantity, formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { ComponentCost, ResourceCost } from "../pricing/report";

/**
 * How every renderer (terminal, Markdown, HTML, check, synth summary) writes numbers and orders rows, so that they agree
 * to the character: money to the cent, unit prices exactly as the report holds them, largest cost first.
 */

/**
 * A non-negative decimal string as reports hold them (`1234.5`, `0.05056`): its whole digits (leading zeros dropped)
 * and its decimals (trailing zeros dropped). Undefined for anything else (a sign, an exponent), which the callers
 * format through Money. Reports write every amount and quantity this way, and reading them as text rather than parsing
 * each into a decimal halves the time to render a 1,000-resource stack's Markdown and HTML reports, a sixth of what
 * costkit adds to its synth (`npm run bench:synth`); test/report/format.test.ts checks that both ways agree.
 */
function plainDigits(value: string): { int: string; frac: string } | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return undefined;
  return { int: m[1].replace(/^0+(?=\d)/, ""), frac: (m[2] ?? "").replace(/0+$/, "") };
}

const grouped = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Money to the cent: `$1,234.50` (an amount under a cent keeps the digits that make it non-zero: `$0.0093`). */
export function usd(value: string | Decimal): string {
  if (typeof value !== "string") return formatUsd(value);
  const d = plainDigits(value);
  // Two decimals or fewer: nothing to round, and never a non-zero amount under a cent.
  if (d && d.frac.length <= 2) return `$${grouped(d.int)}.${d.frac.padEnd(2, "0")}`;
  return formatUsd(new Money(value));
}

/** A range's expected, minimum and maximum to the cent; a fixed range (most resources) is formatted once. */
export function usdBounds(r: RangeJson): [expected: string, min: string, max: string] {
  const expected = usd(r.expected);
  return r.min === r.expected && r.expected === r.max ? [expected, expected, expected] : [expected, usd(r.min), usd(r.max)];
}

/** `$1,234.50`, or `$1,000.00 ($900.00 – $9,000.00)` (expected, then min – max) when the range is open. */
export function formatRange(r: RangeJson): string {
  const min = new Money(r.min), exp = new Money(r.expected), max = new Money(r.max);
  if (min.eq(max)) return formatUsd(exp);
  return `${formatUsd(exp)} (${formatUsd(min)} – ${formatUsd(max)})`;
}

export function isOpenRange(r: RangeJson): boolean {
  return r.min !== r.max;
}

/**
 * A unit price exactly as the report holds it, never rounded ($0.05056, $0.0000166667, $1,234.5), with at least two
 * decimals ($0.10, $3.00): quantity × unit price = cost can be checked on every line.
 */
export function formatUnitPrice(value: string | Decimal): string {
  const d = typeof value === "string" ? plainDigits(value) : undefined;
  if (d) return `$${grouped(d.int)}.${d.frac.padEnd(2, "0")}`;
  const v = typeof value === "string" ? new Money(value) : value;
  const [int, frac = ""] = v.abs().toFixed().split(".");
  return `${v.isNegative() && !v.isZero() ? "-" : ""}$${grouped(int)}.${frac.padEnd(2, "0")}`;
}

/** A line's price: the effective unit price, and the list price beside it when a discount or override changed it. */
export function formatLinePrice(c: Pick<ComponentCost, "unitPrice" | "listUnitPrice">): string {
  return c.unitPrice === c.listUnitPrice || new Money(c.unitPrice).eq(c.listUnitPrice) ? formatUnitPrice(c.unitPrice) : `${formatUnitPrice(c.unitPrice)} (list ${formatUnitPrice(c.listUnitPrice)})`;
}

/** A quantity: grouped thousands, up to 4 decimals. */
export function formatQty(value: string | Decimal): string {
  const d = typeof value === "string" ? plainDigits(value) : undefined;
  if (d && d.frac.length <= 4) return `${grouped(d.int)}${d.frac ? `.${d.frac}` : ""}`;
  return formatQuantity(typeof value === "string" ? new Money(value) : value);
}

/** A cost per unit of a business driver (cost per user): to 4 decimals under a dollar, else to the cent. */
export function formatPerUnit(value: string): string {
  const v = new Money(value);
  return v.abs().lt(1) ? `$${v.toDecimalPlaces(4).toFixed(4)}` : formatUsd(v);
}

/** `part` as a share of `whole`, `12.5%`; `—` when the whole is zero. */
export function formatShare(part: string, whole: string): string {
  const w = new Money(whole);
  return w.isZero() ? "—" : `${new Money(part).div(w).times(100).toFixed(1)}%`;
}

/** `1 stack`, `3 stacks`. */
export function pluralize(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * `items` largest expected cost first, then largest maximum, ties by name (plain `<`, the same in every locale). Each
 * item's amounts are parsed once, not at every comparison: sorting 1,000 resources that way parses some 40,000
 * decimals, which was a fifth of what `cdktf synth` spent writing a 1,000-resource stack's reports (`npm run bench:synth`).
 */
export function rankByCost<T>(items: readonly T[], rangeOf: (item: T) => RangeJson, nameOf: (item: T) => string): T[] {
  const keyed = items.map((item) => {
    const r = rangeOf(item);
    return { item, expected: new Money(r.expected), max: new Money(r.max), name: nameOf(item) };
  });
  keyed.sort((a, b) => b.expected.cmp(a.expected) || b.max.cmp(a.max) || byString(a.name, b.name));
  return keyed.map((k) => k.item);
}

/** Reports (or summary rows) of stacks, largest first, ties by stack name. */
export function rankedStacks<T extends { readonly stack: string; readonly monthlyCost: RangeJson }>(stacks: readonly T[]): T[] {
  return rankByCost(stacks, (s) => s.monthlyCost, (s) => s.stack);
}

/** Entries of a breakdown (by category, provider, geo) largest first, ties by name. */
export function rankedEntries(map: Readonly<Record<string, RangeJson>>): [string, RangeJson][] {
  return rankByCost(Object.entries(map), ([, r]) => r, ([k]) => k);
}

/** A report's resources largest first, ties by address. */
export function rankedResources(resources: readonly ResourceCost[]): ResourceCost[] {
  return rankByCost(resources, (r) => r.monthlyCost, (r) => r.address);
}

/** What a resource is called where people read it: its construct path when cdktf recorded one, else its address. */
export function resourceName(r: { readonly address: string; readonly constructPath?: string }): string {
  return r.constructPath ?? r.address;
}

/** The exact sum of ranges (40 significant digits): the total of several stacks, as every renderer shows it. */
export function totalRange(ranges: Iterable<RangeJson>): RangeJson {
  let min = new Money(0), expected = new Money(0), max = new Money(0);
  for (const r of ranges) {
    min = min.plus(r.min);
    expected = expected.plus(r.expected);
    max = max.plus(r.max);
  }
  return { min: decimalText(min), expected: decimalText(expected), max: decimalText(max) };
}
