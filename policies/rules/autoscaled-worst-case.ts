import { rangeFromJson } from "../../pricing/range";
import { formatAmount } from "../errors";
import { decimalParam } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface AutoscaledWorstCaseParams {
  /** Most one autoscaled resource may cost in a month at the top of its range, in US dollars (a decimal string). */
  readonly maxMonthly: string;
}

/** Every autoscaled resource (monthly cost min ≠ max) costs at most `maxMonthly` at the top of its range. */
export function autoscaledWorstCase(ctx: RuleContext, params: AutoscaledWorstCaseParams): Violation[] {
  const limit = decimalParam(params.maxMonthly, "maxMonthly");
  return ctx.report.resources
    .filter((r) => {
      const c = rangeFromJson(r.monthlyCost);
      return !c.min.eq(c.max) && c.max.gt(limit);
    })
    .map((r) => ({
      address: r.address,
      message: `${r.address} can cost ${formatAmount(r.monthlyCost.max)} a month at the top of its range (expected ${formatAmount(r.monthlyCost.expected)}, min ${formatAmount(r.monthlyCost.min)}), over the worst-case limit of ${formatAmount(limit)} per resource`,
    }));
}
