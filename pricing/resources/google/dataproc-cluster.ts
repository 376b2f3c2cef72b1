import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { googleRegionOfLocation } from "../../geo";
import { HOURS_PER_MONTH, money } from "../../money";
import { ComponentSpec, CostLines, Pricer, ResourceInput } from "../../pricer";
import { fixed, range, Range, scaleRange, sumRanges } from "../../range";
import { defaultRegion } from "../../region";
import { UsageKeyDef } from "../../usage";
import { addDiskLine, addGpuLines, addLocalSsdLines, addMachineLines, defaultBootDiskType, machineType, monthsWhileRunning, nodeHours } from "../common/machine";

/**
 * `google_dataproc_cluster` (Dataproc on Compute Engine): the cluster's VMs at Compute Engine prices plus the Dataproc
 * fee of $0.010 per vCPU-hour on every node (https://cloud.google.com/dataproc/pricing), for `monthlyHours` (default
 * 730; ephemeral clusters run less).
 *
 * Node groups (`cluster_config.*`): master (`num_instances` default 1), primary workers (default 2) and secondary
 * workers (`preemptible_worker_config`, default 0; `preemptibility` PREEMPTIBLE — the default — or SPOT are billed at
 * Spot prices, NON_PREEMPTIBLE on demand). Machine type default n1-standard-4 (the provider's documented default);
 * boot disk `disk_config.boot_disk_size_gb` (default 500 GiB) of `boot_disk_type` (default pd-standard,
 * hyperdisk-balanced for C4/N4; secondary workers default to the primary workers' type) and `num_local_ssds` × 375 GiB
 * of Local SSD, for the hours the cluster exists. GPUs from `accelerators`. Sustained-use discounts apply to the VMs
 * as to any Compute Engine VM, for the cluster's share of the month.
 *
 * Autoscaling: when `autoscaling_config.policy_uri` refers to a google_dataproc_autoscaling_policy of the same
 * configuration, its `worker_config` and `secondary_worker_config` `min_instances`/`max_instances` bound the worker
 * counts (min and max of the range); expected comes from the usage `expectedWorkers`/`expectedSecondaryWorkers`, else
 * the minimum. A policy that is not in the configuration leaves the configured `num_instances`.
 */
