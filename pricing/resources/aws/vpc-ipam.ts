import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { scaleRange } from "../../range";

/**
 * `aws_vpc_ipam` (https://aws.amazon.com/vpc/pricing/, IP Address Manager): the Free tier costs nothing (no lines:
 * reported as free). The Advanced tier (the provider's default) bills each active IP address it manages by the hour:
 * `Active IP addresses (Advanced tier)`, usage `activeIpAddresses` × 730 hours. Without usage the line shows its unit
 * price and depends on usage.
 */
export const vpcIpam: Pricer = {
  type: "aws_vpc_ipam",
  provider: "aws",
  category: "network",
  usage: [{ name: "activeIpAddresses", type: "quantity", unit: "addresses", description: "IP addresses in use in the IPAM's monitored resources, averaged over the month." }],
  price(r, lines) {
    const tier = (r.attrs.str("tier") ?? "advanced").toLowerCase();
    if (tier === "free") return;
    if (tier !== "advanced") throw new Unpriceable(`unknown tier "${tier}" (free or advanced)`);
    const ips = r.usage.quantity("activeIpAddresses");
    lines.add({ name: "Active IP addresses (Advanced tier)", unit: "hours", priceId: "aws/vpc/ipam-active-ip-hours", usageBased: true, quantity: ips === undefined ? undefined : scaleRange(ips, HOURS_PER_MONTH) });
  },
};
