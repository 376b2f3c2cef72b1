import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { ownValue } from "../../own";

/** Node types as google_redis_cluster spells them → the price id's key. */
const NODE_TYPES: Record<string, string> = {
  REDIS_SHARED_CORE_NANO: "shared-core-nano",
  REDIS_STANDARD_SMALL: "standard-small",
  REDIS_HIGHMEM_MEDIUM: "highmem-medium",
  REDIS_HIGHMEM_XLARGE: "highmem-xlarge",
};

/**
 * `google_redis_cluster` (Memorystore for Redis Cluster): `Cluster nodes (<node type>, <n> nodes)`: every node,
 * primaries and replicas alike, is billed per node-hour: shard_count × (1 + replica_count) × 730 at the node type's rate
 * (`node_type` defaults to REDIS_HIGHMEM_MEDIUM, as the provider does). AOF persistence, backups and cross-region
 * replication traffic are not modelled.
 */
export const redisCluster: Pricer = {
  type: "google_redis_cluster",
  provider: "google",
  category: "data",
  usage: [],
  price(r, lines) {
    lines.line("Cluster nodes", () => {
      const nodeType = r.attrs.str("node_type") ?? "REDIS_HIGHMEM_MEDIUM";
      const key = ownValue(NODE_TYPES, nodeType);
      if (!key) throw new Unpriceable(`unknown node_type "${nodeType}"; Memorystore for Redis Cluster nodes are ${Object.keys(NODE_TYPES).join(", ")}`);
      const shards = r.attrs.num("shard_count");
      if (shards === undefined) throw new Unpriceable("shard_count is not set");
      const replicas = r.attrs.num("replica_count") ?? 0;
      const nodes = shards * (1 + replicas);
      lines.add({
        name: `Cluster nodes (${key}, ${nodes} nodes)`, unit: "node-hours", priceId: `google/redis-cluster/${key}`,
        quantity: fixed(money(nodes).times(HOURS_PER_MONTH)),
      });
    });
  },
};
