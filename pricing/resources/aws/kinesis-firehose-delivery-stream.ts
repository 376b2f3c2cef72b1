import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";

/**
 * `aws_kinesis_firehose_delivery_stream`: `Data ingested (<Direct PUT|Kinesis Data Streams>)`: GB from the usage
 * `monthlyIngestedGb` (each record rounded up to 5 KB), tiered at 500 TB and 2 PB a month; without usage the line
 * depends on usage. Streams fed by Amazon MSK (`msk_source_configuration`) are billed at another rate and are
 * unpriced with the reason. Format conversion, VPC delivery and dynamic partitioning are not included.
 */
export const kinesisFirehoseDeliveryStream: Pricer = {
  type: "aws_kinesis_firehose_delivery_stream",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyIngestedGb", type: "quantity", unit: "GB", description: "GB ingested per month, each record rounded up to the next 5 KB (a 3 KB record counts as 5 KB)." },
  ],
  price(r, lines) {
    if (r.attrs.block("msk_source_configuration")) {
      throw new Unpriceable("a stream fed by Amazon MSK is billed per GB at the MSK-source rate, which costkit's books do not have; Direct PUT and Kinesis Data Streams sources are priced");
    }
    const source = r.attrs.block("kinesis_source_configuration") ? "Kinesis Data Streams" : "Direct PUT";
    lines.add({ name: `Data ingested (${source})`, unit: "GB", priceId: "aws/firehose/ingestion", quantity: r.usage.quantity("monthlyIngestedGb"), usageBased: true });
  },
};
