/**
 * Rates the seed states as negotiated, as explicit override books and discounts (never edits of list prices): the
 * reports show them as effective cost next to list cost.
 */
import { PriceBookJson, PriceEntryJson } from "../pricing/price-book";
import { DRIVERS, GEO_LIST } from "./drivers";

const SEED = "Seed (../shared/seed): \"Average Cost: $0.02/GB globally\" (negotiated, blended across CDNs)";

function flatCdnRate(id: string, unit: string, description: string): PriceEntryJson[] {
  return GEO_LIST.map((geo) => ({
    id, region: geo, unit, description: `${description}, negotiated blended rate`,
    price: DRIVERS.negotiatedCdnRatePerGb, source: SEED, effectiveDate: "2024-09-01",
  }));
}

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
      description: "25 % off Compute Engine and GKE compute (vCPU, memory, machine-hours, GPUs)",
      percent: DRIVERS.gcpComputeCommitmentPercent,
      scope: { provider: "google", priceIds: ["google/compute/*", "google/gke/*"] },
      source: "Seed (../shared/seed): \"GCP Commitment: 25% discount on compute\"",
    },
  ],
};
