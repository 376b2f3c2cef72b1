import { acceleratorPoolBounds } from "../rules/accelerator-pool-bounds";
import { autoscaledWorstCase } from "../rules/autoscaled-worst-case";
import { cdnCacheHitRatio } from "../rules/cdn-cache-hit-ratio";
import { costAllocationTags } from "../rules/cost-allocation-tags";
import { largeBucketLifecycle } from "../rules/large-bucket-lifecycle";
import { onDemandCommitment } from "../rules/on-demand-commitment";
import { unpricedLines } from "../rules/unpriced-lines";
import { Pack, packRule } from "../types";

/**
 * The reference guardrails. Levels: budgets (policies/budgets.yaml) are the hard gate FinOps owns; these rules are
 * heuristics that a legitimate design can break (a hot bucket that must stay in Standard, a GPU pool serving live
 * traffic), so they warn by default and a team records its reason with an acknowledgement. The one error is AS1: an
 * autoscaler whose worst case exceeds the limit is the risk expected-cost budgets do not see (a runaway scale-out bills
 * the maximum), its fix is one bound, and its default limit is high enough that only a misconfigured maximum trips it.
 */
export const FINOPS_PACK: Pack = {
  id: "FinOps",
  description: "Cost guardrails for every stack: worst-case autoscaling, estimate completeness, cost allocation, storage tiering, accelerators, commitments and CDN efficiency.",
  level: "warning",
  rules: [
    packRule({
      rule: autoscaledWorstCase,
      id: "AS1",
      level: "error",
      params: { maxMonthly: "1000000" },
      explanation:
        "Lower the autoscaler's maximum (node pool max_node_count, HPA-derived node counts, ECS max_capacity, endpoint maxReplicas) so the worst case fits, or split the workload; if the peak is intended, acknowledge it with the capacity plan's reference.",
    }),
    packRule({
      rule: unpricedLines,
      id: "UP1",
      params: { maxUnpricedLines: 0 },
      explanation:
        "Make the estimate complete: declare the usage or value the reason asks for (a usage file, or the construct's usage props), add the price to a price book (--price-book, or \"//\".cost.priceBooks), or model the item with a costkit construct; if the gap is known and small, acknowledge it.",
    }),
    packRule({
      rule: costAllocationTags,
      id: "TAG1",
      params: { requiredTags: ["team", "feature"] },
      explanation:
        "Set the labels (Google Cloud `labels`/`resource_labels`) or tags (AWS `tags`) on the resource, or once for the whole stack with the provider's `default_labels` (google) or `default_tags` (aws), so FinOps can allocate the cost by team and feature.",
    }),
    packRule({
      rule: largeBucketLifecycle,
      id: "LC1",
      params: { minStorageTib: "100" },
      explanation:
        "Add lifecycle rules that move ageing objects to colder classes (Cloud Storage SetStorageClass to nearline/coldline/archive, or Autoclass; S3 transitions to STANDARD_IA/GLACIER_IR/GLACIER, or INTELLIGENT_TIERING), and declare the volume per class in usage (storageGibByClass, storageGbByClass or monthlyNewGb); if every object is read often, acknowledge it.",
    }),
    packRule({
      rule: acceleratorPoolBounds,
      id: "ACC1",
      params: { maxMonthly: "100000" },
      explanation:
        "Cap the pool's maximum so its worst case fits, and let it scale to zero when idle (node pool autoscaling min_node_count = 0, queued or scheduled TPU/GPU capacity, usage monthlyHours below 730 for VMs that are stopped); for serving that must stay warm, acknowledge it with the latency requirement.",
    }),
    packRule({
      rule: onDemandCommitment,
      id: "CUD1",
      params: { minMonthly: "10000" },
      explanation:
        "Steady compute is cheaper under a 1- or 3-year commitment (GCP committed-use discounts, AWS Savings Plans or Reserved Instances): record the commitment as a discount in an override price book (as stacks/negotiated.ts does for the GCP commitment), move interruptible work to spot capacity, or acknowledge when the load is too short-lived to commit.",
    }),
    packRule({
      rule: cdnCacheHitRatio,
      id: "CDN1",
      params: { minCacheHitRatio: "0.9" },
      explanation:
        "Raise the hit ratio: longer TTLs (Cache-Control max-age), cache keys without needless query strings, cookies or headers, origin shielding or a tiered cache (the seed's platform reports 92 %); if the content cannot be cached, acknowledge it.",
    }),
  ],
};
