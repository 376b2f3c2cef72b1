import { decimalText, Money, ZERO } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { CostReport, Finding } from "../pricing/report";
import { formatRange } from "./format";

/** Where a synth wrote its reports, as the user should read them (relative to the working directory). */
export interface SynthReportPaths {
  /** The output folder: `cdktf.out`. */
  readonly outdir: string;
}

/** A finding with the stack it came from (none for budgets across stacks). */
interface Located {
  readonly stack?: string;
  readonly finding: Finding;
}

const LEVEL_ORDER: Readonly<Record<Finding["level"], number>> = { error: 0, warning: 1, info: 2 };
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sentences of a message, split after each full stop followed by a space (money such as `$1.50` stays whole). */
function sentences(message: string): string[] {
  return message.split(/(?<=\.) +/).filter((s) => s !== "");
}

/**
 * The sentences every message of a group ends with: the rule's remediation, stated once for the group. Empty when the
 * group has one finding (its message is shown whole) or the messages share no ending.
 */
export function commonEnding(messages: readonly string[]): string[] {
  if (messages.length < 2) return [];
  const split = messages.map(sentences);
  const ending: string[] = [];
  for (let i = 1; ; i++) {
    const candidate = split[0][split[0].length - i];
    // keep at least one sentence of each message as its own
    if (candidate === undefined || split.some((s) => s.length - i < 1 || s[s.length - i] !== candidate)) break;
    ending.unshift(candidate);
  }
  return ending;
}

/** The part of a finding's message that is its own: without the group's ending, and without a leading repeat of its address. */
function ownPart(f: Finding, endingLength: number): string {
  const own = sentences(f.message);
  let text = own.slice(0, own.length - endingLength).join(" ");
  if (f.address && text.startsWith(`${f.address}: `)) text = text.slice(f.address.length + 2);
  else if (f.address && text.startsWith(`${f.address} `)) text = text.slice(f.address.length + 1);
  return text;
}

function subjectOf(l: Located): string {
  return [l.stack, l.finding.address].filter((x) => x !== undefined).join(" ") || "all stacks";
}

/**
 * The block costkit prints after `cdktf synth`: the total with its range, one line per stack with its report, the
 * findings grouped by rule (the remediation once per rule, the subjects under it), acknowledged findings counted, and
 * the paths of the reports. Deterministic; no line repeats another.
 */
export function renderSynthSummary(reports: readonly CostReport[], crossStack: readonly Finding[], paths: SynthReportPaths): string {
  const stacks = [...reports].sort((a, b) => byString(a.stack, b.stack));
  const out: string[] = [];
  const total = totalOf(stacks);
  const unpriced = stacks.reduce((n, r) => n + r.unpriced.length, 0);
  out.push(`costkit: ${stacks.length} stack${stacks.length === 1 ? "" : "s"}, monthly cost ${formatRange(total)}${unpriced ? `, ${unpriced} unpriced line${unpriced === 1 ? "" : "s"} not included` : ""}`);
  const width = Math.max(...stacks.map((r) => r.stack.length), 5);
  for (const r of stacks) {
    const counts = `${r.resources.length} priced${r.unpriced.length ? `, ${r.unpriced.length} unpriced` : ""}`;
    out.push(`  ${r.stack.padEnd(width)}  ${formatRange(r.monthlyCost)}  (${counts})  ${paths.outdir}/stacks/${r.stack}/cost-report.md`);
  }

  const located: Located[] = [...stacks.flatMap((r) => r.findings.map((finding) => ({ stack: r.stack, finding }))), ...crossStack.map((finding) => ({ finding }))];
  const open = located.filter((l) => !l.finding.acknowledged);
  const acknowledged = located.filter((l) => l.finding.acknowledged);
  if (open.length > 0) {
    const groups = new Map<string, Located[]>();
    for (const l of open) {
      const key = `${LEVEL_ORDER[l.finding.level]} ${l.finding.ruleId}`;
      groups.set(key, [...(groups.get(key) ?? []), l]);
    }
    const errors = open.filter((l) => l.finding.level === "error").length;
    out.push(`Findings: ${errors} error${errors === 1 ? "" : "s"}, ${open.length - errors} other${open.length - errors === 1 ? "" : "s"}`);
    for (const key of [...groups.keys()].sort(byString)) {
      const group = groups.get(key)!;
      const { level, ruleId } = group[0].finding;
      if (group.length === 1) {
        out.push(`  ${level} ${ruleId} ${subjectOf(group[0])}: ${ownPart(group[0].finding, 0)}`);
        continue;
      }
      const ending = commonEnding(group.map((l) => l.finding.message));
      out.push(`  ${level} ${ruleId} (${group.length})${ending.length ? `: ${ending.join(" ")}` : ""}`);
      const lines = group.map((l) => `    ${subjectOf(l)}: ${ownPart(l.finding, ending.length)}`);
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

function totalOf(reports: readonly CostReport[]): RangeJson {
  const sum = (k: keyof RangeJson) => decimalText(reports.reduce((s, r) => s.plus(new Money(r.monthlyCost[k])), ZERO));
  return { min: sum("min"), expected: sum("expected"), max: sum("max") };
}
