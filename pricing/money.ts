import Decimal from "decimal.js";

/**
 * The one Decimal constructor of costkit. A clone, so that our precision never leaks into (or is changed by)
 * another library's use of decimal.js. 40 significant digits hold any monthly amount to far below a cent.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

/** A month is 730 hours (8,760 / 12), as AWS, GCP calculators and Infracost bill it. */
export const HOURS_PER_MONTH = new Money(730);
export const SECONDS_PER_MONTH = HOURS_PER_MONTH.times(3600);
/** Days in the 730-hour month. */
export const DAYS_PER_MONTH = HOURS_PER_MONTH.div(24);

/** Binary and decimal units of data: a GiB is 2^30 bytes, a GB 10^9. */
export const BYTES_PER_GIB = new Money(2).pow(30);
export const BYTES_PER_GB = new Money(10).pow(9);

/** The most significant digits an amount keeps (Money's precision); a total needing more is refused, not rounded. */
export const MONEY_DIGITS = 40;

/**
 * Unrounded decimal arithmetic, used only to check that a Money sum kept every digit (`exactSum`); amounts themselves
 * are always Money. Sums and differences of decimals need no more digits than their operands span, so this clone's
 * precision is never reached in practice.
 */
const Unrounded = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/**
 * The sum of `values` in Money, when every partial sum fits MONEY_DIGITS significant digits, so that any reader adding
 * the same values in the same order gets the same total; otherwise the exact sum, as `{ exceeds }`. (A Money sum is
 * exact at each step exactly when the unrounded partial sum has at most MONEY_DIGITS significant digits.)
 */
export function exactSum(values: readonly Decimal[]): { sum: Decimal } | { exceeds: Decimal } {
  let exact: Decimal = new Unrounded(0);
  let fits = true;
  for (const v of values) {
    exact = exact.plus(v);
    if (exact.sd() > MONEY_DIGITS) fits = false;
  }
  return fits ? { sum: new Money(exact) } : { exceeds: exact };
}

export const ZERO = new Money(0);
export const ONE = new Money(1);

const DECIMAL_STRING = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Parses a decimal given as a string (the form prices take in files) or a finite number. */
export function money(value: string | number | Decimal): Decimal {
  if (value instanceof Money) return value; // decimals are immutable: no copy needed
  if (Decimal.isDecimal(value)) return new Money(value as Decimal);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    return new Money(value);
  }
  if (!DECIMAL_STRING.test(value.trim())) throw new TypeError(`not a decimal string: "${value}"`);
  return new Money(value.trim());
}

export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && DECIMAL_STRING.test(value);
}

/** The canonical text of a decimal in reports: no exponent, no trailing zeros, "-0" written "0". */
export function decimalText(value: Decimal): string {
  if (value.isZero()) return "0";
  return value.toFixed();
}

/** Sum of decimals; 0 for none. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

const CENT = new Money("0.01");

/** Rounds for display only: two decimals, or more for amounts under a cent so they never show as 0.00. */
export function formatUsd(value: Decimal, opts: { signed?: boolean } = {}): string {
  const abs = value.abs();
  let digits = 2;
  if (!abs.isZero() && abs.lt(CENT)) digits = Math.min(abs.decimalPlaces(), 6);
  const fixed = abs.toFixed(digits);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value.isNegative() && !value.isZero() ? "-" : opts.signed ? "+" : "";
  return `${sign}$${grouped}${frac !== undefined ? "." + frac : ""}`;
}

/** Quantities for display: grouped thousands, up to 4 decimals, no trailing zeros. */
export function formatQuantity(value: Decimal): string {
  const rounded = value.toDecimalPlaces(4);
  const [int, frac] = rounded.abs().toFixed().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded.isNegative() ? "-" : ""}${grouped}${frac ? "." + frac : ""}`;
}
