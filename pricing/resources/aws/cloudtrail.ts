import { Pricer } from "../../pricer";
import { Range, scaleRange } from "../../range";

const per100k = (q: Range | undefined) => (q === undefined ? undefined : scaleRange(q, "0.00001"));

/**
 * `aws_cloudtrail` (a trail; https://aws.amazon.com/cloudtrail/pricing/):
 * - `Management events (additional copy)`: the first copy of management events in each region is free; a second trail
 *   that records them pays per 100,000 events. Usage `monthlyPaidManagementEvents` (leave it unset or 0 for the
 *   account's first trail).
 * - `Data events`: when the trail selects data events (`event_selector` with `data_resource`, or
 *   `advanced_event_selector`), usage `monthlyDataEvents` per 100,000.
 * - `Insights events`: when `insight_selector` is set, usage `monthlyInsightsEvents` per 100,000.
 * The S3 bucket and log group that receive the trail are billed on their own resources. Lines without usage show their
 * unit prices and depend on usage.
 */
export const cloudtrail: Pricer = {
  type: "aws_cloudtrail",
  provider: "aws",
  category: "other",
  usage: [
    { name: "monthlyPaidManagementEvents", type: "quantity", unit: "events", description: "Management events this trail records as an additional copy (0 for the first trail of the account, whose copy is free)." },
    { name: "monthlyDataEvents", type: "quantity", unit: "events", description: "Data events (S3 object, Lambda invoke, DynamoDB item…) the trail records per month." },
    { name: "monthlyInsightsEvents", type: "quantity", unit: "events", description: "Management events analyzed by CloudTrail Insights per month." },
  ],
  price(r, lines) {
    lines.add({ name: "Management events (additional copy)", unit: "100K events", priceId: "aws/cloudtrail/management-events-paid", usageBased: true, quantity: per100k(r.usage.quantity("monthlyPaidManagementEvents")) });
    lines.line("Data events", () => {
      const data = r.attrs.blocks("event_selector").some((s) => s.blocks("data_resource").length > 0) || r.attrs.blocks("advanced_event_selector").length > 0;
      if (data) lines.add({ name: "Data events", unit: "100K events", priceId: "aws/cloudtrail/data-events", usageBased: true, quantity: per100k(r.usage.quantity("monthlyDataEvents")) });
    });
    lines.line("Insights events", () => {
      if (r.attrs.blocks("insight_selector").length > 0) lines.add({ name: "Insights events", unit: "100K events", priceId: "aws/cloudtrail/insights-events", usageBased: true, quantity: per100k(r.usage.quantity("monthlyInsightsEvents")) });
    });
  },
};
