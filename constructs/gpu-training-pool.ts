import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ContainerCluster } from "@cdktf/provider-google/lib/container-cluster";
import { ContainerNodePool } from "@cdktf/provider-google/lib/container-node-pool";
import { HOURS_PER_MONTH, money, Money } from "../pricing/money";
import { machineType as machineFacts, MachineType } from "../pricing/resources/common/machine";
import { Cost } from "./cost";
import { literal, lookup, PropsCheck, rules } from "./validation";

/** The training the pool runs; never rendered into Terraform. */
export interface GpuTrainingUsage {
  /** Node-hours a month the training and batch-inference jobs keep nodes up. */
  readonly nodeHoursPerMonth: number;
  /** The jobs checkpoint and retry, so they tolerate preemption: recorded as usage `interruptible` for
   *  `costkit recommend` (Spot nodes when the pool runs on demand). @default false */
  readonly interruptible?: boolean;
}

export interface GpuTrainingPoolProps {
  /** The GKE cluster the pool belongs to; its `location` places the pool. */
  readonly cluster: ContainerCluster;
  /** Node pool name. */
  readonly name: string;
  /** Zones of the nodes (where the GPUs exist). @default - the cluster's zones */
  readonly nodeLocations?: readonly string[];
  /** A machine type with bundled GPUs (A2, A3, G2). @default "a2-highgpu-8g" (8 × A100 40GB) */
  readonly machineType?: string;
  /** Lower bound of the autoscaler, all zones together. @default 0 - the pool scales to zero between jobs */
  readonly minNodes?: number;
  /** Upper bound of the autoscaler, all zones together. Priced as the worst case. */
  readonly maxNodes: number;
  /** Spot nodes. @default false */
  readonly spot?: boolean;
  /** Boot disk per node, GB. @default 200 */
  readonly diskSizeGb?: number;
  /** Labels on the nodes' VMs (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected work. @default - expected nodes at the minimum (0: scaled to zero), and the report says so */
  readonly usage?: GpuTrainingUsage;
}

/**
 * A GKE node pool of GPU machines for training and batch inference that scales to zero: autoscaling with
 * `total_min_node_count` (default 0) and `total_max_node_count`, the machine's GPUs declared as `guest_accelerator`.
 *
 * Cost: nodes × 730 hours at the machine's rate (GPUs included for A2/A3/G2) plus a boot disk per node; min and max
 * from the autoscaling bounds, expected nodes = `nodeHoursPerMonth / 730` (raised to the minimum).
 */
export class GpuTrainingPool extends Construct {
  readonly nodePool: ContainerNodePool;
  /** Expected average nodes, or undefined without usage. */
  readonly expectedNodes: number | undefined;

  constructor(scope: Construct, id: string, props: GpuTrainingPoolProps) {
    super(scope, id);
    const type = props.machineType ?? "a2-highgpu-8g";
    const machine = lookup(type, machineFacts);
    const min = props.minNodes ?? 0;
    this.expectedNodes = props.usage
      ? Money.max(money(props.usage.nodeHoursPerMonth).div(HOURS_PER_MONTH), min).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toNumber()
      : undefined;
    const location = props.cluster.locationInput;
    validate(this, props, type, machine, min, location);

    this.nodePool = new ContainerNodePool(this, "pool", {
      name: props.name,
      cluster: props.cluster.name,
      location: location!,
      ...(props.nodeLocations ? { nodeLocations: [...props.nodeLocations] } : {}),
      autoscaling: { totalMinNodeCount: min, totalMaxNodeCount: props.maxNodes, locationPolicy: "ANY" },
      nodeConfig: {
        machineType: type,
        ...(machine?.gpus ? { guestAccelerator: [{ type: machine.gpus.type, count: machine.gpus.count }] } : {}),
        diskSizeGb: props.diskSizeGb ?? 200,
        ...(props.spot ? { spot: true } : {}),
        ...(props.labels ? { resourceLabels: { ...props.labels }, labels: { ...props.labels } } : {}),
        oauthScopes: ["https://www.googleapis.com/auth/cloud-platform"],
      },
      ...(props.provider ? { provider: props.provider } : {}),
    });
    Cost.category(this.nodePool, "ml");
    if (this.expectedNodes !== undefined || props.usage?.interruptible) {
      Cost.usage(this.nodePool, {
        ...(this.expectedNodes !== undefined ? { expectedNodes: this.expectedNodes } : {}),
        ...(props.usage?.interruptible ? { interruptible: "yes" } : {}),
      });
    }
  }
}

function validate(scope: IConstruct, props: GpuTrainingPoolProps, type: string, machine: MachineType | undefined, min: number, location: string | undefined): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  if (literal(type)) {
    if (!machine) check.add("machineType", `machineType ("${type}") is not a predefined Compute Engine machine type; use a GPU type such as "a2-highgpu-8g"`);
    else if (!machine.gpus) check.add("machineType", `machineType ("${type}") has no bundled GPUs; use an A2, A3 or G2 type such as "a2-highgpu-8g"`);
  }
  if (location === undefined || !literal(location)) check.add("cluster", "cluster has no literal location; create the ContainerCluster with location set to a region or zone");
  const max = props.maxNodes;
  check.number("minNodes", min, rules.whole(0), "skip");
  check.number("maxNodes", max, rules.whole(1), "skip");
  check.minMax("minNodes", min, "maxNodes", max);
  const hours = props.usage?.nodeHoursPerMonth;
  if (check.number("usage.nodeHoursPerMonth", hours, rules.atLeast(0), "usage") && hours !== undefined && literal(max) && hours > max * 730) {
    check.add("usage.nodeHoursPerMonth", `usage.nodeHoursPerMonth (${hours}) exceeds what maxNodes (${max}) can run in a 730-hour month (${max * 730}); raise maxNodes to at least ${Math.ceil(hours / 730)}`);
  }
  check.throwIfAny();
}
