import { cdnTrafficSplit } from "./rules/cdn-traffic-split";
import { gcpCommitment } from "./rules/gcp-commitment";
import { rightSize } from "./rules/right-size";
import { spotCapacity } from "./rules/spot-capacity";
import { storageClass } from "./rules/storage-class";
import { RecommendPack, recommendRule } from "./types";

/**
 * The recommendations `costkit recommend` makes. Every rule proposes a change to the configuration or its usage;
 * costkit prices the changed stack with the same engine and keeps the change only when it saves money, so each
 * saving is the exact difference of two estimates. Acknowledge one (`Acknowledge.of(scope).rule("Savings-<id>", …)`)
 * when a team decides against it.
 */
export const SAVINGS_PACK: RecommendPack = {
  id: "Savings",
  description: "Changes that lower the bill, each priced before and after: commitments sized from ranges, Spot capacity, smaller machines, storage classes and the multi-CDN traffic split.",
  rules: [
    recommendRule({
      rule: cdnTrafficSplit,
      id: "CDN1",
      params: { minSavingFraction: "0.001" },
      explanation:
        "Per-GB rates differ by CDN and viewer geo: the cheapest split within the quality and redundancy constraints (min and max share per CDN and geo), the contracts' committed minimums and each price's volume tiers is a linear program (mixed-integer when volume discounts make later tiers cheaper). Give the constraints as data (MultiCdn splitConstraints, or --cdn-constraints FILE) and change trafficSplit (or the routing layer's weights) to the split shown; acknowledge when a constraint the file does not state (latency, an outage plan) rules it out.",
    }),
    recommendRule({
      rule: gcpCommitment,
      id: "COMMIT1",
      params: { minMonthly: "1000", terms: ["1y", "3y"] },
      explanation:
        "A Compute Engine resource commitment bills vCPU and memory at 37 % to 55 % below on demand for 1 or 3 years, paid whether used or not: commit to what always runs (a GKE pool's or a managed instance group's minimum, a fleet of VMs that runs all month). Buy it in the console or with google_compute_region_commitment, then declare it (usage committedNodes on a pool, committedInstances on a group, commitmentTerm on a google_compute_instance) so the estimate shows it; acknowledge when the workload may move or shrink within the term.",
    }),
    recommendRule({
      rule: spotCapacity,
      id: "SPOT1",
      params: { minMonthly: "100" },
      explanation:
        "Spot VMs cost 60 % to 91 % less than on demand and can be preempted at any time: interruptible work (batch, training with checkpoints, retried jobs) belongs there. Set node_config.spot = true (or a separate Spot pool for the batch work); acknowledge when the work cannot be retried.",
    }),
    recommendRule({
      rule: storageClass,
      id: "STORE1",
      params: { minMonthly: "100" },
      explanation:
        "Colder S3 and Cloud Storage classes store for less and charge more to read, with minimum storage durations (S3: 30 days IA, 90 Glacier, 180 Deep Archive; Cloud Storage: 30 Nearline, 90 Coldline, 365 Archive): the cheapest class depends on the volume read back and how long objects live. Declare the reads (S3 monthlyRetrievalGbByClass; Cloud Storage monthlyRetrievalGibByClass, or the monthlyEgressGib it serves) and, for Cloud Storage, objectLifetimeDays so the comparison weighs them; change the class (S3 storageGbByClass and lifecycle transitions, a bucket's storage_class) to the one shown; acknowledge when retrieval time matters more than cost.",
    }),
    recommendRule({
      rule: rightSize,
      id: "SIZE1",
      params: { maxUtilization: "0.4", targetUtilization: "0.8" },
      explanation:
        "A machine that averages low CPU pays for idle vCPUs: the next smaller type of the same family carries the same work at a higher utilisation. Change the machine type (node_config.machine_type) and keep the declared averageCpuUtilization current; acknowledge when memory, not CPU, sizes the machine.",
    }),
  ],
};
