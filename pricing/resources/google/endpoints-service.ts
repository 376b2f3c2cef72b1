import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `google_endpoints_service` (Cloud Endpoints): no charge for the service itself; API calls are billed per million a
 * month (USD 3.00 up to 1 billion, 1.50 beyond; https://cloud.google.com/endpoints/pricing), one rate for every region,
 * from the usage `monthlyCalls` (without it the line depends on usage). The 2 million free calls a month per billing
 * account are not taken off.
 */
export const endpointsService: Pricer = {
  type: "google_endpoints_service",
  provider: "google",
  category: "network",
  usage: [{ name: "monthlyCalls", type: "quantity", unit: "calls", description: "API calls handled by the service per month." }],
  region: () => "global",
  price(r, lines) {
    lines.add({ name: "API calls", unit: "1M calls", priceId: "google/endpoints/calls", quantity: perMillion(r.usage.quantity("monthlyCalls")), usageBased: true });
  },
};
