import { HOURS_PER_MONTH } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * An OpenSearch VPC endpoint (an OpenSearch Service-managed endpoint to a domain, or a data-plane endpoint to
 * OpenSearch Serverless collections) is an interface endpoint powered by AWS PrivateLink (OpenSearch Service developer
 * guide, https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-vpc.html for Serverless),
 * billed at the interface endpoint rates of https://aws.amazon.com/privatelink/pricing/:
 * `Endpoint hours (<n> AZs)`, one endpoint-hour per subnet (Availability Zone) × 730, and `Data processed`, usage
 * `monthlyDataProcessedGb`. Shared by the managed-domain and serverless endpoint pricers.
 */
export function opensearchEndpointPricer(type: string, subnets: (r: ResourceInput) => number): Pricer {
  return {
    type,
    provider: "aws",
    category: "network",
    usage: [{ name: "monthlyDataProcessedGb", type: "quantity", unit: "GB", description: "Data through the endpoint per month." }],
    price(r, lines) {
      lines.line("Endpoint hours", () => {
        const azs = Math.max(1, subnets(r));
        lines.add({ name: `Endpoint hours (${azs} AZ${azs === 1 ? "" : "s"})`, unit: "hours", priceId: "aws/vpc/interface-endpoint-hours", quantity: scaleRange(fixed(azs), HOURS_PER_MONTH) });
      });
      lines.add({ name: "Data processed", unit: "GB", priceId: "aws/vpc/interface-endpoint-data-processed", usageBased: true, quantity: r.usage.quantity("monthlyDataProcessedGb") });
    },
  };
}

/** `aws_opensearch_vpc_endpoint`: an OpenSearch Service-managed endpoint to a domain, in the subnets of `vpc_options`. */
export const opensearchVpcEndpoint = opensearchEndpointPricer("aws_opensearch_vpc_endpoint", (r) => r.attrs.list("vpc_options.subnet_ids").length);
