import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed, Range } from "../../range";
import { defaultRegion } from "../../region";
import { UsageKeyDef } from "../../usage";

/**
 * `google_compute_snapshot`: snapshot storage per GiB-month (`google/compute/snapshot`) where the snapshot is stored.
 *
 * - Location: `storage_locations` (a region, or the multi-region `us`, `eu`, `asia`, each at its own price). Without
 *   it GCP stores the snapshot in the multi-region closest to the source disk; costkit takes `us` for disks in us-* and
 *   northamerica-* regions, `eu` for europe-* and `asia` for asia-* (elsewhere the line is unpriced: set
 *   storage_locations).
 * - Size: usage `storageGib` (GCP bills the compressed data the snapshot holds, usually less than the disk), else the
 *   size of its `source_disk` when that is a google_compute_disk of the configuration (`size`, default 10 GiB): an
 *   upper bound for a first snapshot, and the report shows it. Otherwise the line depends on usage.
 * - `snapshot_type = "ARCHIVE"` is archive snapshot storage (`google/compute/snapshot-archive`), which the books do not
 *   price yet (unpriced with the price id). Retrieval and cross-region network charges are not modelled.
 */
const USAGE: readonly UsageKeyDef[] = [
  { name: "storageGib", type: "quantity", unit: "GiB-months", description: "Average GiB the snapshot stores over the month (compressed, incremental data); the source disk's size when not given." },
];

const DEFAULT_DISK_GIB = 10;
const MULTI_REGIONS = ["us", "eu", "asia"];

/** The multi-region closest to a region, where GCP puts snapshots that name no storage location. */
function nearestMultiRegion(region: string): string | undefined {
  if (region.startsWith("us-") || region.startsWith("northamerica-")) return "us";
  if (region.startsWith("europe-")) return "eu";
  if (region.startsWith("asia-")) return "asia";
  return undefined;
}

function snapshotLocation(r: Omit<ResourceInput, "region" | "usage">): string | undefined {
  const named = r.attrs.list("storage_locations")[0];
  if (named !== undefined) return String(named).toLowerCase();
  const region = defaultRegion("google", r.attrs, r.providerConfig);
  return region === undefined ? undefined : nearestMultiRegion(region) ?? region;
}

/** Size of the source disk, when it is a google_compute_disk of this configuration. */
function sourceDiskGib(r: ResourceInput): Range | undefined {
  const ref = r.attrs.reference("source_disk");
  const disk = ref ? r.document.get(ref.address) : undefined;
  if (!disk || (disk.type !== "google_compute_disk" && disk.type !== "google_compute_region_disk")) return undefined;
  return fixed(disk.attrs.num("size") ?? DEFAULT_DISK_GIB);
}

export const computeSnapshot: Pricer = {
  type: "google_compute_snapshot",
  provider: "google",
  category: "storage",
  usage: USAGE,
  region: snapshotLocation,
  price(r, lines) {
    if (r.attrs.list("storage_locations").length === 0 && r.region !== undefined && !MULTI_REGIONS.includes(r.region)) {
      throw new Unpriceable(`the snapshot names no storage_locations, and costkit does not know which multi-region GCP picks for a disk in ${r.region}; set storage_locations (a region, or us, eu, asia)`);
    }
    const archive = r.attrs.str("snapshot_type")?.toUpperCase() === "ARCHIVE";
    const kind = archive ? "archive" : "standard";
    const usage = r.usage.quantity("storageGib");
    lines.line(`Storage (${kind})`, () => {
      const quantity = usage ?? sourceDiskGib(r);
      lines.add({
        name: `Storage (${kind}${usage === undefined && quantity !== undefined ? ", source disk size" : ""})`, unit: "GiB-months",
        priceId: archive ? "google/compute/snapshot-archive" : "google/compute/snapshot", quantity, usageBased: true,
      });
    });
  },
};
