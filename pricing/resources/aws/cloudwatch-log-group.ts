import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";

/**
 * `aws_cloudwatch_log_group`, all from usage (without usage each line shows its unit price and depends on usage):
 * - `Data ingested (<log class>)`: GB ingested per month (`monthlyIngestedGb`). The Standard class is priced; the
 *   Infrequent Access and Delivery classes have their own rates, which the books do not have yet, so that line is
 *   unpriced with the reason.
 * - `Archived storage (<retention>)`: compressed GB held (`storageGb`); the retention (`retention_in_days`, 0 or unset
 *   = never expire) is named because it bounds how much the group keeps.
 * - `Insights queries data scanned`: GB scanned by Logs Insights queries (`monthlyInsightsScannedGb`).
 * The account-wide free tier (5 GB of data a month) is not deducted. Vended logs (VPC flow logs and the like) have
 * volume tiers that are not modelled.
 */
export const cloudwatchLogGroup: Pricer = {
  type: "aws_cloudwatch_log_group",
  provider: "aws",
  category: "other",
  usage: [
    { name: "monthlyIngestedGb", type: "quantity", unit: "GB", description: "GB of log data ingested into the group per month (uncompressed, as CloudWatch meters it)." },
    { name: "storageGb", type: "quantity", unit: "GB-months", description: "Compressed GB the group holds on average (CloudWatch stores logs compressed, often around 0.15 × the ingested size)." },
    { name: "monthlyInsightsScannedGb", type: "quantity", unit: "GB", description: "GB scanned per month by CloudWatch Logs Insights queries on the group." },
  ],
  price(r, lines) {
    lines.line("Data ingested", () => {
      const cls = (r.attrs.str("log_group_class") ?? "STANDARD").toUpperCase();
      if (cls !== "STANDARD") {
        throw new Unpriceable(`log_group_class ${cls} is billed at its own ingestion rate, which costkit's books do not have yet; only the STANDARD class is priced`);
      }
      lines.add({ name: "Data ingested (STANDARD)", unit: "GB", priceId: "aws/cloudwatch/logs-ingestion", quantity: r.usage.quantity("monthlyIngestedGb"), usageBased: true });
    });
    lines.line("Archived storage", () => {
      const days = r.attrs.num("retention_in_days") ?? 0;
      const retention = days > 0 ? `retained ${days} days` : "never expires";
      lines.add({ name: `Archived storage (${retention})`, unit: "GB-months", priceId: "aws/cloudwatch/logs-storage", quantity: r.usage.quantity("storageGb"), usageBased: true });
    });
    lines.add({ name: "Insights queries data scanned", unit: "GB", priceId: "aws/cloudwatch/logs-insights-scanned", quantity: r.usage.quantity("monthlyInsightsScannedGb"), usageBased: true });
  },
};
