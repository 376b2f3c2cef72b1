import Decimal from "decimal.js";
import { Construct } from "constructs";
import { ContainerCluster } from "@cdktf/provider-google/lib/container-cluster";
import { ContainerNodePool } from "@cdktf/provider-google/lib/container-node-pool";
import { isGoogleZone } from "../pricing/geo";
import { money, Money } from "../pricing/money";
import { machineType as machineFacts } from "../pricing/resources/common/machine";
import { Cost } from "./cost";
import { constructErrors } from "./errors";
import { literal, lookup, NumberRule, PropsCheck, rules } from "./validation";

/** Expected load of a workload; never rendered into Terraform. Give one key; with neither, the expected cost is the minimum. */
export interface GkeWorkloadUsage {
  /**
   * Average requests per second the workload serves over the month. Expected replicas =
   * ⌈averageRequestsPerSecond ÷ (requestsPerSecondPerPod × targetCpuUtilization)⌉, held within the HPA bounds (the
   * HPA saturates at maxReplicas).
   */
  readonly averageRequestsPerSecond?: number;
  /** The average replica count, when it is known directly (must lie within the HPA bounds). */
  readonly expectedReplicas?: number;
}

/** One Deployment scaled by a HorizontalPodAutoscaler, on a node pool of its own. */
export interface GkeWorkloadProps {
  /** Name of the workload; names its node pool (`<name>`), so lowercase letters, digits and hyphens. */
  readonly name: string;
  /** The HPA's `minReplicas`; priced as the minimum. */
  readonly minReplicas: number;
  /** The HPA's `maxReplicas`; priced as the worst case. */
  readonly maxReplicas: number;
  /** The HPA's target average CPU utilisation, as a fraction of the pod's CPU request (0 < t ≤ 1). @default 0.6 */
  readonly targetCpuUtilization?: number;
  /**
   * Requests per second one pod serves at 100 % of its CPU request; with the target utilisation it turns declared load
   * into replicas. Required when `usage.averageRequestsPerSecond` is given. @default - no load-based sizing
   */
  readonly requestsPerSecondPerPod?: number;
  /** CPU request of one pod, in vCPUs (0.5 = 500m). */
  readonly podCpuRequest: number;
  /** Memory request of one pod, in GiB. */
  readonly podMemoryRequestGib: number;
  /** Machine type of the pool's nodes (a predefined, not shared-core, Compute Engine type). @default "n2-standard-16" */
  readonly machineType?: string;
  /** Pods per node (`max_pods_per_node`), counting DaemonSet pods, as GKE does. @default 110 */
  readonly maxPodsPerNode?: number;
  /** Spot nodes (billed at Spot prices). @default false */
  readonly spot?: boolean;
  /** Boot disk of each node, in GiB. @default 100 */
  readonly bootDiskSizeGib?: number;
  /** Boot disk type of each node. @default "pd-balanced" */
  readonly bootDiskType?: string;
  /**
   * What the DaemonSets request on every node (logging, metrics, kube-proxy, CSI…), taken off the allocatable
   * capacity before packing. @default - none (pods 0, CPU 0, memory 0)
   */
  readonly daemonSetsPerNode?: { readonly pods: number; readonly cpu: number; readonly memoryGib: number };
  /** Expected load. @default - expected cost equals the minimum, and the report says so */
  readonly usage?: GkeWorkloadUsage;
}

export interface GkeAutoscalingClusterProps {
  /** The cluster's name. */
  readonly clusterName: string;
  /** A region (regional cluster, nodes in 3 zones unless `nodeLocations` says otherwise) or a zone. */
  readonly location: string;
  /** Zones of the nodes. @default - 3 zones of a regional location, the zone of a zonal one */
  readonly nodeLocations?: string[];
  /** The workloads, one node pool each. */
  readonly workloads: readonly GkeWorkloadProps[];
  /**
   * Render the autoscaler bounds per zone (`min_node_count`/`max_node_count`, each the total ÷ zones rounded up)
   * instead of for the whole pool (`total_min_node_count`/`total_max_node_count`). @default false
   */
  readonly boundsPerZone?: boolean;
  /** Labels on the cluster (`resource_labels`) and on every node VM (`node_config.resource_labels`). @default - none */
  readonly labels?: Record<string, string>;
  /** The provider's deletion protection. @default true */
  readonly deletionProtection?: boolean;
}

