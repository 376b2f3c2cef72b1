import { Pricer } from "../../pricer";

/**
 * `aws_cloudwatch_event_archive` (https://aws.amazon.com/eventbridge/pricing/, event replay):
 * - `Events archived`: usage `monthlyArchivedGb`, the events written to the archive, per GB.
 * - `Archive storage`: usage `storedGb`, what the archive holds over the month (set by retention_days), per GB-month.
 * Replaying events bills them again as events on the bus. Without usage the lines show their unit prices and depend on
 * usage.
 */
export const cloudwatchEventArchive: Pricer = {
  type: "aws_cloudwatch_event_archive",
  provider: "aws",
  category: "other",
  usage: [
    { name: "monthlyArchivedGb", type: "quantity", unit: "GB", description: "Events written to the archive per month." },
    { name: "storedGb", type: "quantity", unit: "GB-months", description: "Events held in the archive, averaged over the month." },
  ],
  price(r, lines) {
    lines.add({ name: "Events archived", unit: "GB", priceId: "aws/eventbridge/archive-processing", usageBased: true, quantity: r.usage.quantity("monthlyArchivedGb") });
    lines.add({ name: "Archive storage", unit: "GB-months", priceId: "aws/eventbridge/archive-storage", usageBased: true, quantity: r.usage.quantity("storedGb") });
  },
};
