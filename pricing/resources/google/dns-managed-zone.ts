import { Pricer } from "../../pricer";
import { fixed, perMillion } from "../../range";

/**
 * `google_dns_managed_zone` (Cloud DNS), public or private: the zone per month at the rate of a billing account's
 * first 25 zones (accounts with more zones pay less for the others), and queries per million (`monthlyQueries`) at the
 * rate of the first billion a month. Record sets (`google_dns_record_set`) are billed through their zone.
 */
export const dnsManagedZone: Pricer = {
  type: "google_dns_managed_zone",
  provider: "google",
  category: "network",
  usage: [{ name: "monthlyQueries", type: "quantity", unit: "queries", description: "DNS queries answered by the zone per month." }],
  region: () => "global",
  price(r, lines) {
    lines.add({ name: `Managed zone (${r.attrs.str("visibility") ?? "public"})`, unit: "zone-months", priceId: "google/dns/managed-zone", quantity: fixed(1) });
    const q = r.usage.quantity("monthlyQueries");
    lines.add({ name: "Queries", unit: "1M queries", priceId: "google/dns/queries", quantity: perMillion(q), usageBased: true });
  },
};
