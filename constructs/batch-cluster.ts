import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { DataprocAutoscalingPolicy } from "@cdktf/provider-google/lib/dataproc-autoscaling-policy";
import { DataprocCluster } from "@cdktf/provider-google/lib/dataproc-cluster";
import { money, Money } from "../pricing/money";
import { machineType as machineFacts } from "../pricing/resources/common/machine";
import { Cost } from "./cost";
import { literal, lookup, PropsCheck, rules } from "./validation";

/** The batch work the cluster runs; never rendered into Terraform. */
export interface BatchLoad {
  /** Worker vCPU-hours of jobs per day (Spark executors). */
  readonly vcpuHoursPerDay: number;
  /** Share of the work on secondary (Spot) workers, 0 to 1. @default 0.5 when the cluster has secondary workers, else 0 */
  readonly secondaryShare?: number;
}

export interface BatchClusterProps {
  /** Cluster name (and the autoscaling policy's id). */
  readonly name: string;
  /** Region of the cluster. */
  readonly region: string;
  /** @default "n2-standard-8" */
  readonly masterMachineType?: string;
  /** Machine type of primary and secondary workers. @default "n2-standard-16" */
  readonly workerMachineType?: string;
  /** Boot disk of every node, GB. @default 500 */
  readonly bootDiskGb?: number;
  /** @default "pd-balanced" */
  readonly bootDiskType?: string;
  /** Lower bound of primary workers (Dataproc needs ≥ 2). @default 2 */
  readonly minPrimaryWorkers?: number;
  /** Upper bound of primary workers. Priced as the worst case. */
  readonly maxPrimaryWorkers: number;
  /** Lower bound of secondary workers. @default 0 */
  readonly minSecondaryWorkers?: number;
  /** Upper bound of secondary workers (Spot). Priced as the worst case. @default 0 */
  readonly maxSecondaryWorkers?: number;
  /** Capacity of secondary workers. @default "SPOT" */
  readonly secondaryPreemptibility?: "SPOT" | "PREEMPTIBLE" | "NON_PREEMPTIBLE";
  /** Dataproc image. @default "2.2-debian12" */
  readonly imageVersion?: string;
  /** Labels of the cluster (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected load. @default - expected cost at the autoscaling minimums, and the report says so */
  readonly load?: BatchLoad;
}

/**
 * A long-running Dataproc (Spark) cluster for batch jobs, autoscaled by a `google_dataproc_autoscaling_policy` between
 * `min…max` primary workers and `min…max` secondary (Spot) workers.
 *
 * From the load: average workers = `vcpuHoursPerDay / 24 / vCPUs per worker`, split `1 − secondaryShare` to primary and
 * `secondaryShare` to secondary workers, each raised to its minimum; the primary overflow above its maximum moves to
 * secondary workers. The report prices VMs at Compute Engine rates plus the Dataproc fee per vCPU-hour.
 */
export class BatchCluster extends Construct {
  readonly cluster: DataprocCluster;
  readonly autoscalingPolicy: DataprocAutoscalingPolicy;
  /** Expected average primary and secondary workers, or undefined without load. */
  readonly expectedWorkers: { readonly primary: number; readonly secondary: number } | undefined;

