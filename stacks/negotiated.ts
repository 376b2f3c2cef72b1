/**
 * Rates the seed states as negotiated, as explicit override books and discounts (never edits of list prices): the
 * reports show them as effective cost next to list cost.
 */
import { PriceBookJson, PriceEntryJson } from "../pricing/price-book";
import { DRIVERS, GEO_LIST } from "./drivers";

const SEED = "Seed (Spotify Infrastructure Cost Breakdown, 2024 data): \"Average Cost: $0.02/GB globally\" (negotiated, blended across CDNs)";

/** A flat negotiated rate in every geo (the engine prices a flat override over a tiered list card segment by segment). */
function flatCdnRate(id: string, unit: string, description: string, price: string = DRIVERS.negotiatedCdnRatePerGb): PriceEntryJson[] {
  return GEO_LIST.map((geo) => ({
    id, region: geo, unit, description: `${description}, negotiated blended rate`, price, source: SEED, effectiveDate: "2024-09-01",
  }));
}

const THIRD_PARTY_CDNS = [["fastly", "Fastly"], ["cloudflare", "Cloudflare"], ["akamai", "Akamai"]] as const;

/** The blended $0.02/GB CDN delivery rate, over every CDN's per-GB egress price. */
export const NEGOTIATED_CDN: PriceBookJson = {
  formatVersion: "1",
  id: "negotiated-cdn-2024",
  kind: "override",
  currency: "USD",
  effectiveDate: "2024-09-01",
  description: "Negotiated CDN delivery: one blended rate per GB for every CDN and viewer geo (seed).",
  prices: [
    // Cloud CDN bills per GiB; the seed's $0.02 per GB is applied per GiB here (a 7 % understatement of the seed's rate
    // in bytes, stated rather than hidden).
    ...flatCdnRate("google/cdn/egress", "GiB", "Cloud CDN egress"),
    ...flatCdnRate("aws/cloudfront/data-transfer-out", "GB", "CloudFront data transfer out"),
    // Third-party CDNs (costkit_cdn_contract) bill SI GB. The seed's rate is an average cost per GB, so request fees are
    // taken as included in it (0 per 10K requests). Cloudflare and Akamai publish no list price: for them these entries
    // are the only price, and reports show list = contract.
    ...THIRD_PARTY_CDNS.flatMap(([id, name]) => [
      ...flatCdnRate(`${id}/cdn/egress`, "GB", `${name} CDN egress`),
      ...flatCdnRate(`${id}/cdn/requests`, "10K requests", `${name} requests, included in the per-GB rate`, "0"),
    ]),
  ],
};

/** The seed's 25 % GCP commitment on compute, as a discount on Compute Engine and GKE compute prices. */
export const GCP_COMMITMENT: PriceBookJson = {
  formatVersion: "1",
  id: "gcp-commitment-2024",
  kind: "override",
  currency: "USD",
  effectiveDate: "2024-09-01",
  description: "GCP committed-use agreement (seed: \"GCP Commitment: 25% discount on compute\").",
  prices: [],
  discounts: [
    {
      id: "gcp-compute-commitment-25",
      description: "25 % off Compute Engine compute: vCPU, memory, whole-machine hours, Local SSD and Autopilot Pod resources; not Spot capacity, disks or the GKE cluster fee",
      percent: DRIVERS.gcpComputeCommitmentPercent,
      scope: {
        provider: "google",
        priceIds: ["google/compute/*-core", "google/compute/*-ram", "google/compute/machine-*", "google/compute/local-ssd", "google/gke/autopilot-pod-*"],
        excludePriceIds: ["*-spot"],
      },
      source: "Seed (Spotify Infrastructure Cost Breakdown, 2024 data): \"GCP Commitment: 25% discount on compute\"",
    },
  ],
};

/**
 * Origin fetches by the CDNs (cache misses), at the rate the seed implies: "Cache Hit Rate: 92% (saves $20M/month)"
 * on 1.4 EB a month means the 92 % served from cache would cost $20M more at the origin: $20,000,000 ÷ (0.92 × 1.4e9 GB)
 * = $0.015528 per GB = $0.016673 per GiB. Google bills egress to CDN partners on its CDN Interconnect at reduced
 * rates (cloud.google.com/network-connectivity/docs/cdn-interconnect; Akamai, Fastly and Cloudflare are partners), whose
 * figures our sources do not hold; the seed's implied rate stands in for them as a negotiated override. The list price
 * (Premium Tier internet egress) stays in the reports as the upper bound.
 */
export const ORIGIN_EGRESS_RATE_PER_GIB = "0.016673";

export const NEGOTIATED_ORIGIN_EGRESS: PriceBookJson = {
  formatVersion: "1",
  id: "negotiated-origin-egress-2024",
  kind: "override",
  currency: "USD",
  effectiveDate: "2024-09-01",
  description: "Origin egress to the CDNs over CDN Interconnect, at the rate the seed's cache-savings figure implies.",
  prices: ["us-central1", "europe-west1", "asia-southeast1", "southamerica-east1"].map((region) => ({
    id: "google/network/internet-egress", region, unit: "GiB",
    description: "Origin egress to CDN Interconnect partners (cache fill of Fastly, Cloudflare, Akamai)",
    price: ORIGIN_EGRESS_RATE_PER_GIB,
    source: "Seed (Spotify Infrastructure Cost Breakdown, 2024 data): \"Cache Hit Rate: 92% (saves $20M/month)\" with \"Monthly Transfer: 1.4 Exabytes\": $20,000,000 ÷ (0.92 × 1.4e9 GB) = $0.015528/GB = $0.016673/GiB",
    effectiveDate: "2024-09-01",
  })),
};
