import { known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { CostLines, Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { fixed, Range, scaleRange } from "../../range";
import { UsageKeyDef } from "../../usage";
import { ownValue } from "../../own";

/** ElastiCache engines. Redis OSS and Memcached share one node rate; Valkey nodes are priced lower, under their own ids. */
export type CacheEngine = "redis" | "valkey" | "memcached";
const ENGINE_LABEL: Record<CacheEngine, string> = { redis: "Redis OSS", valkey: "Valkey", memcached: "Memcached" };

/** Backup storage usage, shared by clusters and replication groups. */
export const BACKUP_USAGE: UsageKeyDef = {
  name: "backupStorageGb",
  type: "quantity",
  unit: "GB-months",
  description:
    "Billable snapshot storage held over the month, beyond the one snapshot per cluster that ElastiCache keeps free. Only read when snapshot_retention_limit > 0 (Redis OSS and Valkey).",
};

export function cacheEngineOf(value: string | undefined, fallback: CacheEngine | undefined): CacheEngine {
  const engine = (value ?? fallback)?.toLowerCase();
  if (engine === undefined) throw new Unpriceable("engine is not set (redis, valkey or memcached)");
  if (engine === "redis" || engine === "valkey" || engine === "memcached") return engine;
  throw new Unpriceable(`unknown ElastiCache engine "${engine}"; costkit prices redis, valkey and memcached`);
}

export function checkNodeType(nodeType: string | undefined): string {
  if (nodeType === undefined) throw new Unpriceable("node_type is not set");
  if (!/^cache\.[a-z0-9-]+\.[a-z0-9]+$/.test(nodeType)) {
    throw new Unpriceable(`unknown ElastiCache node type "${nodeType}"; node types are named cache.<family>.<size>, e.g. cache.r7g.large`);
  }
  return nodeType;
}

/** `Cache nodes (<engine>, <node type>)`: node-hours at the engine's on-demand rate. */
export function addNodeLine(lines: CostLines, engine: CacheEngine, nodeType: string, nodes: Range): void {
  const name = `Cache nodes (${ownValue(ENGINE_LABEL, engine)}, ${nodeType})`;
  const priceId = engine === "valkey" ? `aws/elasticache/valkey-${nodeType}` : `aws/elasticache/${nodeType}`;
  lines.add({ name, unit: "hours", priceId, quantity: scaleRange(nodes, HOURS_PER_MONTH) });
}

/** `Backup storage`: only when automatic snapshots are kept (snapshot_retention_limit > 0); its size is usage. */
export function addBackupLine(r: ResourceInput, lines: CostLines, engine: CacheEngine): void {
  lines.line("Backup storage", () => {
    const retention = r.attrs.num("snapshot_retention_limit") ?? 0;
    if (retention <= 0 || engine === "memcached") return;
    lines.add({ name: "Backup storage", unit: "GB-months", priceId: "aws/elasticache/backup-storage", quantity: r.usage.quantity(BACKUP_USAGE.name), usageBased: true });
  });
}

/** The node type and engine of the replication group a member cluster joins, when that group is in the document. */
function fromGroup(r: ResourceInput): { nodeType: string | undefined; engine: CacheEngine } | undefined {
  const ref = r.attrs.reference("replication_group_id");
  if (ref === undefined) {
    const raw = known(() => r.attrs.str("replication_group_id"));
    // Set to null (`cond ? group.id : var.replication_group_id` with a null default) is not set: a standalone cluster.
    if (raw === undefined && !r.attrs.isSet("replication_group_id")) return undefined;
    throw new Unpriceable(
      `the cluster joins replication group ${raw !== undefined ? `"${raw}"` : "(known after apply)"}, which is not in this document; its node type and engine come from the group`,
    );
  }
  const group = r.document.get(modulePrefix(r) + ref.address);
  if (!group || group.type !== "aws_elasticache_replication_group") {
    throw new Unpriceable(`the cluster joins replication group ${ref.address}, which is not in this document; its node type and engine come from the group`);
  }
  return { nodeType: group.attrs.str("node_type"), engine: cacheEngineOf(group.attrs.str("engine"), "redis") };
}

/**
 * `aws_elasticache_cluster`:
 * - `Cache nodes (<engine>, <node type>)`: num_cache_nodes × 730 node-hours at the engine's on-demand rate (Redis OSS and
 *   Memcached share one rate; Valkey has its own, lower one).
 * - A cluster that joins a replication group (replication_group_id) is one more node of that group: its node type and
 *   engine are read from the group when the group is in the document, else the cluster is unpriced with the reason.
 * - `Backup storage`: when snapshot_retention_limit > 0 (not Memcached), GB-months from the usage `backupStorageGb`;
 *   without usage the line shows the unit price and depends on usage.
 * Category `data`: the cache tier sits with the stack's data services (a construct can set another category).
 */
export const elasticacheCluster: Pricer = {
  type: "aws_elasticache_cluster",
  provider: "aws",
  category: "data",
  usage: [BACKUP_USAGE],
  price(r, lines) {
    const member = fromGroup(r);
    const engine = member ? member.engine : cacheEngineOf(r.attrs.str("engine"), undefined);
    const nodeType = checkNodeType(r.attrs.str("node_type") ?? member?.nodeType);
    const nodes = member ? 1 : r.attrs.num("num_cache_nodes") ?? 1;
    addNodeLine(lines, engine, nodeType, fixed(nodes));
    if (!member) addBackupLine(r, lines, engine);
  },
};
