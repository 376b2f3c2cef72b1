import { Money } from "../pricing/money";
import { CostReport } from "../pricing/report";
import { escapeMarkdownCell, markdownCode } from "./escape";
import { allFindings, constructPaths, groupFindings } from "./findings";
import { byCostDesc, formatPerUnit, formatRange, formatShare, rankedEntries, usd } from "./format";
import { renderFindingsMarkdown } from "./markdown";
import { CostSummary } from "./summary";

/** cost-summary.md: the whole synth on one page, findings included. */
export function renderSummaryMarkdown(summary: CostSummary, reports: readonly CostReport[] = []): string {
  const out: string[] = [];
  out.push(`# Monthly cost: ${formatRange(summary.monthlyCost)}`, "");
  if (summary.listMonthlyCost.expected !== summary.monthlyCost.expected) out.push(`At list prices: ${formatRange(summary.listMonthlyCost)}.`, "");
  out.push("| Stack | Monthly (expected) | Min | Max | Resources | Unpriced | Errors | Warnings |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const s of [...summary.stacks].sort((a, b) => byCostDesc(a.monthlyCost, b.monthlyCost, a.stack, b.stack))) {
    out.push(`| ${markdownCode(s.stack)} | ${usd(s.monthlyCost.expected)} | ${usd(s.monthlyCost.min)} | ${usd(s.monthlyCost.max)} | ${s.resources} | ${s.unpriced} | ${s.errors} | ${s.warnings} |`);
  }
  out.push("");
  for (const [title, map] of [["category", summary.byCategory], ["provider", summary.byProvider], ["geo", summary.byGeo]] as const) {
    out.push(`### By ${title}`, "", `| ${title[0].toUpperCase() + title.slice(1)} | Monthly (expected) | Share | Min | Max |`, "| --- | ---: | ---: | ---: | ---: |");
    for (const [k, r] of rankedEntries(map)) out.push(`| ${escapeMarkdownCell(k)} | ${usd(r.expected)} | ${formatShare(r.expected, summary.monthlyCost.expected)} | ${usd(r.min)} | ${usd(r.max)} |`);
    out.push("");
  }
  if (summary.unitMetrics.length > 0) {
    out.push("### Unit economics", "", "| Metric | Scope | Driver | Expected | Min | Max |", "| --- | --- | ---: | ---: | ---: | ---: |");
    for (const m of summary.unitMetrics) {
      out.push(`| ${escapeMarkdownCell(m.id)} | ${escapeMarkdownCell(m.scope)} | ${escapeMarkdownCell(m.driver)} = ${new Money(m.driverValue).toFixed()} | ${formatPerUnit(m.monthlyCost.expected)} | ${formatPerUnit(m.monthlyCost.min)} | ${formatPerUnit(m.monthlyCost.max)} |`);
    }
    out.push("");
  }
  out.push(...renderFindingsMarkdown(groupFindings(allFindings(reports, summary.crossStackFindings)), { pathOf: constructPaths(reports) }));
  out.push(`${summary.unpricedCount} cost line${summary.unpricedCount === 1 ? "" : "s"} could not be priced (see each stack's cost-report.md). Prices: ${summary.priceBooks.map((b) => `${escapeMarkdownCell(b.id)} (${escapeMarkdownCell(b.effectiveDate)})`).join(", ")}.`, "");
  return out.join("\n");
}
