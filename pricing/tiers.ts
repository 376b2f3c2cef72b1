import Decimal from "decimal.js";
import { money, Money, ZERO } from "./money";

/** One tier of a rate card: the price applies to quantity from `start` (inclusive) up to the next tier's start. */
export interface Tier {
  readonly start: Decimal;
  readonly price: Decimal;
}

/** A quantity split across tiers: how much of it falls in each tier (same order as the tiers). */
export function splitAcrossTiers(quantity: Decimal, tiers: readonly Tier[]): Decimal[] {
  if (tiers.length === 0) throw new RangeError("a rate card needs at least one tier");
  if (!tiers[0].start.isZero()) throw new RangeError("the first tier must start at 0");
  return tiers.map((tier, i) => {
    const end = i + 1 < tiers.length ? tiers[i + 1].start : undefined;
    if (quantity.lte(tier.start)) return ZERO;
    const upper = end === undefined ? quantity : Money.min(quantity, end);
    return upper.minus(tier.start);
  });
}

/** The cost of a quantity over a tiered rate card. */
export function tieredCost(quantity: Decimal, tiers: readonly Tier[]): Decimal {
  const parts = splitAcrossTiers(quantity, tiers);
  return parts.reduce((acc, q, i) => acc.plus(q.times(tiers[i].price)), ZERO);
}

export function tier(start: string | number, price: string | number): Tier {
  return { start: money(start), price: money(price) };
}
