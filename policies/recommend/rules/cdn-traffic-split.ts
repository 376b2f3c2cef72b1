import Decimal from "decimal.js";
import { Geo, GEOS } from "../../../pricing/geo";
import { decimalText, money, ONE, ZERO } from "../../../pricing/money";
import { parsePriceBook, PriceBook } from "../../../pricing/price-book";
import { CDN_CONTRACT_VENDORS, CdnContractVendor } from "../../../pricing/resources/costkit/cdn-contract";
import { TfResource } from "../../../pricing/terraform";
import { Tier } from "../../../pricing/tiers";
import { CdnConstraints, constraintsFromJson } from "../cdn-constraints";
import { optimalSplit, SplitProblem, splitCost } from "../cdn-split";
import { Candidate, RecommendContext, ResourceChange, withResources } from "../types";

export interface CdnTrafficSplitParams {
  /** Least expected saving, as a fraction of the CDNs' current cost, worth a new split (a decimal string). */
  readonly minSavingFraction: string;
}

const TYPE = "costkit_cdn_contract";

/** The contract items of one MultiCdn (`<prefix>-<vendor>`), by prefix. */
function groups(resources: readonly TfResource[]): Map<string, Map<CdnContractVendor, TfResource>> {
  const out = new Map<string, Map<CdnContractVendor, TfResource>>();
  for (const r of resources) {
    if (r.type !== TYPE) continue;
    const vendor = CDN_CONTRACT_VENDORS.find((v) => r.name.endsWith(`-${v}`));
    if (!vendor) continue;
    const prefix = r.name.slice(0, -vendor.length - 1);
    const g = out.get(prefix) ?? new Map<CdnContractVendor, TfResource>();
    g.set(vendor, r);
    out.set(prefix, g);
  }
  return out;
}

/** A declared quantity map of a contract item's usage (`{NA: "123"}`), exact; undefined when absent or a range. */
function quantities(r: TfResource, key: string): Partial<Record<Geo, Decimal>> | undefined {
  const usage = r.declaredUsage as Record<string, unknown> | undefined;
  const raw = usage?.[key];
  if (typeof raw !== "object" || raw === null) return undefined;
  const out: Partial<Record<Geo, Decimal>> = {};
  for (const [g, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!(GEOS as readonly string[]).includes(g) || (typeof v !== "string" && typeof v !== "number")) return undefined;
    out[g as Geo] = money(v);
  }
  return out;
}

/** The constraints' contract rates as an override book (`cdn-contract-rates`), or none. */
function ratesBook(c: CdnConstraints): PriceBook[] {
  const prices = CDN_CONTRACT_VENDORS.flatMap((v) =>
    GEOS.filter((g) => c.rates[v]?.[g] !== undefined).map((g) => ({
      id: `${v}/cdn/egress`, region: g, unit: "GB", description: `${v} CDN egress, contract rate`, price: decimalText(c.rates[v]![g]!),
      source: `contract rates of ${c.file}${c.ratesSource ? `: ${c.ratesSource}` : ""}`, effectiveDate: c.ratesEffectiveDate!,
    })));
  if (prices.length === 0) return [];
  return [parsePriceBook({ formatVersion: "1", id: "cdn-contract-rates", kind: "override", currency: "USD", effectiveDate: c.ratesEffectiveDate, description: `CDN contract rates from ${c.file}`, prices }, c.file)];
}

const pct = (d: Decimal) => `${d.times(100).toDecimalPlaces(2).toFixed()} %`;

