import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";

/**
 * `aws_flow_log` (VPC, subnet or interface flow logs): AWS bills the log data as vended logs where it is delivered.
 * With `log_destination_type = "cloud-watch-logs"` (the default): `Logs ingested (vended)`, usage `monthlyLogsGb`, at
 * the tiered vended-logs ingestion rate (first 10 TB, next 20 TB, next 20 TB, beyond 50 TB a month); the log group's
 * storage is priced on aws_cloudwatch_log_group. With `s3`: `Logs delivered (vended, S3)` and with
 * `kinesis-data-firehose`: `Logs delivered (vended, Firehose)`, the same usage at the delivery rates of
 * https://aws.amazon.com/cloudwatch/pricing/ (the bucket's storage and the stream's ingestion are billed on their own
 * resources). Without usage the line shows its unit price and depends on usage.
 */
export const flowLog: Pricer = {
  type: "aws_flow_log",
  provider: "aws",
  category: "network",
  usage: [{ name: "monthlyLogsGb", type: "quantity", unit: "GB", description: "Flow log records delivered per month (about 100 bytes per flow record in the default format)." }],
  price(r, lines) {
    const destination = r.attrs.str("log_destination_type") ?? "cloud-watch-logs";
    const gb = r.usage.quantity("monthlyLogsGb");
    if (destination === "cloud-watch-logs") {
      lines.add({ name: "Logs ingested (vended)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-ingestion", usageBased: true, quantity: gb });
    } else if (destination === "s3") {
      lines.add({ name: "Logs delivered (vended, S3)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-s3", usageBased: true, quantity: gb });
    } else if (destination === "kinesis-data-firehose") {
      lines.add({ name: "Logs delivered (vended, Firehose)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-firehose", usageBased: true, quantity: gb });
    } else {
      throw new Unpriceable(`unknown log_destination_type "${destination}" (cloud-watch-logs, s3 or kinesis-data-firehose)`);
    }
  },
};
