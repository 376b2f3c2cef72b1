import { formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";

/** `$1,234.50`, or `$1,000.00 – $9,000.00 (expected $1,000.00)` when the range is open. */
export function formatRange(r: RangeJson): string {
  const min = new Money(r.min), exp = new Money(r.expected), max = new Money(r.max);
  if (min.eq(max)) return formatUsd(exp);
  return `${formatUsd(exp)} (${formatUsd(min)} – ${formatUsd(max)})`;
}

export function usd(value: string): string {
  return formatUsd(new Money(value));
}

export function isOpenRange(r: RangeJson): boolean {
  return r.min !== r.max;
}
