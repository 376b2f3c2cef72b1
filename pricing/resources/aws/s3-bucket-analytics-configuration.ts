import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_s3_bucket_analytics_configuration` (S3 storage class analysis; https://aws.amazon.com/s3/pricing/):
 * `Objects monitored`, usage `objectsMonitored` ÷ 1,000,000 a month at the per-object rate. Exported reports are
 * stored in their destination bucket and billed there. Without usage the line depends on usage.
 */
export const s3BucketAnalyticsConfiguration: Pricer = {
  type: "aws_s3_bucket_analytics_configuration",
  provider: "aws",
  category: "storage",
  usage: [{ name: "objectsMonitored", type: "quantity", unit: "objects", description: "Objects the analysis monitors (those its filter includes), averaged over the month." }],
  price(r, lines) {
    lines.add({ name: "Objects monitored", unit: "1M objects", priceId: "aws/s3-management/analytics-objects", usageBased: true, quantity: perMillion(r.usage.quantity("objectsMonitored")) });
  },
};
