import { Pricer } from "../../pricer";

/**
 * `aws_db_instance_automated_backups_replication` (RDS cross-Region automated backups; the resource is created in the
 * destination Region): https://aws.amazon.com/rds/pricing/ bills the replicated snapshots and transaction logs as backup
 * storage in the destination Region, and the transfer between Regions.
 * - `Replicated backup storage`: usage `backupStorageGb` (GB-months held in the destination) at the destination's backup
 *   storage rate.
 * - `Cross-Region transfer`: inter-Region data transfer rates are not in the price books; the line is unpriced with
 *   the reason (the volume is the first full copy and then each day's changes).
 */
export const dbInstanceAutomatedBackupsReplication: Pricer = {
  type: "aws_db_instance_automated_backups_replication",
  provider: "aws",
  category: "data",
  usage: [{ name: "backupStorageGb", type: "quantity", unit: "GB-months", description: "Replicated snapshots and transaction logs held in the destination Region, averaged over the month." }],
  price(r, lines) {
    lines.add({ name: "Replicated backup storage", unit: "GB-months", priceId: "aws/rds/backup-storage", usageBased: true, quantity: r.usage.quantity("backupStorageGb") });
    lines.unpriceable("data transfer between AWS Regions is billed per GB at rates that are not in the price books (https://aws.amazon.com/ec2/pricing/on-demand/, data transfer); add them with --price-book", "Cross-Region transfer");
  },
};
