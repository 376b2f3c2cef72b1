import { formatQuantity, formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { escapeMarkdownCell, markdownCode } from "./escape";
import { LineImpact, PriceChange, PriceDiff, PriceRef, SegmentChange, TierJson } from "./price-diff";
import { safeTerminalText } from "./safe-text";

const safe = safeTerminalText;

const signed = (text: string) => (text.startsWith("-") ? text : `+${text}`);
/** A percentage to two places, signed. */
const percent = (p: string | null) => (p === null ? "n/a" : `${signed(new Money(p).toFixed(2))}%`);
const qty = (s: string) => formatQuantity(new Money(s));

/** `0 – 51,200`, `from 512,000`. */
function stretch(s: SegmentChange, unit: string): string {
  return s.end === null ? (s.start === "0" ? "" : `from ${qty(s.start)} ${unit}`) : `${qty(s.start)} – ${qty(s.end)} ${unit}`;
}

function card(tiers: readonly TierJson[]): string {
  return tiers.length === 1 ? tiers[0].price : tiers.map((t) => `${t.price} from ${qty(t.start)}`).join(", ");
}

function rangeUsd(r: RangeJson): string {
  const f = (s: string) => formatUsd(new Money(s), { signed: true });
  return r.min === r.max ? f(r.expected) : `${f(r.expected)} (${f(r.min)} – ${f(r.max)})`;
}

function rangeQty(r: RangeJson, unit: string): string {
  return r.min === r.max ? `${qty(r.expected)} ${unit}` : `${qty(r.expected)} (${qty(r.min)} – ${qty(r.max)}) ${unit}`;
}

function header(diff: PriceDiff): string[] {
  const b = (r: PriceDiff["old"]) => `${r.id} (${r.kind}, effective ${r.effectiveDate}, ${r.file})`;
  const s = diff.summary;
  return [`Price books: ${safe(b(diff.old))} → ${safe(b(diff.new))}`, `${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.unchanged} unchanged.`];
}

function lineNote(l: LineImpact): string {
  const notes: string[] = [];
  if (l.dependsOnUsage) notes.push("depends on usage: no usage declared");
  if (!l.pricedWithOld) notes.push("the report did not price it at OLD's rate");
  if (l.effectiveDelta === null) notes.push(`effective cost not exact, adjustments: ${(l.adjustments ?? []).join(", ")}`);
  return notes.join("; ");
}

/** The price diff for a terminal. */
export function renderPriceDiffTable(diff: PriceDiff): string {
  const out = [...header(diff), ""];
  if (diff.changed.length) {
    out.push("Changed:");
    for (const c of diff.changed) {
      const unit = safe(c.unit);
      const head = `  ${safe(c.priceId)} (${c.oldUnit ? `${safe(c.oldUnit)} → ` : ""}${unit})`;
      if (c.segments.length === 1 && c.segments[0].start === "0" && c.segments[0].end === null && !c.boundariesChanged) {
        const s = c.segments[0];
        out.push(`${head}: ${s.old} → ${s.new}, ${signed(s.delta)} (${percent(s.percent)})`);
        continue;
      }
      out.push(`${head}:${c.boundariesChanged ? ` tiers ${card(c.oldTiers)} → ${card(c.newTiers)}` : ""}`);
      for (const s of c.segments) out.push(`      ${stretch(s, unit) || "all"}: ${s.old} → ${s.new}, ${signed(s.delta)} (${percent(s.percent)})`);
    }
    out.push("");
  }
  const refs = (title: string, list: readonly PriceRef[]) => {
    if (!list.length) return;
    out.push(`${title}:`);
    for (const r of list) out.push(`  ${safe(r.priceId)} (${safe(r.unit)}): ${card(r.tiers)}`);
    out.push("");
  };
  refs("Added", diff.added);
  refs("Removed", diff.removed);
  const d = diff.discounts;
  if (d.added.length || d.removed.length || d.changed.length) {
    out.push("Discounts:");
    for (const id of d.added) out.push(`  + ${safe(id)}`);
    for (const id of d.removed) out.push(`  - ${safe(id)}`);
    for (const c of d.changed) out.push(`  ~ ${safe(c.id)}: ${c.old}% → ${c.new}%${c.scopeChanged ? ", scope changed" : ""}`);
    out.push("");
  }
  const impact = diff.impact;
  if (impact) {
    out.push(`Lines of ${safe(impact.file)} these changes move (monthly, ${diff.new.kind === "override" ? "effective" : "list"} cost):`);
    if (!impact.lines.length) out.push("  none");
    for (const l of impact.lines) {
      const delta = diff.new.kind === "override" ? l.effectiveDelta! : l.listDelta;
      const note = lineNote(l);
      out.push(`  ${safe(l.stack)}  ${safe(l.address)}  ${safe(l.component)}  ${rangeQty(l.quantity, safe(l.unit))}: ${rangeUsd(delta)}${note ? `  (${note})` : ""}`);
    }
    for (const t of impact.totals) {
      const unknown = t.effectiveUnknownLines ? ` (${t.effectiveUnknownLines} line${t.effectiveUnknownLines === 1 ? "" : "s"} with adjustments not counted)` : "";
      out.push(`  Total of stack ${safe(t.stack)}: list ${rangeUsd(t.listDelta)}, effective ${rangeUsd(t.effectiveDelta)}${unknown}`);
    }
    for (const r of impact.removedInUse) out.push(`  ${safe(r.stack)}  ${safe(r.address)}  ${safe(r.component)}: NEW has no price for ${safe(r.priceId)}`);
    out.push("");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

function segmentCell(c: PriceChange, s: SegmentChange): string {
  return escapeMarkdownCell(stretch(s, c.unit) || "all");
}

/** The price diff as Markdown (for a pull request that refreshes a price book). */
export function renderPriceDiffMarkdown(diff: PriceDiff): string {
  const [title, counts] = header(diff);
  const out = [`### ${escapeMarkdownCell(title)}`, "", escapeMarkdownCell(counts), ""];
  if (diff.changed.length) {
    out.push("| price | unit | quantity | old | new | change | % |", "| --- | --- | --- | ---: | ---: | ---: | ---: |");
    for (const c of diff.changed) {
      const unit = escapeMarkdownCell(c.oldUnit ? `${c.oldUnit} → ${c.unit}` : c.unit);
      for (const s of c.segments) out.push(`| ${markdownCode(c.priceId)} | ${unit} | ${segmentCell(c, s)} | ${s.old} | ${s.new} | ${signed(s.delta)} | ${percent(s.percent)} |`);
      if (c.segments.length === 0) out.push(`| ${markdownCode(c.priceId)} | ${unit} | tiers ${escapeMarkdownCell(card(c.oldTiers))} → ${escapeMarkdownCell(card(c.newTiers))} | | | | |`);
    }
    out.push("");
  }
  const refs = (title: string, list: readonly PriceRef[]) => {
    if (!list.length) return;
    out.push(`**${title}:** ${list.map((r) => `${markdownCode(r.priceId)} ${escapeMarkdownCell(card(r.tiers))} (${escapeMarkdownCell(r.unit)})`).join("; ")}`, "");
  };
  refs("Added", diff.added);
  refs("Removed", diff.removed);
  const d = diff.discounts;
  if (d.added.length || d.removed.length || d.changed.length) {
    const parts = [...d.added.map((id) => `added ${markdownCode(id)}`), ...d.removed.map((id) => `removed ${markdownCode(id)}`), ...d.changed.map((c) => `${markdownCode(c.id)} ${c.old}% → ${c.new}%${c.scopeChanged ? ", scope changed" : ""}`)];
    out.push(`**Discounts:** ${parts.join("; ")}`, "");
  }
  const impact = diff.impact;
  if (impact) {
    const kind = diff.new.kind === "override" ? "effective" : "list";
    out.push(`#### Lines of ${markdownCode(impact.file)} these changes move (monthly ${kind} cost)`, "");
    if (impact.lines.length) {
      out.push("| stack | resource | line | quantity | change | note |", "| --- | --- | --- | ---: | ---: | --- |");
      for (const l of impact.lines) {
        const delta = kind === "effective" ? l.effectiveDelta! : l.listDelta;
        out.push(`| ${escapeMarkdownCell(l.stack)} | ${markdownCode(l.address)} | ${escapeMarkdownCell(l.component)} | ${escapeMarkdownCell(rangeQty(l.quantity, l.unit))} | ${rangeUsd(delta)} | ${escapeMarkdownCell(lineNote(l))} |`);
      }
    } else out.push("None.");
    out.push("");
    for (const t of impact.totals) {
      const unknown = t.effectiveUnknownLines ? ` (${t.effectiveUnknownLines} line${t.effectiveUnknownLines === 1 ? "" : "s"} with adjustments not counted)` : "";
      out.push(`- Stack ${escapeMarkdownCell(t.stack)}: list ${rangeUsd(t.listDelta)}, effective ${rangeUsd(t.effectiveDelta)}${unknown}`);
    }
    for (const r of impact.removedInUse) out.push(`- ${markdownCode(r.address)} ${escapeMarkdownCell(r.component)}: NEW has no price for ${markdownCode(r.priceId)}`);
    out.push("");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}
