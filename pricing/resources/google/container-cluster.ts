import { Attributes, UnknownItem } from "../../attributes";
import { Category } from "../../categories";
import { isGoogleZone } from "../../geo";
import { HOURS_PER_MONTH } from "../../money";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { fixed, range, scaleRange } from "../../range";
import { UsageKeyDef } from "../../usage";
import { addNodeLines, nodeConfigHasGpus, PoolPlacement, poolNodeBounds, zoneCount } from "./container-node-pool";

/**
 * `google_container_cluster`.
 *
 * - Cluster management fee: $0.10 per cluster-hour (`google/gke/cluster-management`, region `global`), 730 hours,
 *   whatever the mode or topology. The GKE free tier ($74.40 per billing account per month, zonal and Autopilot
 *   clusters) is not applied: it is per billing account, not per cluster.
 * - Standard mode: the default node pool — `initial_node_count` nodes per zone (default 3), `node_config` (default
 *   e2-medium with a 100 GiB pd-balanced boot disk, the provider's documented defaults) — unless
 *   `remove_default_node_pool` is true or inline `node_pool` blocks replace it; inline `node_pool` blocks are priced
 *   like google_container_node_pool (their autoscaling bounds give min and max; expected = min). Zones: `node_locations`
 *   (plus the cluster's own zone for a zonal cluster), else 3 for a regional cluster and 1 for a zonal one; a pool of 0
 *   nodes per zone has no nodes, so its zones are not needed (they may be known only after apply).
 * - Autopilot (`enable_autopilot`): the fee plus Pods, billed on their requests: usage `requestedVcpus`,
 *   `requestedMemoryGib`, `requestedEphemeralStorageGib` (averages over the month) × 730 hours at the general-purpose
 *   Autopilot rates. Without usage those lines show their unit price and depend on usage.
 */
const AUTOPILOT_USAGE: readonly UsageKeyDef[] = [
  { name: "requestedVcpus", type: "quantity", unit: "vCPUs", description: "Autopilot: average vCPUs requested by all Pods over the month (general-purpose compute class)." },
  { name: "requestedMemoryGib", type: "quantity", unit: "GiB", description: "Autopilot: average memory requested by all Pods over the month, in GiB." },
  { name: "requestedEphemeralStorageGib", type: "quantity", unit: "GiB", description: "Autopilot: average ephemeral storage requested by all Pods over the month, in GiB." },
];

const DEFAULT_POOL_NODES_PER_ZONE = 3;

/** As the provider: the cluster's `location` (or `zone` / `region`, its names before provider 3.0), else the provider's
 *  zone. */
function locationOf(r: Pick<ResourceInput, "attrs" | "providerConfig">): string | undefined {
  return r.attrs.str("location") ?? r.attrs.str("zone") ?? r.attrs.str("region") ?? r.providerConfig.str("zone");
}

function placement(r: Pick<ResourceInput, "attrs" | "providerConfig">, pool?: Attributes): PoolPlacement {
  const cluster = r.attrs;
  const location = locationOf(r);
  const zones = (list: unknown[]) => list.map((x) => (x instanceof UnknownItem ? x : String(x)));
  const own = pool ? zones(pool.items("node_locations")) : [];
  if (own.length > 0) return { location, nodeLocations: own, clusterZoneImplied: false };
  return { location, nodeLocations: zones(cluster.items("node_locations")), clusterZoneImplied: location !== undefined && isGoogleZone(location) };
}

/**
 * Nodes per zone of a pool that does not autoscale, else undefined. A pool of 0 nodes per zone has no nodes wherever it
 * runs, so its zones are not read: the terraform-google-modules GKE module gives its default pool 0 nodes and zones
 * that random_shuffle picks at apply.
 */
function fixedPerZone(pool: Attributes): number | undefined {
  if (pool.block("autoscaling")) return undefined;
  return pool.num("node_count") ?? pool.num("initial_node_count");
}

function topology(r: Pick<ResourceInput, "attrs" | "providerConfig">): string {
  if (r.attrs.bool("enable_autopilot")) return "autopilot";
  const location = locationOf(r);
  return location !== undefined && isGoogleZone(location) ? "zonal" : "regional";
}

function addAutopilotLines(r: ResourceInput, lines: CostLines): void {
  const pod = (name: string, unit: string, priceId: string, key: string) => {
    const q = r.usage.quantity(key);
    lines.add({ name, unit, priceId, quantity: q ? scaleRange(q, HOURS_PER_MONTH) : undefined, usageBased: true });
  };
  pod("Pod vCPU (autopilot, general-purpose)", "vCPU-hours", "google/gke/autopilot-pod-vcpu", "requestedVcpus");
  pod("Pod memory (autopilot, general-purpose)", "GiB-hours", "google/gke/autopilot-pod-memory", "requestedMemoryGib");
  pod("Pod ephemeral storage (autopilot)", "GiB-hours", "google/gke/autopilot-pod-ephemeral-storage", "requestedEphemeralStorageGib");
}

function clusterHasGpus(attrs: Attributes): boolean {
  if (attrs.bool("enable_autopilot")) return false;
  const pools = attrs.blocks("node_pool");
  if (pools.length > 0) return pools.some((p) => nodeConfigHasGpus(p.block("node_config")));
  return !attrs.bool("remove_default_node_pool") && nodeConfigHasGpus(attrs.block("node_config"));
}

export const containerCluster: Pricer = {
  type: "google_container_cluster",
  provider: "google",
  category: (r): Category => (clusterHasGpus(r.attrs) ? "ml" : "compute"),
  usage: AUTOPILOT_USAGE,
  price(r, lines) {
    lines.add({
      name: `Cluster management (${topology(r)})`, unit: "hours", priceId: "google/gke/cluster-management",
      region: "global", quantity: fixed(HOURS_PER_MONTH),
    });
    if (r.attrs.bool("enable_autopilot")) {
      addAutopilotLines(r, lines);
      return;
    }
    const pools = r.attrs.blocks("node_pool");
    if (pools.length > 0) {
      pools.forEach((pool, i) => {
        const label = pool.str("name") ?? `node_pool ${i}`;
        lines.line(`node pool ${label}`, () => {
          const bounds = poolNodeBounds(pool, fixedPerZone(pool) === 0 ? 0 : zoneCount(placement(r, pool)));
          addNodeLines(lines, pool.block("node_config"), range(bounds.min, bounds.min, bounds.max), label);
        });
      });
      return;
    }
    if (r.attrs.bool("remove_default_node_pool")) return;
    lines.line("default node pool", () => {
      const perZone = r.attrs.num("initial_node_count") ?? DEFAULT_POOL_NODES_PER_ZONE;
      const nodes = perZone === 0 ? 0 : perZone * zoneCount(placement(r));
      addNodeLines(lines, r.attrs.block("node_config"), fixed(nodes), "default pool");
    });
  },
};
