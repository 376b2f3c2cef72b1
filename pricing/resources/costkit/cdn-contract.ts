import Decimal from "decimal.js";
import { loadDefaultBooks } from "../../books";
import { Unpriceable } from "../../errors";
import { Geo, GEOS, GLOBAL_REGION } from "../../geo";
import { isDecimalString, Money, money, ZERO } from "../../money";
import { PriceCatalog } from "../../price-book";
import { Pricer, ResourceInput } from "../../pricer";
import { Range } from "../../range";
import { tieredCost } from "../../tiers";
import { UsageKeyDef } from "../../usage";

/** The third-party CDNs a `costkit_cdn_contract` item can stand for. */
export const CDN_CONTRACT_VENDORS = ["fastly", "cloudflare", "akamai"] as const;
export type CdnContractVendor = (typeof CDN_CONTRACT_VENDORS)[number];

const USAGE: readonly UsageKeyDef[] = [
  {
    name: "monthlyEgressGbByGeo", type: "quantity-map", unit: "GB", keys: GEOS,
    description: "SI GB (10^9 bytes) delivered to viewers a month, by viewer geo (NA, EU, LATAM, APAC, OTHER). Geos left out have no traffic.",
  },
  {
    name: "monthlyRequests", type: "quantity", unit: "requests",
    description: "HTTP(S) requests served a month, all geos together; priced per geo in proportion to monthlyEgressGbByGeo (the same average response size everywhere).",
  },
  {
    name: "monthlyRequestsByGeo", type: "quantity-map", unit: "requests", keys: GEOS,
    description: "HTTP(S) requests served a month, by viewer geo. Replaces monthlyRequests.",
  },
];

const TEN_THOUSAND = new Money(10000);
const BOUNDS = ["min", "expected", "max"] as const;

