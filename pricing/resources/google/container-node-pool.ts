import { Attributes, knownOrPriceableOr, UnknownItem } from "../../attributes";
import { Unpriceable } from "../../errors";
import { googleRegionOfLocation, isGoogleZone } from "../../geo";
import { Category } from "../../categories";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { range, Range } from "../../range";
import { defaultRegion } from "../../region";
import { UsageKeyDef } from "../../usage";
import { addCommittedMachineLines, Commitment, commitmentOf, commitmentUsageKeys } from "../common/commitment";
import { addDiskLine, addGpuLines, addLocalSsdLines, defaultBootDiskType, extraGpus, machineType, machineTypeName } from "../common/machine";

/**
 * GKE node pools (`google_container_node_pool`, and the pools inside `google_container_cluster`).
 *
 * Cost = nodes × (machine vCPU and memory, or the whole machine + attached GPUs + Local SSD) for 730 hours, plus one
 * boot disk per node. Nodes:
 * - autoscaling with `min_node_count`/`max_node_count` (per zone): min = min × zones, max = max × zones;
 * - autoscaling with `total_min_node_count`/`total_max_node_count`: those totals;
 * - otherwise `node_count`, else `initial_node_count`, per zone (the provider creates the pool with 0 nodes when
 *   neither is set);
 * - expected = the usage `expectedNodes` (all zones together; it must lie within the bounds), else the minimum.
 * Zones = the pool's `node_locations`, else the cluster's (a zonal cluster's zone counts too), else 3 for a regional
 * location and 1 for a zonal one. The cluster is read from the document when `cluster` refers to a
 * `google_container_cluster` of the same configuration.
 *
 * Defaults: machine `e2-medium`; boot disk 100 GiB of `pd-balanced` (`hyperdisk-balanced` for series without
 * Persistent Disk: C4, N4, …), as the provider documents; `spot` or `preemptible` nodes are billed at Spot prices with
 * no sustained-use discount. Sustained-use discounts: every node-hour gets the full-month discount of its series (see
 * shared/sustained-use.ts for why an autoscaled pool is treated that way). Category `ml` when the nodes carry GPUs.
 */
export const NODE_POOL_USAGE: readonly UsageKeyDef[] = [
  {
    name: "expectedNodes", type: "quantity", unit: "nodes",
    description: "Average number of nodes running over the month, all zones together (between the autoscaler bounds). Without it the expected cost is the minimum.",
  },
  ...commitmentUsageKeys("nodes"),
  {
    name: "interruptible", type: "enum", unit: "flag", values: ["yes", "no"],
    description: "Whether the pool's work tolerates preemption (batch, retries): declares it for `costkit recommend` (Spot nodes); the price does not change.",
  },
  {
    name: "averageCpuUtilization", type: "quantity", unit: "fraction",
    description: "Average CPU utilisation of the nodes over the month, 0 to 1: declares it for `costkit recommend` (a smaller machine type); the price does not change.",
  },
];

const DEFAULT_MACHINE = "e2-medium";

const DEFAULT_DISK_GIB = 100;
const LOCAL_SSD_GIB = 375;

/** Where a pool's nodes run: the location (zone or region) and the explicit zones, if any. */
export interface PoolPlacement {
  readonly location?: string;
  /** Zone names, or UnknownItem for zones known only after apply (Attributes.items). */
  readonly nodeLocations: readonly (string | UnknownItem)[];
  /** True when `location` is a zonal cluster's own zone, which node_locations do not repeat. */
  readonly clusterZoneImplied: boolean;
}

/** The number of zones a pool spans. */
export function zoneCount(p: PoolPlacement): number {
  if (p.nodeLocations.length > 0) {
    const unknown = p.nodeLocations.filter((z): z is UnknownItem => z instanceof UnknownItem);
    if (unknown.length > 0) {
      // Zones picked at apply (the GKE module's random_shuffle of the region's zones) count when they are known to
      // differ from one another and nothing else is in the list; otherwise how many distinct zones is not known.
      const token = unknown[0].distinct;
      if (token !== undefined && unknown.length === p.nodeLocations.length && unknown.every((z) => z.distinct === token) && !(p.clusterZoneImplied && p.location)) {
        return new Set(unknown.map((z) => z.identity ?? z)).size; // the same zone read twice counts once
      }
      throw unknown[0].error;
    }
    const zones = new Set(p.nodeLocations as readonly string[]);
    if (p.clusterZoneImplied && p.location) zones.add(p.location);
    return zones.size;
  }
  if (p.location === undefined) {
    throw new Unpriceable("the node pool's location is not known: set `location` on it, or refer to a google_container_cluster of this configuration in `cluster`");
  }
  return isGoogleZone(p.location) ? 1 : 3;
}