  constructor(scope: Construct, id: string, props: BatchClusterProps) {
    super(scope, id);
    const workerType = props.workerMachineType ?? "n2-standard-16";
    const bounds = {
      minPrimary: props.minPrimaryWorkers ?? 2,
      maxPrimary: props.maxPrimaryWorkers,
      minSecondary: props.minSecondaryWorkers ?? 0,
      maxSecondary: props.maxSecondaryWorkers ?? 0,
    };
    const vcpus = lookup(workerType, machineFacts)?.vcpus;
    this.expectedWorkers = props.load && vcpus !== undefined ? batchWorkers(props.load, vcpus, bounds) : undefined;
    validate(this, props, workerType, vcpus, bounds, this.expectedWorkers);

    const provider = props.provider ? { provider: props.provider } : {};
    const disk = { bootDiskSizeGb: props.bootDiskGb ?? 500, bootDiskType: props.bootDiskType ?? "pd-balanced" };
    this.autoscalingPolicy = new DataprocAutoscalingPolicy(this, "autoscaling", {
      policyId: props.name,
      location: props.region,
      workerConfig: { minInstances: bounds.minPrimary, maxInstances: bounds.maxPrimary },
      secondaryWorkerConfig: { minInstances: bounds.minSecondary, maxInstances: bounds.maxSecondary },
      basicAlgorithm: {
        cooldownPeriod: "120s",
        yarnConfig: { gracefulDecommissionTimeout: "3600s", scaleUpFactor: 1, scaleDownFactor: 1 },
      },
      ...provider,
    });
    this.cluster = new DataprocCluster(this, "cluster", {
      name: props.name,
      region: props.region,
      ...(props.labels ? { labels: { ...props.labels } } : {}),
      clusterConfig: {
        masterConfig: { numInstances: 1, machineType: props.masterMachineType ?? "n2-standard-8", diskConfig: disk },
        workerConfig: { numInstances: bounds.minPrimary, machineType: workerType, diskConfig: disk },
        preemptibleWorkerConfig: { numInstances: bounds.minSecondary, preemptibility: props.secondaryPreemptibility ?? "SPOT", diskConfig: disk },
        autoscalingConfig: { policyUri: this.autoscalingPolicy.name },
        softwareConfig: { imageVersion: props.imageVersion ?? "2.2-debian12" },
      },
      ...provider,
    });
    Cost.category(this.cluster, "data");
    if (this.expectedWorkers) {
      Cost.usage(this.cluster, { expectedWorkers: this.expectedWorkers.primary, expectedSecondaryWorkers: this.expectedWorkers.secondary });
    }
  }
}

/** Autoscaling bounds of primary and secondary workers. */
export interface BatchWorkerBounds {
  readonly minPrimary: number;
  readonly maxPrimary: number;
  readonly minSecondary: number;
  readonly maxSecondary: number;
}

/** Average primary and secondary workers for a load (4 decimal places). */
export function batchWorkers(load: BatchLoad, vcpusPerWorker: number, b: BatchWorkerBounds): { primary: number; secondary: number } {
  const round = (d: Decimal) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toNumber();
  const total = money(load.vcpuHoursPerDay).div(24).div(vcpusPerWorker);
  const share = load.secondaryShare ?? (b.maxSecondary > 0 ? 0.5 : 0);
  const primary = Money.min(Money.max(total.times(money(1).minus(share)), b.minPrimary), b.maxPrimary);
  const secondary = Money.max(total.minus(primary), b.minSecondary);
  return { primary: round(primary), secondary: round(secondary) };
}

function validate(scope: IConstruct, props: BatchClusterProps, workerType: string, vcpus: number | undefined, b: BatchWorkerBounds, expected: { primary: number; secondary: number } | undefined): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  if (literal(workerType) && vcpus === undefined) check.add("workerMachineType", `workerMachineType ("${workerType}") is not a predefined Compute Engine machine type; use one such as "n2-standard-16"`);
  check.number("minPrimaryWorkers", b.minPrimary, rules.whole(2), "skip");
  check.number("maxPrimaryWorkers", b.maxPrimary, rules.whole(2), "skip");
  check.number("minSecondaryWorkers", b.minSecondary, rules.whole(0), "skip");
  check.number("maxSecondaryWorkers", b.maxSecondary, rules.whole(0), "skip");
  check.minMax("minPrimaryWorkers", b.minPrimary, "maxPrimaryWorkers", b.maxPrimary);
  check.minMax("minSecondaryWorkers", b.minSecondary, "maxSecondaryWorkers", b.maxSecondary);
  if (props.load) {
    check.number("load.vcpuHoursPerDay", props.load.vcpuHoursPerDay, rules.atLeast(0), "usage");
    const s = props.load.secondaryShare;
    check.number("load.secondaryShare", s, rules.fraction("0.3 for 30 %"), "usage");
    if (s !== undefined && s > 0 && b.maxSecondary === 0) check.add("load.secondaryShare", `load.secondaryShare (${s}) puts work on secondary workers, but maxSecondaryWorkers is 0; raise maxSecondaryWorkers or set secondaryShare to 0`);
    if (expected && expected.secondary > b.maxSecondary && check.count === 0) {
      const total = expected.primary + expected.secondary;
      check.add("maxSecondaryWorkers",
        `the load needs ${total} workers on average, more than maxPrimaryWorkers (${b.maxPrimary}) + maxSecondaryWorkers (${b.maxSecondary}); raise the maximums to hold at least ${Math.ceil(total)} workers`,
      );
    }
  }
  check.throwIfAny();
}