/** Derived quantities are rounded to a millionth of their unit, so that the reports stay exact and readable. */
function tidy(d: Decimal): Decimal {
  return d.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

function vendorOf(r: ResourceInput): CdnContractVendor {
  const v = r.attrs.str("vendor");
  if (v === undefined || !(CDN_CONTRACT_VENDORS as readonly string[]).includes(v)) {
    throw new Unpriceable(`attribute vendor is ${v === undefined ? "not set" : `"${v}"`}; a CDN contract is one of ${CDN_CONTRACT_VENDORS.join(", ")}`);
  }
  return v as CdnContractVendor;
}

function minimumOf(r: ResourceInput): Decimal {
  const raw = r.attrs.str("monthlyMinimumUsd");
  if (raw === undefined) return ZERO;
  if (!isDecimalString(raw) || money(raw).isNegative()) {
    throw new Unpriceable(`attribute monthlyMinimumUsd is "${raw}"; it must be a non-negative amount in USD (0 for no minimum)`);
  }
  return money(raw);
}

/**
 * The catalog of the checked-in list books, built once per process (every contract resource reads it). `costkit
 * estimate` of the reference app's cdktf.out (3 contracts), whole command, medians of 5 runs on the shared 2-core
 * machine (2026-12-07): 1.56 s of CPU (5.6 s elapsed) built once, 1.67 s (5.8 s) built per contract.
 */
let listCatalog: PriceCatalog | undefined;

/** The checked-in list books (for the minimum top-up; see the pricer's comment). */
function listPrices(): PriceCatalog {
  if (!listCatalog) listCatalog = new PriceCatalog(loadDefaultBooks().filter((b) => b.kind === "list"));
  return listCatalog;
}

interface GeoLine {
  readonly geo: Geo;
  readonly priceId: string;
  /** In the price's unit (GB, or 10K requests). */
  readonly quantity: Range;
}

/** Usage charges at list prices, bound by bound; undefined (with the reason) when a price has no public list. */
function listUsageCost(lines: readonly GeoLine[]): { cost?: Range; missing?: string } {
  const total = { min: ZERO, expected: ZERO, max: ZERO };
  for (const l of lines) {
    const price = listPrices().resolve(l.priceId, l.geo);
    if (!price) return { missing: `${l.priceId} has no public list price in ${l.geo}` };
    for (const k of BOUNDS) total[k] = total[k].plus(tieredCost(l.quantity[k], price.list));
  }
  return { cost: total };
}

/**
 * `costkit_cdn_contract` (a cost-only item): a third-party CDN (Fastly, Cloudflare, Akamai) billed per GB delivered by
 * viewer geo, per 10,000 requests, with a monthly minimum. Attributes: `vendor` (`fastly` | `cloudflare` | `akamai`),
 * `monthlyMinimumUsd` (default 0), `labels`. The item's `provider` is the vendor.
 *
 * - **CDN egress (<geo>)**: `monthlyEgressGbByGeo` × `<vendor>/cdn/egress` at region = the geo (SI GB, as Fastly bills).
 *   Without usage every geo is shown at its unit price as depending on usage.
 * - **Requests (<geo>)**: per 10,000, `<vendor>/cdn/requests` by geo, from `monthlyRequestsByGeo`, or `monthlyRequests`
 *   split across geos in proportion to expected egress (rounded to a millionth of 10K requests).
 * - **Monthly minimum top-up**: the contract bills max(usage charges, minimum); the top-up line is the shortfall in USD
 *   × `<vendor>/cdn/minimum-top-up` (1 USD per USD), bound by bound (the most usage gives the least top-up). It appears
 *   only when some bound falls short.
 *
 * Prices. Only Fastly publishes a rate card (`cdn-third-party.json`). Cloudflare and Akamai have no public per-GB price,
 * so their egress and requests are priced only by an override book holding the contract rate (stacks/negotiated.ts);
 * `PriceCatalog.resolve` then reports list = contract (no list exists), and without such a book their lines are unpriced
 * with "no price book has …", never a guessed price.
 *
 * Limitation: a pricer cannot see the prices the engine resolves, so the top-up compares the minimum with usage charged
 * at the *list* prices of the checked-in books. That is exact for pay-as-you-go Fastly; under a negotiated rate below
 * list it can miss a shortfall, and for a vendor without a list price a non-zero minimum makes the top-up line unpriced
 * with the reason. Engine support for minimum charges (the engine computing the shortfall from the effective cost it
 * resolves) would lift both.
 */
export const cdnContract: Pricer = {
  type: "costkit_cdn_contract",
  provider: "costkit",
  category: "cdn",
  usage: USAGE,
  region: () => GLOBAL_REGION,
  price(r, lines) {
    const vendor = vendorOf(r);
    const minimum = minimumOf(r);
    const u = r.usage;
    const egress = u.quantityMap("monthlyEgressGbByGeo");
    const geos = egress ? GEOS.filter((g) => egress.has(g)) : GEOS;
    const usageLines: GeoLine[] = [];

    for (const geo of geos) {
      const q = egress?.get(geo);
      lines.add({ name: `CDN egress (${geo})`, unit: "GB", priceId: `${vendor}/cdn/egress`, region: geo, geo, quantity: q, usageBased: true });
      if (q) usageLines.push({ geo, priceId: `${vendor}/cdn/egress`, quantity: q });
    }

    let requestsKnown = false;
    lines.line("Requests", () => {
      const byGeo = requestsByGeo(u.quantityMap("monthlyRequestsByGeo"), u.quantity("monthlyRequests"), egress);
      requestsKnown = byGeo !== undefined;
      for (const geo of byGeo ? [...byGeo.keys()] : geos) {
        const q = byGeo?.get(geo);
        const per10k = q ? { min: tidy(q.min.div(TEN_THOUSAND)), expected: tidy(q.expected.div(TEN_THOUSAND)), max: tidy(q.max.div(TEN_THOUSAND)) } : undefined;
        lines.add({ name: `Requests (${geo})`, unit: "10K requests", priceId: `${vendor}/cdn/requests`, region: geo, geo, quantity: per10k, usageBased: true });
        if (per10k) usageLines.push({ geo, priceId: `${vendor}/cdn/requests`, quantity: per10k });
      }
    });

    if (minimum.isZero()) return;
    const topUp = { name: "Monthly minimum top-up", unit: "USD", priceId: `${vendor}/cdn/minimum-top-up`, region: GLOBAL_REGION, usageBased: true };
    if (!egress) {
      lines.add({ ...topUp, quantity: undefined });
      return;
    }
    const { cost, missing } = listUsageCost(usageLines);
    if (!cost) {
      lines.unpriceable(`the minimum of ${minimum.toFixed()} USD cannot be compared with usage charges: ${missing}; costkit compares at list prices until the engine supports minimum charges`, topUp.name);
      return;
    }
    if (!requestsKnown && cost.min.lt(minimum)) {
      lines.unpriceable("requests are not known, so the usage charges and the shortfall to the monthly minimum are not either; give monthlyRequests or monthlyRequestsByGeo", topUp.name);
      return;
    }
    const short = (c: Decimal) => Money.max(ZERO, minimum.minus(c));
    const quantity: Range = { min: short(cost.max), expected: short(cost.expected), max: short(cost.min) };
    if (quantity.max.gt(ZERO)) lines.add({ ...topUp, quantity });
  },
};

/** Requests per geo: given by geo, or the total split by expected egress share; undefined when there are none. */
function requestsByGeo(
  byGeo: ReadonlyMap<string, Range> | undefined,
  total: Range | undefined,
  egress: ReadonlyMap<string, Range> | undefined,
): Map<Geo, Range> | undefined {
  if (byGeo) return new Map(GEOS.filter((g) => byGeo.has(g)).map((g) => [g, byGeo.get(g)!]));
  if (!total) return undefined;
  if (!egress) throw new Unpriceable("monthlyRequests is split across geos by egress, but the usage has no monthlyEgressGbByGeo; give monthlyRequestsByGeo instead");
  const sum = [...egress.values()].reduce((a, q) => a.plus(q.expected), ZERO);
  if (sum.isZero()) throw new Unpriceable("monthlyRequests is split across geos by expected egress, which is 0 everywhere; give monthlyRequestsByGeo instead");
  const out = new Map<Geo, Range>();
  for (const g of GEOS) {
    const e = egress.get(g);
    if (!e) continue;
    const share = e.expected.div(sum);
    out.set(g, { min: total.min.times(share), expected: total.expected.times(share), max: total.max.times(share) });
  }
  return out;
}
