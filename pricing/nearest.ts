import { distance } from "fastest-levenshtein";

/** The n candidates closest to a misspelt name (by edit distance, then by name): for "did you mean" in messages. */
export function nearest(candidates: readonly string[], target: string, n: number): string[] {
  return [...candidates]
    .map((c) => ({ c, d: distance(c, target) }))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
    .slice(0, n)
    .map((x) => x.c);
}

/**
 * The candidate a misspelt name most likely meant, when one is close enough to suggest (at most 2 edits, or a third of
 * the name's length for longer names); undefined when none is, so that "did you mean" never proposes a stranger.
 */
export function closeMatch(candidates: readonly string[], target: string): string | undefined {
  const [best] = nearest(candidates, target, 1);
  if (best === undefined || best === target) return undefined;
  return distance(best, target) <= Math.max(2, Math.floor(target.length / 3)) ? best : undefined;
}
