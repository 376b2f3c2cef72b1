import { money } from "../../../pricing/money";
import { ResourceCost } from "../../../pricing/report";
import { decimalParam } from "../../report-queries";
import { Candidate, RecommendContext, withResources } from "../types";

export interface SpotCapacityParams {
  /** Least expected monthly cost, in US dollars, of a pool worth moving to Spot (a decimal string). */
  readonly minMonthly: string;
}

/** Resource types whose nodes can run on Spot capacity, and the attribute that asks for it. */
const SPOT_ATTRIBUTE: Readonly<Record<string, string>> = {
  google_container_node_pool: "node_config.spot",
};

/** Whether a resource's machine lines all run on demand (none is Spot, preemptible or committed). */
function onDemand(r: ResourceCost): boolean {
  const machine = r.components.filter((c) => c.purchaseOption !== undefined);
  return machine.length > 0 && machine.every((c) => c.purchaseOption === "on-demand");
}

/** Node pools whose usage declares interruptible work (usage `interruptible: yes`) and that run on demand → Spot nodes. */
export function spotCapacity(ctx: RecommendContext, params: SpotCapacityParams): Candidate[] {
  const min = decimalParam(params.minMonthly, "minMonthly");
  const out: Candidate[] = [];
  for (const r of ctx.report.resources) {
    const attribute = SPOT_ATTRIBUTE[r.type];
    if (!attribute || r.usage?.interruptible !== "yes" || !onDemand(r)) continue;
    if (money(r.monthlyCost.expected).lt(min)) continue;
    out.push({
      addresses: [r.address],
      change: `run ${r.address} on Spot nodes: set ${attribute} = true (its usage declares the work interruptible)`,
      document: withResources(ctx.document, new Map([[r.address, { attrs: { [attribute]: true } }]])),
      assumptions: [
        "the pool's work tolerates preemption (usage interruptible: yes): Spot nodes can be stopped at any time with 30 seconds' notice",
        "Spot prices are the books' list prices on their effective date; Google changes them up to once a month",
        "the node count stays as declared (Spot capacity can be unavailable: the pool may run fewer nodes or wait)",
      ],
      confidence: "medium",
    });
  }
  return out;
}
