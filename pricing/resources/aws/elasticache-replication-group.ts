import { known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { fixed, multiplyRanges, Range, range } from "../../range";
import { TfResource } from "../../terraform";
import { addBackupLine, addNodeLine, BACKUP_USAGE, cacheEngineOf, checkNodeType } from "./elasticache-cluster";

const SHARDS_DIMENSION = "elasticache:replication-group:NodeGroups";
const REPLICAS_DIMENSION = "elasticache:replication-group:Replicas";

/**
 * `aws_appautoscaling_target`s of this replication group, by scalable dimension. The target's resource_id is
 * `replication-group/<id>`: matched when it interpolates a reference to this group (`${aws_elasticache_replication_group.x.id}`
 * or `.replication_group_id`) in the same module, or names the group's literal replication_group_id.
 */
function autoscalingTargetsOf(r: ResourceInput): Map<string, TfResource> {
  const out = new Map<string, TfResource>();
  const prefix = modulePrefix(r);
  const ownId = known(() => r.attrs.str("replication_group_id"));
  const refPattern = new RegExp(`\\$\\{${r.type}\\.${r.name}(\\[[^\\]]*\\])?\\.(id|replication_group_id)\\}`);
  for (const t of r.document.ofType("aws_appautoscaling_target")) {
    const dimension = known(() => t.attrs.str("scalable_dimension"));
    if (dimension !== SHARDS_DIMENSION && dimension !== REPLICAS_DIMENSION) continue;
    const raw = (t.attrs.raw() as Record<string, unknown> | null)?.resource_id;
    if (typeof raw !== "string") continue;
    const byRef = refPattern.test(raw) && modulePrefix(t) === prefix;
    const byId = ownId !== undefined && raw === `replication-group/${ownId}`;
    if (byRef || byId) out.set(dimension, t);
  }
  return out;
}

/** A count from the configuration, widened to the autoscaler's bounds when a target scales it (expected = minimum). */
function scaled(configured: number, target: TfResource | undefined): Range {
  if (!target) return fixed(configured);
  const min = target.attrs.num("min_capacity");
  const max = target.attrs.num("max_capacity");
  if (min === undefined || max === undefined) throw new Unpriceable(`${target.address} must set min_capacity and max_capacity`);
  return range(min, min, Math.max(min, max));
}

/**
 * `aws_elasticache_replication_group` (Redis OSS or Valkey):
 * - `Cache nodes (<engine>, <node type>)`: nodes × 730 node-hours, where nodes is
 *   num_node_groups × (replicas_per_node_group + 1) for cluster mode (also the deprecated cluster_mode block), else
 *   num_cache_clusters (or the deprecated number_cache_clusters), else (replicas_per_node_group + 1) in one node group.
 * - Autoscaling: an `aws_appautoscaling_target` in the document scaling NodeGroups (shards) or Replicas widens that
 *   count to [min_capacity, max_capacity], expected = min_capacity (declared load cannot be expressed yet).
 * - Data-tiering node types (cache.r6gd.*) are priced like any node type when the books have them.
 * - `Backup storage`: when snapshot_retention_limit > 0, GB-months from the usage `backupStorageGb`.
 */
export const elasticacheReplicationGroup: Pricer = {
  type: "aws_elasticache_replication_group",
  provider: "aws",
  category: "data",
  usage: [BACKUP_USAGE],
  price(r, lines) {
    const engine = cacheEngineOf(r.attrs.str("engine"), "redis");
    if (engine === "memcached") throw new Unpriceable("replication groups run Redis OSS or Valkey, not Memcached");
    const nodeType = checkNodeType(r.attrs.str("node_type"));
    const clusterMode = r.attrs.block("cluster_mode");
    const shardsSet = r.attrs.num("num_node_groups") ?? clusterMode?.num("num_node_groups");
    const replicas = r.attrs.num("replicas_per_node_group") ?? clusterMode?.num("replicas_per_node_group");
    const cacheClusters = r.attrs.num("num_cache_clusters") ?? r.attrs.num("number_cache_clusters");
    const targets = autoscalingTargetsOf(r);

    let nodes: Range;
    if (shardsSet === undefined && cacheClusters !== undefined) {
      // Cluster mode disabled: one node group of num_cache_clusters nodes (a primary and its replicas).
      const replicaTarget = targets.get(REPLICAS_DIMENSION);
      nodes = replicaTarget ? addOne(scaled(cacheClusters - 1, replicaTarget)) : fixed(cacheClusters);
    } else {
      const shards = scaled(shardsSet ?? 1, targets.get(SHARDS_DIMENSION));
      const perShard = addOne(scaled(replicas ?? 0, targets.get(REPLICAS_DIMENSION)));
      nodes = multiplyRanges(shards, perShard);
    }
    addNodeLine(lines, engine, nodeType, nodes);
    addBackupLine(r, lines, engine);
  },
};

function addOne(r: Range): Range {
  return { min: r.min.plus(1), expected: r.expected.plus(1), max: r.max.plus(1) };
}
