/**
 * Rates the seed states as negotiated, as explicit override books and discounts (never edits of list prices): the
 * reports show them as effective cost next to list cost.
 */
import { PriceBookJson, PriceEntryJson } from "../pricing/price-book";
import { DRIVERS, GEO_LIST } from "./drivers";

const SEED = "Seed (../shared/seed): \"Average Cost: $0.02/GB globally\" (negotiated, blended across CDNs)";

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
      source: "Seed (../shared/seed): \"GCP Commitment: 25% discount on compute\"",
    },
  ],
};
