import { distance } from "fastest-levenshtein";

/** The n candidates closest to a misspelt name (by edit distance, then by name): for "did you mean" in messages. */
export function nearest(candidates: readonly string[], target: string, n: number): string[] {
  return [...candidates]
    .map((c) => ({ c, d: distance(c, target) }))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
    .slice(0, n)
    .map((x) => x.c);
}
