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

/** How a kind of VM group declares a commitment, and what its VMs are called. */
interface Kind {
  /** `nodes`/`instances`: the usage key of a group; `each`: commitmentTerm on every instance of a count. */
  readonly usage: { readonly committedKey: string } | "each";
  readonly what: "nodes" | "instances";
  readonly group: string;
}

const KINDS: Readonly<Record<string, Kind>> = {
  google_container_node_pool: { usage: { committedKey: "committedNodes" }, what: "nodes", group: "pool" },
  google_compute_instance_group_manager: { usage: { committedKey: "committedInstances" }, what: "instances", group: "group" },
  google_compute_region_instance_group_manager: { usage: { committedKey: "committedInstances" }, what: "instances", group: "group" },
  google_compute_instance: { usage: "each", what: "instances", group: "fleet" },
};

/** The VMs a group always runs: its minimum, from the machine lines' minimum vCPU-hours (or hours) for 730 hours. */
function minimumVms(r: ResourceCost): Decimal | undefined {
  const line = r.components.find((c) => c.purchaseOption === "on-demand" && c.machineType !== undefined && (c.unit === "vCPU-hours" || c.unit === "hours"));
  if (!line) return undefined;
  const perVm = line.unit === "hours" ? money(1) : money(machineType(line.machineType!).vcpus);
  return money(line.monthlyQuantity.min).div(HOURS_PER_MONTH).div(perVm).floor();
}

/** True when the usage says the VMs run less than the whole month at their lowest (`monthlyHours` below 730). */
function partTime(r: ResourceCost): boolean {
  const hours = r.usage?.monthlyHours;
  if (hours === undefined) return false;
  const min = typeof hours === "object" && hours !== null && "min" in hours ? (hours as { min: string }).min : String(hours);
  return money(min).lt(HOURS_PER_MONTH);
}

function alreadyCommitted(r: ResourceCost, kind: Kind): boolean {
  return kind.usage === "each" ? r.usage?.commitmentTerm !== undefined : r.usage?.[kind.usage.committedKey] !== undefined;
}

// The commitment is never sized above the minimum: the VMs above it run only part of the month, and a committed
// VM-hour is paid whether it runs or not. VMs declared to run part of the month (monthlyHours below 730) are not what
// always runs, and get none.
/** GKE node pools, managed instance groups and VMs (fleets of google_compute_instance) on demand with a minimum above zero that run all month → a 1- or 3-year resource commitment for that minimum (what always runs), the VMs above it on demand. */
export function gcpCommitment(ctx: RecommendContext, params: GcpCommitmentParams): Candidate[] {
  const min = decimalParam(params.minMonthly, "minMonthly");
  const out: Candidate[] = [];
  for (const r of ctx.report.resources) {
    const kind = KINDS[r.type];
    // interruptible work belongs on Spot capacity (SPOT1), not under a commitment
    if (!kind || alreadyCommitted(r, kind) || r.usage?.interruptible === "yes" || partTime(r)) continue;
    const machine = r.components.filter((c) => c.purchaseOption !== undefined);
    if (machine.length === 0 || !machine.every((c) => c.purchaseOption === "on-demand")) continue;
    if (money(r.monthlyCost.expected).lt(min)) continue;
    const resource = ctx.document.resources.find((x) => x.address === r.address);
    // a group's usage is per instance of a count: committing N nodes in each of several counted pools is not what the
    // minimum of one says; a VM's commitment is per instance, so a fleet's count is fine
    if (!resource || (kind.usage !== "each" && resource.multiplicity !== 1)) continue;
    const vms = minimumVms(r);
    if (!vms || vms.isZero()) continue;
    const best = bestTerm(ctx, r, kind, vms, params.terms);
    if (best) out.push(best);
  }
  return out;
}

function bestTerm(ctx: RecommendContext, r: ResourceCost, kind: Kind, vms: Decimal, terms: readonly ("1y" | "3y")[]): Candidate | undefined {
  const autoscaled = !money(r.monthlyCost.min).eq(money(r.monthlyCost.max));
  const count = vms.toFixed();
  const noun = vms.eq(1) ? kind.what.slice(0, -1) : kind.what;
  const machineName = r.components.find((c) => c.machineType)?.machineType;
  let best: Candidate | undefined;
  let bestCost: Decimal | undefined;
  for (const term of terms) {
    const usage = kind.usage === "each" ? { commitmentTerm: term } : { [kind.usage.committedKey]: count, commitmentTerm: term };
    const document = withResources(ctx.document, new Map([[r.address, { usage }]]));
    const after = ctx.reprice(document).monthlyCost.expected;
    if (bestCost !== undefined && !money(after).lt(bestCost)) continue;
    bestCost = money(after);
    const years = term === "1y" ? "1-year" : "3-year";
    const whole = kind.usage === "each" ? `: each of the ${kind.group}'s ${count} VM${vms.eq(1) ? "" : "s"}, which run all month` : `: the ${kind.group}'s minimum, which always runs${autoscaled ? `; the ${kind.what} above it stay on demand` : ""}`;
    best = {
      addresses: [r.address],
      change: `buy a ${years} Compute Engine resource commitment for ${count} ${noun}' vCPU and memory (${machineName}) in ${r.region}${whole}`
        + (kind.usage === "each" ? ` (declare it with usage commitmentTerm: ${term})` : ""),
      document,
      assumptions: [
        kind.usage === "each"
          ? `the ${count} VM${vms.eq(1) ? "" : "s"} keep running for the whole ${term === "1y" ? "year" : "three years"} of the commitment (the count declares them all month: no monthlyHours below 730)`
          : `the ${kind.group} keeps at least ${count} ${kind.what} running for the whole ${term === "1y" ? "year" : "three years"} of the commitment (its ${autoscaled ? "autoscaling minimum" : "size"})`,
        "committed vCPU and memory are billed every hour at the books' commitment prices whether used or not, with no sustained-use discount",
        "override books and discounts of the stack do not apply to committed usage (their scopes name on-demand prices)",
        ...(autoscaled ? [`the commitment is not sized above the minimum: ${kind.what} above it run only part of the month, and a committed VM pays for every hour`] : []),
      ],
      confidence: autoscaled ? "medium" : "high",
      details: { [kind.what === "nodes" ? "committedNodes" : "committedInstances"]: count, term },
    };
  }
  return best;
}