/** What a workload's sizing came to. */
export interface GkeWorkloadSizing {
  readonly machineType: string;
  readonly allocatableCpu: Decimal;
  readonly allocatableMemoryGib: Decimal;
  readonly podsPerNode: number;
  readonly zones: number;
  /** Node bounds of the pool, all zones together, as rendered. */
  readonly minNodes: number;
  readonly maxNodes: number;
  readonly expectedReplicas?: number;
  /** True when the declared load needs more replicas than maxReplicas (the HPA caps them). */
  readonly saturated?: boolean;
  readonly expectedNodes?: number;
}

const DEFAULT_MACHINE = "n2-standard-16";
const DEFAULT_TARGET = 0.6;
const DEFAULT_MAX_PODS = 110;
const MIB_PER_GIB = 1024;

/**
 * GKE's CPU reservation on a node (https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes, "Resource
 * reservations"): 6 % of the first core, 1 % of the next core (up to 2), 0.5 % of the next 2 cores (up to 4), 0.25 % of
 * any core above 4.
 */
export function gkeReservedCpu(vcpus: number | Decimal): Decimal {
  const v = money(vcpus);
  const band = (from: number, to: number) => Money.max(0, Money.min(v, to).minus(from));
  return band(0, 1).times("0.06").plus(band(1, 2).times("0.01")).plus(band(2, 4).times("0.005")).plus(band(4, Infinity).times("0.0025"));
}

/**
 * GKE's memory reservation on a node, in GiB (same page): 255 MiB on machines with less than 1 GiB; else 25 % of the
 * first 4 GiB, 20 % of the next 4 (up to 8), 10 % of the next 8 (up to 16), 6 % of the next 112 (up to 128) and 2 % of
 * any memory above 128 GiB. The kubelet's eviction threshold (100 MiB) comes on top, see `gkeAllocatable`.
 */
export function gkeReservedMemoryGib(memoryGib: number | Decimal): Decimal {
  const m = money(memoryGib);
  if (m.lt(1)) return money(255).div(MIB_PER_GIB);
  const band = (from: number, to: number) => Money.max(0, Money.min(m, to).minus(from));
  return band(0, 4).times("0.25").plus(band(4, 8).times("0.2")).plus(band(8, 16).times("0.1")).plus(band(16, 128).times("0.06")).plus(band(128, Infinity).times("0.02"));
}

/** Allocatable CPU and memory of a GKE node: capacity less GKE's reservations and the 100 MiB eviction threshold. */
export function gkeAllocatable(vcpus: number | Decimal, memoryGib: number | Decimal): { cpu: Decimal; memoryGib: Decimal } {
  return {
    cpu: money(vcpus).minus(gkeReservedCpu(vcpus)),
    memoryGib: money(memoryGib).minus(gkeReservedMemoryGib(memoryGib)).minus(money(100).div(MIB_PER_GIB)),
  };
}

/** Pods of one shape that fit a node: the tightest of CPU, memory and the pod limit, after the DaemonSets. */
export function podsPerNode(o: {
  allocatableCpu: Decimal; allocatableMemoryGib: Decimal; podCpu: number; podMemoryGib: number; maxPods: number;
  daemonSets?: { pods: number; cpu: number; memoryGib: number };
}): number {
  const ds = o.daemonSets ?? { pods: 0, cpu: 0, memoryGib: 0 };
  const byCpu = o.allocatableCpu.minus(ds.cpu).div(o.podCpu).floor();
  const byMemory = o.allocatableMemoryGib.minus(ds.memoryGib).div(o.podMemoryGib).floor();
  return Math.max(0, Money.min(byCpu, byMemory, o.maxPods - ds.pods).toNumber());
}

