import { Attributes } from "../../attributes";
import { Unpriceable, UnresolvedValue } from "../../errors";
import { Geo, geoOfRegion, GEOS, GLOBAL_REGION } from "../../geo";
import { fixed, Range, scaleRange, sumRanges } from "../../range";
import { CostLines, Pricer } from "../../pricer";
import { UsageKeyDef } from "../../usage";
import { ownValue } from "../../own";

/**
 * Viewer geos each price class serves from its own edge locations (AWS CloudFront pricing page; CDK PriceClass docs):
 * 100 = United States, Canada, Mexico, Europe, Israel; 200 adds South Africa, Kenya, the Middle East, Japan, Hong Kong,
 * Singapore, South Korea, Taiwan, the Philippines, India and the rest of Asia (so APAC and OTHER), not South America
 * nor Australia; All serves every geo.
 */
const SERVED: Record<string, readonly Geo[]> = {
  PriceClass_100: ["NA", "EU"],
  PriceClass_200: ["NA", "EU", "APAC", "OTHER"],
  PriceClass_All: GEOS,
};

/**
 * Where traffic from viewers outside the price class is billed: CloudFront serves them from the lowest-latency edge
 * inside the class and bills that edge's rate. Every class includes North America, whose rates are the lowest of all
 * (equal to Europe's), so costkit bills such traffic at the NA rates and in the NA tiers.
 */
const FALLBACK_GEO: Geo = "NA";

const USAGE: readonly UsageKeyDef[] = [
  { name: "monthlyDataTransferGbByGeo", type: "quantity-map", unit: "GB", keys: GEOS, description: "GB delivered to viewers per month, by viewer geo (NA, EU, APAC, LATAM, OTHER)." },
  { name: "monthlyHttpsRequestsByGeo", type: "quantity-map", unit: "requests", keys: GEOS, description: "HTTPS requests per month, by viewer geo." },
  { name: "monthlyHttpRequestsByGeo", type: "quantity-map", unit: "requests", keys: GEOS, description: "HTTP requests per month, by viewer geo." },
  { name: "monthlyDataTransferToOriginGbByGeo", type: "quantity-map", unit: "GB", keys: GEOS, description: "GB sent from edge locations to the origin per month (POST/PUT bodies), by geo of the edge." },
  { name: "monthlyOriginShieldRequests", type: "quantity", unit: "requests", description: "Requests reaching Origin Shield per month (when the distribution has one Origin Shield region)." },
  { name: "monthlyOriginShieldRequestsByRegion", type: "quantity-map", unit: "requests", description: "Requests reaching Origin Shield per month, by Origin Shield region (e.g. us-east-1)." },
  { name: "monthlyInvalidationPaths", type: "quantity", unit: "paths", description: "Invalidation paths per month (the first 1,000 are free)." },
];

/** Usage per billing geo: each viewer geo goes to itself when served, else to the fallback. */
function byBillingGeo(map: ReadonlyMap<string, Range>, served: readonly Geo[]): Map<Geo, { viewers: Geo[]; q: Range }> {
  const out = new Map<Geo, { viewers: Geo[]; q: Range }>();
  for (const geo of GEOS) {
    const q = map.get(geo);
    if (q === undefined) continue;
    const billed = served.includes(geo) ? geo : FALLBACK_GEO;
    const cur = out.get(billed);
    if (cur === undefined) out.set(billed, { viewers: [geo], q });
    else out.set(billed, { viewers: [...cur.viewers, geo], q: sumRanges([cur.q, q]) });
  }
  return out;
}

/** `NA`, or `NA + LATAM, at NA rates` when LATAM viewers are served by NA edges. */
function label(billed: Geo, viewers: readonly Geo[]): string {
  return viewers.every((v) => v === billed) ? billed : `${viewers.join(" + ")}, at ${billed} rates`;
}

function geoLines(
  lines: CostLines,
  map: ReadonlyMap<string, Range> | undefined,
  served: readonly Geo[],
  what: { name: string; unit: string; priceId: string; per: string },
  showWithoutUsage: boolean,
): void {
  if (map === undefined) {
    if (!showWithoutUsage) return;
    for (const geo of served) lines.add({ name: `${what.name} (${geo})`, unit: what.unit, priceId: what.priceId, region: geo, geo, quantity: undefined });
    return;
  }
  for (const [billed, { viewers, q }] of byBillingGeo(map, served)) {
    lines.add({
      name: `${what.name} (${label(billed, viewers)})`, unit: what.unit, priceId: what.priceId, region: billed, geo: billed,
      quantity: scaleRange(q, what.per), usageBased: true,
    });
  }
}

/** The Origin Shield regions of the distribution's origins. */
function shieldRegions(attrs: Attributes): string[] {
  const out = new Set<string>();
  for (const origin of attrs.blocks("origin")) {
    const shield = origin.block("origin_shield");
    if (shield === undefined || shield.bool("enabled") !== true) continue;
    const region = shield.str("origin_shield_region");
    if (region === undefined) throw new UnresolvedValue(`${origin.get("origin_id") ?? "origin"}.origin_shield.origin_shield_region`, "not set");
    out.add(region);
  }
  return [...out].sort();
}

