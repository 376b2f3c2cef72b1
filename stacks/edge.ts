/**
 * Edge delivery of the seed's "CDN/Streaming $28M": the edge network ("Edge Network $18M": Fastly $8M 40 % of traffic,
 * Cloudflare $5M 30 %, Akamai $5M 30 %) and the origin side that belongs to delivery, the cache fill: "Cache Hit Rate:
 * 92%", so 8 % of what the edges deliver is fetched from the origin buckets and billed as their internet egress. The
 * seed's "Average Cost: $0.02/GB globally" is the negotiated rate (stacks/negotiated.ts, NEGOTIATED_CDN), so the
 * reports show effective (contract) against list cost: Fastly's public rate card; Cloudflare and Akamai have no public
 * per-GB price, so for them list = contract.
 *
 * Traffic: DRIVERS' delivered GB by viewer geo (listening hours × bitrate mix, less the clients' own caches).
 * Origins: one Cloud Storage bucket per serving region, holding every delivery rendition of the catalogue (the seed's
 * bitrates, less deduplication); viewers of the seed's OTHER geo are served from Europe. The origin servers in front of
 * the buckets (NGINX, encoding, cache layer) are in stacks/gcp-compute.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { TerraformStack } from "cdktf";
import { parse as parseYaml } from "yaml";
import { Construct } from "constructs";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { catalogGb, MultiCdn, StackCost } from "../constructs";
import { deliveredGb, DRIVERS, GEO_LIST, reportDrivers, SERVED_GEOS, ServingGeo, storedBitratesKbps } from "./drivers";
import { NEGOTIATED_CDN, NEGOTIATED_ORIGIN_EGRESS } from "./negotiated";

const ORIGIN_REGIONS: Record<ServingGeo, string> = {
  NA: "us-central1", EU: "europe-west1", LATAM: "southamerica-east1", APAC: "asia-southeast1",
};

export class EdgeStack extends TerraformStack {
  /** The delivery, for tests and the calibration notes. */
  readonly cdn: MultiCdn;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GoogleProvider(this, "google", { project: "spotify-reference", region: "us-central1" });
    StackCost.of(this).drivers(reportDrivers()).addPriceBook(NEGOTIATED_CDN).addPriceBook(NEGOTIATED_ORIGIN_EGRESS);

    this.cdn = new MultiCdn(this, "audio", {
      namePrefix: "spotify-audio",
      trafficSplit: DRIVERS.cdnTrafficSplit,
      origins: (Object.keys(ORIGIN_REGIONS) as ServingGeo[]).map((g) => ({ region: ORIGIN_REGIONS[g], geos: SERVED_GEOS[g] })),
      labels: { team: "delivery", feature: "shared" }, // split by listening hours (policies/allocation.yaml)
      usage: {
        // whole GB: the drivers' arithmetic carries float noise below a byte
        deliveredGbByGeo: Object.fromEntries(GEO_LIST.map((g) => [g, Math.round(deliveredGb(g))])),
        cacheHitRate: DRIVERS.cdnCacheHitRate,
        originStorageGb: catalogGb({
          tracks: DRIVERS.catalogTracks,
          averageTrackMinutes: DRIVERS.averageTrackMinutes,
          bitratesKbps: storedBitratesKbps(),
          deduplicationSavings: DRIVERS.deduplicationSavings,
        }).toNumber(),
      },
      // The split's constraints and the seed's per-geo rates, kept as data: `costkit recommend` proposes the cheapest split.
      splitConstraints: parseYaml(fs.readFileSync(path.join(__dirname, "cdn-constraints.yaml"), "utf8")) as Record<string, unknown>,
    });
  }
}
