import { known } from "../../attributes";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { defaultRegion } from "../../region";
import { fixed } from "../../range";

/** Rules covered by the per-region minimum service charge. */
const INCLUDED_RULES = 5;

/** The billing region of another forwarding rule of the document, or undefined when it is not known. */
function regionOfRule(attrs: ResourceInput["attrs"], providerConfig: ResourceInput["attrs"]): string | undefined {
  return known(() => defaultRegion("google", attrs, providerConfig));
}

/**
 * `google_compute_forwarding_rule` (regional load balancers and protocol forwarding). Google bills forwarding rules per
 * project and region: a minimum service charge per hour covers the first 5 rules, each further rule has its own hourly
 * rate. costkit counts the forwarding rules of this configuration in the same region (in address order): the first 5
 * share the minimum charge equally (730 h ÷ their number each, so their sum is the charge once), the 6th and later pay
 * the per-rule rate. Rules in other configurations of the same project are not seen. Inbound data processed by the load
 * balancer from `monthlyDataProcessedGib`.
 */
export const computeForwardingRule: Pricer = {
  type: "google_compute_forwarding_rule",
  provider: "google",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGib", type: "quantity", unit: "GiB", description: "Inbound data processed by the load balancer per month." },
  ],
  price(r, lines) {
    const peers = r.document.ofType(r.type).filter((p) => p.address === r.address || regionOfRule(p.attrs, p.providerConfig) === r.region);
    const position = peers.findIndex((p) => p.address === r.address);
    const sharing = Math.min(peers.length, INCLUDED_RULES);
    if (position < 0 || position < INCLUDED_RULES) {
      lines.add({
        name: `Forwarding rule (share of the ${INCLUDED_RULES}-rule minimum, 1 of ${Math.max(sharing, 1)})`, unit: "hours",
        priceId: "google/lb/forwarding-rule-minimum", quantity: fixed(HOURS_PER_MONTH.div(money(Math.max(sharing, 1)))),
      });
    } else {
      lines.add({ name: `Forwarding rule (beyond the first ${INCLUDED_RULES})`, unit: "hours", priceId: "google/lb/forwarding-rule-additional", quantity: fixed(HOURS_PER_MONTH) });
    }
    lines.add({ name: "Data processed", unit: "GiB", priceId: "google/lb/data-processed", quantity: r.usage.quantity("monthlyDataProcessedGib"), usageBased: true });
  },
};
