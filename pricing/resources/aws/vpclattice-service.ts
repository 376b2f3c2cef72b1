import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, perMillion, scaleRange } from "../../range";

/**
 * `aws_vpclattice_service` (https://aws.amazon.com/vpc/lattice/pricing/):
 * - `Service hours`: 730 hours at the service-hour rate.
 * - `Data processed`: usage `monthlyDataProcessedGb` (requests and responses through the service).
 * - `Requests`: usage `monthlyRequests` ÷ 1,000,000, the requests beyond the first 300,000 of each hour (those are free).
 * Service networks, listeners, target groups and associations have no charge of their own. Without usage the data
 * and request lines show their unit prices and depend on usage.
 */
export const vpclatticeService: Pricer = {
  type: "aws_vpclattice_service",
  provider: "aws",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGb", type: "quantity", unit: "GB", description: "Data of requests and responses through the service per month." },
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Requests per month beyond the first 300,000 of each hour." },
  ],
  price(r, lines) {
    lines.add({ name: "Service hours", unit: "hours", priceId: "aws/vpc-lattice/service-hours", quantity: scaleRange(fixed(1), HOURS_PER_MONTH) });
    lines.add({ name: "Data processed", unit: "GB", priceId: "aws/vpc-lattice/data-processed", usageBased: true, quantity: r.usage.quantity("monthlyDataProcessedGb") });
    lines.add({ name: "Requests", unit: "1M requests", priceId: "aws/vpc-lattice/requests", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyRequests")) });
  },
};
