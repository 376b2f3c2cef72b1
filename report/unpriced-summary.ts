import { byString } from "../pricing/compare";
import { UnpricedEntry } from "../pricing/report";

/** Why lines were not priced, in the words of the one-line summary; the first pattern that matches a reason wins. */
const KINDS: readonly { readonly kind: string; readonly test: (u: UnpricedEntry) => boolean }[] = [
  { kind: "no pricer yet", test: (u) => u.reason.startsWith("costkit has no pricer for ") },
  { kind: "modules not read", test: (u) => u.type === "module" },
  { kind: "known only after apply", test: (u) => /not known before apply|known only after apply|has no value/.test(u.reason) },
  { kind: "no price in the region", test: (u) => /^no price for \S+ in /.test(u.reason) },
  { kind: "no price in the books", test: (u) => u.reason.startsWith("no price book has ") },
  { kind: "region not set or unknown", test: (u) => /region is not set|unknown \S+ region/.test(u.reason) },
];

/**
 * One line on what was not priced, grouped by why, largest group first; the types without a pricer are named (the most
 * frequent first) since a pricer is what would price them:
 * `Not priced: 7 lines: no pricer yet 4 (aws_foo ×3, aws_bar), known only after apply 2, other 1`.
 */
export function unpricedSummary(unpriced: readonly UnpricedEntry[]): string | undefined {
  if (unpriced.length === 0) return undefined;
  const groups = new Map<string, UnpricedEntry[]>();
  for (const u of unpriced) {
    const kind = KINDS.find((k) => k.test(u))?.kind ?? "other";
    groups.set(kind, [...(groups.get(kind) ?? []), u]);
  }
  const parts = [...groups].sort(([a, x], [b, y]) => y.length - x.length || byString(a, b)).map(([kind, entries]) => {
    if (kind !== "no pricer yet") return `${kind} ${entries.length}`;
    const byType = new Map<string, number>();
    for (const e of entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const types = [...byType].sort(([a, m], [b, n]) => n - m || byString(a, b));
    const shown = types.slice(0, 5).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", ");
    return `${kind} ${entries.length} (${shown}${types.length > 5 ? `, ${types.length - 5} more types` : ""})`;
  });
  return `Not priced: ${unpriced.length} line${unpriced.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}
