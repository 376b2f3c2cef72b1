import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { googleRegionOfLocation } from "../../geo";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, range, Range, scaleRange } from "../../range";
import { ownValue } from "../../own";

const STORAGE_PRICE: Record<string, string> = {
  SSD: "google/bigtable/ssd-storage",
  HDD: "google/bigtable/hdd-storage",
};

/** A cluster's zone: its own, else the provider's zone (the provider's default for `cluster.zone`). */
function clusterZone(cluster: Attributes, providerConfig: Attributes): string | undefined {
  return cluster.str("zone") ?? providerConfig.str("zone");
}

/**
 * Nodes of one cluster as a range: fixed `num_nodes`; or autoscaling min..max with expected from the usage
 * `expectedNodes` (else min); a DEVELOPMENT instance runs one node.
 */
function nodesOf(cluster: Attributes, development: boolean, expected: Range | undefined): Range {
  if (development) return fixed(1);
  const auto = cluster.block("autoscaling_config");
  if (auto) {
    const min = auto.num("min_nodes");
    const max = auto.num("max_nodes");
    if (min === undefined || max === undefined) throw new Unpriceable("autoscaling_config needs min_nodes and max_nodes");
    if (min > max) throw new Unpriceable(`autoscaling_config has min_nodes ${min} > max_nodes ${max}`);
    const e = expected?.expected;
    if (e !== undefined && (e.lt(min) || e.gt(max))) {
      throw new Unpriceable(`usage expectedNodes ${e.toFixed()} is outside the autoscaling bounds ${min}..${max}`);
    }
    return range(min, e ?? min, max);
  }
  const n = cluster.num("num_nodes");
  if (n === undefined) throw new Unpriceable("the cluster sets neither num_nodes nor autoscaling_config");
  return fixed(n);
}

/**
 * `google_bigtable_instance`: per `cluster` block, provisioned nodes (node-hours, 730 a month, whether busy or not)
 * and the cluster's storage. Each cluster of a replicated instance keeps its own copy of the data, so the usage
 * `storageGib` (the instance's data, compressed, as Bigtable measures it) is billed once per cluster, at the SSD or
 * HDD rate of the cluster's `storage_type`. Each cluster bills in its own zone's region.
 *
 * Autoscaled clusters are a range: min..max nodes from `autoscaling_config`, expected from `expectedNodes` (else min).
 * `instance_type = "DEVELOPMENT"` is billed as one node (Google turned development instances into one-node production
 * instances). Backups bill per GiB-month when `backupStorageGib` is declared (in the first cluster's region). Network
 * egress and Data Boost are not modelled. The node rate does not depend on the storage type.
 */
export const bigtableInstance: Pricer = {
  type: "google_bigtable_instance",
  provider: "google",
  category: "data",
  usage: [
    { name: "storageGib", type: "quantity", unit: "GiB", description: "Average data stored by the instance over the month (one copy; billed in every cluster)" },
    { name: "expectedNodes", type: "quantity", unit: "nodes", description: "Expected nodes of each autoscaled cluster (between its min_nodes and max_nodes); default: min_nodes" },
    { name: "backupStorageGib", type: "quantity", unit: "GiB", description: "Average size of the instance's backups over the month" },
  ],
  region(r) {
    const first = r.attrs.blocks("cluster")[0];
    const zone = first ? clusterZone(first, r.providerConfig) : undefined;
    if (zone !== undefined) return googleRegionOfLocation(zone.toLowerCase());
    return r.providerConfig.str("region") ?? undefined;
  },
  price(r, lines) {
    const clusters = r.attrs.blocks("cluster");
    if (clusters.length === 0) throw new Unpriceable("the instance has no cluster block");
    const development = (r.attrs.str("instance_type") ?? "PRODUCTION").toUpperCase() === "DEVELOPMENT";
    const storage = r.usage.quantity("storageGib");
    for (const [i, cluster] of clusters.entries()) {
      let id = `cluster ${i + 1}`;
      try {
        id = cluster.str("cluster_id") ?? id;
      } catch {
        // a computed id keeps the positional name
      }
      const storageType = (cluster.str("storage_type") ?? "SSD").toUpperCase();
      const regionOf = (): string => {
        const zone = clusterZone(cluster, r.providerConfig);
        if (zone === undefined) throw new Unpriceable(`cluster ${id} has no zone and the provider sets none`);
        return googleRegionOfLocation(zone.toLowerCase());
      };
      lines.line(`Nodes (${id})`, () => {
        const nodes = nodesOf(cluster, development, r.usage.quantity("expectedNodes"));
        const usageBased = r.usage.declared("expectedNodes") && cluster.block("autoscaling_config") !== undefined;
        lines.add({ name: `Nodes (${id})`, unit: "hours", priceId: "google/bigtable/node", region: regionOf(), quantity: scaleRange(nodes, HOURS_PER_MONTH), usageBased });
      });
      lines.line(`Storage (${storageType}, ${id})`, () => {
        const priceId = ownValue(STORAGE_PRICE, storageType);
        if (!priceId) throw new Unpriceable(`unknown storage_type "${storageType}"; Bigtable has SSD and HDD`);
        lines.add({ name: `Storage (${storageType}, ${id})`, unit: "GiB-months", priceId, region: regionOf(), quantity: storage, usageBased: true });
      });
    }
    if (r.usage.declared("backupStorageGib")) {
      lines.line("Backup storage", () => {
        const zone = clusterZone(clusters[0], r.providerConfig);
        const region = zone === undefined ? undefined : googleRegionOfLocation(zone.toLowerCase());
        lines.add({
          name: "Backup storage", unit: "GiB-months", priceId: "google/bigtable/backup-storage",
          ...(region ? { region } : {}), quantity: r.usage.quantity("backupStorageGib"), usageBased: true,
        });
      });
    }
  },
};
