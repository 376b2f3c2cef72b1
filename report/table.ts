import type TableType from "cli-table3";
import { CostReport } from "../pricing/report";
import { acknowledgementText, allFindings, constructPaths, FindingGroup, groupFindings, subjectOf } from "./findings";
import { formatLinePrice, formatQty, formatRange, formatUnitPrice, rankedResources, rankedStacks, totalRange } from "./format";
import type { OutputFormat } from "./renderers";
import { safeTerminalText as safe } from "./safe-text";
import { unpricedSummary } from "./unpriced-summary";

export interface TableOptions {
  /** Use ANSI colour (only when the terminal supports it). */
  readonly color?: boolean;
}

export type Paint = (s: string) => string;
export interface Palette {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly yellow: Paint;
}

/** ANSI styles when `color`, else the text as it is. */
export function palette(color: boolean): Palette {
  const ansi = (code: string): Paint => (s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: ansi("1"), dim: ansi("2"), yellow: ansi("33") };
}

/** No borders, two spaces between columns: columns sized by cli-table3, which measures wide characters (CJK, emoji). */
const PLAIN = {
  chars: { top: "", "top-mid": "", "top-left": "", "top-right": "", bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "", left: "", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: "  " },
  style: { "padding-left": 0, "padding-right": 0, head: [] as string[], border: [] as string[], compact: true },
};

