import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";
import { perMillion, perThousand } from "../../range";

/**
 * `aws_sfn_state_machine` (Step Functions), billed by use only:
 * - `type = "STANDARD"` (the default): `State transitions`, usage `monthlyStateTransitions` ÷ 1,000.
 * - `type = "EXPRESS"`: `Requests` (usage `monthlyRequests` ÷ 1,000,000) and `Duration` (usage `monthlyGbSeconds`,
 *   tiered: first 3.6 million GB-seconds (1,000 GB-hours), next 14.4 million, beyond; AWS counts the tiers over the
 *   account's Express workflows in the region, costkit per state machine).
 * Without usage the lines show their unit prices and depend on usage. The free tier (4,000 Standard transitions a month)
 * is not deducted; the services a workflow calls are billed by their own resources.
 */
export const sfnStateMachine: Pricer = {
  type: "aws_sfn_state_machine",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "monthlyStateTransitions", type: "quantity", unit: "transitions", description: "State transitions of a Standard workflow per month (each step of every execution, retries included)." },
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Executions of an Express workflow started per month." },
    {
      name: "monthlyGbSeconds", type: "quantity", unit: "GB-seconds",
      description: "Express workflow duration × memory per month: executions × billed duration in seconds (rounded up to 100 ms) × memory in GB (rounded up to 64 MB).",
    },
  ],
  price(r, lines) {
    const type = (r.attrs.str("type") ?? "STANDARD").toUpperCase();
    if (type === "STANDARD") {
      const transitions = r.usage.quantity("monthlyStateTransitions");
      lines.add({ name: "State transitions (standard)", unit: "1K state transitions", priceId: "aws/sfn/state-transitions", usageBased: true, quantity: perThousand(transitions) });
      return;
    }
    if (type !== "EXPRESS") throw new Unpriceable(`unknown state machine type "${type}"; Step Functions workflows are STANDARD or EXPRESS`);
    const requests = r.usage.quantity("monthlyRequests");
    lines.add({ name: "Requests (express)", unit: "1M requests", priceId: "aws/sfn/express-requests", usageBased: true, quantity: perMillion(requests) });
    lines.add({ name: "Duration (express)", unit: "GB-seconds", priceId: "aws/sfn/express-duration", usageBased: true, quantity: r.usage.quantity("monthlyGbSeconds") });
  },
};
