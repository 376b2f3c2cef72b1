import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `aws_cloudfront_monitoring_subscription`: turning on a distribution's additional metrics
 * (`realtime_metrics_subscription_status = "Enabled"`) publishes 8 more CloudWatch metrics for it (cache hit rate,
 * origin latency and the 401, 403, 404, 502, 503 and 504 error rates), billed at the CloudWatch custom metric rate
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/viewing-cloudfront-metrics.html and
 * https://aws.amazon.com/cloudwatch/pricing/): `Additional metrics (8 metrics)`, 8 metric-months in us-east-1, where
 * CloudFront publishes its metrics. Disabled, it costs nothing (no lines: reported as free).
 */
export const cloudfrontMonitoringSubscription: Pricer = {
  type: "aws_cloudfront_monitoring_subscription",
  provider: "aws",
  category: "network",
  usage: [],
  region: () => "us-east-1",
  price(r, lines) {
    const status = r.attrs.str("monitoring_subscription.realtime_metrics_subscription_config.realtime_metrics_subscription_status") ?? "Disabled";
    if (status !== "Enabled") return;
    lines.add({ name: "Additional metrics (8 metrics)", unit: "metric-months", priceId: "aws/cloudwatch/custom-metrics", quantity: fixed(8) });
  },
};
