import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/** Global rules covered by the hourly charge of the first five. */
const INCLUDED_RULES = 5;

/**
 * `google_compute_global_forwarding_rule` (global external Application and proxy Network Load Balancers, Traffic
 * Director). Google bills global forwarding rules per project like regional ones, at global rates: one hourly charge
 * covers the first 5 rules, each further rule has its own hourly rate. costkit counts the global forwarding rules of
 * this configuration (in address order): the first 5 share the charge equally (730 h ÷ their number each), the 6th and
 * later pay the per-rule rate. Rules in other configurations of the project are not seen.
 *
 * Data processed has no global rate: Google charges it in the region where the traffic is processed. The usage
 * `monthlyDataProcessedGib` is priced at the rate of the provider's region (where a configuration's backends usually
 * run); without a provider region that line is unpriced with the reason.
 */
export const computeGlobalForwardingRule: Pricer = {
  type: "google_compute_global_forwarding_rule",
  provider: "google",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGib", type: "quantity", unit: "GiB", description: "Data processed by the load balancer per month (inbound and outbound)." },
  ],
  region: () => "global",
  price(r, lines) {
    const peers = r.document.ofType(r.type);
    const position = peers.findIndex((p) => p.address === r.address);
    const sharing = Math.max(Math.min(peers.length, INCLUDED_RULES), 1);
    if (position < 0 || position < INCLUDED_RULES) {
      lines.add({
        name: `Forwarding rule (share of the ${INCLUDED_RULES}-rule charge, 1 of ${sharing})`, unit: "hours",
        priceId: "google/lb/global-forwarding-rule-minimum", quantity: fixed(HOURS_PER_MONTH.div(money(sharing))),
      });
    } else {
      lines.add({ name: `Forwarding rule (beyond the first ${INCLUDED_RULES})`, unit: "hours", priceId: "google/lb/global-forwarding-rule-additional", quantity: fixed(HOURS_PER_MONTH) });
    }
    const processed = r.usage.quantity("monthlyDataProcessedGib");
    lines.line("Data processed", () => {
      const region = r.providerConfig.str("region");
      if (region === undefined) throw new Unpriceable("data processing is billed in the region that processes the traffic, and the provider sets no region");
      lines.add({ name: `Data processed (${region})`, unit: "GiB", priceId: "google/lb/data-processed", region, quantity: processed, usageBased: true });
    });
  },
};
