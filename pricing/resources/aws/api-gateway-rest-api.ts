import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_api_gateway_rest_api`: `Requests`: `monthlyRequests` ÷ 1,000,000, tiered (first 333 million, next 667 million,
 * next 19 billion, beyond 20 billion a month; AWS counts the tiers over the account's REST APIs in the region, costkit
 * per API). Without usage the line depends on usage. Caching (`aws_api_gateway_stage` cache clusters) and data transfer
 * out are not included; private APIs also pay for their interface VPC endpoint (`aws_vpc_endpoint`).
 */
export const apiGatewayRestApi: Pricer = {
  type: "aws_api_gateway_rest_api",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "API calls received per month." },
  ],
  price(r, lines) {
    const requests = r.usage.quantity("monthlyRequests");
    lines.add({ name: "Requests", unit: "1M requests", priceId: "aws/apigateway/rest-requests", quantity: perMillion(requests), usageBased: true });
  },
};
