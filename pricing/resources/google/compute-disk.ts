import { Unpriceable } from "../../errors";
import { fixed } from "../../range";
import { Pricer } from "../../pricer";

/** Disk types and their price ids (Compute Engine persistent disk, per GiB-month of provisioned size). */
const DISK_PRICE: Record<string, string> = {
  "pd-standard": "google/compute/pd-standard",
  "pd-balanced": "google/compute/pd-balanced",
  "pd-ssd": "google/compute/pd-ssd",
  "pd-extreme": "google/compute/pd-extreme",
};

/** Default size when `size` is not set and no image or snapshot decides it (the provider's default). */
const DEFAULT_SIZE_GIB = 10;

/** `google_compute_disk`: provisioned capacity, whether or not it is written. */
export const computeDisk: Pricer = {
  type: "google_compute_disk",
  provider: "google",
  category: "storage",
  usage: [],
  price(r, lines) {
    const type = r.attrs.str("type") ?? "pd-standard";
    const priceId = DISK_PRICE[type];
    if (!priceId) throw new Unpriceable(`unknown disk type "${type}"; costkit prices ${Object.keys(DISK_PRICE).join(", ")}`);
    lines.line(`Storage (${type})`, () => {
      const size = r.attrs.num("size") ?? DEFAULT_SIZE_GIB;
      lines.add({ name: `Storage (${type})`, unit: "GiB-months", priceId, quantity: fixed(size) });
    });
  },
};