const ceilDiv = (a: number, b: number) => Math.ceil(a / b);

/**
 * The replicas an HPA keeps for an average load: ⌈rps ÷ (requestsPerSecondPerPod × targetCpuUtilization)⌉, held within
 * minReplicas and maxReplicas (`saturated` when the load needs more than maxReplicas).
 */
export function hpaReplicas(o: {
  averageRequestsPerSecond: number; requestsPerSecondPerPod: number; targetCpuUtilization?: number; minReplicas: number; maxReplicas: number;
}): { replicas: number; saturated: boolean } {
  const perPod = money(o.requestsPerSecondPerPod).times(o.targetCpuUtilization ?? DEFAULT_TARGET);
  const needed = money(o.averageRequestsPerSecond).div(perPod).ceil().toNumber();
  return { replicas: Math.min(o.maxReplicas, Math.max(o.minReplicas, needed)), saturated: needed > o.maxReplicas };
}

/**
 * A GKE Standard cluster (`google_container_cluster`, default pool removed) with one autoscaled node pool
 * (`google_container_node_pool`) per workload. Each pool's autoscaler bounds are derived from the workload's HPA:
 * replicas are packed onto the nodes' allocatable capacity (machine vCPUs and memory from the machine-type catalog, less
 * GKE's documented reservations), so minReplicas gives the minimum node count and maxReplicas the maximum. Declared load
 * gives the expected node count (usage `expectedNodes` of the node pool pricer). Pods of different workloads never share
 * a node here (dedicated pools), which is what makes the packing exact.
 */
export class GkeAutoscalingCluster extends Construct {
  readonly cluster: ContainerCluster;
  readonly nodePools: Readonly<Record<string, ContainerNodePool>>;
  readonly sizing: Readonly<Record<string, GkeWorkloadSizing>>;

  constructor(scope: Construct, id: string, props: GkeAutoscalingClusterProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    const zones = zonesOf(props, check);
    const sizing: Record<string, GkeWorkloadSizing> = {};
    if (props.workloads.length === 0) check.add("workloads", constructErrors.empty("workloads", "give at least one workload (each becomes a node pool)"));
    const seen = new Set<string>();
    props.workloads.forEach((w, i) => {
      const where = `workloads[${i}]${typeof w.name === "string" ? ` (${w.name})` : ""}`;
      if (literal(w.name)) {
        check.pattern(`${where}.name`, w.name, /^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$/, "lowercase letters, digits and hyphens (at most 40), starting with a letter: it names the node pool");
        if (seen.has(w.name)) check.add(`workloads[${i}].name`, constructErrors.usedTwice("workloads", "name", w.name, "workload"));
        seen.add(w.name);
      }
      const s = sizeWorkload(w, where, zones, props.boundsPerZone ?? false, check);
      if (s) sizing[w.name] = s;
    });
    check.labels("labels", props.labels);
    check.throwIfAny();

    this.cluster = new ContainerCluster(this, "cluster", {
      name: props.clusterName,
      location: props.location,
      ...(props.nodeLocations ? { nodeLocations: props.nodeLocations } : {}),
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      networkingMode: "VPC_NATIVE",
      ipAllocationPolicy: {},
      deletionProtection: props.deletionProtection ?? true,
      ...(props.labels ? { resourceLabels: props.labels } : {}),
    });

    const pools: Record<string, ContainerNodePool> = {};
    for (const w of props.workloads) {
      const s = sizing[w.name];
      const perZone = props.boundsPerZone ?? false;
      const pool = new ContainerNodePool(this, `pool-${w.name}`, {
        name: w.name,
        cluster: this.cluster.name,
        location: props.location,
        maxPodsPerNode: w.maxPodsPerNode ?? DEFAULT_MAX_PODS,
        autoscaling: perZone
          ? { minNodeCount: s.minNodes / s.zones, maxNodeCount: s.maxNodes / s.zones }
          : { totalMinNodeCount: s.minNodes, totalMaxNodeCount: s.maxNodes, locationPolicy: "BALANCED" },
        management: { autoRepair: true, autoUpgrade: true },
        nodeConfig: {
          machineType: s.machineType,
          diskSizeGb: w.bootDiskSizeGib ?? 100,
          diskType: w.bootDiskType ?? "pd-balanced",
          ...(w.spot ? { spot: true } : {}),
          labels: { workload: w.name },
          ...(props.labels ? { resourceLabels: props.labels } : {}),
          oauthScopes: ["https://www.googleapis.com/auth/cloud-platform"],
        },
      });
      if (s.expectedNodes !== undefined) Cost.usage(pool, { expectedNodes: s.expectedNodes });
      pools[w.name] = pool;
    }
    this.nodePools = pools;
    this.sizing = sizing;
  }
}