/** The cluster a node pool refers to, when it is in the same document. */
export function clusterOf(r: Pick<ResourceInput, "attrs" | "document">): Attributes | undefined {
  const ref = r.attrs.reference("cluster");
  if (!ref) return undefined;
  const res = r.document.get(ref.address);
  return res && res.type === "google_container_cluster" ? res.attrs : undefined;
}

function strings(list: unknown[]): (string | UnknownItem)[] {
  return list.map((x) => (x instanceof UnknownItem ? x : String(x)));
}

/** The placement of a standalone node pool: its own location and node_locations, else its cluster's. */
export function poolPlacement(r: Pick<ResourceInput, "attrs" | "document" | "providerConfig">): PoolPlacement {
  const cluster = clusterOf(r);
  const own = strings(r.attrs.items("node_locations"));
  // As the provider: the pool's location, else (our addition) its cluster's, else the provider's zone.
  const location = ownLocation(r) ?? cluster?.str("location") ?? r.providerConfig.str("zone");
  if (own.length > 0) return { location, nodeLocations: own, clusterZoneImplied: false };
  const clusterLocations = cluster ? strings(cluster.items("node_locations")) : [];
  const clusterLocation = cluster?.str("location");
  return { location, nodeLocations: clusterLocations, clusterZoneImplied: clusterLocation !== undefined && isGoogleZone(clusterLocation) };
}

/** Node count bounds of a pool (all zones together), before usage. */
export function poolNodeBounds(pool: Attributes, zones: number, defaultPerZone = 0): { min: number; max: number; autoscaled: boolean } {
  const bounds = nodeBounds(pool, zones, defaultPerZone);
  for (const n of [bounds.min, bounds.max]) {
    // Counts far beyond any real pool (1e308 nodes) would overflow the multiplication; they are not a price to give.
    if (!Number.isSafeInteger(n)) throw new Unpriceable(`the node count ${n} is not a whole number of nodes (GKE pools hold thousands at most); fix the pool's node counts`);
  }
  return bounds;
}

function nodeBounds(pool: Attributes, zones: number, defaultPerZone: number): { min: number; max: number; autoscaled: boolean } {
  const auto = pool.block("autoscaling");
  if (auto) {
    const totalMin = auto.num("total_min_node_count"), totalMax = auto.num("total_max_node_count");
    if (totalMin !== undefined || totalMax !== undefined) {
      const min = totalMin ?? 0;
      return { min, max: Math.max(totalMax ?? min, min), autoscaled: true };
    }
    const min = auto.num("min_node_count") ?? 0;
    const max = Math.max(auto.num("max_node_count") ?? min, min);
    return { min: min * zones, max: max * zones, autoscaled: true };
  }
  const perZone = pool.num("node_count") ?? pool.num("initial_node_count") ?? defaultPerZone;
  return { min: perZone * zones, max: perZone * zones, autoscaled: false };
}

/** Nodes as a range: bounds from the configuration, expected from usage (checked against the bounds) or the minimum. */
export function poolNodes(bounds: { min: number; max: number }, expected: Range | undefined): Range {
  if (expected === undefined) return range(bounds.min, bounds.min, bounds.max);
  const e = expected.expected;
  if (e.lt(bounds.min) || e.gt(bounds.max)) {
    throw new Unpriceable(`usage expectedNodes ${e.toFixed()} is outside the pool's bounds (${bounds.min} to ${bounds.max} nodes, all zones together); fix the usage or the autoscaling bounds`);
  }
  return range(bounds.min, e, bounds.max);
}

