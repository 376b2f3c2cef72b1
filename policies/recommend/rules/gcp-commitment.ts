import Decimal from "decimal.js";
import { HOURS_PER_MONTH, money } from "../../../pricing/money";
import { ResourceCost } from "../../../pricing/report";
import { machineType } from "../../../pricing/resources/common/machine";
import { decimalParam } from "../../report-queries";
import { Candidate, RecommendContext, withResources } from "../types";

export interface GcpCommitmentParams {
  /** Least expected monthly cost, in US dollars, of a pool worth a commitment (a decimal string). */
  readonly minMonthly: string;
  /** Terms to consider, shortest first (`1y`, `3y`); the one with the larger expected saving is recommended. */
  readonly terms: readonly ("1y" | "3y")[];
}

/** The nodes a pool always runs: its minimum, from the machine lines' minimum vCPU-hours (or hours) for 730 hours. */
function minimumNodes(r: ResourceCost): Decimal | undefined {
  const line = r.components.find((c) => c.purchaseOption === "on-demand" && c.machineType !== undefined && (c.unit === "vCPU-hours" || c.unit === "hours"));
  if (!line) return undefined;
  const perNode = line.unit === "hours" ? money(1) : money(machineType(line.machineType!).vcpus);
  const nodes = money(line.monthlyQuantity.min).div(HOURS_PER_MONTH).div(perNode);
  return nodes.isInteger() ? nodes : nodes.floor();
}

// The commitment is never sized above the minimum: the nodes above it run only part of the month, and a committed
// node-hour is paid whether it runs or not.
/** GKE node pools on demand with a minimum above zero → a 1- or 3-year resource commitment for that minimum (what always runs), the nodes above it on demand. */
export function gcpCommitment(ctx: RecommendContext, params: GcpCommitmentParams): Candidate[] {
  const min = decimalParam(params.minMonthly, "minMonthly");
  const out: Candidate[] = [];
  for (const r of ctx.report.resources) {
    // interruptible work belongs on Spot capacity (SPOT1), not under a commitment
    if (r.type !== "google_container_node_pool" || r.usage?.committedNodes !== undefined || r.usage?.interruptible === "yes") continue;
    const machine = r.components.filter((c) => c.purchaseOption !== undefined);
    if (machine.length === 0 || !machine.every((c) => c.purchaseOption === "on-demand")) continue;
    if (money(r.monthlyCost.expected).lt(min)) continue;
    const resource = ctx.document.resources.find((x) => x.address === r.address);
    if (!resource || resource.multiplicity !== 1) continue;
    const nodes = minimumNodes(r);
    if (!nodes || nodes.isZero()) continue;
    const autoscaled = !money(r.monthlyCost.min).eq(money(r.monthlyCost.max));
    let best: Candidate | undefined;
    let bestCost: Decimal | undefined;
    for (const term of params.terms) {
      const document = withResources(ctx.document, new Map([[r.address, { usage: { committedNodes: nodes.toFixed(), commitmentTerm: term } }]]));
      const after = ctx.reprice(document).monthlyCost.expected;
      if (bestCost !== undefined && !money(after).lt(bestCost)) continue;
      bestCost = money(after);
      best = {
        addresses: [r.address],
        change: `buy a ${term === "1y" ? "1-year" : "3-year"} Compute Engine resource commitment for ${nodes.toFixed()} node${nodes.eq(1) ? "" : "s"}' vCPU and memory (${r.components.find((c) => c.machineType)?.machineType}) in ${r.region}: the pool's minimum, which always runs${autoscaled ? "; the nodes above it stay on demand" : ""}`,
        document,
        assumptions: [
          `the pool keeps at least ${nodes.toFixed()} nodes running for the whole ${term === "1y" ? "year" : "three years"} of the commitment (its autoscaling minimum)`,
          "committed vCPU and memory are billed every hour at the books' commitment prices whether used or not, with no sustained-use discount",
          "override books and discounts of the stack do not apply to committed usage (their scopes name on-demand prices)",
          ...(autoscaled ? ["the commitment is not sized above the minimum: nodes above it run only part of the month, and a committed node pays for every hour"] : []),
        ],
        confidence: autoscaled ? "medium" : "high",
        details: { committedNodes: nodes.toFixed(), term },
      };
    }
    if (best) out.push(best);
  }
  return out;
}
