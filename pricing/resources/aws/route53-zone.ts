import { GLOBAL_REGION } from "../../geo";
import { Pricer } from "../../pricer";
import { fixed, perMillion } from "../../range";

/**
 * `aws_route53_zone` (public or private; Route 53 is a global service, priced in region `global`):
 * - `Hosted zone`: 1 zone-month at the rate of the account's first 25 zones (later zones cost less; an upper bound).
 * - `Standard queries`: `monthlyStandardQueries` ÷ 1,000,000, tiered at 1 billion a month; without usage the line
 *   depends on usage. Queries of alias records pointing to AWS resources are free and should not be counted;
 *   latency, geo and IP-based routing queries cost more and are not modelled.
 */
export const route53Zone: Pricer = {
  type: "aws_route53_zone",
  provider: "aws",
  category: "network",
  usage: [
    { name: "monthlyStandardQueries", type: "quantity", unit: "queries", description: "Standard DNS queries answered for the zone per month (not counting free alias queries to AWS resources)." },
  ],
  region: () => GLOBAL_REGION,
  price(r, lines) {
    lines.add({ name: "Hosted zone", unit: "zone-months", priceId: "aws/route53/hosted-zone", quantity: fixed(1) });
    const queries = r.usage.quantity("monthlyStandardQueries");
    lines.add({ name: "Standard queries", unit: "1M queries", priceId: "aws/route53/queries-standard", quantity: perMillion(queries), usageBased: true });
  },
};