const USAGE: readonly UsageKeyDef[] = [
  { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the cluster exists in a month (730 = always on)." },
  { name: "expectedWorkers", type: "quantity", unit: "nodes", description: "Average number of primary workers over the month, with an autoscaling policy." },
  { name: "expectedSecondaryWorkers", type: "quantity", unit: "nodes", description: "Average number of secondary workers over the month, with an autoscaling policy." },
];

const DEFAULT_MACHINE = "n1-standard-4";
const DEFAULT_BOOT_GIB = 500;
const LOCAL_SSD_GIB = 375;

interface Group {
  readonly label: string;
  /** machine_type and accelerators */
  readonly config: Attributes | undefined;
  readonly diskConfig: Attributes | undefined;
  readonly nodes: Range;
  readonly spot: boolean;
  readonly spotWord: "spot" | "preemptible";
  readonly defaultDiskType?: string;
}

function policyOf(r: Pick<ResourceInput, "attrs" | "document">): Attributes | undefined {
  const ref = r.attrs.reference("cluster_config.autoscaling_config.policy_uri");
  if (!ref) return undefined;
  const res = r.document.get(ref.address);
  return res && res.type === "google_dataproc_autoscaling_policy" ? res.attrs : undefined;
}

function bounded(configured: number, policy: Attributes | undefined, defaults: { min: number; max: number }, expected: Range | undefined, key: string): Range {
  if (!policy) return fixed(configured);
  const min = policy.num("min_instances") ?? defaults.min;
  const max = Math.max(policy.num("max_instances") ?? defaults.max, min);
  const e = expected?.expected;
  if (e === undefined) return range(min, min, max);
  if (e.lt(min) || e.gt(max)) {
    throw new Unpriceable(`usage ${key} ${e.toFixed()} is outside the autoscaling policy's bounds (${min} to ${max}); fix the usage or the policy`);
  }
  return range(min, e, max);
}

function dataprocRegion(r: Omit<ResourceInput, "region" | "usage">): string | undefined {
  const own = r.attrs.str("region");
  if (own !== undefined && own !== "global") return own;
  const zone = r.attrs.str("cluster_config.gce_cluster_config.zone");
  if (zone !== undefined && zone !== "") return googleRegionOfLocation(zone);
  const p = r.providerConfig.str("region") ?? r.providerConfig.str("zone");
  return p === undefined ? defaultRegion("google", r.attrs, r.providerConfig) : googleRegionOfLocation(p);
}

function addGroup(lines: CostLines, g: Group, hours: Range, premium: { vcpuHours: Range[] }): void {
  if (g.nodes.max.isZero()) return;
  const common = { nodes: g.nodes, hoursPerNode: hours, spot: g.spot, spotWord: g.spotWord, label: g.label };
  const m = addMachineLines(lines, { ...common, machineType: g.config?.str("machine_type") ?? DEFAULT_MACHINE });
  premium.vcpuHours.push(scaleRange(nodeHours(g.nodes, hours), money(m.vcpus)));
  for (const a of g.config?.blocks("accelerators") ?? []) {
    const count = a.num("accelerator_count") ?? 0;
    if (count > 0) addGpuLines(lines, { ...common, gpuType: a.str("accelerator_type") ?? "", count });
  }
  const disk = g.diskConfig;
  const ssd = (disk?.num("num_local_ssds") ?? 0) * LOCAL_SSD_GIB;
  if (ssd > 0) addLocalSsdLines(lines, { ...common, gibPerNode: ssd });
  const diskType = disk?.str("boot_disk_type") ?? g.defaultDiskType ?? defaultBootDiskType(machineType(g.config?.str("machine_type") ?? DEFAULT_MACHINE), "pd-standard");
  // Disks exist while the cluster does: node count × the cluster's share of the month.
  addDiskLine(lines, {
    name: "Boot disk", label: g.label, diskType, gib: disk?.num("boot_disk_size_gb") ?? DEFAULT_BOOT_GIB,
    disks: monthsWhileRunning(nodeHours(g.nodes, hours), 1),
  });
}

export const dataprocCluster: Pricer = {
  type: "google_dataproc_cluster",
  provider: "google",
  category: "data",
  usage: USAGE,
  region: dataprocRegion,
  price(r, lines) {
    const hours = r.usage.quantity("monthlyHours") ?? fixed(HOURS_PER_MONTH);
    const cc = r.attrs.block("cluster_config");
    const policy = policyOf(r);
    const master = cc?.block("master_config");
    const worker = cc?.block("worker_config");
    const secondary = cc?.block("preemptible_worker_config");
    const preemptibility = (secondary?.str("preemptibility") ?? "PREEMPTIBLE").toUpperCase();
    const workerDiskType = worker?.block("disk_config")?.str("boot_disk_type");
    const groups: Group[] = [
      { label: "master", config: master, diskConfig: master?.block("disk_config"), nodes: fixed(master?.num("num_instances") ?? 1), spot: false, spotWord: "spot" },
      {
        label: "worker", config: worker, diskConfig: worker?.block("disk_config"), spot: false, spotWord: "spot",
        nodes: bounded(worker?.num("num_instances") ?? 2, policy?.block("worker_config"), { min: 2, max: 2 }, r.usage.quantity("expectedWorkers"), "expectedWorkers"),
      },
      {
        // Secondary workers run the primary workers' machine type (the provider has no machine type for them);
        // their boot disk type defaults to the primary workers'.
        label: "secondary worker", config: worker, diskConfig: secondary?.block("disk_config"),
        spot: preemptibility !== "NON_PREEMPTIBLE", spotWord: preemptibility === "SPOT" ? "spot" : "preemptible",
        nodes: bounded(secondary?.num("num_instances") ?? 0, policy?.block("secondary_worker_config"), { min: 0, max: 0 }, r.usage.quantity("expectedSecondaryWorkers"), "expectedSecondaryWorkers"),
        ...(workerDiskType !== undefined ? { defaultDiskType: workerDiskType } : {}),
      },
    ];
    const premium = { vcpuHours: [] as Range[] };
    for (const g of groups) addGroup(lines, g, hours, premium);
    const fee: ComponentSpec = {
      name: "Dataproc premium (all nodes)", unit: "vCPU-hours", priceId: "google/dataproc/premium", region: "global",
      quantity: sumRanges(premium.vcpuHours),
    };
    lines.add(fee);
  },
};
