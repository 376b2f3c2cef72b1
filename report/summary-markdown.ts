import { UNALLOCATED } from "../pricing/allocation";
import { formatUsd, Money } from "../pricing/money";
import { CostReport } from "../pricing/report";
import { escapeMarkdownCell, markdownCode } from "./escape";
import { allFindings, constructPaths, groupFindings } from "./findings";
import { formatPerUnit, formatRange, formatShare, rankedEntries, rankedStacks, usd } from "./format";
import { renderFindingsMarkdown } from "./markdown";
import { CostSummary } from "./summary";

/** cost-summary.md: the whole synth on one page, findings included. */
export function renderSummaryMarkdown(summary: CostSummary, reports: readonly CostReport[] = []): string {
  const out: string[] = [];
  out.push(`# Monthly cost: ${formatRange(summary.monthlyCost)}`, "");
  if (summary.listMonthlyCost.expected !== summary.monthlyCost.expected) out.push(`At list prices: ${formatRange(summary.listMonthlyCost)}.`, "");
  out.push("| Stack | Monthly (expected) | Min | Max | Resources | Unpriced | Errors | Warnings |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const s of rankedStacks(summary.stacks)) {
    out.push(`| ${markdownCode(s.stack)} | ${usd(s.monthlyCost.expected)} | ${usd(s.monthlyCost.min)} | ${usd(s.monthlyCost.max)} | ${s.resources} | ${s.unpriced} | ${s.errors} | ${s.warnings} |`);
  }
  out.push("");
  for (const [title, map] of [["category", summary.byCategory], ["provider", summary.byProvider], ["geo", summary.byGeo]] as const) {
    out.push(`### By ${title}`, "", `| ${title[0].toUpperCase() + title.slice(1)} | Monthly (expected) | Share | Min | Max |`, "| --- | ---: | ---: | ---: | ---: |");
    for (const [k, r] of rankedEntries(map)) out.push(`| ${escapeMarkdownCell(k)} | ${usd(r.expected)} | ${formatShare(r.expected, summary.monthlyCost.expected)} | ${usd(r.min)} | ${usd(r.max)} |`);
    out.push("");
  }
  out.push(...byTagMarkdown(summary));
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

/** Cost by feature and by team, the unallocated remainder in its own row and said in a sentence. */
function byTagMarkdown(summary: CostSummary): string[] {
  const out: string[] = [];
  for (const [tag, title] of [["feature", "Feature"], ["team", "Team"]] as const) {
    const map = summary.byTag[tag];
    out.push(`### By ${tag}`, "", `| ${title} | Monthly (expected) | Share | Min | Max |`, "| --- | ---: | ---: | ---: | ---: |");
    for (const [k, r] of Object.entries(map)) out.push(`| ${k === UNALLOCATED ? "*unallocated*" : escapeMarkdownCell(k)} | ${formatUsd(new Money(r.expected))} | ${formatShare(r.expected, summary.monthlyCost.expected)} | ${formatUsd(new Money(r.min))} | ${formatUsd(new Money(r.max))} |`);
    const rest = map[UNALLOCATED];
    out.push("", rest && !new Money(rest.expected).isZero()
      ? `Unallocated: ${formatUsd(new Money(rest.expected))} (${formatShare(rest.expected, summary.monthlyCost.expected)}) carries no ${tag} tag${tag === "feature" ? " and matches no allocation rule" : ""}.`
      : `Every dollar is allocated to a ${tag}.`, "");
  }
  return out;
}
