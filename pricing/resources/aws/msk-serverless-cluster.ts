import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_msk_serverless_cluster` (https://aws.amazon.com/msk/pricing/, MSK Serverless):
 * - `Cluster hours`: 730 at the cluster-hour rate.
 * - `Partitions`: usage `partitions` × 730 partition-hours.
 * - `Storage`: usage `storageGb`, GB-months.
 * - `Data in` and `Data out`: usage `monthlyDataInGb` and `monthlyDataOutGb`.
 * Lines without usage show their unit prices and depend on usage.
 */
export const mskServerlessCluster: Pricer = {
  type: "aws_msk_serverless_cluster",
  provider: "aws",
  category: "data",
  usage: [
    { name: "partitions", type: "quantity", unit: "partitions", description: "Partitions of the cluster's topics, averaged over the month." },
    { name: "storageGb", type: "quantity", unit: "GB-months", description: "Data retained, averaged over the month." },
    { name: "monthlyDataInGb", type: "quantity", unit: "GB", description: "Data producers write per month." },
    { name: "monthlyDataOutGb", type: "quantity", unit: "GB", description: "Data consumers read per month." },
  ],
  price(r, lines) {
    lines.add({ name: "Cluster hours", unit: "hours", priceId: "aws/msk/serverless-cluster-hours", quantity: scaleRange(fixed(1), HOURS_PER_MONTH) });
    const partitions = r.usage.quantity("partitions");
    lines.add({ name: "Partitions", unit: "partition-hours", priceId: "aws/msk/serverless-partition-hours", usageBased: true, quantity: partitions === undefined ? undefined : scaleRange(partitions, HOURS_PER_MONTH) });
    lines.add({ name: "Storage", unit: "GB-months", priceId: "aws/msk/serverless-storage", usageBased: true, quantity: r.usage.quantity("storageGb") });
    lines.add({ name: "Data in", unit: "GB", priceId: "aws/msk/serverless-data-in", usageBased: true, quantity: r.usage.quantity("monthlyDataInGb") });
    lines.add({ name: "Data out", unit: "GB", priceId: "aws/msk/serverless-data-out", usageBased: true, quantity: r.usage.quantity("monthlyDataOutGb") });
  },
};
