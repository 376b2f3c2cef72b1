import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { fixed } from "../../range";
import { ownValue } from "../../own";

/** Price ids per billed endpoint type. */
const BILLED: Record<string, { label: string; hours: string; data: string }> = {
  Interface: { label: "Interface", hours: "aws/vpc/interface-endpoint-hours", data: "aws/vpc/interface-endpoint-data-processed" },
  GatewayLoadBalancer: { label: "Gateway Load Balancer", hours: "aws/vpc/gateway-load-balancer-endpoint-hours", data: "aws/vpc/gateway-load-balancer-endpoint-data-processed" },
};

/** The Availability Zones the endpoint sits in: its `subnet_ids`, plus `aws_vpc_endpoint_subnet_association`s of the
 *  document that add a subnet to it (one endpoint network interface per subnet, one subnet per zone). */
function subnetCount(r: ResourceInput): number {
  // Counted even when the ids are known only after apply (module.vpc.private_subnets): AWS takes one subnet per zone.
  let count = r.attrs.items("subnet_ids").length;
  const prefix = modulePrefix(r);
  const self = `${r.type}.${r.name}`;
  for (const a of r.document.ofType("aws_vpc_endpoint_subnet_association")) {
    const ref = a.attrs.reference("vpc_endpoint_id");
    if (ref && ref.address === self && modulePrefix(a) === prefix) count += typeof a.multiplicity === "number" ? a.multiplicity : 1;
  }
  return count;
}

/**
 * `aws_vpc_endpoint`, by `vpc_endpoint_type` (default Gateway):
 * - Gateway endpoints (S3, DynamoDB) cost nothing: no cost line, reported as free.
 * - Interface and Gateway Load Balancer endpoints: `Endpoint hours (<type>, <n> AZs)`: one endpoint-hour per
 *   Availability Zone (subnet) × 730, and `Data processed (<type>)`: GB from the usage `monthlyDataProcessedGb`
 *   (interface endpoints tiered at 1 PB and 5 PB); without usage it depends on usage. Subnets come from `subnet_ids`
 *   and the document's `aws_vpc_endpoint_subnet_association`s; unknown subnets make the hours line unpriced.
 * - Resource and service-network endpoints (VPC Lattice) are unpriced with the reason.
 */
export const vpcEndpoint: Pricer = {
  type: "aws_vpc_endpoint",
  provider: "aws",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGb", type: "quantity", unit: "GB", description: "GB processed by the endpoint per month, both directions." },
  ],
  price(r, lines) {
    const type = r.attrs.str("vpc_endpoint_type") ?? "Gateway";
    if (type === "Gateway") return; // S3 and DynamoDB gateway endpoints have no charge
    const billed = ownValue(BILLED, type);
    if (!billed) throw new Unpriceable(`vpc_endpoint_type ${type} is billed through VPC Lattice rates, which costkit's books do not have; Interface, GatewayLoadBalancer and Gateway endpoints are priced`);
    lines.line(`Endpoint hours (${billed.label})`, () => {
      const zones = subnetCount(r);
      if (zones === 0) throw new Unpriceable("the endpoint has no subnet_ids (and no subnet association in this document), so its Availability Zones, each billed by the hour, cannot be counted");
      lines.add({ name: `Endpoint hours (${billed.label}, ${zones} AZ${zones === 1 ? "" : "s"})`, unit: "hours", priceId: billed.hours, quantity: fixed(HOURS_PER_MONTH.times(zones)) });
    });
    lines.add({ name: `Data processed (${billed.label})`, unit: "GB", priceId: billed.data, quantity: r.usage.quantity("monthlyDataProcessedGb"), usageBased: true });
  },
};
