import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";

/**
 * `aws_flow_log` (VPC, subnet or interface flow logs): AWS bills the log data as vended logs where it is delivered.
 * With `log_destination_type = "cloud-watch-logs"` (the default): `Logs ingested (vended)`, usage `monthlyLogsGb`, at
 * the tiered vended-logs ingestion rate (first 10 TB, next 20 TB, next 20 TB, beyond 50 TB a month); the log group's
 * storage is priced on aws_cloudwatch_log_group. Delivery to S3 or Data Firehose has other rates, not in the price books
 * yet: unpriced with the reason. Without usage the line shows its unit price and depends on usage.
 */
export const flowLog: Pricer = {
  type: "aws_flow_log",
  provider: "aws",
  category: "network",
  usage: [{ name: "monthlyLogsGb", type: "quantity", unit: "GB", description: "Flow log records delivered per month (about 100 bytes per flow record in the default format)." }],
  price(r, lines) {
    const destination = r.attrs.str("log_destination_type") ?? "cloud-watch-logs";
    if (destination !== "cloud-watch-logs") {
      throw new Unpriceable(`flow logs delivered to ${destination} are billed at vended-log delivery rates that are not in the price books; CloudWatch Logs delivery is priced`);
    }
    lines.add({ name: "Logs ingested (vended)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-ingestion", usageBased: true, quantity: r.usage.quantity("monthlyLogsGb") });
  },
};
