import { Unpriceable } from "../../errors";
import { modulePrefix, Pricer, ResourceInput } from "../../pricer";

/** Where a delivery destination sends logs, from its destination ARN (`arn:aws:s3:::bucket`, `arn:aws:firehose:…`, `arn:aws:logs:…`). */
function destinationKind(r: ResourceInput): "s3" | "firehose" | "logs" {
  const ref = r.attrs.reference("delivery_destination_arn");
  const destination = ref ? r.document.get(modulePrefix(r) + ref.address) : undefined;
  if (!destination) throw new Unpriceable("the delivery destination (delivery_destination_arn) is not in this configuration; its kind (S3, Firehose or CloudWatch Logs) decides the rate");
  const type = destination.attrs.str("delivery_destination_type")?.toUpperCase();
  if (type === "S3") return "s3";
  if (type === "FH") return "firehose";
  if (type === "CWL") return "logs";
  const target = destination.attrs.reference("delivery_destination_configuration.destination_resource_arn");
  const targetType = target?.address.split(".")[0];
  if (targetType === "aws_s3_bucket") return "s3";
  if (targetType === "aws_kinesis_firehose_delivery_stream") return "firehose";
  if (targetType === "aws_cloudwatch_log_group") return "logs";
  const arn = destination.attrs.str("delivery_destination_configuration.destination_resource_arn") ?? "";
  if (arn.startsWith("arn:aws:s3:")) return "s3";
  if (arn.startsWith("arn:aws:firehose:")) return "firehose";
  if (arn.startsWith("arn:aws:logs:")) return "logs";
  throw new Unpriceable(`the kind of delivery destination ${destination.address} is not known (S3, Firehose or CloudWatch Logs decide the rate)`);
}

/**
 * `aws_cloudwatch_log_delivery` (vended logs that an AWS service sends, through a delivery source, to a delivery
 * destination): `Logs delivered (vended, <S3|Firehose|CloudWatch Logs>)`, usage `monthlyLogsGb`, at the tiered rate of
 * the destination's kind (https://aws.amazon.com/cloudwatch/pricing/, vended logs: first 10 TB, next 20 TB, next 20 TB,
 * over 50 TB a month). The kind comes from the delivery destination this delivery names. Storage where the logs land is
 * billed on the bucket, stream or log group. Without usage the line shows its unit price and depends on usage.
 */
export const cloudwatchLogDelivery: Pricer = {
  type: "aws_cloudwatch_log_delivery",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyLogsGb", type: "quantity", unit: "GB", description: "Log data the source delivers per month." }],
  price(r, lines) {
    const kind = destinationKind(r);
    const gb = r.usage.quantity("monthlyLogsGb");
    if (kind === "s3") lines.add({ name: "Logs delivered (vended, S3)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-s3", usageBased: true, quantity: gb });
    else if (kind === "firehose") lines.add({ name: "Logs delivered (vended, Firehose)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-firehose", usageBased: true, quantity: gb });
    else lines.add({ name: "Logs delivered (vended, CloudWatch Logs)", unit: "GB", priceId: "aws/cloudwatch/vended-logs-ingestion", usageBased: true, quantity: gb });
  },
};
