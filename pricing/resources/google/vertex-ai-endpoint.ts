import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { CostLines, Pricer } from "../../pricer";
import { multiplyRanges, range, Range, scaleRange } from "../../range";
import { UsageKeyDef, UsageValues } from "../../usage";
import { ownValue } from "../../own";

/** Machine types the price book has Vertex AI prediction rates for (per node-hour). */
export const VERTEX_PREDICTION_MACHINES: readonly string[] = [
  ...[2, 4, 8, 16, 32].map((n) => `n1-standard-${n}`),
  ...[2, 4, 8, 16, 32].map((n) => `n1-highmem-${n}`),
  ...[4, 8, 16, 32].map((n) => `n1-highcpu-${n}`),
  ...[2, 4, 8, 16, 32].map((n) => `e2-standard-${n}`),
  ...[2, 4, 8, 16].map((n) => `e2-highmem-${n}`),
  ...[2, 4, 8, 16, 32].map((n) => `e2-highcpu-${n}`),
  ...[4, 8, 12, 16, 24, 32, 48].map((n) => `g2-standard-${n}`),
  ...[1, 2, 4, 8].map((n) => `a2-highgpu-${n}g`),
];

/** Accelerators that machines include in their rate (G2 comes with L4s, A2 high-GPU with A100 40GB). */
const BUNDLED: Record<string, string> = { g2: "NVIDIA_L4", a2: "NVIDIA_TESLA_A100" };

/** Accelerators attached to N1 machines and priced per GPU-hour. */
const ATTACHED_GPU_PRICE: Record<string, string> = { NVIDIA_TESLA_T4: "google/vertex-ai/prediction-gpu-t4" };

export const VERTEX_ACCELERATORS: readonly string[] = [
  "NVIDIA_TESLA_T4", "NVIDIA_L4", "NVIDIA_TESLA_A100", "NVIDIA_A100_80GB", "NVIDIA_TESLA_V100", "NVIDIA_TESLA_P4",
  "NVIDIA_TESLA_P100", "NVIDIA_H100_80GB",
];

/** A model deployment as billed: one machine spec on a number of replicas, for some hours a month. */
export interface PredictionDeployment {
  readonly machineType: string;
  readonly acceleratorType?: string;
  readonly acceleratorCount: number;
  /** Replicas (nodes): min and max from the autoscaling bounds, expected from usage or min. */
  readonly replicas: Range;
  readonly hours: Range;
  /** True when the replicas or hours come from usage rather than configuration. */
  readonly usageBased: boolean;
}

/** Replicas as a range; `expected` must lie within min..max. */
export function replicaRange(min: number, max: number | undefined, expected: Decimal | undefined): Range {
  const hi = max ?? min;
  if (min < 0 || hi < min) throw new Unpriceable(`replica bounds ${min}..${hi} are out of order`);
  if (expected !== undefined && (expected.lt(min) || expected.gt(hi))) {
    throw new Unpriceable(`usage expectedReplicas ${expected.toFixed()} is outside the replica bounds ${min}..${hi}`);
  }
  return range(min, expected ?? min, hi);
}

/**
 * Prediction node-hours (replicas × hours at the machine's Vertex AI rate) and, for GPUs attached to N1 machines,
 * GPU-hours. G2 and A2 machines include their GPUs in the machine rate.
 */
export function addPredictionLines(lines: CostLines, d: PredictionDeployment): void {
  const machine = d.machineType.trim().toLowerCase();
  if (!VERTEX_PREDICTION_MACHINES.includes(machine)) {
    throw new Unpriceable(
      `no Vertex AI prediction rate for machine type "${d.machineType}"; costkit prices n1-standard/highmem/highcpu, e2-standard/highmem/highcpu, g2-standard and a2-highgpu machine types`,
    );
  }
  const nodeHours = multiplyRanges(d.replicas, d.hours);
  lines.add({ name: `Prediction nodes (${machine})`, unit: "node-hours", priceId: `google/vertex-ai/prediction-${machine}`, quantity: nodeHours, usageBased: d.usageBased });
  const accelerator = d.acceleratorType?.trim().toUpperCase();
  if (!accelerator || accelerator === "ACCELERATOR_TYPE_UNSPECIFIED" || d.acceleratorCount === 0) return;
  const family = machine.split("-")[0];
  if (ownValue(BUNDLED, family) !== undefined) {
    if (ownValue(BUNDLED, family) === accelerator) return; // included in the machine rate
    lines.unpriceable(`${family} machines come with ${ownValue(BUNDLED, family)}, not ${accelerator}`, `Prediction accelerators (${accelerator})`);
    return;
  }
  const name = `Prediction accelerators (${accelerator})`;
  const priceId = ownValue(ATTACHED_GPU_PRICE, accelerator);
  if (!priceId) {
    lines.unpriceable(`no Vertex AI prediction rate for accelerator ${accelerator} on ${machine}; costkit prices ${Object.keys(ATTACHED_GPU_PRICE).join(", ")} on N1 machines`, name);
    return;
  }
  lines.add({ name, unit: "GPU-hours", priceId, quantity: scaleRange(nodeHours, d.acceleratorCount), usageBased: d.usageBased });
}

