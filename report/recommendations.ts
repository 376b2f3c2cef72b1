import { formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { Recommendation, RecommendationsJson } from "../pricing/recommendation";
import { ResourceCost } from "../pricing/report";
import { escapeHtml, escapeMarkdownCell, markdownCode } from "./escape";
import { safeTerminalText } from "./safe-text";

/** `costkit recommend --format json`: two-space JSON, keys in the contract's order. */
export function renderRecommendationsJson(recommendations: readonly Recommendation[]): string {
  const doc: RecommendationsJson = { formatVersion: "1", currency: "USD", recommendations };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `$1,234.00 ($1,000.00 – $1,500.00)`: the expected saving, and its range when the bounds differ. */
export function saving(r: RangeJson): string {
  const min = new Money(r.min), exp = new Money(r.expected), max = new Money(r.max);
  return min.eq(max) ? formatUsd(exp) : `${formatUsd(exp)} (${formatUsd(min)} – ${formatUsd(max)})`;
}

function total(resources: readonly ResourceCost[]): Money {
  return resources.reduce((s, r) => s.plus(r.monthlyCost.expected), new Money(0));
}

const total$ = (rs: readonly ResourceCost[]) => formatUsd(total(rs));

function totalSaving(recs: readonly Recommendation[]): Money {
  return recs.filter((r) => !r.acknowledged).reduce((s, r) => s.plus(r.monthlySaving.expected), new Money(0));
}

/** The terminal listing: one block per recommendation, largest saving first. */
export function renderRecommendationsTable(recs: readonly Recommendation[]): string {
  if (recs.length === 0) return "No recommendations: no change the Savings rules know of lowers this estimate.\n";
  const t = safeTerminalText;
  const lines: string[] = [`${recs.length} recommendation${recs.length === 1 ? "" : "s"}, ${formatUsd(totalSaving(recs))} a month in all (expected, not acknowledged):`, ""];
  recs.forEach((r, i) => {
    lines.push(`${i + 1}. ${t(r.rule)}  ${t(r.subject.stack)}  ${t(r.subject.addresses.join(", "))}`);
    lines.push(`   saves ${saving(r.monthlySaving)} a month: ${total$(r.before)} → ${total$(r.after)} (expected), confidence ${r.confidence}${r.acknowledged ? `; acknowledged: ${t(r.acknowledged.reason)}` : ""}`);
    lines.push(`   ${t(r.change)}`);
    for (const a of r.assumptions) lines.push(`   - ${t(a)}`);
    lines.push("");
  });
  return lines.join("\n");
}

/** Markdown: a summary table, then each recommendation's assumptions. */
export function renderRecommendationsMarkdown(recs: readonly Recommendation[], heading = "## Recommendations"): string {
  if (recs.length === 0) return `${heading}\n\nNo change the Savings rules know of lowers this estimate.\n`;
  const cell = escapeMarkdownCell;
  const out = [
    heading, "",
    `${recs.length} recommendation${recs.length === 1 ? "" : "s"}, **${formatUsd(totalSaving(recs))} a month** in all (expected; each saving is the difference of two estimates: the stack as it is and with the change).`, "",
    "| Saving a month | Rule | Stack | Resource | Before → after (expected) | Change |",
    "| ---: | --- | --- | --- | --- | --- |",
    ...recs.map((r) => `| ${saving(r.monthlySaving)} | ${cell(r.rule)}${r.acknowledged ? " (acknowledged)" : ""} | ${cell(r.subject.stack)} | ${r.subject.addresses.map(markdownCode).join("<br>")} | ${total$(r.before)} → ${total$(r.after)} | ${cell(r.change)} |`),
    "",
  ];
  for (const r of recs) {
    out.push(`<details><summary>${cell(r.rule)} ${markdownCode(r.subject.addresses[0])}: assumptions (confidence ${r.confidence})</summary>`, "");
    for (const a of r.assumptions) out.push(`- ${cell(a)}`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}

/** A section for the HTML report: the recommendations as a table (every value escaped), or none listed. */
export function renderRecommendationsHtml(recs: readonly Recommendation[]): string {
  const rows = recs.map((r) =>
    `<tr><td class="num">${escapeHtml(saving(r.monthlySaving))}</td><td>${escapeHtml(r.rule)}${r.acknowledged ? " (acknowledged)" : ""}</td><td>${escapeHtml(r.subject.stack)}</td><td><code>${r.subject.addresses.map(escapeHtml).join("<br>")}</code></td><td>${escapeHtml(`${total$(r.before)} → ${total$(r.after)}`)}</td><td>${escapeHtml(r.change)}</td></tr>`);
  const body = recs.length === 0
    ? "<p>No change the Savings rules know of lowers this estimate.</p>"
    : `<p>${recs.length} recommendation${recs.length === 1 ? "" : "s"}, ${escapeHtml(formatUsd(totalSaving(recs)))} a month in all (expected); each saving is the difference of two estimates: the stack as it is and with the change.</p>\n<table><thead><tr><th>Saving a month</th><th>Rule</th><th>Stack</th><th>Resource</th><th>Before → after (expected)</th><th>Change</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
  return `<section id="recommendations"><h2>Recommendations</h2>\n${body}\n</section>\n`;
}
