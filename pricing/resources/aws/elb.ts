import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { addPublicIpv4Line, PUBLIC_IPV4_USAGE } from "../common/public-ipv4";

/**
 * `aws_elb` (Classic Load Balancer):
 * - `Load balancer (classic)`: 730 hours.
 * - `Data processed`: GB through the load balancer from the usage `monthlyDataProcessedGb`; without usage the line
 *   shows its unit price and depends on usage.
 * - An internet-facing Classic Load Balancer (`internal` not true) holds at least one public IPv4 address per subnet
 *   or Availability Zone: `Public IPv4 addresses (<n> zones)`, 730 address-hours each; the usage `publicIpv4Addresses`
 *   overrides the count (AWS adds nodes as traffic grows). With neither subnets nor zones known, that line is unpriced.
 */
export const elb: Pricer = {
  type: "aws_elb",
  provider: "aws",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGb", type: "quantity", unit: "GB", description: "GB processed by the load balancer per month, both directions." },
    PUBLIC_IPV4_USAGE,
  ],
  price(r, lines) {
    lines.add({ name: "Load balancer (classic)", unit: "hours", priceId: "aws/elb/classic-hours", quantity: fixed(HOURS_PER_MONTH) });
    lines.add({ name: "Data processed", unit: "GB", priceId: "aws/elb/classic-data-processed", quantity: r.usage.quantity("monthlyDataProcessedGb"), usageBased: true });
    lines.line("Public IPv4 addresses", () => {
      if (r.attrs.bool("internal") === true) return;
      const declared = r.usage.quantity(PUBLIC_IPV4_USAGE.name);
      if (declared) {
        addPublicIpv4Line(lines, declared, "from usage", true);
        return;
      }
      const zones = Math.max(r.attrs.list("subnets").length, r.attrs.list("availability_zones").length);
      if (zones === 0) {
        lines.unpriceable("neither subnets nor availability_zones are set, so the public IPv4 addresses (at least one per zone) cannot be counted; give publicIpv4Addresses in the usage", "Public IPv4 addresses");
        return;
      }
      addPublicIpv4Line(lines, fixed(zones), `${zones} zone${zones === 1 ? "" : "s"}`);
    });
  },
};
