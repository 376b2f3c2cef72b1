import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";
import { addPredictionLines, replicaRange, REPLICA_USAGE } from "./vertex-ai-endpoint";

/**
 * `google_vertex_ai_deployment_resource_pool`: dedicated prediction nodes shared by the models deployed to the pool.
 * Priced like a deployed model (see `google_vertex_ai_endpoint`) from `dedicated_resources`: `machine_spec`
 * (machine type, accelerator type and count) on `min_replica_count`..`max_replica_count` replicas (max defaults to
 * min), expected from the usage `expectedReplicas` (else min), `monthlyHours` (default 730). Nodes bill while models
 * are deployed to the pool; a pool with no model deployed should set `monthlyHours: 0`.
 */
export const vertexAiDeploymentResourcePool: Pricer = {
  type: "google_vertex_ai_deployment_resource_pool",
  provider: "google",
  category: "ml",
  usage: REPLICA_USAGE,
  price(r, lines) {
    const dedicated = r.attrs.block("dedicated_resources");
    if (!dedicated) throw new Unpriceable("the pool has no dedicated_resources block");
    const spec = dedicated.block("machine_spec");
    const machineType = spec?.str("machine_type");
    if (machineType === undefined) throw new Unpriceable("dedicated_resources.machine_spec.machine_type is not set");
    const min = dedicated.num("min_replica_count") ?? 1;
    addPredictionLines(lines, {
      machineType,
      acceleratorType: spec?.str("accelerator_type"),
      acceleratorCount: spec?.num("accelerator_count") ?? 1,
      replicas: replicaRange(min, dedicated.num("max_replica_count"), r.usage.quantity("expectedReplicas")?.expected),
      hours: r.usage.quantity("monthlyHours")!,
      usageBased: r.usage.declared("expectedReplicas") || r.usage.declared("monthlyHours"),
    });
  },
};
