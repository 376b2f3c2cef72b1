import { Pricer } from "../../pricer";

/**
 * `aws_s3_bucket_metric` (a CloudWatch request metrics configuration): S3 publishes the configuration's request
 * metrics (up to 16: all, GET, PUT, DELETE, HEAD, POST, SELECT and LIST requests, bytes down and up, 4xx and 5xx
 * errors, first-byte and total latency…) as CloudWatch metrics, billed at the custom metric rate
 * (https://aws.amazon.com/s3/pricing/ and https://aws.amazon.com/cloudwatch/pricing/). `Request metrics`, usage
 * `metricsPublished` (a metric is published only while requests of its kind arrive), metric-months. Without usage the
 * line shows its unit price and depends on usage.
 */
export const s3BucketMetric: Pricer = {
  type: "aws_s3_bucket_metric",
  provider: "aws",
  category: "storage",
  usage: [{ name: "metricsPublished", type: "quantity", unit: "metric-months", description: "Request metrics the configuration publishes, averaged over the month (at most 16)." }],
  price(r, lines) {
    lines.add({ name: "Request metrics", unit: "metric-months", priceId: "aws/cloudwatch/custom-metrics", usageBased: true, quantity: r.usage.quantity("metricsPublished") });
  },
};
