import { Unpriceable } from "../../errors";
import { fixed } from "../../range";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { ownValue } from "../../own";

/**
 * Zonal disk types and their capacity price ids (per GiB-month of provisioned size). Types without a book entry
 * (Hyperdisk Balanced, Throughput and ML are not in the Cloud Billing Catalog extract) are still known: their lines are
 * reported as unpriced with "no price book has …", never as an unknown type.
 */
export const ZONAL_DISK_PRICE: Readonly<Record<string, string>> = {
  "pd-standard": "google/compute/pd-standard",
  "pd-balanced": "google/compute/pd-balanced",
  "pd-ssd": "google/compute/pd-ssd",
  "pd-extreme": "google/compute/pd-extreme",
  "hyperdisk-extreme": "google/compute/hyperdisk-extreme",
  "hyperdisk-balanced": "google/compute/hyperdisk-balanced",
  "hyperdisk-throughput": "google/compute/hyperdisk-throughput",
  "hyperdisk-ml": "google/compute/hyperdisk-ml",
};

/** Regional (synchronously replicated across two zones) disk types and their capacity price ids. */
export const REGIONAL_DISK_PRICE: Readonly<Record<string, string>> = {
  "pd-standard": "google/compute/pd-standard-regional",
  "pd-balanced": "google/compute/pd-balanced-regional",
  "pd-ssd": "google/compute/pd-ssd-regional",
  "hyperdisk-balanced-high-availability": "google/compute/hyperdisk-balanced-high-availability",
};

/** Disk types whose provisioned IOPS (and throughput, for Hyperdisk) are billed on top of capacity. */
const IOPS_PRICE: Readonly<Record<string, string>> = {
  "pd-extreme": "google/compute/pd-extreme-iops",
  "hyperdisk-extreme": "google/compute/hyperdisk-extreme-iops",
  "hyperdisk-balanced": "google/compute/hyperdisk-balanced-iops",
  "hyperdisk-balanced-high-availability": "google/compute/hyperdisk-balanced-high-availability-iops",
};
const THROUGHPUT_PRICE: Readonly<Record<string, string>> = {
  "hyperdisk-balanced": "google/compute/hyperdisk-balanced-throughput",
  "hyperdisk-throughput": "google/compute/hyperdisk-throughput-throughput",
  "hyperdisk-ml": "google/compute/hyperdisk-ml-throughput",
  "hyperdisk-balanced-high-availability": "google/compute/hyperdisk-balanced-high-availability-throughput",
};

/** The capacity price id of a disk type; throws Unpriceable naming the known types. */
export function diskPriceId(type: string, regional = false): string {
  const table = regional ? REGIONAL_DISK_PRICE : ZONAL_DISK_PRICE;
  const id = ownValue(table, type);
  if (!id) throw new Unpriceable(`unknown ${regional ? "regional " : ""}disk type "${type}"; costkit knows ${Object.keys(table).join(", ")}`);
  return id;
}

/** Default size when `size` is not set and no image or snapshot decides it (the provider's default; public images are 10 GiB). */
const DEFAULT_SIZE_GIB = 10;

function priceDisk(r: ResourceInput, lines: CostLines, regional: boolean): void {
  const type = (r.attrs.str("type") ?? "pd-standard").replace(/^.*\//, "");
  const priceId = diskPriceId(type, regional);
  lines.line(`Storage (${type})`, () => {
    const size = r.attrs.num("size") ?? DEFAULT_SIZE_GIB;
    lines.add({ name: `Storage (${type})`, unit: "GiB-months", priceId, quantity: fixed(size) });
  });
  const iopsId = ownValue(IOPS_PRICE, type);
  if (iopsId && r.attrs.has("provisioned_iops")) {
    lines.line(`Provisioned IOPS (${type})`, () => {
      lines.add({ name: `Provisioned IOPS (${type})`, unit: "IOPS-months", priceId: iopsId, quantity: fixed(r.attrs.num("provisioned_iops")!) });
    });
  }
  const throughputId = ownValue(THROUGHPUT_PRICE, type);
  if (throughputId && r.attrs.has("provisioned_throughput")) {
    lines.line(`Provisioned throughput (${type})`, () => {
      lines.add({ name: `Provisioned throughput (${type})`, unit: "MiBps-months", priceId: throughputId, quantity: fixed(r.attrs.num("provisioned_throughput")!) });
    });
  }
}

/**
 * `google_compute_disk`: provisioned capacity, whether or not it is written, plus provisioned IOPS/throughput where the
 * type bills them (those prices are not in the extract, so those lines are reported unpriced with the reason).
 */
export const computeDisk: Pricer = {
  type: "google_compute_disk",
  provider: "google",
  category: "storage",
  usage: [],
  price(r, lines) {
    priceDisk(r, lines, false);
  },
};

/**
 * `google_compute_region_disk`: a disk replicated synchronously across two zones of a region, billed at the regional
 * (replicated) capacity rate, about twice the zonal one.
 */
export const computeRegionDisk: Pricer = {
  type: "google_compute_region_disk",
  provider: "google",
  category: "storage",
  usage: [],
  price(r, lines) {
    priceDisk(r, lines, true);
  },
};
