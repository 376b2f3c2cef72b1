import { formatQuantity, Money } from "../pricing/money";
import { CostReport } from "../pricing/report";
import { formatRange, usd } from "./format";
import { safeTerminalText as safe } from "./safe-text";
import { unpricedSummary } from "./unpriced-summary";

export interface TableOptions {
  /** Use ANSI colour (only when the terminal supports it). */
  readonly color?: boolean;
}

const ansi = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  if (len >= n) return s;
  return right ? " ".repeat(n - len) + s : s + " ".repeat(n - len);
}

/** A terminal table: each resource, its cost lines (quantity, unit, monthly cost), then unpriced and totals. */
export function renderTable(report: CostReport, opts: TableOptions = {}): string {
  const bold = ansi(!!opts.color, "1");
  const dim = ansi(!!opts.color, "2");
  const yellow = ansi(!!opts.color, "33");
  const rows: [string, string, string, string][] = [];
  for (const r of report.resources) {
    rows.push([bold(safe(r.address)), "", "", formatRange(r.monthlyCost)]);
    r.components.forEach((c, i) => {
      const branch = i === r.components.length - 1 ? "└─ " : "├─ ";
      const qty = c.dependsOnUsage ? "" : formatQuantity(new Money(c.monthlyQuantity.expected)) + (c.monthlyQuantity.min !== c.monthlyQuantity.max ? ` (${formatQuantity(new Money(c.monthlyQuantity.min))}–${formatQuantity(new Money(c.monthlyQuantity.max))})` : "");
      const cost = c.dependsOnUsage ? dim(`depends on usage: ${usd(c.unitPrice)} per ${safe(c.unit)}`) : formatRange(c.monthlyCost);
      rows.push([` ${branch}${safe(c.name)}`, qty, c.dependsOnUsage ? "" : safe(c.unit), cost]);
    });
  }
  // A loop, not Math.max(...rows): spreading 80,000 rows overflows the call stack.
  const widths = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, [...r[i].replace(/\u001b\[[0-9;]*m/g, "")].length), i === 0 ? 4 : 8));
  const line = (r: [string, string, string, string]) => {
    const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");
    const padV = (s: string, n: number, right = false) => (right ? " ".repeat(Math.max(0, n - [...visible(s)].length)) + s : s + " ".repeat(Math.max(0, n - [...visible(s)].length)));
    return `${padV(r[0], widths[0])}  ${padV(r[1], widths[1], true)}  ${padV(r[2], widths[2])}  ${r[3]}`.trimEnd();
  };
  const out: string[] = [];
  out.push(bold(`Stack: ${safe(report.stack)}`), "");
  out.push(line([bold("Name"), bold(pad("Quantity", widths[1], true)), bold("Unit"), bold("Monthly cost")]));
  out.push("");
  for (const r of rows) out.push(line(r));
  out.push("");
  out.push(bold(`Monthly cost: ${formatRange(report.monthlyCost)}`) + (report.listMonthlyCost.expected !== report.monthlyCost.expected ? ` (list ${formatRange(report.listMonthlyCost)})` : ""));
  out.push(`${report.resources.length} priced, ${report.free.length} free, ${new Set(report.unpriced.map((u) => u.address)).size} with unpriced lines`);
  if (report.unpriced.length > 0) {
    out.push("", yellow("Not priced:"));
    for (const u of report.unpriced) out.push(yellow(`  ${safe(u.address)}${u.component ? ` — ${safe(u.component)}` : ""}: ${safe(u.reason)}`));
  }
  if (report.findings.length > 0) {
    out.push("", "Policy findings:");
    for (const f of report.findings) out.push(`  [${f.level}${f.acknowledged ? ", acknowledged" : ""}] ${safe(f.ruleId)}${f.address ? ` ${safe(f.address)}` : ""}: ${safe(f.message)}`);
  }
  const notPriced = unpricedSummary(report.unpriced);
  if (notPriced !== undefined) out.push("", yellow(safe(notPriced)));
  return out.join("\n") + "\n";
}
