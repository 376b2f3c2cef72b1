import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_service_discovery_service` (AWS Cloud Map; https://aws.amazon.com/cloud-map/pricing/):
 * - `Registered instances`: usage `registeredInstances`, instance-months (ECS registers one per task).
 * - `Discovery API calls`: usage `monthlyDiscoveryCalls` ÷ 1,000,000 (DiscoverInstances).
 * DNS queries of a DNS namespace are billed as Route 53 queries; Route 53 health checks (health_check_config) are not
 * included. Without usage the lines show their unit prices and depend on usage.
 */
export const serviceDiscoveryService: Pricer = {
  type: "aws_service_discovery_service",
  provider: "aws",
  category: "network",
  usage: [
    { name: "registeredInstances", type: "quantity", unit: "resource-months", description: "Service instances registered, averaged over the month." },
    { name: "monthlyDiscoveryCalls", type: "quantity", unit: "requests", description: "DiscoverInstances API calls per month." },
  ],
  price(r, lines) {
    lines.add({ name: "Registered instances", unit: "resource-months", priceId: "aws/cloudmap/registered-resource", usageBased: true, quantity: r.usage.quantity("registeredInstances") });
    lines.add({ name: "Discovery API calls", unit: "1M requests", priceId: "aws/cloudmap/discovery-api-calls", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyDiscoveryCalls")) });
  },
};
