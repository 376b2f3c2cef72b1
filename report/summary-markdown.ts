import { UNALLOCATED } from "../pricing/allocation";
import { formatUsd, Money } from "../pricing/money";
import { CostReport } from "../pricing/report";
import { escapeMarkdownCell, markdownCode } from "./escape";
import { formatRange } from "./format";
import { CostSummary } from "./summary";

function share(part: string, whole: string): string {
  const w = new Money(whole);
  return w.isZero() ? "—" : `${new Money(part).div(w).times(100).toFixed(1)}%`;
}

function perUnit(value: string): string {
  const v = new Money(value);
  return v.abs().lt(1) ? `$${v.toDecimalPlaces(4).toFixed(4)}` : formatUsd(v);
}

/** cost-summary.md: the whole synth on one page, findings included. */
export function renderSummaryMarkdown(summary: CostSummary, reports: readonly CostReport[] = []): string {
  const out: string[] = [];
  out.push(`# Monthly cost: ${formatRange(summary.monthlyCost)}`, "");
  if (summary.listMonthlyCost.expected !== summary.monthlyCost.expected) out.push(`At list prices: ${formatRange(summary.listMonthlyCost)}.`, "");
  out.push("| Stack | Monthly (expected) | Min | Max | Resources | Unpriced | Errors | Warnings |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const s of summary.stacks) {
    out.push(`| ${markdownCode(s.stack)} | ${formatUsd(new Money(s.monthlyCost.expected))} | ${formatUsd(new Money(s.monthlyCost.min))} | ${formatUsd(new Money(s.monthlyCost.max))} | ${s.resources} | ${s.unpriced} | ${s.errors} | ${s.warnings} |`);
  }
  out.push("");
  for (const [title, map] of [["category", summary.byCategory], ["provider", summary.byProvider], ["geo", summary.byGeo]] as const) {
    out.push(`### By ${title}`, "", `| ${title[0].toUpperCase() + title.slice(1)} | Monthly (expected) | Share | Min | Max |`, "| --- | ---: | ---: | ---: | ---: |");
    for (const [k, r] of Object.entries(map)) out.push(`| ${escapeMarkdownCell(k)} | ${formatUsd(new Money(r.expected))} | ${share(r.expected, summary.monthlyCost.expected)} | ${formatUsd(new Money(r.min))} | ${formatUsd(new Money(r.max))} |`);
    out.push("");
  }
  out.push(...byTagMarkdown(summary));
  if (summary.unitMetrics.length > 0) {
    out.push("### Unit economics", "", "| Metric | Scope | Driver | Expected | Min | Max |", "| --- | --- | ---: | ---: | ---: | ---: |");
    for (const m of summary.unitMetrics) {
      out.push(`| ${escapeMarkdownCell(m.id)} | ${escapeMarkdownCell(m.scope)} | ${escapeMarkdownCell(m.driver)} = ${new Money(m.driverValue).toFixed()} | ${perUnit(m.monthlyCost.expected)} | ${perUnit(m.monthlyCost.min)} | ${perUnit(m.monthlyCost.max)} |`);
    }
    out.push("");
  }
  const findings = [
    ...summary.crossStackFindings.map((f) => ({ stack: undefined, ...f })),
    ...reports.flatMap((r) => r.findings.map((f) => ({ stack: r.stack as string | undefined, ...f }))),
  ];
  // A finding across stacks (a budget of the platform, a category, a geo) has its scope in its message.
  const subject = (f: { stack?: string; address?: string }) => (f.address ? markdownCode(f.address) : f.stack !== undefined ? "stack" : "—");
  if (findings.length > 0) {
    out.push("### Policy findings", "", "| Level | Rule | Stack | Subject | Message |", "| --- | --- | --- | --- | --- |");
    for (const f of findings) out.push(`| ${f.acknowledged ? `${f.level} (acknowledged)` : f.level} | ${escapeMarkdownCell(f.ruleId)} | ${f.stack !== undefined ? markdownCode(f.stack) : "all stacks"} | ${subject(f)} | ${escapeMarkdownCell(f.message)} |`);
    out.push("");
  }
  out.push(`${summary.unpricedCount} cost line${summary.unpricedCount === 1 ? "" : "s"} could not be priced (see each stack's cost-report.md). Prices: ${summary.priceBooks.map((b) => `${escapeMarkdownCell(b.id)} (${escapeMarkdownCell(b.effectiveDate)})`).join(", ")}.`, "");
  return out.join("\n");
}

/** Cost by feature and by team, the unallocated remainder in its own row and said in a sentence. */
function byTagMarkdown(summary: CostSummary): string[] {
  const out: string[] = [];
  for (const [tag, title] of [["feature", "Feature"], ["team", "Team"]] as const) {
    const map = summary.byTag[tag];
    out.push(`### By ${tag}`, "", `| ${title} | Monthly (expected) | Share | Min | Max |`, "| --- | ---: | ---: | ---: | ---: |");
    for (const [k, r] of Object.entries(map)) out.push(`| ${k === UNALLOCATED ? "*unallocated*" : escapeMarkdownCell(k)} | ${formatUsd(new Money(r.expected))} | ${share(r.expected, summary.monthlyCost.expected)} | ${formatUsd(new Money(r.min))} | ${formatUsd(new Money(r.max))} |`);
    const rest = map[UNALLOCATED];
    out.push("", rest && !new Money(rest.expected).isZero()
      ? `Unallocated: ${formatUsd(new Money(rest.expected))} (${share(rest.expected, summary.monthlyCost.expected)}) carries no ${tag} tag${tag === "feature" ? " and matches no allocation rule" : ""}.`
      : `Every dollar is allocated to a ${tag}.`, "");
  }
  return out;
}
