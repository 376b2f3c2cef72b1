import { Recommendation } from "../pricing/recommendation";
import { CostDiff } from "./diff";

/**
 * The recommendations whose subject a pull request touches: those naming at least one resource the diff lists as
 * added or changed in the same stack. Acknowledged ones are left out (the team already chose not to act on them), as
 * are those of resources the change left alone or removed. The order (largest saving first) is kept.
 */
export function touchedRecommendations(diff: CostDiff, recs: readonly Recommendation[]): Recommendation[] {
  const touched = new Set<string>();
  for (const s of diff.stacks) {
    for (const r of s.resources) if (r.change !== "removed") touched.add(`${s.stack}\u0000${r.address}`);
  }
  return recs.filter((r) => !r.acknowledged && r.subject.addresses.some((a) => touched.has(`${r.subject.stack}\u0000${a}`)));
}
