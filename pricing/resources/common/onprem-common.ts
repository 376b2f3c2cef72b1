import Decimal from "decimal.js";
import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { Geo, GEOS, isGeo } from "../../geo";
import { money } from "../../money";
import { fixed, Range } from "../../range";

/**
 * What the on-prem item pricers (`costkit_onprem_*`) share: the geo an item sits in (its `geo` attribute, which is also
 * its billing region: on-prem prices are `global` entries, or per geo where a book has them), a model's slug for price
 * ids, and straight-line amortisation of capital expenditure.
 */

export const MONTHS_PER_YEAR = 12;

/** The item's geo (`geo` attribute); the pricer's billing region. */
export function onPremGeo(attrs: Attributes): Geo {
  const geo = attrs.str("geo");
  if (geo === undefined) throw new Unpriceable(`attribute geo is not set; an on-prem item sits in one of ${GEOS.join(", ")}`);
  if (!isGeo(geo)) throw new Unpriceable(`attribute geo is "${geo}"; an on-prem item sits in one of ${GEOS.join(", ")}`);
  return geo;
}

/** A model slug used in price ids (`on-prem/server-capex/<model>`). */
export function modelOf(attrs: Attributes, name = "model"): string {
  const model = attrs.str(name);
  if (model === undefined) throw new Unpriceable(`attribute ${name} is not set; it names the price entry (${name === "model" ? "on-prem/server-capex/<model>" : `…/<${name}>`})`);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(model)) throw new Unpriceable(`attribute ${name} is "${model}"; use lowercase letters, digits, ".", "_" and "-" (it is part of a price id)`);
  return model;
}

/** A non-negative number attribute (a whole number when `whole`), with a default when absent. */
export function amountOf(attrs: Attributes, name: string, o: { whole?: boolean; min?: number; default?: number } = {}): number {
  const v = attrs.num(name) ?? o.default;
  if (v === undefined) throw new Unpriceable(`attribute ${name} is not set`);
  const min = o.min ?? 0;
  if (!Number.isFinite(v) || v < min || (o.whole && !Number.isInteger(v))) {
    throw new Unpriceable(`attribute ${name} is ${v}; it must be ${o.whole ? "a whole number " : "a number "}≥ ${min}`);
  }
  return v;
}

/** The amortisation life in years (`amortizationYears`, > 0, at most 30). */
export function lifeOf(attrs: Attributes): number {
  const years = attrs.num("amortizationYears");
  if (years === undefined) throw new Unpriceable("attribute amortizationYears is not set (the straight-line life of the capital expense, e.g. 5)");
  if (!(years > 0 && years <= 30)) throw new Unpriceable(`attribute amortizationYears is ${years}; it must be more than 0 and at most 30 years`);
  return years;
}

/**
 * Units bought × the share of their price that falls in one month of a straight-line life: units ÷ (12 × years),
 * rounded to 10 decimal places when the division does not end (quantity × unit price then stays exact in reports).
 */
export function amortizedUnits(units: number | Decimal, years: number): Range {
  return fixed(money(units).div(MONTHS_PER_YEAR * years).toDecimalPlaces(10, Decimal.ROUND_HALF_EVEN));
}

/** "5 years", "1 year", "2.5 years". */
export function yearsText(years: number): string {
  return `${years} year${years === 1 ? "" : "s"}`;
}