function zonesOf(props: GkeAutoscalingClusterProps, check: PropsCheck): number {
  if (props.nodeLocations !== undefined && literal(props.nodeLocations)) {
    if (props.nodeLocations.length === 0) check.add("nodeLocations", constructErrors.empty("nodeLocations", "leave it out for the location's default zones, or name the zones"));
    return Math.max(1, new Set(props.nodeLocations).size);
  }
  if (!check.known("location", props.location, "GkeAutoscalingCluster needs the location (or nodeLocations) to know how many zones the bounds cover")) return 1;
  return isGoogleZone(props.location) ? 1 : 3;
}

function sizeWorkload(w: GkeWorkloadProps, where: string, zones: number, perZone: boolean, check: PropsCheck): GkeWorkloadSizing | undefined {
  const before = check.count;
  const num = (value: number | undefined, prop: string, rule: NumberRule, note = "") => check.number(`${where}.${prop}`, value, note ? { ...rule, allowed: `${rule.allowed} ${note}` } : rule);
  num(w.minReplicas, "minReplicas", rules.whole(1), "(the HPA's minReplicas)");
  num(w.maxReplicas, "maxReplicas", rules.whole(1), "(the HPA's maxReplicas)");
  if (literal(w.minReplicas) && literal(w.maxReplicas) && w.minReplicas > w.maxReplicas) {
    check.add(`${where}.minReplicas`, `${where}: ${constructErrors.minAboveMax("minReplicas", w.minReplicas, "maxReplicas", w.maxReplicas)}`);
  }
  num(w.targetCpuUtilization, "targetCpuUtilization", { ok: (v) => v > 0 && v <= 1, allowed: "a fraction > 0 and ≤ 1 (0.6 for 60 %)" });
  num(w.requestsPerSecondPerPod, "requestsPerSecondPerPod", rules.above(0));
  num(w.podCpuRequest, "podCpuRequest", rules.above(0, "vCPUs"), "(0.5 for 500m)");
  num(w.podMemoryRequestGib, "podMemoryRequestGib", rules.above(0, "GiB"));
  num(w.maxPodsPerNode, "maxPodsPerNode", rules.whole(8, 256), "(GKE's limits)");
  num(w.bootDiskSizeGib, "bootDiskSizeGib", rules.whole(10, undefined, "GiB"));
  const ds = w.daemonSetsPerNode;
  if (ds) {
    num(ds.pods, "daemonSetsPerNode.pods", rules.whole(0));
    num(ds.cpu, "daemonSetsPerNode.cpu", rules.atLeast(0, "vCPUs"));
    num(ds.memoryGib, "daemonSetsPerNode.memoryGib", rules.atLeast(0, "GiB"));
  }
  const u = w.usage;
  if (u) {
    num(u.averageRequestsPerSecond, "usage.averageRequestsPerSecond", rules.atLeast(0));
    num(u.expectedReplicas, "usage.expectedReplicas", rules.atLeast(0));
    if (u.averageRequestsPerSecond !== undefined && u.expectedReplicas !== undefined) {
      check.add(`${where}.usage`, `${where}.usage gives both averageRequestsPerSecond and expectedReplicas; give one`);
    }
    if (u.averageRequestsPerSecond !== undefined && w.requestsPerSecondPerPod === undefined) {
      check.add(`${where}.usage.averageRequestsPerSecond`, `${where}.usage.averageRequestsPerSecond needs requestsPerSecondPerPod (what one pod serves at 100 % of its CPU request) to turn load into replicas`);
    }
    if (u.expectedReplicas !== undefined && literal(u.expectedReplicas) && literal(w.minReplicas) && literal(w.maxReplicas)
      && (u.expectedReplicas < w.minReplicas || u.expectedReplicas > w.maxReplicas)) {
      check.add(`${where}.usage.expectedReplicas`, `${where}.usage.expectedReplicas (${u.expectedReplicas}) must lie within minReplicas (${w.minReplicas}) and maxReplicas (${w.maxReplicas}): the HPA keeps replicas there`);
    }
  }
  const type = w.machineType ?? DEFAULT_MACHINE;
  let facts: { vcpus: number; memoryGib: number } | undefined;
  if (check.known(`${where}.machineType`, type, "the pods per node follow from it")) {
    const m = lookup(type, machineFacts, (reason) => check.add(`${where}.machineType`, `${where}.machineType: ${reason}`));
    if (m?.sharedCore) check.add(`${where}.machineType`, `${where}.machineType "${type}" is a shared-core type; GkeAutoscalingCluster packs pods on whole vCPUs: choose a standard type such as e2-standard-4`);
    else facts = m;
  }
  if (check.count > before || !facts) return undefined;

  const alloc = gkeAllocatable(facts.vcpus, facts.memoryGib);
  const maxPods = w.maxPodsPerNode ?? DEFAULT_MAX_PODS;
  const perNode = podsPerNode({
    allocatableCpu: alloc.cpu, allocatableMemoryGib: alloc.memoryGib, podCpu: w.podCpuRequest, podMemoryGib: w.podMemoryRequestGib,
    maxPods, ...(ds ? { daemonSets: ds } : {}),
  });
  if (perNode < 1) {
    check.add(`${where}.podCpuRequest`, `${where}: a pod (${w.podCpuRequest} vCPU, ${w.podMemoryRequestGib} GiB) does not fit a ${type} node, whose allocatable capacity is ${alloc.cpu.toFixed(3)} vCPU and ${alloc.memoryGib.toFixed(3)} GiB${ds ? " less the DaemonSets" : ""}; choose a larger machineType or smaller pod requests`);
    return undefined;
  }
  const round = (nodes: number) => (perZone ? ceilDiv(nodes, zones) * zones : nodes);
  const minNodes = round(ceilDiv(w.minReplicas, perNode));
  const maxNodes = round(ceilDiv(w.maxReplicas, perNode));
  let expectedReplicas: number | undefined;
  let saturated = false;
  if (u?.expectedReplicas !== undefined) expectedReplicas = u.expectedReplicas;
  else if (u?.averageRequestsPerSecond !== undefined && w.requestsPerSecondPerPod !== undefined) {
    const hpa = hpaReplicas({ ...w, averageRequestsPerSecond: u.averageRequestsPerSecond, requestsPerSecondPerPod: w.requestsPerSecondPerPod });
    saturated = hpa.saturated;
    expectedReplicas = hpa.replicas;
  }
  const expectedNodes = expectedReplicas === undefined
    ? undefined
    : Math.min(maxNodes, Math.max(minNodes, ceilDiv(expectedReplicas, perNode)));
  return {
    machineType: type, allocatableCpu: alloc.cpu, allocatableMemoryGib: alloc.memoryGib, podsPerNode: perNode, zones,
    minNodes, maxNodes,
    ...(expectedReplicas !== undefined ? { expectedReplicas, expectedNodes, saturated } : {}),
  };
}