export const REPLICA_USAGE: readonly UsageKeyDef[] = [
  { name: "expectedReplicas", type: "quantity", unit: "replicas", description: "Expected replicas (nodes) between the minimum and maximum; default: the minimum" },
  { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours a month the model stays deployed (billed with or without traffic)" },
];

function usageNumber(usage: UsageValues, key: string): number | undefined {
  const q = usage.quantity(key);
  return q === undefined ? undefined : q.expected.toNumber();
}

/**
 * `google_vertex_ai_endpoint`: an endpoint costs nothing by itself; the models deployed to it bill per node-hour for
 * as long as they stay deployed, traffic or not (Vertex AI has no scale-to-zero). Terraform (provider 6.x) cannot
 * deploy a model to an endpoint (`deployed_models` is output-only), so the deployment is declared in usage:
 * `machineType`, optional `acceleratorType`/`acceleratorCount`, `minReplicas`/`maxReplicas` (the autoscaling bounds, a
 * range) and `expectedReplicas` (default: the minimum), `monthlyHours` (default 730). Without `machineType` the
 * endpoint is reported unpriced with that reason, never as zero. Models deployed through a
 * `google_vertex_ai_deployment_resource_pool` are priced on the pool.
 *
 * Rates are the Vertex AI prediction node-hour rates (Compute Engine machine rate × 1.15, see the price book); batch
 * prediction bills the same node rates for the job's duration but has no Terraform resource.
 */
export const vertexAiEndpoint: Pricer = {
  type: "google_vertex_ai_endpoint",
  provider: "google",
  category: "ml",
  usage: [
    { name: "machineType", type: "enum", unit: "machine type", values: VERTEX_PREDICTION_MACHINES, description: "Machine type of the model deployed to the endpoint (dedicatedResources.machineSpec.machineType)" },
    { name: "acceleratorType", type: "enum", unit: "accelerator", values: VERTEX_ACCELERATORS, description: "Accelerator attached to each replica, if any" },
    { name: "acceleratorCount", type: "quantity", unit: "accelerators", default: 1, description: "Accelerators per replica (with acceleratorType)" },
    { name: "minReplicas", type: "quantity", unit: "replicas", default: 1, description: "minReplicaCount of the deployed model (at least 1)" },
    { name: "maxReplicas", type: "quantity", unit: "replicas", description: "maxReplicaCount of the deployed model; default: minReplicas" },
    ...REPLICA_USAGE,
  ],
  price(r, lines) {
    const machineType = r.usage.enumValue("machineType");
    if (machineType === undefined) {
      lines.unpriceable(
        "the endpoint's deployed models are not in the Terraform configuration (deployed_models is output-only); declare machineType and the replica counts in usage to price them",
        "Prediction nodes",
      );
      return;
    }
    const min = usageNumber(r.usage, "minReplicas") ?? 1;
    const deployment: PredictionDeployment = {
      machineType,
      acceleratorType: r.usage.enumValue("acceleratorType"),
      acceleratorCount: usageNumber(r.usage, "acceleratorCount") ?? 1,
      replicas: replicaRange(min, usageNumber(r.usage, "maxReplicas"), r.usage.quantity("expectedReplicas")?.expected),
      hours: r.usage.quantity("monthlyHours")!,
      usageBased: true,
    };
    addPredictionLines(lines, deployment);
  },
};