/** Our own styles (bold, dim, colour), which take no width. */
const OUR_ANSI = /\u001b\[[0-9;]*m/g;
/** Characters one column wide in every terminal: printable ASCII, dashes and box drawing (our tree branches). */
const NARROW = /^[\x20-\x7e\u2013\u2014\u2500-\u257f]*$/;

/**
 * Rows as aligned columns, two spaces apart, trailing spaces trimmed. cli-table3 lays them out: it measures wide
 * characters (CJK, emoji take two columns). It takes about a millisecond a row, so a table whose text is all one
 * column wide a character (ASCII, dashes, box drawing: nearly every report) is padded directly, which gives the same
 * bytes (a test compares them) and keeps a 100,000-resource stack to a second. Every cell from the input must have gone
 * through `safe` (no control characters).
 */
export function columns(rows: readonly string[][], aligns: readonly ("left" | "right")[]): string[] {
  if (rows.length === 0) return [];
  const visible = rows.map((r) => r.map((c) => c.replace(OUR_ANSI, "")));
  if (!visible.every((r) => r.every((c) => NARROW.test(c)))) return tableColumns(rows, aligns);
  const widths = aligns.map((_, i) => visible.reduce((w, r) => Math.max(w, (r[i] ?? "").length), 1)); // cli-table3: a column is at least one wide
  return rows.map((r, ri) => r.map((cell, i) => {
    const fill = " ".repeat(widths[i] - visible[ri][i].length);
    return aligns[i] === "right" ? fill + cell : cell + fill;
  }).join("  ").trimEnd());
}

/** The same layout by cli-table3, for text with wide characters. */
export function tableColumns(rows: readonly string[][], aligns: readonly ("left" | "right")[]): string[] {
  // Loaded when needed: it takes ~50 ms to load, which most runs need not pay.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Table = require("cli-table3") as typeof TableType;
  const table = new Table({ ...PLAIN, colAligns: [...aligns] });
  for (const r of rows) table.push(r);
  return table.toString().split("\n").map((l) => l.trimEnd());
}

/**
 * A terminal table: each resource (largest first, by construct path with the address under it), its cost lines
 * (quantity, unit, exact unit price, monthly cost), then totals, unpriced lines and findings grouped by rule.
 */
export function renderTable(report: CostReport, opts: TableOptions = {}): string {
  const { bold, dim, yellow } = palette(!!opts.color);
  const rows: string[][] = [[bold("Name"), bold("Quantity"), bold("Unit"), bold("Unit price"), bold("Monthly cost")], ["", "", "", "", ""]];
  for (const r of rankedResources(report.resources)) {
    rows.push([bold(safe(r.constructPath ?? r.address)), "", "", "", formatRange(r.monthlyCost)]);
    if (r.constructPath !== undefined) rows.push([dim(` ${safe(r.address)}`), "", "", "", ""]);
    r.components.forEach((c, i) => {
      const branch = i === r.components.length - 1 ? "└─ " : "├─ ";
      const qty = c.dependsOnUsage ? "" : formatQty(c.monthlyQuantity.expected) + (c.monthlyQuantity.min !== c.monthlyQuantity.max ? ` (${formatQty(c.monthlyQuantity.min)}–${formatQty(c.monthlyQuantity.max)})` : "");
      const cost = c.dependsOnUsage ? dim(`depends on usage: ${formatUnitPrice(c.unitPrice)} per ${safe(c.unit)}`) : formatRange(c.monthlyCost);
      rows.push([` ${branch}${safe(c.name)}`, qty, c.dependsOnUsage ? "" : safe(c.unit), formatLinePrice(c), cost]);
    });
  }
  const out: string[] = [];
  out.push(bold(`Stack: ${safe(report.stack)}`), "");
  for (const line of columns(rows, ["left", "right", "left", "right", "right"])) out.push(line); // no spread: 100,000s of rows
  out.push("");
  out.push(bold(`Monthly cost: ${formatRange(report.monthlyCost)}`) + (report.listMonthlyCost.expected !== report.monthlyCost.expected ? ` (list ${formatRange(report.listMonthlyCost)})` : ""));
  out.push(`${report.resources.length} priced, ${report.free.length} free, ${new Set(report.unpriced.map((u) => u.address)).size} with unpriced lines`);
  if (report.unpriced.length > 0) {
    out.push("", yellow("Not priced:"));
    for (const u of report.unpriced) out.push(yellow(`  ${safe(u.address)}${u.component ? ` — ${safe(u.component)}` : ""}: ${safe(u.reason)}`));
  }
  const groups = groupFindings(allFindings([report]));
  if (groups.length > 0) out.push("", "Policy findings:", ...renderFindingsText(groups, { pathOf: constructPaths([report]), showStack: false }));
  const notPriced = unpricedSummary(report.unpriced);
  if (notPriced !== undefined) out.push("", yellow(safe(notPriced)));
  return out.join("\n") + "\n";
}

export interface FindingsTextOptions {
  readonly pathOf?: (stack: string | undefined, address: string) => string | undefined;
  /** @default true */
  readonly showStack?: boolean;
}

/**
 * Findings for a terminal, grouped by rule: `  [warning] FinOps-LC1 (4): <remediation>`, then each subject indented
 * with what is its own in the message (and its acknowledgement). Text from the input is made safe.
 */
export function renderFindingsText(groups: readonly FindingGroup[], opts: FindingsTextOptions = {}): string[] {
  const out: string[] = [];
  for (const g of groups) {
    out.push(`  [${g.level}${g.acknowledged ? ", acknowledged" : ""}] ${safe(g.ruleId)} (${g.items.length})${g.remediation.length ? `: ${safe(g.remediation.join(" "))}` : ""}`);
    for (const item of g.items) {
      const s = subjectOf(item, opts.pathOf);
      const who = [
        opts.showStack !== false && s.stack !== undefined ? `stack ${s.stack}` : "",
        s.label ?? "",
        s.constructPath ?? "",
        s.address !== undefined ? (s.constructPath !== undefined ? `(${s.address})` : s.address) : "",
      ].filter(Boolean).join(" ");
      out.push(`    ${safe(who)}: ${safe(item.text)}`);
      if (item.finding.acknowledged) out.push(`      ${safe(acknowledgementText(item.finding))}`);
    }
  }
  return out;
}

/** Each stack's table, largest first; with several, the total of all of them; then the findings of budgets across stacks. */
export const tableFormat: OutputFormat = {
  name: "table",
  description: "table (default)",
  render: ({ reports, crossStack, color }) => {
    const parts = rankedStacks(reports).map((r) => renderTable(r, { color }));
    if (reports.length > 1) parts.push(`Total of ${reports.length} stacks: ${formatRange(totalRange(reports.map((r) => r.monthlyCost)))}\n`);
    const across = groupFindings(allFindings([], crossStack));
    if (across.length > 0) parts.push(["Findings of budgets across stacks:", ...renderFindingsText(across), ""].join("\n"));
    return parts.join("\n");
  },
};
