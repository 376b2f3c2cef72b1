import Decimal from "decimal.js";
import { decimalText, exactSum, money, ONE, ZERO } from "./money";

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

/** A range; throws if the order min ≤ expected ≤ max does not hold. Equal bounds share one value object, so that
 *  arithmetic on them runs once (see addRanges). */
export function range(min: Decimal | string | number, expected: Decimal | string | number, max: Decimal | string | number): Range {
  const lo = money(min);
  let mid = money(expected);
  let hi = money(max);
  if (lo.gt(mid) || mid.gt(hi)) {
    throw new RangeError(`range out of order: min ${decimalText(lo)}, expected ${decimalText(mid)}, max ${decimalText(hi)}`);
  }
  if (mid !== lo && mid.eq(lo)) mid = lo;
  if (hi !== mid && hi.eq(mid)) hi = mid;
  return { min: lo, expected: mid, max: hi };
}

export function toRange(input: RangeInput): Range {
  if (typeof input === "object" && input !== null && "min" in input) return range(input.min, input.expected, input.max);
  return fixed(input as Decimal | string | number);
}

/** x + y, without arithmetic when one side is zero (usage-based lines with no usage add zero to every total). */
function plus(x: Decimal, y: Decimal): Decimal {
  if (y.isZero()) return x;
  if (x.isZero()) return y;
  return x.plus(y);
}

/** x × y, without arithmetic when one side is one or zero. */
function times(x: Decimal, y: Decimal): Decimal {
  if (y === ONE || x.isZero()) return x;
  if (x === ONE || y.isZero()) return y;
  return x.times(y);
}

export function addRanges(a: Range, b: Range): Range {
  if (b === ZERO_RANGE) return a;
  if (a === ZERO_RANGE) return b;
  // Bounds that are one value object on both sides are added once (fixed ranges, and autoscaled ones whose expected is
  // their minimum): exact either way, and most lines of an estimate are like that.
  const min = plus(a.min, b.min);
  const expected = a.expected === a.min && b.expected === b.min ? min : plus(a.expected, b.expected);
  const max = a.max === a.expected && b.max === b.expected ? expected : plus(a.max, b.max);
  return { min, expected, max };
}

export function sumRanges(ranges: Iterable<Range>): Range {
  let total = ZERO_RANGE;
  for (const r of ranges) total = addRanges(total, r);
  return total;
}

/** The sum of ranges bound by bound, exact (see `exactSum`); else the first bound whose sum exceeds Money's digits. */
export function exactSumRanges(ranges: readonly Range[]): { sum: Range } | { bound: keyof Range; exceeds: Decimal } {
  // Fixed ranges (one value object for the three bounds, as most lines are) are summed once.
  if (ranges.every((r) => r.min === r.expected && r.expected === r.max)) {
    const s = exactSum(ranges.map((r) => r.expected));
    return "exceeds" in s ? { bound: "min", exceeds: s.exceeds } : { sum: { min: s.sum, expected: s.sum, max: s.sum } };
  }
  const sum: Partial<Record<keyof Range, Decimal>> = {};
  for (const bound of ["min", "expected", "max"] as const) {
    const s = exactSum(ranges.map((r) => r[bound]));
    if ("exceeds" in s) return { bound, exceeds: s.exceeds };
    sum[bound] = s.sum;
  }
  return { sum: sum as Range };
}

/** A range scaled by a negative factor: a size or count in the configuration is negative (the engine names it). */
export class NegativeScale extends RangeError {
  constructor(readonly factor: string) {
    super(`cannot scale a range by a negative factor (${factor})`);
    this.name = "NegativeScale";
  }
}

/** Scales by a non-negative factor (keeps the order); -0 counts as 0. */
export function scaleRange(r: Range, factor: Decimal | string | number): Range {
  const f = money(factor);
  if (f.isNegative() && !f.isZero()) throw new NegativeScale(decimalText(f));
  const min = times(r.min, f);
  const expected = r.expected === r.min ? min : times(r.expected, f);
  const max = r.max === r.expected ? expected : times(r.max, f);
  return { min, expected, max };
}

/** Product of two non-negative ranges, bound by bound (keeps the order). */
/** A count in millions (`1M requests`), as prices per million are quoted; undefined stays undefined (usage not declared). */
export function perMillion(q: Range | undefined): Range | undefined {
  return q && scaleRange(q, "0.000001");
}

/** A count in thousands (`1K requests`); undefined stays undefined. */
export function perThousand(q: Range | undefined): Range | undefined {
  return q && scaleRange(q, "0.001");
}

export function multiplyRanges(a: Range, b: Range): Range {
  const min = times(a.min, b.min);
  const expected = a.expected === a.min && b.expected === b.min ? min : times(a.expected, b.expected);
  const max = a.max === a.expected && b.max === b.expected ? expected : times(a.max, b.max);
  return { min, expected, max };
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
  const min = decimalText(r.min);
  const expected = r.expected === r.min ? min : decimalText(r.expected);
  const max = r.max === r.expected ? expected : decimalText(r.max);
  return { min, expected, max };
}

export function rangeFromJson(r: RangeJson): Range {
  return range(r.min, r.expected, r.max);
}

export function subtractRanges(a: Range, b: Range): { min: Decimal; expected: Decimal; max: Decimal } {
  return { min: a.min.minus(b.min), expected: a.expected.minus(b.expected), max: a.max.minus(b.max) };
}