/**
 * `aws_cloudfront_distribution`: CDN egress, HTTP/HTTPS requests, data transfer to origin, Origin Shield requests,
 * invalidations and dedicated-IP SSL.
 *
 * Egress and requests come from usage by viewer geo (NA = United States, Mexico, Canada; EU = Europe, Israel, Türkiye;
 * APAC = the "Hong Kong, Indonesia, Philippines, Singapore, South Korea, Taiwan, Thailand, Malaysia, Vietnam" column,
 * Japan, Australia/New Zealand and India having their own, different rates; LATAM = South America; OTHER = South
 * Africa, Kenya, Nigeria, the Middle East) and are looked up with `region: "<GEO>"`. Egress is tiered (10 TB, 40 TB,
 * 100 TB, 350 TB, 524 TB, 4 PB, over 5 PB) per distribution, while AWS tiers each geo over the whole account.
 *
 * `price_class` decides which geos are served by their own edges. Usage for a geo outside the class is not an error:
 * CloudFront serves those viewers from the nearest edge inside the class and bills that edge's rate; costkit bills
 * them at the NA rates (NA is in every class and cheapest, tied with EU) and adds them to the NA line, so the NA
 * tiers count them: `CDN egress (NA + LATAM, at NA rates)`. Without usage, one egress and one HTTPS line per served geo show the
 * unit prices. The always-free tier (1 TB and 10M requests a month, account-wide) is not deducted.
 *
 * Origin Shield requests are billed at the rate of the Origin Shield region's geo (`origin_shield_region`), from
 * `monthlyOriginShieldRequests` (one region) or `monthlyOriginShieldRequestsByRegion`. A viewer certificate with
 * `ssl_support_method = "vip"` costs a dedicated-IP certificate month. Field-level encryption, real-time logs,
 * CloudFront Functions, Lambda@Edge and the 2025 flat-rate plans are not priced.
 */
export const cloudfrontDistribution: Pricer = {
  type: "aws_cloudfront_distribution",
  provider: "aws",
  category: "cdn",
  usage: USAGE,
  region: () => GLOBAL_REGION,
  price(r, lines) {
    const priceClass = r.attrs.str("price_class") ?? "PriceClass_All";
    const served = ownValue(SERVED, priceClass);
    if (served === undefined) throw new Unpriceable(`unknown price_class "${priceClass}"; CloudFront has ${Object.keys(SERVED).join(", ")}`);
    const u = r.usage;

    geoLines(lines, u.quantityMap("monthlyDataTransferGbByGeo"), served, { name: "CDN egress", unit: "GB", priceId: "aws/cloudfront/data-transfer-out", per: "1" }, true);
    geoLines(lines, u.quantityMap("monthlyHttpsRequestsByGeo"), served, { name: "HTTPS requests", unit: "10K requests", priceId: "aws/cloudfront/requests-https", per: "0.0001" }, true);
    geoLines(lines, u.quantityMap("monthlyHttpRequestsByGeo"), served, { name: "HTTP requests", unit: "10K requests", priceId: "aws/cloudfront/requests-http", per: "0.0001" }, false);
    geoLines(lines, u.quantityMap("monthlyDataTransferToOriginGbByGeo"), served, { name: "Data transfer to origin", unit: "GB", priceId: "aws/cloudfront/data-transfer-to-origin", per: "1" }, false);

    lines.line("Origin shield requests", () => {
      const regions = shieldRegions(r.attrs);
      if (regions.length === 0) return;
      const byRegion = u.quantityMap("monthlyOriginShieldRequestsByRegion");
      const single = u.quantity("monthlyOriginShieldRequests");
      if (byRegion === undefined && single !== undefined && regions.length > 1) {
        throw new Unpriceable(`the distribution has Origin Shield in ${regions.join(", ")}; give monthlyOriginShieldRequestsByRegion instead of monthlyOriginShieldRequests`);
      }
      for (const region of regions) {
        const geo = geoOfRegion("aws", region);
        const name = `Origin shield requests (${region})`;
        if (geo === undefined) {
          lines.unpriceable(`unknown Origin Shield region "${region}"`, name);
          continue;
        }
        const q = byRegion !== undefined ? byRegion.get(region) : single;
        lines.add({ name, unit: "10K requests", priceId: "aws/cloudfront/origin-shield-requests", region: geo, geo, quantity: q === undefined ? undefined : scaleRange(q, "0.0001"), usageBased: true });
      }
    });

    if (u.declared("monthlyInvalidationPaths")) {
      lines.add({ name: "Invalidation paths", unit: "paths", priceId: "aws/cloudfront/invalidation-paths", quantity: u.quantity("monthlyInvalidationPaths"), usageBased: true });
    }

    lines.line("Dedicated IP custom SSL", () => {
      const method = r.attrs.block("viewer_certificate")?.str("ssl_support_method");
      if (method === "vip") lines.add({ name: "Dedicated IP custom SSL", unit: "certificate-months", priceId: "aws/cloudfront/dedicated-ip-ssl", quantity: fixed(1) });
    });
  },
};
