import Decimal from "decimal.js";
import { TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { CloudfrontDistribution } from "@cdktf/provider-aws/lib/cloudfront-distribution";
import { ComputeBackendBucket } from "@cdktf/provider-google/lib/compute-backend-bucket";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { Geo, GEOS } from "../pricing/geo";
import { BYTES_PER_GB, BYTES_PER_GIB, money, ONE, ZERO } from "../pricing/money";
import { CDN_CONTRACT_VENDORS, CdnContractVendor } from "../pricing/resources/costkit/cdn-contract";
import { InputError } from "../pricing/errors";
import { Cost, StackCost } from "./cost";
import { literal, NumberRule, PropsCheck, rules } from "./validation";
import { constraintsFromJson } from "../policies/recommend/cdn-constraints";

/** The CDNs a MultiCdn can split traffic across: three third-party contracts and two cloud CDNs. */
export const CDN_NAMES = ["fastly", "cloudflare", "akamai", "cloud-cdn", "cloudfront"] as const;
export type CdnName = (typeof CDN_NAMES)[number];

/**
 * Fastly's pay-as-you-go monthly minimum: "We bill a minimum of $50 per month" (docs.fastly.com, "About the charges on
 * your bill", https://docs.fastly.com/en/guides/about-the-charges-on-your-bill). Cloudflare and Akamai publish none (contract terms).
 */
export const FASTLY_MONTHLY_MINIMUM_USD = 50;

const CLOUDFRONT_PRICE_CLASSES = ["PriceClass_100", "PriceClass_200", "PriceClass_All"];
/** AWS managed cache policy "Managed-CachingOptimized". */
const CACHING_OPTIMIZED_POLICY_ID = "658327ea-f89d-4fab-a63d-7e88639e58f6";

/** An origin bucket and the viewer geos whose cache misses it serves. */
export interface CdnOrigin {
  /**
   * Cloud Storage location of the origin bucket. Prefer a region the price books cover for internet egress
   * (us-central1, europe-west1, asia-southeast1, southamerica-east1); egress from multi-regions is unpriced.
   */
  readonly region: string;
  /** Viewer geos whose cache misses this origin serves; every geo with traffic must be served by exactly one origin. */
  readonly geos: readonly Geo[];
}

/** Traffic of a MultiCdn: what drives its cost. Never rendered into Terraform. */
export interface MultiCdnUsage {
  /** SI GB (10^9 bytes) delivered to viewers a month, by viewer geo (after what the clients' own caches serve). */
  readonly deliveredGbByGeo: Partial<Record<Geo, number>>;
  /** Share of delivered bytes the CDN edges serve from cache, 0 to 1; origin egress (cache fill) = delivered × (1 − it). */
  readonly cacheHitRate: number;
  /**
   * Average bytes per response: requests = delivered bytes / it (and origin reads = requests × (1 − cacheHitRate)).
   * @default - requests are not declared; request lines show their unit price as depending on usage
   */
  readonly averageResponseBytes?: number;
  /** GB (SI) stored in each origin bucket: the renditions the CDNs fetch. @default - origin storage depends on usage */
  readonly originStorageGb?: number;
}

export interface MultiCdnProps {
  /** Prefix of every name (buckets, backend buckets, the distribution, contract items): lowercase letters, digits, hyphens. */
  readonly namePrefix: string;
  /**
   * Share of delivered traffic per CDN, each 0 to 1, summing to 1. CDNs left out (or at 0) get no resource.
   * The seed: `{ fastly: 0.4, cloudflare: 0.3, akamai: 0.3 }`.
   */
  readonly trafficSplit: Partial<Record<CdnName, number>>;
  /** Origin buckets and the geos each serves. @default - one origin in us-central1 serving every geo */
  readonly origins?: readonly CdnOrigin[];
  /**
   * Monthly minimum of each third-party contract, in USD; the contract bills max(usage, minimum).
   * @default - Fastly FASTLY_MONTHLY_MINIMUM_USD (its public pay-as-you-go minimum), Cloudflare and Akamai none
   */
  readonly contractMinimumsUsd?: Partial<Record<CdnContractVendor, number>>;
  /** CloudFront price class (when CloudFront has a share). @default "PriceClass_All" */
  readonly cloudFrontPriceClass?: string;
  /** Labels (GCP) and tags (AWS, items) on every billable resource, e.g. `team`, `feature`. Each resource also gets
   *  `seed-line` (`cdn-fastly`, `cdn-cloud-cdn`, `cdn-origin`…). @default {} */
  readonly labels?: Readonly<Record<string, string>>;
  readonly usage: MultiCdnUsage;
  /**
   * Constraints of the traffic split, as data (the shape of a `--cdn-constraints` file, docs/recommendations.md): share
   * bounds per CDN and geo, committed minimums, contract rates. Recorded in the stack for `costkit recommend`, which
   * then proposes the cheapest split within them; checked at synth. @default - none: no split is recommended
   */
  readonly splitConstraints?: Readonly<Record<string, unknown>>;
}

const problems = {
  splitSum: (sum: Decimal) => `trafficSplit shares sum to ${sum.toFixed()}, not 1; adjust them so that every delivered GB goes to one CDN`,
  noOrigin: (geo: Geo) => `usage.deliveredGbByGeo.${geo} has traffic but no origin serves ${geo}; add it to the geos of one origin`,
  twoOrigins: (geo: Geo, a: string, b: string) => `geo ${geo} is served by two origins (${a} and ${b}); each geo needs exactly one`,
  noOrigins: () => "origins is empty; give at least one origin bucket (e.g. { region: \"us-central1\", geos: [\"NA\"] })",
  duplicateRegion: (region: string) => `origins has region ${region} twice; give each origin its own region`,
};

/** Rounds derived quantities to a millionth of their unit, so that reports stay exact and readable. */
function tidy(d: Decimal): Decimal {
  return d.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

const text = (d: Decimal) => tidy(d).toFixed();
const gib = (gb: Decimal) => gb.times(BYTES_PER_GB).div(BYTES_PER_GIB);

/**
 * Delivery over several CDNs, priced from the traffic: SI GB delivered by viewer geo, split across CDNs by share; each
 * CDN serves its share of every geo; the edges' cache hit rate sets the origin egress (cache fill) = delivered ×
 * (1 − hit rate).
 *
 * Emits, per CDN with a share:
 * - **Fastly, Cloudflare, Akamai**: a cost-only `costkit_cdn_contract` item (`<prefix>-<vendor>`) with egress by geo
 *   (SI GB), requests by geo (when `averageResponseBytes` is given) and the contract's monthly minimum.
 * - **Cloud CDN**: per origin, a `google_compute_backend_bucket` with `enable_cdn` on the origin bucket, with egress by
 *   geo in GiB (Google bills GiB), the cache hit ratio and cache lookups. Its cache fill is priced by Cloud CDN's own
 *   `Cache fill` lines. Attach it to a URL map / load balancer of your own (those are free or priced elsewhere).
 * - **CloudFront**: one `aws_cloudfront_distribution` (`PriceClass_All` by default) with the first origin bucket as its
 *   custom origin (storage.googleapis.com), egress by geo in GB and HTTPS requests. Needs an AWS provider in the stack.
 *
 * Origins: one `google_storage_bucket` per origin region (`<prefix>-origin-<region>`), category `cdn`. Origin egress of
 * the third-party CDNs and CloudFront is priced as the bucket's internet egress (`monthlyEgressGib`, Premium Tier rates:
 * an upper bound, CDN Interconnect rates are lower and not in the books); cache misses read the bucket (Class B
 * operations) when requests are known. Cloud CDN's fill is not added to the bucket's egress (Google bills it as fill).
 */
export class MultiCdn extends Construct {
  /** The origin buckets, in the order of `origins`. */
  readonly originBuckets: StorageBucket[] = [];
  /** Cloud CDN backends (one per origin) when Cloud CDN has a share. */
  readonly backendBuckets: ComputeBackendBucket[] = [];
  /** The CloudFront distribution when CloudFront has a share. */
  readonly distribution?: CloudfrontDistribution;
  /** SI GB each CDN delivers a month, by viewer geo (the split applied to the delivered traffic). */
  readonly deliveredGbByCdn: Readonly<Partial<Record<CdnName, Partial<Record<Geo, Decimal>>>>>;
  /** SI GB of origin egress (cache fill) a month, by viewer geo, all CDNs together. */
  readonly originEgressGbByGeo: Readonly<Partial<Record<Geo, Decimal>>>;

  constructor(scope: Construct, id: string, props: MultiCdnProps) {
    super(scope, id);
    const origins = props.origins ?? [{ region: "us-central1", geos: GEOS }];
    validate(this, props, origins);

    if (props.splitConstraints !== undefined) {
      TerraformStack.of(this).addOverride(`//.cost.cdnConstraints.${props.namePrefix}`, props.splitConstraints);
    }

    const labels = props.labels ?? {};
    const hit = money(props.usage.cacheHitRate);
    const miss = ONE.minus(hit);
    const delivered = new Map<Geo, Decimal>();
    for (const g of GEOS) {
      const v = props.usage.deliveredGbByGeo[g];
      if (v !== undefined) delivered.set(g, money(v));
    }
    const shares = CDN_NAMES.map((c) => [c, money(props.trafficSplit[c] ?? 0)] as const).filter(([, s]) => s.gt(ZERO));
    const perResponse = props.usage.averageResponseBytes === undefined ? undefined : money(props.usage.averageResponseBytes);
    const requestsOf = (gb: Decimal) => (perResponse === undefined ? undefined : gb.times(BYTES_PER_GB).div(perResponse));

    const byCdn: Partial<Record<CdnName, Partial<Record<Geo, Decimal>>>> = {};
    for (const [cdn, share] of shares) byCdn[cdn] = Object.fromEntries([...delivered].map(([g, gb]) => [g, gb.times(share)]));
    this.deliveredGbByCdn = byCdn;
    this.originEgressGbByGeo = Object.fromEntries([...delivered].map(([g, gb]) => [g, gb.times(miss)]));

    // origin buckets: egress of every CDN but Cloud CDN (whose fill Google bills as cache fill); reads of every miss
    const originOf = (g: Geo) => origins.findIndex((o) => o.geos.includes(g));
    const egressGb = origins.map(() => ZERO);
    const missRequests = origins.map(() => ZERO);
    for (const [cdn] of shares) {
      for (const [g, gb] of Object.entries(byCdn[cdn]!) as [Geo, Decimal][]) {
        const o = cdn === "cloudfront" ? 0 : originOf(g);
        if (cdn !== "cloud-cdn") egressGb[o] = egressGb[o].plus(gb.times(miss));
        const req = requestsOf(gb);
        if (req) missRequests[o] = missRequests[o].plus(req.times(miss));
      }
    }
    origins.forEach((o, i) => {
      const bucket = new StorageBucket(this, `origin-${o.region}`, {
        name: `${props.namePrefix}-origin-${o.region}`,
        location: o.region.toUpperCase(),
        storageClass: "STANDARD",
        uniformBucketLevelAccess: true,
        labels: { ...labels, "seed-line": "cdn-origin" },
      });
      Cost.category(bucket, "cdn");
      Cost.usage(bucket, {
        monthlyEgressGib: text(gib(egressGb[i])),
        ...(props.usage.originStorageGb !== undefined ? { storageGib: text(gib(money(props.usage.originStorageGb))) } : {}),
        ...(perResponse !== undefined ? { monthlyClassBOperations: text(missRequests[i]) } : {}),
      });
      this.originBuckets.push(bucket);
    });

    const minimums = props.contractMinimumsUsd ?? {};
    for (const [cdn] of shares) {
      const geoGb = byCdn[cdn]!;
      if ((CDN_CONTRACT_VENDORS as readonly string[]).includes(cdn)) {
        const vendor = cdn as CdnContractVendor;
        const minimum = minimums[vendor] ?? (vendor === "fastly" ? FASTLY_MONTHLY_MINIMUM_USD : 0);
        StackCost.of(this).addItem({
          type: "costkit_cdn_contract",
          name: `${props.namePrefix}-${vendor}`,
          provider: vendor,
          category: "cdn",
          attributes: { vendor, monthlyMinimumUsd: minimum, labels: { ...labels, "seed-line": `cdn-${vendor}` } },
          usage: {
            monthlyEgressGbByGeo: mapGeo(geoGb, (gb) => text(gb)),
            ...(perResponse !== undefined ? { monthlyRequestsByGeo: mapGeo(geoGb, (gb) => text(requestsOf(gb)!)) } : {}),
          },
        });
      } else if (cdn === "cloud-cdn") {
        origins.forEach((o, i) => {
          const served = Object.fromEntries(Object.entries(geoGb).filter(([g]) => o.geos.includes(g as Geo))) as Partial<Record<Geo, Decimal>>;
          if (Object.keys(served).length === 0) return;
          const backend = new ComputeBackendBucket(this, `cloud-cdn-${o.region}`, {
            name: `${props.namePrefix}-cdn-${o.region}`,
            bucketName: this.originBuckets[i].name,
            enableCdn: true,
            cdnPolicy: { cacheMode: "CACHE_ALL_STATIC" },
          });
          const requests = Object.values(served).reduce((a: Decimal, gb) => a.plus(requestsOf(gb!) ?? ZERO), ZERO);
          Cost.usage(backend, {
            monthlyEgressGibByGeo: mapGeo(served, (gb) => text(gib(gb))),
            cacheHitRatio: hit.toFixed(),
            ...(perResponse !== undefined ? { monthlyRequests: text(requests) } : {}),
          });
          this.backendBuckets.push(backend);
        });
      } else {
        const first = origins[0];
        this.distribution = new CloudfrontDistribution(this, "cloudfront", {
          enabled: true,
          comment: `${props.namePrefix}: audio delivery`,
          priceClass: props.cloudFrontPriceClass ?? "PriceClass_All",
          origin: [{
            originId: `gcs-${first.region}`,
            domainName: "storage.googleapis.com",
            originPath: `/${props.namePrefix}-origin-${first.region}`,
            customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] },
          }],
          defaultCacheBehavior: {
            targetOriginId: `gcs-${first.region}`,
            viewerProtocolPolicy: "redirect-to-https",
            allowedMethods: ["GET", "HEAD"],
            cachedMethods: ["GET", "HEAD"],
            cachePolicyId: CACHING_OPTIMIZED_POLICY_ID,
          },
          restrictions: { geoRestriction: { restrictionType: "none" } },
          viewerCertificate: { cloudfrontDefaultCertificate: true },
          tags: { ...labels, "seed-line": "cdn-cloudfront" },
        });
        Cost.usage(this.distribution, {
          monthlyDataTransferGbByGeo: mapGeo(geoGb, (gb) => text(gb)),
          ...(perResponse !== undefined ? { monthlyHttpsRequestsByGeo: mapGeo(geoGb, (gb) => text(requestsOf(gb)!)) } : {}),
        });
      }
    }
  }
}

