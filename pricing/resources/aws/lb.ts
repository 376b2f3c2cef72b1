import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { fixed } from "../../range";
import { UsageKeyDef } from "../../usage";
import { addPublicIpv4Line, PUBLIC_IPV4_USAGE } from "../common/public-ipv4";

type LbKind = "application" | "network" | "gateway";

/** Per kind: the hourly and capacity-unit price ids and the capacity unit's name. */
const KINDS: Record<LbKind, { hours: string; units: string; unitName: string; unit: string }> = {
  application: { hours: "aws/elb/application-hours", units: "aws/elb/application-lcu-hours", unitName: "LCU", unit: "LCU-hours" },
  network: { hours: "aws/elb/network-hours", units: "aws/elb/network-lcu-hours", unitName: "NLCU", unit: "NLCU-hours" },
  gateway: { hours: "aws/elb/gateway-hours", units: "aws/elb/gateway-lcu-hours", unitName: "GLCU", unit: "GLCU-hours" },
};

const CAPACITY_USAGE: UsageKeyDef = {
  name: "monthlyCapacityUnitHours",
  type: "quantity",
  unit: "capacity-unit-hours",
  description:
    "Capacity-unit hours per month (LCU for an application, NLCU for a network, GLCU for a gateway load balancer): the average capacity units per hour × 730. " +
    "An LCU is the largest of 25 new connections/s, 3,000 active connections/min, 1 GB/h processed (0.4 GB/h to Lambda targets) and 1,000 rule evaluations/s; " +
    "the load balancer's ConsumedLCUs metric gives it.",
};

/** The public addresses of an internet-facing application or network load balancer: one per subnet (the least AWS
 *  assigns; an application load balancer may scale to more). Subnet mappings with an Elastic IP use that EIP, priced by `aws_eip`. */
function addPublicAddresses(r: ResourceInput, lines: CostLines, kind: LbKind): void {
  if (kind === "gateway") return;
  const declared = r.usage.quantity(PUBLIC_IPV4_USAGE.name);
  lines.line("Public IPv4 addresses", () => {
    if (r.attrs.bool("internal") === true) return;
    if ((r.attrs.str("ip_address_type") ?? "") === "dualstack-without-public-ipv4") return;
    if (declared) {
      addPublicIpv4Line(lines, declared, "from usage", true);
      return;
    }
    const mappings = r.attrs.blocks("subnet_mapping");
    // Counted even when the ids are known only after apply ([aws_subnet.a.id, aws_subnet.b.id]): one subnet per zone.
    const subnets = mappings.length > 0 ? mappings.filter((m) => !m.str("allocation_id")).length : r.attrs.items("subnets").length;
    if (mappings.length === 0 && subnets === 0) {
      throw new Unpriceable("the load balancer's subnets are not set, so its public IPv4 addresses (one per subnet) cannot be counted; give publicIpv4Addresses in the usage");
    }
    if (subnets > 0) addPublicIpv4Line(lines, fixed(subnets), `${subnets} subnet${subnets === 1 ? "" : "s"}`);
  });
}

/**
 * `aws_lb` (and its alias `aws_alb`), by `load_balancer_type` (default application):
 * - `Load balancer (<application|network|gateway>)`: 730 hours.
 * - `Capacity units (<LCU|NLCU|GLCU>)`: capacity-unit hours from the usage `monthlyCapacityUnitHours`; without usage the
 *   line shows its unit price and depends on usage.
 * - Internet-facing application and network load balancers hold a public IPv4 address per subnet:
 *   `Public IPv4 addresses (<n> subnets)`, 730 address-hours each (the usage `publicIpv4Addresses` overrides the count,
 *   e.g. for an application load balancer that has scaled out). Subnet mappings with an `allocation_id` use that Elastic
 *   IP, priced by `aws_eip`; `internal = true` and `ip_address_type = "dualstack-without-public-ipv4"` hold none.
 * Cross-zone data transfer and reserved capacity (minimum_load_balancer_capacity) are not included.
 */
export const lb: Pricer = {
  type: "aws_lb",
  provider: "aws",
  category: "network",
  usage: [CAPACITY_USAGE, PUBLIC_IPV4_USAGE],
  price(r, lines) {
    const kind = (r.attrs.str("load_balancer_type") ?? "application").toLowerCase();
    if (kind !== "application" && kind !== "network" && kind !== "gateway") {
      throw new Unpriceable(`unknown load_balancer_type "${kind}"; load balancers are application, network or gateway`);
    }
    const k = KINDS[kind];
    lines.add({ name: `Load balancer (${kind})`, unit: "hours", priceId: k.hours, quantity: fixed(HOURS_PER_MONTH) });
    lines.add({ name: `Capacity units (${k.unitName})`, unit: k.unit, priceId: k.units, quantity: r.usage.quantity(CAPACITY_USAGE.name), usageBased: true });
    addPublicAddresses(r, lines, kind);
  },
};
