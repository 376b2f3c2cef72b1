import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_msk_vpc_connection` (MSK multi-VPC private connectivity; https://aws.amazon.com/msk/pricing/): `Connection
 * hours (<authentication>)`, 730 hours for the connection's one authentication scheme, and `Data processed`, usage
 * `monthlyDataProcessedGb`. Without usage the data line depends on usage.
 */
export const mskVpcConnection: Pricer = {
  type: "aws_msk_vpc_connection",
  provider: "aws",
  category: "network",
  usage: [{ name: "monthlyDataProcessedGb", type: "quantity", unit: "GB", description: "Data through the connection per month." }],
  price(r, lines) {
    lines.line("Connection hours", () => {
      const auth = r.attrs.str("authentication") ?? "iam";
      lines.add({ name: `Connection hours (${auth})`, unit: "hours", priceId: "aws/msk/vpc-connection-hours", quantity: scaleRange(fixed(1), HOURS_PER_MONTH) });
    });
    lines.add({ name: "Data processed", unit: "GB", priceId: "aws/msk/vpc-connection-data", usageBased: true, quantity: r.usage.quantity("monthlyDataProcessedGb") });
  },
};