/** A MultiCdn's contract items (`<prefix>-<vendor>`) with split constraints → the split per viewer geo that costs least within them (share bounds per CDN and geo, committed minimums), found by (mixed-integer) linear programming over their volume tiers and priced exactly. */
export function cdnTrafficSplit(ctx: RecommendContext, params: CdnTrafficSplitParams): Candidate[] {
  const out: Candidate[] = [];
  const minFraction = money(params.minSavingFraction);
  for (const [prefix, items] of groups(ctx.document.resources)) {
    if (items.size < 2) continue;
    const given = ctx.data.cdnConstraints as CdnConstraints | undefined;
    const embedded = (ctx.document.costMeta?.cdnConstraints as Record<string, unknown> | undefined)?.[prefix];
    const constraints = given ?? (embedded === undefined ? undefined : constraintsFromJson(embedded, `${ctx.document.file} ("//".cost.cdnConstraints.${prefix})`));
    if (!constraints) continue;
    const books = ratesBook(constraints);
    const cdns = [...items.keys()].sort();
    const egress = new Map(cdns.map((c) => [c, quantities(items.get(c)!, "monthlyEgressGbByGeo")]));
    if ([...egress.values()].some((e) => e === undefined)) continue;
    const geos = GEOS.filter((g) => cdns.some((c) => egress.get(c)![g] !== undefined));
    const delivered = Object.fromEntries(geos.map((g) => [g, cdns.reduce((s, c) => s.plus(egress.get(c)![g] ?? ZERO), ZERO)]));
    const rates: Record<string, Record<string, Decimal>> = {};
    const tiers: Record<string, Record<string, readonly Tier[]>> = {};
    const priced = new Set<string>();
    for (const c of cdns) {
      rates[c] = {};
      tiers[c] = {};
      for (const g of geos) {
        const card = ctx.priceTiers(`${c}/cdn/egress`, g, c, books);
        rates[c][g] = card?.[0].price ?? ZERO;
        if (card && card.length > 1) tiers[c][g] = card;
        if (card !== undefined) priced.add(`${c}|${g}`);
      }
    }
    const problem: SplitProblem = {
      cdns, geos, delivered, rates, tiers,
      // a CDN without a price in a geo cannot be given traffic there (it would be unpriced)
      bounds: (c, g) => (priced.has(`${c}|${g}`) ? constraints.shares[c as CdnContractVendor]?.[g as Geo] ?? { min: ZERO, max: ONE } : { min: ZERO, max: ZERO }),
      // the contract's own monthly minimum (the item's monthlyMinimumUsd) counts too: below it the contract bills a top-up
      minimums: Object.fromEntries(cdns.map((c) => [c, Decimal.max(constraints.minimumMonthlyUsd[c] ?? ZERO, money(items.get(c)!.attrs.str("monthlyMinimumUsd") ?? "0"))])),
    };
    const solution = optimalSplit(problem);
    if (!solution) continue;
    const requests = new Map(cdns.map((c) => [c, quantities(items.get(c)!, "monthlyRequestsByGeo")]));
    const changes = new Map<string, ResourceChange>();
    for (const c of cdns) {
      const gb = Object.fromEntries(geos.map((g) => [g, decimalText(delivered[g].times(solution.shares[c][g]))]));
      const req = requests.get(c);
      const usage: Record<string, unknown> = { monthlyEgressGbByGeo: gb };
      if (req) {
        const total = (g: Geo) => cdns.reduce((s, x) => s.plus(requests.get(x)?.[g] ?? ZERO), ZERO);
        usage.monthlyRequestsByGeo = Object.fromEntries(geos.map((g) => [g, decimalText(total(g).times(solution.shares[c][g]))]));
      }
      changes.set(items.get(c)!.address, { usage });
    }
    const current = Object.fromEntries(cdns.map((c) => [c, Object.fromEntries(geos.map((g) => [g, delivered[g].isZero() ? ZERO : (egress.get(c)![g] ?? ZERO).div(delivered[g])]))]));
    const moved = cdns.some((c) => geos.some((g) => !current[c][g].eq(solution.shares[c][g])));
    if (!moved) continue;
    const split = Object.fromEntries(cdns.map((c) => [c, Object.fromEntries(geos.map((g) => [g, decimalText(solution.shares[c][g])]))]));
    const words = geos.map((g) => `${g}: ${cdns.filter((c) => !solution.shares[c][g].isZero()).map((c) => `${c} ${pct(solution.shares[c][g])}`).join(", ")}`).join("; ");
    const candidate: Candidate = {
      addresses: cdns.map((c) => items.get(c)!.address),
      change: `route ${prefix}'s traffic per viewer geo as ${words} (the cheapest split within ${constraints.file}'s constraints)`,
      document: withResources(ctx.document, changes),
      assumptions: [
        `the delivered GB per viewer geo stay as declared (${geos.map((g) => `${g} ${delivered[g].toFixed()}`).join(", ")}); only their split across CDNs changes`,
        ...(books.length ? [`both splits are priced at the contract rates of ${constraints.file} where it gives one, the price books elsewhere`] : []),
        Object.values(tiers).some((t) => Object.keys(t).length > 0)
          ? "the split is found by mixed-integer linear programming over each CDN's per-GB volume tiers in each geo (a tier is used only once the one before it is full); the engine then prices it exactly"
          : "the split is found by linear programming over the per-GB rates (flat: no volume tiers); the engine then prices it exactly",
        "origin egress and cache fill do not change: every CDN fetches its misses from the same origins",
        ...(requests.get(cdns[0]) ? ["requests follow the delivered GB (the same average response size on every CDN)"] : []),
      ],
      confidence: "medium",
      details: { split, currentSplit: Object.fromEntries(cdns.map((c) => [c, Object.fromEntries(geos.map((g) => [g, decimalText(current[c][g])]))])), bindingConstraints: solution.binding, constraintsFile: constraints.file },
      ...(books.length ? { books } : {}),
    };
    // A split whose saving is too small to act on is left out: the runner prices it, this only filters by the LP's view.
    const now = splitCost(problem, current);
    if (now.isZero() || now.minus(splitCost(problem, solution.shares)).div(now).lt(minFraction)) continue;
    out.push(candidate);
  }
  return out;
}
