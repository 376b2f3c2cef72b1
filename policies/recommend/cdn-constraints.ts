import Decimal from "decimal.js";
import { isMap, isScalar, LineCounter, Node, parseDocument } from "yaml";
import { InputError } from "../../pricing/errors";
import { Geo, GEOS } from "../../pricing/geo";
import { displayPath, parseYamlOrJson } from "../../pricing/load";
import { isDecimalString, money, ONE, ZERO } from "../../pricing/money";
import { readInputText } from "../../pricing/read-input";
import { CDN_CONTRACT_VENDORS, CdnContractVendor } from "../../pricing/resources/costkit/cdn-contract";
import { isIsoDate } from "../acknowledgements";

/**
 * The constraints of a multi-CDN traffic split, kept as data (docs/recommendations.md):
 *
 *   version: 1
 *   ratesSource: "…"    # where the rates come from, and
 *   ratesEffectiveDate: 2024-09-01   # the day they apply from (both required with rates)
 *   rates:              # contract rates, USD per GB delivered, by CDN and viewer geo (optional)
 *     fastly: { NA: 0.02, EU: 0.025, APAC: 0.04 }
 *   shares:             # share of each geo's delivered GB a CDN may carry, 0 to 1
 *     fastly: { min: 0.2, max: 0.6 }          # every geo
 *     akamai: { min: 0.1, APAC: { min: 0.2 } } # per geo, over the CDN's own
 *   minimumMonthlyUsd:  # committed minimum spend per CDN: the split must use it
 *     akamai: 500000
 *
 * Rates given here replace the price books' CDN egress prices for both the current and the proposed split (an
 * override book, `cdn-contract-rates`); geos without a rate keep the books' price. Shares default to 0..1.
 */
export interface CdnConstraints {
  readonly file: string;
  readonly rates: Readonly<Partial<Record<CdnContractVendor, Partial<Record<Geo, Decimal>>>>>;
  /** Share bounds per CDN and geo (absent: 0 and 1). */
  readonly shares: Readonly<Partial<Record<CdnContractVendor, Partial<Record<Geo, { min: Decimal; max: Decimal }>>>>>;
  readonly minimumMonthlyUsd: Readonly<Partial<Record<CdnContractVendor, Decimal>>>;
  /** Where the rates come from (a contract, a published card) and the day they apply from: required with `rates`. */
  readonly ratesSource?: string;
  readonly ratesEffectiveDate?: string;
}

const TOP_KEYS = ["version", "rates", "ratesSource", "ratesEffectiveDate", "shares", "minimumMonthlyUsd"];

/** A problem at a key path of the file: the message names the file, the line and the key, and how to fix it. */
function badConstraint(file: string, line: number | undefined, key: string, problem: string): InputError {
  return new InputError(`${file}${line !== undefined ? `:${line}` : ""}: ${key}: ${problem}. Fix the constraints file (see docs/recommendations.md).`, file, key);
}

