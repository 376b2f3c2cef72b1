/**
 * Storage tiers of the seed ("Storage Architecture: $12M/month"), at the capacities it gives (DRIVERS.storage):
 *
 * | seed line                                | modelled as                                                     | seed-line label      |
 * | ---------------------------------------- | --------------------------------------------------------------- | -------------------- |
 * | Hot: SSD arrays 1 PB, $4M                | Persistent Disk SSD (pd-ssd), 64 TiB disks, per serving region  | storage-hot-ssd      |
 * | Hot: NVMe cache 100 TB, $3M              | Local NVMe SSD on cache VMs (n2-standard-8, 24 × 375 GiB each)  | storage-hot-nvme     |
 * | Warm: HDD arrays 50 PB, $3M              | Persistent Disk Standard (pd-standard, HDD), 64 TiB disks       | storage-warm-hdd     |
 * | Warm: object storage "Cloud mix", $1M    | the catalogue of record (lossless masters) in Cloud Storage,    | storage-object       |
 * |                                          | ageing STANDARD → NEARLINE → COLDLINE → ARCHIVE                 |                      |
 * | Cold: AWS Glacier 100 PB, $0.5M          | S3 GLACIER (Flexible Retrieval), us-east-1                      | storage-cold-glacier |
 * | Cold: tape archive 200 PB, $0.5M         | on-prem, not here: stacks of the on-prem helper (costkit_onprem_*) | storage-cold-tape |
 *
 * The seed's arrays are read as cloud block storage: by 2024 its footprint is cloud-first (on-prem only for "critical
 * services" in compute). Hot and warm block storage is spread over the serving regions in proportion to the users each
 * serves (the seed's OTHER geo is served from Europe). Sizes are the seed's capacities, not derived: they are far
 * larger than the catalogue arithmetic (tracks × length × bitrates × (1 − deduplication) ≈ 3.2 PB for every delivery
 * rendition), which the calibration notes discuss. The delivery renditions themselves sit in the CDN origin buckets of
 * stacks/edge.ts. No negotiated book applies (the seed's 25 % GCP commitment is for compute).
 */
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { ComputeInstance } from "@cdktf/provider-google/lib/compute-instance";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Cost, StackCost, TieredStorage } from "../constructs";
import { BITRATES_KBPS, DRIVERS, newTracksPerMonth, reportDrivers, servedUsers, ServingGeo } from "./drivers";

const ZONES: Record<ServingGeo, string> = {
  NA: "us-central1-b", EU: "europe-west1-b", LATAM: "southamerica-east1-b", APAC: "asia-southeast1-b",
};
const SERVING: readonly ServingGeo[] = ["NA", "EU", "LATAM", "APAC"];
const BYTES_PER_TB = 1e12;
const BYTES_PER_GIB = 2 ** 30;
/** The largest Persistent Disk (pd-ssd, pd-standard): 64 TiB. */
const MAX_DISK_GIB = 65_536;
/** Local SSD: 375 GiB a disk; an n2-standard-8 takes up to 24 (N2 with 2–10 vCPUs: 1, 2, 4, 8, 16 or 24). */
const LOCAL_SSD_GIB = 375;
const LOCAL_SSDS_PER_NODE = 24;

/** The catalogue's storage serves music streaming (podcasts are hosted apart; the seed's tiers name tracks). */
const labels = (seedLine: string) => ({ "seed-line": seedLine, team: "storage", feature: "music-streaming" });

/** GiB of a capacity in SI TB that a serving geo holds, in proportion to the users it serves. */
function siteGib(totalTb: number, geo: ServingGeo): number {
  const share = servedUsers(geo) / DRIVERS.monthlyActiveUsers;
  return (totalTb * BYTES_PER_TB * share) / BYTES_PER_GIB;
}

export class StorageStack extends TerraformStack {
  readonly catalogue: TieredStorage;
  readonly glacier: TieredStorage;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GoogleProvider(this, "google", { project: "spotify-reference", region: "us-central1" });
    new AwsProvider(this, "aws", { region: "us-east-1" });
    StackCost.of(this).drivers(reportDrivers());

    for (const geo of SERVING) {
      const zone = ZONES[geo];
      const site = geo.toLowerCase();

      // hot SSD and warm HDD: whole 64 TiB disks, the last ones a little smaller, so that the site's capacity is met
      for (const [kind, type, tb, seedLine] of [
        ["ssd", "pd-ssd", DRIVERS.storage.ssdTb, "storage-hot-ssd"],
        ["hdd", "pd-standard", DRIVERS.storage.hddTb, "storage-warm-hdd"],
      ] as const) {
        const gib = siteGib(tb, geo);
        const disks = Math.ceil(gib / MAX_DISK_GIB);
        const disk = new ComputeDisk(this, `${kind}-${site}`, {
          name: `catalogue-${kind}-${site}`, type, zone, size: Math.ceil(gib / disks), labels: labels(seedLine),
        });
        disk.count = disks;
        Cost.category(disk, "storage");
      }

      // NVMe "now playing" cache: local NVMe SSDs on cache nodes
      const nodes = Math.ceil(siteGib(DRIVERS.storage.nvmeTb, geo) / (LOCAL_SSD_GIB * LOCAL_SSDS_PER_NODE));
      const cache = new ComputeInstance(this, `nvme-cache-${site}`, {
        name: `nvme-cache-${site}`,
        machineType: "n2-standard-8",
        zone,
        bootDisk: { initializeParams: { image: "debian-cloud/debian-12", size: 10 } },
        scratchDisk: Array.from({ length: LOCAL_SSDS_PER_NODE }, () => ({ interface: "NVME" })),
        networkInterface: [{ network: "default" }],
        labels: labels("storage-hot-nvme"),
      });
      cache.count = nodes;
      Cost.category(cache, "storage");
    }

    // object storage: the catalogue of record, one lossless master per track, ageing through the Cloud Storage classes
    this.catalogue = new TieredStorage(this, "catalogue", {
      cloud: "google",
      bucketName: "spotify-catalogue-masters",
      location: "us-central1", // a region: the books price its egress; multi-region egress would be unpriced
      labels: labels("storage-object"),
      usage: {
        catalog: {
          tracks: DRIVERS.catalogTracks,
          averageTrackMinutes: DRIVERS.averageTrackMinutes,
          bitratesKbps: [BITRATES_KBPS.flac],
          deduplicationSavings: DRIVERS.deduplicationSavings,
        },
        newTracksPerMonth: newTracksPerMonth(),
      },
    });

    // AWS Glacier: the seed's rare tracks, loaded once into S3 Glacier Flexible Retrieval
    this.glacier = new TieredStorage(this, "glacier", {
      cloud: "aws",
      bucketName: "spotify-rare-tracks-glacier",
      location: "us-east-1",
      tierAfterDays: { archive: 0 },
      tierClasses: { archive: "GLACIER" },
      labels: labels("storage-cold-glacier"),
      usage: { storedGbByTier: { archive: DRIVERS.storage.glacierTb * 1000 } },
    });

    // Tape archive (seed: 200 PB, $0.5M): on-prem, priced by the on-prem items (costkit_onprem_*), not in this stack.
  }
}
