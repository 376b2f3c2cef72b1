import { CostReport, Finding } from "../pricing/report";
import { byString } from "../pricing/compare";
import { allFindings, constructPaths, groupFindings } from "./findings";
import { formatRange, rankedStacks, totalRange } from "./format";

export { commonEnding } from "./findings";

/** Where a synth wrote its reports, as the user should read them (relative to the working directory). */
export interface SynthReportPaths {
  /** The output folder: `cdktf.out`. */
  readonly outdir: string;
}

/** `<stack> <construct path> (<address>)`, `<stack> <address>`, or `all stacks`. */
function subjectOf(l: { stack?: string; finding: Finding }, pathOf: ReturnType<typeof constructPaths>): string {
  const address = l.finding.address;
  const path = address !== undefined ? pathOf(l.stack, address) : undefined;
  return [l.stack, path, path !== undefined ? `(${address})` : address].filter((x) => x !== undefined).join(" ") || "all stacks";
}

/**
 * The block costkit prints after `cdktf synth`: the total with its range, one line per stack with its report, the
 * findings grouped by rule (the remediation once per rule, the subjects under it), acknowledged findings counted, and
 * the paths of the reports. Deterministic; no line repeats another.
 */
export function renderSynthSummary(reports: readonly CostReport[], crossStack: readonly Finding[], paths: SynthReportPaths): string {
  const stacks = rankedStacks(reports);
  const out: string[] = [];
  const total = totalRange(stacks.map((r) => r.monthlyCost));
  const unpriced = stacks.reduce((n, r) => n + r.unpriced.length, 0);
  out.push(`costkit: ${stacks.length} stack${stacks.length === 1 ? "" : "s"}, monthly cost ${formatRange(total)}${unpriced ? `, ${unpriced} unpriced line${unpriced === 1 ? "" : "s"} not included` : ""}`);
  const width = Math.max(...stacks.map((r) => r.stack.length), 5);
  for (const r of stacks) {
    const counts = `${r.resources.length} priced${r.unpriced.length ? `, ${r.unpriced.length} unpriced` : ""}`;
    out.push(`  ${r.stack.padEnd(width)}  ${formatRange(r.monthlyCost)}  (${counts})  ${paths.outdir}/stacks/${r.stack}/cost-report.md`);
  }

  const located = allFindings(stacks, crossStack);
  const pathOf = constructPaths(stacks);
  const open = located.filter((l) => !l.finding.acknowledged);
  const acknowledged = located.filter((l) => l.finding.acknowledged);
  if (open.length > 0) {
    const errors = open.filter((l) => l.finding.level === "error").length;
    out.push(`Findings: ${errors} error${errors === 1 ? "" : "s"}, ${open.length - errors} other${open.length - errors === 1 ? "" : "s"}`);
    for (const group of groupFindings(open)) {
      const { level, ruleId } = group;
      if (group.items.length === 1) {
        out.push(`  ${level} ${ruleId} ${subjectOf(group.items[0], pathOf)}: ${group.items[0].text}`);
        continue;
      }
      out.push(`  ${level} ${ruleId} (${group.items.length})${group.remediation.length ? `: ${group.remediation.join(" ")}` : ""}`);
      const lines = group.items.map((l) => `    ${subjectOf(l, pathOf)}: ${l.text}`);
      for (const line of [...new Set(lines)].sort(byString)) out.push(line);
    }
  }
  if (acknowledged.length > 0) {
    const ids = [...new Set(acknowledged.map((l) => l.finding.ruleId))].sort(byString);
    out.push(`Acknowledged: ${acknowledged.length} finding${acknowledged.length === 1 ? "" : "s"} (${ids.join(", ")}), listed in the reports`);
  }
  out.push(`Reports: cost-report.json and .md beside each stack's cdk.tf.json (above); ${paths.outdir}/cost-summary.json and .md; ${paths.outdir}/cost-report.html`);
  return out.join("\n") + "\n";
}
