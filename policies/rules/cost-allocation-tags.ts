import { stringListParam } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface CostAllocationTagsParams {
  /** Tag (AWS) or label (Google Cloud) keys every billable resource carries, with a non-empty value. */
  readonly requiredTags: readonly string[];
}

/** Every billable resource carries the cost-allocation tags or labels `requiredTags` (`team`, `feature`). */
export function costAllocationTags(ctx: RuleContext, params: CostAllocationTagsParams): Violation[] {
  const required = stringListParam(params.requiredTags, "requiredTags");
  const out: Violation[] = [];
  for (const r of ctx.report.resources) {
    const missing = required.filter((k) => (r.tags[k] ?? "").trim() === "");
    if (missing.length === 0) continue;
    const word = r.provider === "google" ? "label" : "tag";
    out.push({
      address: r.address,
      message: `${r.address} has no cost-allocation ${word}${missing.length === 1 ? "" : "s"} ${missing.map((k) => `"${k}"`).join(" and ")} (${word}s seen: ${Object.keys(r.tags).join(", ") || "none"}), so its cost cannot be allocated`,
    });
  }
  return out;
}
