import { Unpriceable } from "../../errors";
import { Attributes } from "../../attributes";
import { Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { perMillion } from "../../range";
import { UsageKeyDef } from "../../usage";
import { ownValue } from "../../own";

/** Aurora engines and their labels; `aurora` is the original MySQL 5.6-compatible engine name. */
const AURORA_ENGINES: Readonly<Record<string, { key: "aurora-mysql" | "aurora-postgresql"; label: string }>> = {
  aurora: { key: "aurora-mysql", label: "Aurora MySQL" },
  "aurora-mysql": { key: "aurora-mysql", label: "Aurora MySQL" },
  "aurora-postgresql": { key: "aurora-postgresql", label: "Aurora PostgreSQL" },
};

export function auroraEngineOf(engine: string | undefined): { key: "aurora-mysql" | "aurora-postgresql"; label: string } {
  if (engine === undefined) throw new Unpriceable("engine is not set (aurora-mysql or aurora-postgresql)");
  const e = ownValue(AURORA_ENGINES, engine.toLowerCase());
  if (e) return e;
  throw new Unpriceable(
    `engine "${engine}" is not Aurora: a Multi-AZ DB cluster of RDS for MySQL or PostgreSQL is billed per instance at rates costkit's books do not have (costkit prices aurora-mysql and aurora-postgresql clusters)`,
  );
}

/** Aurora I/O-Optimized (`storage_type = "aurora-iopt1"`): no I/O charges, higher instance and storage rates. */
export function isIoOptimized(cluster: Attributes): boolean {
  return cluster.str("storage_type") === "aurora-iopt1";
}

const STORAGE: UsageKeyDef = { name: "storageGb", type: "quantity", unit: "GB-months", description: "Cluster storage in use, averaged over the month (Aurora bills the storage consumed, not a provisioned size)." };
const IO: UsageKeyDef = { name: "monthlyIoRequests", type: "quantity", unit: "requests", description: "Storage I/O requests a month (Aurora Standard only; I/O-Optimized includes them)." };
const BACKUP: UsageKeyDef = { name: "backupStorageGb", type: "quantity", unit: "GB-months", description: "Backup storage beyond the free amount (backups up to the cluster's storage are not charged)." };
const V1_ACU: UsageKeyDef = { name: "monthlyAcuHours", type: "quantity", unit: "ACU-hours", description: "Aurora Serverless v1 capacity used in a month (engine_mode = serverless)." };

/**
 * `aws_rds_cluster` (Aurora): what the cluster bills apart from its instances (`aws_rds_cluster_instance`).
 * - `Storage (Standard|I/O-Optimized)`: GB-months from usage `storageGb` (Aurora bills storage consumed).
 * - `I/O requests`: per 1M, from usage `monthlyIoRequests` (Aurora Standard only).
 * - `Backup storage`: GB-months beyond the free amount, from usage `backupStorageGb`.
 * - `Aurora Serverless v1 capacity`: ACU-hours from usage `monthlyAcuHours` when engine_mode = "serverless".
 * Without usage each line shows its unit price and depends on usage. Backtrack, snapshot export and Global Database
 * replication are not included. A non-Aurora engine (a Multi-AZ DB cluster) is unpriced with the reason.
 */
export const rdsCluster: Pricer = {
  type: "aws_rds_cluster",
  provider: "aws",
  category: "data",
  usage: [STORAGE, IO, BACKUP, V1_ACU],
  price(r, lines) {
    auroraEngineOf(r.attrs.str("engine") ?? "aurora");
    const io = isIoOptimized(r.attrs);
    if (r.attrs.str("engine_mode") === "serverless") {
      lines.add({ name: "Aurora Serverless v1 capacity", unit: "ACU-hours", priceId: "aws/rds/aurora-serverless-v1", usageBased: true, quantity: r.usage.quantity(V1_ACU.name) });
    }
    lines.add({
      name: `Storage (${io ? "I/O-Optimized" : "Standard"})`, unit: "GB-months", priceId: io ? "aws/rds/aurora-storage-io-optimized" : "aws/rds/aurora-storage",
      usageBased: true, quantity: r.usage.quantity(STORAGE.name),
    });
    if (!io) lines.add({ name: "I/O requests", unit: "1M requests", priceId: "aws/rds/aurora-io-requests", usageBased: true, quantity: perMillion(r.usage.quantity(IO.name)) });
    lines.add({ name: "Backup storage", unit: "GB-months", priceId: "aws/rds/aurora-backup-storage", usageBased: true, quantity: r.usage.quantity(BACKUP.name) });
  },
};

/** The cluster an instance belongs to (`cluster_identifier`), when it is in the document. */
export function clusterOf(r: ResourceInput): Attributes | undefined {
  const ref = r.attrs.reference("cluster_identifier");
  if (ref === undefined) return undefined;
  const c = r.document.get(modulePrefix(r) + ref.address);
  return c && c.type === "aws_rds_cluster" ? c.attrs : undefined;
}