/** Reads and checks a constraints file (YAML or JSON). Any problem exits 2 naming the file, the line and the key. */
export function loadCdnConstraints(path: string): CdnConstraints {
  const text = readInputText(path);
  const file = displayPath(path);
  const raw = parseYamlOrJson(text, /\.json$/i.test(path) ? file : file.replace(/(\.ya?ml)?$/i, (m) => m || ".yaml"));
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (keys: readonly string[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: Node | undefined;
    for (const k of keys) {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
      if (!pair) break;
      found = pair.key as Node;
      node = pair.value;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  return constraintsFromJson(raw, file, lineOf);
}

/** Checks parsed constraints; `lineOf` gives the line of a key path when the source has lines. */
export function constraintsFromJson(raw: unknown, file: string, lineOf: (keys: readonly string[]) => number | undefined = () => undefined): CdnConstraints {
  const fail = (keys: readonly string[], problem: string): never => {
    throw badConstraint(file, lineOf(keys), keys.join(".") || "the top level", problem);
  };
  const map = (v: unknown, keys: readonly string[]): Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(keys, `expected a mapping, got ${JSON.stringify(v) ?? "nothing"}`);
  const amount = (v: unknown, keys: readonly string[], what: string, most?: Decimal): Decimal => {
    const text = typeof v === "number" && Number.isFinite(v) ? String(v) : v;
    if (!isDecimalString(text) || money(text).isNegative() || (most !== undefined && money(text).gt(most))) fail(keys, `expected ${what}, got ${JSON.stringify(v) ?? "nothing"}`);
    return money(text as string);
  };
  const vendor = (k: string, keys: readonly string[]): CdnContractVendor =>
    (CDN_CONTRACT_VENDORS as readonly string[]).includes(k) ? (k as CdnContractVendor) : fail(keys, `unknown CDN "${k}"; the split is between ${CDN_CONTRACT_VENDORS.join(", ")}`);
  const isGeoKey = (k: string) => (GEOS as readonly string[]).includes(k);

  const top = map(raw ?? {}, []);
  for (const k of Object.keys(top)) if (!TOP_KEYS.includes(k)) fail([k], `unknown key; the keys are ${TOP_KEYS.join(", ")}`);
  if (top.version !== undefined && top.version !== 1 && top.version !== "1") fail(["version"], `expected 1, got ${JSON.stringify(top.version)}`);

  const rates: Partial<Record<CdnContractVendor, Partial<Record<Geo, Decimal>>>> = {};
  for (const [k, v] of Object.entries(map(top.rates ?? {}, ["rates"]))) {
    const c = vendor(k, ["rates", k]);
    const byGeo: Partial<Record<Geo, Decimal>> = {};
    for (const [g, r] of Object.entries(map(v, ["rates", k]))) {
      if (!isGeoKey(g)) fail(["rates", k, g], `unknown geo; the viewer geos are ${GEOS.join(", ")}`);
      byGeo[g as Geo] = amount(r, ["rates", k, g], "a price in USD per GB (0.02)");
    }
    rates[c] = byGeo;
  }

  const shares: Partial<Record<CdnContractVendor, Partial<Record<Geo, { min: Decimal; max: Decimal }>>>> = {};
  const bounds = (v: Record<string, unknown>, keys: readonly string[], base: { min: Decimal; max: Decimal }, geoKeys: boolean) => {
    const out = { ...base };
    for (const [k, x] of Object.entries(v)) {
      if (k === "min" || k === "max") out[k] = amount(x, [...keys, k], "a share from 0 to 1 (0.2 for 20 %)", ONE);
      else if (!(geoKeys && isGeoKey(k))) fail([...keys, k], `unknown key; expected min, max${geoKeys ? ` or a geo (${GEOS.join(", ")})` : ""}`);
    }
    if (out.min.gt(out.max)) fail(keys, `min ${out.min.toFixed()} is above max ${out.max.toFixed()}`);
    return out;
  };
  for (const [k, v] of Object.entries(map(top.shares ?? {}, ["shares"]))) {
    const c = vendor(k, ["shares", k]);
    const own = map(v, ["shares", k]);
    const all = bounds(own, ["shares", k], { min: ZERO, max: ONE }, true);
    shares[c] = Object.fromEntries(GEOS.map((g) => [g, own[g] === undefined ? all : bounds(map(own[g], ["shares", k, g]), ["shares", k, g], all, false)]));
  }
  for (const g of GEOS) {
    const floor = Object.values(shares).reduce((s, byGeo) => s.plus(byGeo?.[g]?.min ?? ZERO), ZERO);
    if (floor.gt(ONE)) fail(["shares"], `the minimum shares in ${g} add up to ${floor.toFixed()}, more than 1`);
  }

  const minimumMonthlyUsd: Partial<Record<CdnContractVendor, Decimal>> = {};
  for (const [k, v] of Object.entries(map(top.minimumMonthlyUsd ?? {}, ["minimumMonthlyUsd"]))) {
    minimumMonthlyUsd[vendor(k, ["minimumMonthlyUsd", k])] = amount(v, ["minimumMonthlyUsd", k], "an amount in USD a month (250000)");
  }
  const hasRates = Object.keys(rates).length > 0;
  const ratesSource = top.ratesSource === undefined ? undefined : typeof top.ratesSource === "string" && top.ratesSource.trim() !== "" ? top.ratesSource : fail(["ratesSource"], "expected the source of the rates as text (a contract reference, a published rate card)");
  const date = top.ratesEffectiveDate instanceof Date ? top.ratesEffectiveDate.toISOString().slice(0, 10) : top.ratesEffectiveDate;
  if (date !== undefined && (typeof date !== "string" || !isIsoDate(date))) fail(["ratesEffectiveDate"], `expected a date YYYY-MM-DD, got ${JSON.stringify(top.ratesEffectiveDate)}`);
  if (hasRates && (ratesSource === undefined || date === undefined)) fail(["rates"], "rates need ratesSource and ratesEffectiveDate (real prices only, with their source and the day they apply from)");
  return { file, rates, shares, minimumMonthlyUsd, ...(ratesSource ? { ratesSource } : {}), ...(date ? { ratesEffectiveDate: date as string } : {}) };
}
