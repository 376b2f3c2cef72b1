import { Pricer } from "../../pricer";
import { fixed, perMillion } from "../../range";

/**
 * A Cloud Map DNS namespace creates a Route 53 hosted zone (https://aws.amazon.com/cloud-map/pricing/: DNS queries and
 * hosted zones are billed at Route 53 rates): `Hosted zone`, one zone-month, and `DNS queries (standard)`, usage
 * `monthlyQueries` ÷ 1,000,000. Shared by the public and private namespace pricers.
 */
export function dnsNamespacePricer(type: string): Pricer {
  return {
    type,
    provider: "aws",
    category: "network",
    usage: [{ name: "monthlyQueries", type: "quantity", unit: "queries", description: "DNS queries to the namespace's hosted zone per month." }],
    price(r, lines) {
      lines.add({ name: "Hosted zone", unit: "zone-months", priceId: "aws/route53/hosted-zone", quantity: fixed(1) });
      lines.add({ name: "DNS queries (standard)", unit: "1M queries", priceId: "aws/route53/queries-standard", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyQueries")) });
    },
  };
}

/** `aws_service_discovery_public_dns_namespace`: a public Route 53 hosted zone and its queries. */
export const serviceDiscoveryPublicDnsNamespace = dnsNamespacePricer("aws_service_discovery_public_dns_namespace");
