import Decimal from "decimal.js";
import { decimalText, money, ZERO } from "./money";

/** Every quantity and amount has a minimum, an expected value and a maximum; min ≤ expected ≤ max. */
export interface Range {
  readonly min: Decimal;
  readonly expected: Decimal;
  readonly max: Decimal;
}

/** A range as it is written in reports: decimal strings. */
export interface RangeJson {
  readonly min: string;
  readonly expected: string;
  readonly max: string;
}

export type RangeInput = Decimal | string | number | { min: Decimal | string | number; expected: Decimal | string | number; max: Decimal | string | number };

/** A fixed quantity: min = expected = max. */
export function fixed(value: Decimal | string | number): Range {
  const v = money(value);
  return { min: v, expected: v, max: v };
}

export const ZERO_RANGE: Range = fixed(ZERO);

/** A range; throws if the order min ≤ expected ≤ max does not hold. */
export function range(min: Decimal | string | number, expected: Decimal | string | number, max: Decimal | string | number): Range {
  const r = { min: money(min), expected: money(expected), max: money(max) };
  if (r.min.gt(r.expected) || r.expected.gt(r.max)) {
    throw new RangeError(`range out of order: min ${decimalText(r.min)}, expected ${decimalText(r.expected)}, max ${decimalText(r.max)}`);
  }
  return r;
}

export function toRange(input: RangeInput): Range {
  if (typeof input === "object" && input !== null && "min" in input) return range(input.min, input.expected, input.max);
  return fixed(input as Decimal | string | number);
}

/** True when the three bounds are one value object (as `fixed()` builds them): arithmetic then runs once, not thrice. */
function shared(r: Range): boolean {
  return r.min === r.expected && r.expected === r.max;
}

export function addRanges(a: Range, b: Range): Range {
  if (shared(a) && shared(b)) {
    const v = a.min.plus(b.min);
    return { min: v, expected: v, max: v };
  }
  return { min: a.min.plus(b.min), expected: a.expected.plus(b.expected), max: a.max.plus(b.max) };
}

export function sumRanges(ranges: Iterable<Range>): Range {
  let total = ZERO_RANGE;
  for (const r of ranges) total = addRanges(total, r);
  return total;
}

/** Scales by a non-negative factor (keeps the order). */
export function scaleRange(r: Range, factor: Decimal | string | number): Range {
  const f = money(factor);
  if (f.isNegative()) throw new RangeError(`cannot scale a range by a negative factor (${decimalText(f)})`);
  if (shared(r)) {
    const v = r.min.times(f);
    return { min: v, expected: v, max: v };
  }
  return { min: r.min.times(f), expected: r.expected.times(f), max: r.max.times(f) };
}

/** Product of two non-negative ranges, bound by bound (keeps the order). */
export function multiplyRanges(a: Range, b: Range): Range {
  return { min: a.min.times(b.min), expected: a.expected.times(b.expected), max: a.max.times(b.max) };
}

/** Applies a monotone non-decreasing function to each bound. */
export function mapRange(r: Range, fn: (v: Decimal) => Decimal): Range {
  return { min: fn(r.min), expected: fn(r.expected), max: fn(r.max) };
}

export function isFixed(r: Range): boolean {
  return r.min.eq(r.expected) && r.expected.eq(r.max);
}

export function isZeroRange(r: Range): boolean {
  return r.min.isZero() && r.expected.isZero() && r.max.isZero();
}

export function rangeToJson(r: Range): RangeJson {
  if (shared(r)) {
    const t = decimalText(r.min);
    return { min: t, expected: t, max: t };
  }
  return { min: decimalText(r.min), expected: decimalText(r.expected), max: decimalText(r.max) };
}

export function rangeFromJson(r: RangeJson): Range {
  return range(r.min, r.expected, r.max);
}

export function subtractRanges(a: Range, b: Range): { min: Decimal; expected: Decimal; max: Decimal } {
  return { min: a.min.minus(b.min), expected: a.expected.minus(b.expected), max: a.max.minus(b.max) };
}
