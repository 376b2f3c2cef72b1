import { Unpriceable } from "../../errors";
import { googleRegionOfLocation } from "../../geo";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { ownValue } from "../../own";

/** Terraform tier → price-book tier. STANDARD and PREMIUM are the former names of BASIC_HDD and BASIC_SSD. */
const TIERS: Record<string, string> = {
  STANDARD: "basic-hdd", BASIC_HDD: "basic-hdd",
  PREMIUM: "basic-ssd", BASIC_SSD: "basic-ssd",
  HIGH_SCALE_SSD: "high-scale-ssd",
  ENTERPRISE: "enterprise",
};

/** Tiers Google sells whose rates the books do not have. */
const UNPRICED_TIERS = new Set(["ZONAL", "REGIONAL"]);

/**
 * `google_filestore_instance`: provisioned capacity (`file_shares.capacity_gb`, GiB, billed whether used or not) × the
 * per-GiB-month rate of the tier in the instance's region (`location`, a zone or a region). Tiers: BASIC_HDD (formerly
 * STANDARD), BASIC_SSD (formerly PREMIUM), and the former HIGH_SCALE_SSD and ENTERPRISE tiers. The current ZONAL and
 * REGIONAL tiers (which replaced High Scale SSD and Enterprise) are unpriced with the reason: the books have no
 * sourced rate for them. Custom performance (IOPS), backups, snapshots and egress out of the zone are not modelled.
 */
export const filestoreInstance: Pricer = {
  type: "google_filestore_instance",
  provider: "google",
  category: "storage",
  usage: [],
  region(r) {
    const location = r.attrs.str("location") ?? r.attrs.str("zone");
    if (location !== undefined) return googleRegionOfLocation(location.toLowerCase());
    return r.providerConfig.str("region") ?? undefined;
  },
  price(r, lines) {
    const tierValue = r.attrs.str("tier");
    if (tierValue === undefined) throw new Unpriceable("tier is not set");
    const tier = ownValue(TIERS, tierValue);
    lines.line("Capacity", () => {
      if (!tier) {
        if (UNPRICED_TIERS.has(tierValue)) throw new Unpriceable(`Filestore tier ${tierValue} is not priced: the price books have BASIC_HDD, BASIC_SSD, HIGH_SCALE_SSD and ENTERPRISE rates only`);
        throw new Unpriceable(`unknown Filestore tier "${tierValue}"; Google's tiers are BASIC_HDD, BASIC_SSD, ZONAL, REGIONAL, HIGH_SCALE_SSD, ENTERPRISE (STANDARD and PREMIUM are the old names of BASIC_HDD and BASIC_SSD)`);
      }
      const shares = r.attrs.blocks("file_shares");
      if (shares.length === 0) throw new Unpriceable("the instance has no file_shares block");
      let gib = 0;
      for (const share of shares) {
        const c = share.num("capacity_gb");
        if (c === undefined) throw new Unpriceable("file_shares.capacity_gb is not set");
        gib += c;
      }
      lines.add({ name: `Capacity (${tier}, ${gib} GiB)`, unit: "GiB-months", priceId: `google/filestore/${tier}`, quantity: fixed(gib) });
    });
  },
};
