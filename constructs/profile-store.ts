import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { BigtableInstance } from "@cdktf/provider-google/lib/bigtable-instance";
import { BYTES_PER_GIB, Money, money } from "../pricing/money";
import { Cost } from "./cost";
import { constructErrors } from "./errors";
import { literal, PropsCheck, rules } from "./validation";

/**
 * Per-node capacity of Bigtable ("Understand performance", https://cloud.google.com/bigtable/docs/performance): an
 * SSD node reads up to 17,000 rows/s of 1 KB rows, an HDD node 500; a node holds at most 5 TB on SSD and 16 TB on HDD
 * ("storage utilization per node").
 */
export const BIGTABLE_NODE = {
  SSD: { readsPerSecond: 17_000, storageBytes: 5e12 },
  HDD: { readsPerSecond: 500, storageBytes: 16e12 },
} as const;

export interface ProfileStoreClusterProps {
  /** Cluster id, unique in the instance. */
  readonly clusterId: string;
  /** Zone of the cluster. */
  readonly zone: string;
  /** Lower bound of the autoscaler. Priced as the minimum. @default 1 */
  readonly minNodes?: number;
  /** Upper bound of the autoscaler. Priced as the worst case. */
  readonly maxNodes: number;
  /** CPU utilization the autoscaler keeps, percent (10 to 80). @default 70 */
  readonly cpuTargetPercent?: number;
  /** @default "SSD" */
  readonly storageType?: "SSD" | "HDD";
}

/** The profiles the store holds and the reads it serves; never rendered into Terraform. */
export interface ProfileLoad {
  /** Number of profiles (one row each): users. */
  readonly profiles: number;
  /** Average stored size of one profile, bytes (as Bigtable measures it, after compression). */
  readonly bytesPerProfile: number;
  /** Average profile reads per second over the day, all clusters together (multi-cluster routing splits them evenly). */
  readonly readsPerSecond: number;
  /** Reads per second one node serves at 100 % CPU. @default 17,000 on SSD, 500 on HDD (1 KB rows) */
  readonly readsPerSecondPerNode?: number;
}

export interface ProfileStoreProps {
  /** Instance name. */
  readonly instanceName: string;
  /** @default - the instance name */
  readonly displayName?: string;
  /** One cluster per zone; every cluster holds a full copy of the data. */
  readonly clusters: readonly ProfileStoreClusterProps[];
  /** Labels of the instance (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default true */
  readonly deletionProtection?: boolean;
  /** @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected load. @default - nodes at the autoscaling minimum and storage depending on usage, and the report says so */
  readonly load?: ProfileLoad;
}

/**
 * A user-profile store on Bigtable: one instance, one autoscaled cluster per zone (each a full replica).
 *
 * From the load: stored GiB = `profiles × bytesPerProfile / 2^30` (billed once per cluster); expected nodes per cluster
 * = the larger of the nodes the reads need at the CPU target (`readsPerSecond / clusters / (readsPerSecondPerNode ×
 * cpuTarget)`) and the nodes the data needs (`stored bytes / per-node storage limit`), raised to the minimum.
 */
export class ProfileStore extends Construct {
  readonly instance: BigtableInstance;
  /** Expected average nodes of each cluster, or undefined without load. */
  readonly expectedNodesPerCluster: number | undefined;

  constructor(scope: Construct, id: string, props: ProfileStoreProps) {
    super(scope, id);
    this.expectedNodesPerCluster = props.load && props.clusters.length > 0 ? profileStoreNodes(props.load, props.clusters) : undefined;
    validate(this, props, this.expectedNodesPerCluster);

    this.instance = new BigtableInstance(this, "instance", {
      name: props.instanceName,
      displayName: props.displayName ?? props.instanceName,
      deletionProtection: props.deletionProtection ?? true,
      cluster: props.clusters.map((c) => ({
        clusterId: c.clusterId,
        zone: c.zone,
        storageType: c.storageType ?? "SSD",
        autoscalingConfig: { minNodes: c.minNodes ?? 1, maxNodes: c.maxNodes, cpuTarget: c.cpuTargetPercent ?? 70 },
      })),
      ...(props.labels ? { labels: { ...props.labels } } : {}),
      ...(props.provider ? { provider: props.provider } : {}),
    });
    Cost.category(this.instance, "data");
    if (props.load) {
      Cost.usage(this.instance, {
        storageGib: profileStoreGib(props.load),
        ...(this.expectedNodesPerCluster !== undefined ? { expectedNodes: this.expectedNodesPerCluster } : {}),
      });
    }
  }
}

/** GiB of one copy of the profiles (3 places). */
export function profileStoreGib(load: ProfileLoad): string {
  return money(load.profiles).times(load.bytesPerProfile).div(BYTES_PER_GIB).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed();
}

/** Expected nodes of each cluster (4 places); clusters are sized alike (the first cluster's type and CPU target). */
export function profileStoreNodes(load: ProfileLoad, clusters: readonly ProfileStoreClusterProps[]): number {
  const c = clusters[0];
  const type = c.storageType ?? "SSD";
  const perNode = load.readsPerSecondPerNode ?? BIGTABLE_NODE[type].readsPerSecond;
  const forReads = money(load.readsPerSecond).div(clusters.length).div(perNode).div(money(c.cpuTargetPercent ?? 70).div(100));
  const forStorage = money(load.profiles).times(load.bytesPerProfile).div(BIGTABLE_NODE[type].storageBytes);
  const nodes = Money.max(forReads, forStorage, c.minNodes ?? 1);
  return nodes.toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toNumber();
}

function validate(scope: IConstruct, props: ProfileStoreProps, expected: number | undefined): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  if (props.clusters.length === 0) check.add("clusters", constructErrors.empty("clusters", "a Bigtable instance needs at least one cluster"));
  const ids = new Set<string>();
  for (const c of props.clusters) {
    const where = `clusters["${c.clusterId}"]`;
    if (ids.has(c.clusterId)) check.add("clusters", constructErrors.usedTwice("clusters", "cluster id", c.clusterId, "cluster"));
    ids.add(c.clusterId);
    const min = c.minNodes ?? 1;
    check.number(`${where}.minNodes`, min, rules.whole(1), "skip");
    check.number(`${where}.maxNodes`, c.maxNodes, rules.whole(1), "skip");
    check.minMax(`${where}.minNodes`, min, "maxNodes", c.maxNodes);
    check.number(`${where}.cpuTargetPercent`, c.cpuTargetPercent, rules.between(10, 80), "skip");
    if (expected !== undefined && literal(c.maxNodes) && expected > c.maxNodes) {
      check.add(`${where}.maxNodes`, `${where}.maxNodes (${c.maxNodes}) is below the ${expected} nodes the load needs on average; raise maxNodes to at least ${Math.ceil(expected)}`);
    }
  }
  const types = new Set(props.clusters.map((c) => c.storageType ?? "SSD"));
  if (types.size > 1) check.add("clusters", "clusters mix SSD and HDD storage; replicas of one instance should share a storage type");
  const load = props.load;
  if (load) {
    check.number("load.profiles", load.profiles, rules.atLeast(0), "usage");
    check.number("load.bytesPerProfile", load.bytesPerProfile, rules.above(0), "usage");
    check.number("load.readsPerSecond", load.readsPerSecond, rules.atLeast(0), "usage");
    check.number("load.readsPerSecondPerNode", load.readsPerSecondPerNode, rules.above(0), "usage");
  }
  check.throwIfAny();
}
