import { Pricer } from "../../pricer";
import { fixed, perMillion } from "../../range";

/**
 * `google_compute_security_policy` (Cloud Armor Standard, pay as you go): USD per policy per month, per rule per month
 * (its `rule` blocks; a policy without any still has Google's default rule, so at least 1), and per million requests
 * evaluated (`monthlyRequests`). Global prices. Cloud Armor Enterprise (subscription) is not modelled.
 */
export const computeSecurityPolicy: Pricer = {
  type: "google_compute_security_policy",
  provider: "google",
  category: "network",
  usage: [{ name: "monthlyRequests", type: "quantity", unit: "requests", description: "Requests evaluated by the policy per month." }],
  region: () => "global",
  price(r, lines) {
    lines.add({ name: "Policy", unit: "policy-months", priceId: "google/cloud-armor/policy", quantity: fixed(1) });
    lines.line("Rules", () => {
      const rules = Math.max(r.attrs.blocks("rule").length, 1);
      lines.add({ name: `Rules (${rules})`, unit: "rule-months", priceId: "google/cloud-armor/rule", quantity: fixed(rules) });
    });
    const requests = r.usage.quantity("monthlyRequests");
    lines.add({ name: "Requests", unit: "1M requests", priceId: "google/cloud-armor/requests", quantity: perMillion(requests), usageBased: true });
  },
};
