import { countParam } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface UnpricedLinesParams {
  /** Unpriced lines (resources or cost lines costkit could not price) a stack may have; 0 asks for a complete estimate. */
  readonly maxUnpricedLines: number;
}

/** The stack has at most `maxUnpricedLines` unpriced lines, so its totals are not silently low. */
export function unpricedLines(ctx: RuleContext, params: UnpricedLinesParams): Violation[] {
  const max = countParam(params.maxUnpricedLines, "maxUnpricedLines");
  const unpriced = ctx.report.unpriced;
  if (unpriced.length <= max) return [];
  return unpriced.map((u) => ({
    address: u.address,
    message: `${u.address}${u.component ? ` (${u.component})` : ""} is not priced: ${u.reason}; the stack has ${unpriced.length} unpriced line${unpriced.length === 1 ? "" : "s"}, more than the ${max} allowed, so its totals are lower bounds`,
  }));
}
