import { Pricer } from "../../pricer";
import { perThousand } from "../../range";

/**
 * `aws_cloudwatch_metric_stream` (https://aws.amazon.com/cloudwatch/pricing/): `Metric updates`, usage
 * `monthlyMetricUpdates` ÷ 1,000 (one update per metric and dimension combination per minute, more with additional
 * statistics). The Firehose stream it writes to bills its own ingestion. Without usage the line depends on usage.
 */
export const cloudwatchMetricStream: Pricer = {
  type: "aws_cloudwatch_metric_stream",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyMetricUpdates", type: "quantity", unit: "metric updates", description: "Metric updates streamed per month (metrics × 43,800 minutes for a metric streamed all month)." }],
  price(r, lines) {
    lines.add({ name: "Metric updates", unit: "1K metric updates", priceId: "aws/cloudwatch/metric-stream-updates", usageBased: true, quantity: perThousand(r.usage.quantity("monthlyMetricUpdates")) });
  },
};