function mapGeo(m: Partial<Record<Geo, Decimal>>, fn: (d: Decimal) => string): Record<string, string> {
  return Object.fromEntries(GEOS.filter((g) => m[g] !== undefined).map((g) => [g, fn(m[g]!)]));
}

function validate(scope: IConstruct, props: MultiCdnProps, origins: readonly CdnOrigin[]): void {
  const check = new PropsCheck(scope);
  const num = (prop: string, v: unknown, rule: NumberRule) => check.number(prop, v, rule, "usage");
  check.pattern("namePrefix", props.namePrefix, /^[a-z][a-z0-9-]{0,39}$/, "1–40 characters of lowercase letters, digits and hyphens, starting with a letter (it prefixes bucket names)");

  let sum = ZERO;
  check.keys("trafficSplit", props.trafficSplit, "CDN", CDN_NAMES);
  for (const [cdn, share] of Object.entries(props.trafficSplit)) {
    if (!(CDN_NAMES as readonly string[]).includes(cdn)) continue;
    if (num(`trafficSplit.${cdn}`, share, { ...rules.fraction(), allowed: "a number from 0 to 1; give the share of delivered traffic, e.g. 0.4 for 40 %" })) sum = sum.plus(money(share!));
  }
  if (check.count === 0 && !sum.minus(ONE).abs().lte("1e-9")) check.add("trafficSplit", problems.splitSum(sum));

  num("usage.cacheHitRate", props.usage.cacheHitRate, rules.fraction("0.92 for 92 %"));
  check.keys("usage.deliveredGbByGeo", props.usage.deliveredGbByGeo, "geo", GEOS);
  for (const [geo, v] of Object.entries(props.usage.deliveredGbByGeo)) {
    if ((GEOS as readonly string[]).includes(geo)) num(`usage.deliveredGbByGeo.${geo}`, v, rules.atLeast(0, "(SI GB a month)"));
  }
  num("usage.averageResponseBytes", props.usage.averageResponseBytes, rules.above(0));
  num("usage.originStorageGb", props.usage.originStorageGb, rules.atLeast(0));
  check.keys("contractMinimumsUsd", props.contractMinimumsUsd, "vendor", CDN_CONTRACT_VENDORS);
  for (const [vendor, v] of Object.entries(props.contractMinimumsUsd ?? {})) {
    if ((CDN_CONTRACT_VENDORS as readonly string[]).includes(vendor)) num(`contractMinimumsUsd.${vendor}`, v, rules.atLeast(0));
  }
  check.oneOf("cloudFrontPriceClass", props.cloudFrontPriceClass, CLOUDFRONT_PRICE_CLASSES);

  if (origins.length === 0) check.add("origins", problems.noOrigins());
  const regions = new Set<string>();
  const servedBy = new Map<Geo, string>();
  for (const o of origins) {
    if (!literal(o.region)) continue;
    if (regions.has(o.region)) check.add("origins", problems.duplicateRegion(o.region));
    regions.add(o.region);
    for (const g of o.geos) {
      const other = servedBy.get(g);
      if (other !== undefined) check.add("origins", problems.twoOrigins(g, other, o.region));
      else servedBy.set(g, o.region);
    }
  }
  if (origins.length > 0 && origins.every((o) => literal(o.region))) {
    for (const g of GEOS) {
      const v = props.usage.deliveredGbByGeo[g];
      if (typeof v === "number" && v > 0 && !servedBy.has(g)) check.add(`usage.deliveredGbByGeo.${g}`, problems.noOrigin(g));
    }
  }
  if (props.splitConstraints !== undefined) {
    try {
      constraintsFromJson(props.splitConstraints, `MultiCdn ${scope.node.path} splitConstraints`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      check.add("splitConstraints", e.message);
    }
  }
  check.throwIfAny();
}
