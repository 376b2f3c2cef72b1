import { GEOS, GLOBAL_REGION } from "../../geo";
import { Money, ONE } from "../../money";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { mapRange, Range } from "../../range";
import { UsageKeyDef } from "../../usage";

/**
 * Cloud CDN, shared by the backends that can enable it (`google_compute_backend_bucket`, `google_compute_backend_service`).
 *
 * - **CDN egress**: cache data transfer out, per viewer geo (`google/cdn/egress`, region = the geo `NA`, `EU`, `APAC`,
 *   `LATAM`, `OTHER`; each line carries that geo). Google tiers it < 10 TiB / 10–150 TiB / 150–500 TiB per month; above
 *   500 TiB it publishes no price ("Contact Us"), so costkit prices that volume at the last published tier (150–500 TiB),
 *   an upper bound of a negotiated rate. Google counts the tiers per project and destination; costkit applies them per
 *   resource, so two CDN backends of one project each start at the first tier (an overestimate).
 *   OTHER (Oceania, Middle East, Africa) uses Google's Oceania row; China is not a costkit geo and is not modelled.
 * - **Cache fill**: egress × (1 − `cacheHitRatio`), per geo. Google's fill price depends on the origin and cache
 *   regions ($0.01–$0.04 per GiB); the book holds the top of that range as a `global` entry, so fill is an upper bound.
 * - **Cache lookups**: every GET/HEAD request (`monthlyRequests`), per 10,000.
 *
 * Without `monthlyEgressGibByGeo` every geo is shown at its unit price as depending on usage; with it, only the geos it
 * names are priced (a geo left out has no traffic). Requests to custom origins, uncacheable traffic (billed as the
 * origin's internet egress) and invalidations are not modelled.
 */
export const CDN_USAGE: readonly UsageKeyDef[] = [
  {
    name: "monthlyEgressGibByGeo",
    type: "quantity-map",
    unit: "GiB",
    keys: GEOS,
    description: "GiB served from the CDN cache a month, by viewer geo (NA, EU, APAC, LATAM, OTHER). Geos left out have no traffic.",
  },
  {
    name: "cacheHitRatio",
    type: "quantity",
    unit: "ratio",
    description: "Share of egress served from cache, 0 to 1; cache fill = egress × (1 − cacheHitRatio).",
  },
  {
    name: "monthlyRequests",
    type: "quantity",
    unit: "requests",
    description: "HTTP(S) GET and HEAD requests a month; each causes one cache lookup.",
  },
];

const TEN_THOUSAND = new Money(10000);

/** Cache fill from egress and hit ratio, bound by bound (a higher hit ratio means less fill). */
function fillOf(egress: Range, hit: Range): Range {
  return {
    min: egress.min.times(ONE.minus(hit.max)),
    expected: egress.expected.times(ONE.minus(hit.expected)),
    max: egress.max.times(ONE.minus(hit.min)),
  };
}

/** Adds the CDN lines of a backend with `enable_cdn = true`. */
export function addCdnLines(r: ResourceInput, lines: CostLines): void {
  const egress = r.usage.quantityMap("monthlyEgressGibByGeo");
  const geos = egress ? GEOS.filter((g) => egress.has(g)) : GEOS;
  for (const geo of geos) {
    lines.add({
      name: `CDN egress (${geo})`, unit: "GiB", priceId: "google/cdn/egress", region: geo, geo,
      quantity: egress?.get(geo), usageBased: true,
    });
  }

  const hit = r.usage.quantity("cacheHitRatio");
  if (hit && hit.max.gt(ONE)) {
    lines.unpriceable(`cacheHitRatio must be between 0 and 1, got ${hit.max.toFixed()}`, "Cache fill");
  } else if (egress) {
    for (const geo of geos) {
      lines.add({
        name: `Cache fill (${geo})`, unit: "GiB", priceId: "google/cdn/cache-fill", region: geo, geo,
        quantity: hit ? fillOf(egress.get(geo)!, hit) : undefined, usageBased: true,
      });
    }
  } else {
    lines.add({ name: "Cache fill", unit: "GiB", priceId: "google/cdn/cache-fill", region: "global", quantity: undefined, usageBased: true });
  }

  const requests = r.usage.quantity("monthlyRequests");
  lines.add({
    name: "Cache lookups", unit: "10K requests", priceId: "google/cdn/cache-lookup", region: "global",
    quantity: requests ? mapRange(requests, (v) => v.div(TEN_THOUSAND)) : undefined, usageBased: true,
  });
}

/**
 * The pricer of a backend that can enable Cloud CDN: global, with no cost of its own; with `enable_cdn = true` it
 * carries the CDN lines, and with CDN off it has no line and is listed as free (CDN usage given for it is then unused).
 */
export function cdnBackendPricer(type: string): Pricer {
  return {
    type,
    provider: "google",
    category: "cdn",
    usage: CDN_USAGE,
    region: () => GLOBAL_REGION,
    price(r, lines) {
      if (r.attrs.bool("enable_cdn") !== true) return;
      addCdnLines(r, lines);
    },
  };
}
