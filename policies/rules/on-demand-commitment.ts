import { rangeFromJson } from "../../pricing/range";
import { formatAmount } from "../errors";
import { decimalParam } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface OnDemandCommitmentParams {
  /** Expected monthly cost, in US dollars, above which on-demand compute should be under a commitment. */
  readonly minMonthly: string;
}

/** Adjustments that are not commitments: sustained use is automatic on Compute Engine. */
const NOT_COMMITMENTS = ["sustained-use"];

/** Purchase options of interruptible capacity (the line's `purchaseOption`, set by the pricers). */
const INTERRUPTIBLE: readonly string[] = ["spot", "preemptible"];

/** Google and AWS compute costing more than `minMonthly` (expected) runs under a commitment or negotiated rate, or on spot capacity (a line's `purchaseOption`). */
export function onDemandCommitment(ctx: RuleContext, params: OnDemandCommitmentParams): Violation[] {
  const threshold = decimalParam(params.minMonthly, "minMonthly");
  const out: Violation[] = [];
  for (const r of ctx.report.resources) {
    if (r.category !== "compute" || (r.provider !== "google" && r.provider !== "aws")) continue;
    const expected = rangeFromJson(r.monthlyCost).expected;
    if (!expected.gt(threshold)) continue;
    const committed = r.components.some((c) => (c.adjustments ?? []).some((a) => !NOT_COMMITMENTS.includes(a)));
    const spot = r.components.some((c) => c.purchaseOption !== undefined && INTERRUPTIBLE.includes(c.purchaseOption));
    const commitment = r.components.some((c) => c.purchaseOption === "committed-1y" || c.purchaseOption === "committed-3y");
    if (committed || spot || commitment) continue;
    out.push({
      address: r.address,
      message: `${r.address} runs on demand at ${formatAmount(expected)} a month (expected), more than ${formatAmount(threshold)}, with no commitment or negotiated rate on any of its lines`,
    });
  }
  return out;
}
