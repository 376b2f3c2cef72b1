import { money } from "../../money";
import { Pricer } from "../../pricer";
import { scaleRange } from "../../range";

/**
 * `google_secret_manager_secret`: the secret itself is not billed; its versions are (see
 * google_secret_manager_secret_version). This prices access operations from usage (`monthlyAccessOperations`, USD per
 * 10,000). Global prices; the free allowances per billing account are left out (book notes).
 */
export const secretManagerSecret: Pricer = {
  type: "google_secret_manager_secret",
  provider: "google",
  category: "other",
  usage: [{ name: "monthlyAccessOperations", type: "quantity", unit: "operations", description: "Secret accesses per month (all versions)." }],
  region: () => "global",
  price(r, lines) {
    const ops = r.usage.quantity("monthlyAccessOperations");
    lines.add({ name: "Access operations", unit: "10K operations", priceId: "google/secret-manager/access", quantity: ops && scaleRange(ops, money(1).div(10_000)), usageBased: true });
  },
};
