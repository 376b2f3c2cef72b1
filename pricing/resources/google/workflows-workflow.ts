import { Pricer } from "../../pricer";
import { perThousand } from "../../range";

/**
 * `google_workflows_workflow`: Workflows bills nothing for a deployed workflow, only the steps its executions run
 * (https://cloud.google.com/workflows/pricing), at one rate for every region:
 *
 * - internal steps (calls to Google APIs, Cloud Run and Cloud Functions, assignments, conditions, subworkflows),
 * - external steps (HTTP requests outside Google Cloud, waits for callbacks),
 *
 * each per 1,000 steps, from the usage `monthlyInternalSteps` and `monthlyExternalSteps`; without them the lines
 * depend on usage. The monthly free steps per billing account (5,000 internal, 2,000 external) are not taken off.
 */
export const workflowsWorkflow: Pricer = {
  type: "google_workflows_workflow",
  provider: "google",
  category: "other",
  usage: [
    { name: "monthlyInternalSteps", type: "quantity", unit: "steps", description: "Internal steps executed per month (Google Cloud API calls, assignments, conditions, subworkflow calls), retries included." },
    { name: "monthlyExternalSteps", type: "quantity", unit: "steps", description: "External steps executed per month (HTTP requests outside Google Cloud, callback waits), retries included." },
  ],
  region: () => "global",
  price(r, lines) {
    lines.add({ name: "Internal steps", unit: "1K steps", priceId: "google/workflows/internal-steps", quantity: perThousand(r.usage.quantity("monthlyInternalSteps")), usageBased: true });
    lines.add({ name: "External steps", unit: "1K steps", priceId: "google/workflows/external-steps", quantity: perThousand(r.usage.quantity("monthlyExternalSteps")), usageBased: true });
  },
};
