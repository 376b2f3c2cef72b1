import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `aws_nat_gateway`:
 * - `NAT gateway (<public|private>)`: 730 gateway-hours. Public and private NAT gateways have the same hourly rate.
 * - `Data processed (<public|private>)`: GB through the gateway in either direction, from the usage
 *   `monthlyDataProcessedGb`; without usage the line shows its unit price and depends on usage.
 * The public address of a public NAT gateway is its Elastic IP (`allocation_id`), priced by `aws_eip`; data transfer out
 * to the internet is billed on top, like any EC2 egress, and is not part of this resource.
 */
export const natGateway: Pricer = {
  type: "aws_nat_gateway",
  provider: "aws",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGb", type: "quantity", unit: "GB", description: "GB processed by the NAT gateway per month, both directions (the NAT gateway's BytesOutToDestination + BytesInFromDestination)." },
  ],
  price(r, lines) {
    const connectivity = (r.attrs.str("connectivity_type") ?? "public").toLowerCase();
    if (connectivity !== "public" && connectivity !== "private") throw new Unpriceable(`unknown connectivity_type "${connectivity}"; NAT gateways are public or private`);
    lines.add({ name: `NAT gateway (${connectivity})`, unit: "hours", priceId: "aws/vpc/nat-gateway-hours", quantity: fixed(HOURS_PER_MONTH) });
    lines.add({ name: `Data processed (${connectivity})`, unit: "GB", priceId: "aws/vpc/nat-gateway-data-processed", quantity: r.usage.quantity("monthlyDataProcessedGb"), usageBased: true });
  },
};
