import { rangeFromJson } from "../../pricing/range";
import { formatAmount } from "../errors";
import { decimalParam } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface AcceleratorPoolBoundsParams {
  /** Most one accelerator pool (GPU node pool, TPU VM, GPU instance) may cost in a month at its maximum, in US dollars. */
  readonly maxMonthly: string;
}

/** Resource types that hold accelerators when their category is `ml`: GPU node pools, TPU VMs, GPU instances. */
const ACCELERATOR_TYPES = ["google_container_node_pool", "google_compute_instance", "google_tpu_v2_vm", "google_tpu_node", "aws_instance"];

/**
 * Whether a resource holds accelerators: a TPU, or a cost line naming a GPU, an accelerator-optimized Compute Engine
 * series (a2, a3, g2, g4) or an AWS GPU/accelerator family (p, g, inf, trn). Category `ml` alone is not enough: CPU
 * model servers are `ml` too.
 */
function holdsAccelerators(r: { type: string; components: readonly { name: string }[] }): boolean {
  if (r.type.startsWith("google_tpu")) return true;
  return r.components.some((c) => /gpu|tpu|nvidia|\b(a2|a3|g2|g4)-|\b(p[2-6]|g[3-6]|gr6|inf[12]|trn[12])[a-z]*\./i.test(c.name));
}

/** Every accelerator pool costs at most `maxMonthly` at its maximum and can scale to zero (monthly cost min = 0). */
export function acceleratorPoolBounds(ctx: RuleContext, params: AcceleratorPoolBoundsParams): Violation[] {
  const limit = decimalParam(params.maxMonthly, "maxMonthly");
  const out: Violation[] = [];
  for (const r of ctx.report.resources) {
    if (r.category !== "ml" || !ACCELERATOR_TYPES.includes(r.type) || !holdsAccelerators(r)) continue;
    const cost = rangeFromJson(r.monthlyCost);
    if (cost.max.gt(limit)) {
      out.push({ address: r.address, message: `accelerator pool ${r.address} can cost ${formatAmount(cost.max)} a month at its maximum (expected ${formatAmount(r.monthlyCost.expected)}), over the limit of ${formatAmount(limit)}` });
    }
    if (!cost.min.isZero()) {
      out.push({ address: r.address, message: `accelerator pool ${r.address} cannot scale to zero: idle, it still costs ${formatAmount(cost.min)} a month` });
    }
  }
  return out;
}