/** True when a node config asks for GPUs or uses a machine type that includes them (false when that is not known). */
export function nodeConfigHasGpus(config: Attributes | undefined): boolean {
  if (!config) return false;
  // unknown or unresolved values are reported by price(); the category only needs to know about GPUs
  return knownOrPriceableOr(
    () => machineType(config.str("machine_type") ?? DEFAULT_MACHINE).gpus !== undefined || config.blocks("guest_accelerator").some((g) => (g.num("count") ?? 0) > 0),
    false,
  );
}

/**
 * Adds the lines of `nodes` GKE nodes with a `node_config` (absent: all defaults). `label` names the pool in line names
 * when one resource holds several pools (a cluster's default and inline pools).
 */
export function addNodeLines(lines: CostLines, config: Attributes | undefined, nodes: Range, label?: string, committed?: Commitment): void {
  const spot = (config?.bool("spot") ?? false) || (config?.bool("preemptible") ?? false);
  const common = { nodes, spot, spotWord: config?.bool("spot") ? ("spot" as const) : ("preemptible" as const), ...(label ? { label } : {}) };
  const machine = config?.str("machine_type") ?? DEFAULT_MACHINE;
  const m = addCommittedMachineLines(lines, { ...common, machineType: machine }, committed);
  const gpus = (config?.blocks("guest_accelerator") ?? []).map((g) => ({ type: g.str("type") ?? "", count: g.num("count") ?? 0 }));
  for (const g of extraGpus(m, gpus)) addGpuLines(lines, { ...common, gpuType: g.type, count: g.count });
  const ssdCount = (config?.num("local_ssd_count") ?? 0)
    + (config?.block("ephemeral_storage_local_ssd_config")?.num("local_ssd_count") ?? 0)
    + (config?.block("local_nvme_ssd_block_config")?.num("local_ssd_count") ?? 0);
  const extraSsd = ssdCount * LOCAL_SSD_GIB - (m.localSsdGib ?? 0);
  if (extraSsd > 0) addLocalSsdLines(lines, { ...common, gibPerNode: extraSsd });
  const bootDisk = config?.block("boot_disk");
  const diskType = machineTypeName(bootDisk?.str("disk_type") ?? config?.str("disk_type") ?? defaultBootDiskType(m, "pd-balanced"));
  const gib = bootDisk?.num("size_gb") ?? config?.num("disk_size_gb") ?? DEFAULT_DISK_GIB;
  addDiskLine(lines, { name: "Boot disk", ...(label ? { label } : {}), diskType, gib, disks: nodes });
}

/**
 * The pool's own `location`. A reference to a cluster's location in this configuration
 * (`location = google_container_cluster.primary.location`, as Google's samples write it) is that cluster's location,
 * which Terraform knows when it plans: the configuration sets it.
 */
function ownLocation(r: Pick<ResourceInput, "attrs" | "document">): string | undefined {
  const ref = r.attrs.reference("location");
  if (ref && ref.attribute === "location") {
    const target = r.document.get(ref.address);
    if (target && target.type === "google_container_cluster") return target.attrs.str("location");
  }
  return r.attrs.str("location");
}

function poolRegion(r: Omit<ResourceInput, "region" | "usage">): string | undefined {
  const location = ownLocation(r) ?? clusterOf(r)?.str("location") ?? r.providerConfig.str("zone");
  if (location !== undefined) return googleRegionOfLocation(location.toLowerCase());
  return defaultRegion("google", r.attrs, r.providerConfig);
}

/** `google_container_node_pool`. */
export const containerNodePool: Pricer = {
  type: "google_container_node_pool",
  provider: "google",
  category: (r): Category => (nodeConfigHasGpus(r.attrs.block("node_config")) ? "ml" : "compute"),
  usage: NODE_POOL_USAGE,
  region: poolRegion,
  price(r, lines) {
    const zones = zoneCount(poolPlacement(r));
    const nodes = poolNodes(poolNodeBounds(r.attrs, zones), r.usage.quantity("expectedNodes"));
    addNodeLines(lines, r.attrs.block("node_config"), nodes, undefined, commitmentOf(r.usage, "committedNodes"));
  },
};
