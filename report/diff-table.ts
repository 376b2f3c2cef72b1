import { formatQuantity, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { allFindings, ComponentDiff, CostDelta, CostDiff, countsSentence, formatDelta, formatDeltaWithPercent, formatPrice, headline, plural, summarySentence, withUnit } from "./diff";
import { formatRange } from "./format";
import { saving } from "./recommendations";
import { safeTerminalText } from "./safe-text";

export interface DiffTableOptions {
  /** Use ANSI colour (only when the terminal supports it): increases red, decreases green. */
  readonly color?: boolean;
}

/** Names wider than this overflow their own line instead of widening every row. */
const MAX_NAME_WIDTH = 64;
const MARK = { added: "+", removed: "-", changed: "~" } as const;

const ansi = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const visibleLength = (s: string) => [...s.replace(/\u001b\[[0-9;]*m/g, "")].length;

const safe = safeTerminalText;

function padEnd(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - visibleLength(s)));
}
function padStart(s: string, n: number): string {
  return " ".repeat(Math.max(0, n - visibleLength(s))) + s;
}

function quantity(r: RangeJson): string {
  const q = (s: string) => formatQuantity(new Money(s));
  return r.min === r.max ? q(r.expected) : `${q(r.expected)} (${q(r.min)}–${q(r.max)})`;
}

function lineDetail(c: ComponentDiff): string {
  const q = c.monthlyQuantity, p = c.unitPrice;
  const unit = safe(c.unit);
  if (c.dependsOnUsage) return `depends on usage: ${formatPrice(p.after ?? p.before ?? "0")} per ${unit}`;
  let qty: string;
  if (q.before && q.after && c.baseUnit) qty = `${withUnit(quantity(q.before), safe(c.baseUnit))} → ${withUnit(quantity(q.after), unit)}`;
  else if (q.before && q.after && (q.before.expected !== q.after.expected || q.before.min !== q.after.min || q.before.max !== q.after.max)) {
    qty = withUnit(`${quantity(q.before)} → ${quantity(q.after)}`, unit);
  } else qty = withUnit(quantity((q.after ?? q.before) as RangeJson), unit);
  const unitPrice = p.before !== null && p.after !== null && p.before !== p.after ? `${formatPrice(p.before)} → ${formatPrice(p.after)}` : formatPrice((p.after ?? p.before) as string);
  return `${qty} at ${unitPrice}`;
}

/**
 * The diff for a terminal: the summary, then per stack that changed its added (+), removed (-) and changed (~)
 * resources by address with their changed cost lines, then the policy findings (new ones marked) and new unpriced lines.
 */
export function renderDiffTable(diff: CostDiff, opts: DiffTableOptions = {}): string {
  const color = !!opts.color;
  const bold = ansi(color, "1"), dim = ansi(color, "2"), red = ansi(color, "31"), green = ansi(color, "32"), yellow = ansi(color, "33");
  const tint = (amount: string, text: string) => {
    const d = new Money(amount);
    return d.isPositive() && !d.isZero() ? red(text) : d.isNegative() ? green(text) : text;
  };
  const delta = (d: CostDelta, withPercent: boolean) => {
    const exp = new Money(d.delta.expected);
    const open = !new Money(d.delta.min).eq(exp) || !new Money(d.delta.max).eq(exp);
    const main = withPercent ? formatDeltaWithPercent(d) : formatDelta(d.delta.expected);
    return tint(d.delta.expected, main) + (open ? dim(` (min ${formatDelta(d.delta.min)}, max ${formatDelta(d.delta.max)})`) : "");
  };

  type Row = { name: string; before: string; after: string; delta: string; detail: string };
  // The change first: expected and worst case, each with its sign; then the totals.
  const out: string[] = [bold(headline(diff)), summarySentence(diff), countsSentence(diff)];
  for (const s of diff.stacks) {
    if (s.status === "unchanged") continue;
    const rows: Row[] = [];
    for (const r of s.resources) {
      const unpriced = (r.headUnpriced ?? []).map((u) => `not priced in the head${u.component ? ` (${safe(u.component)})` : ""}: ${safe(u.reason)}`);
      rows.push({
        name: `${MARK[r.change]} ${bold(safe(r.address))}`,
        before: r.change === "added" ? "—" : formatRange(r.monthlyCost.before),
        after: r.change === "removed" ? "—" : formatRange(r.monthlyCost.after),
        delta: delta(r.monthlyCost, r.change === "changed"),
        detail: unpriced.length ? yellow(unpriced.join("; ")) : "",
      });
      for (const c of r.components) {
        rows.push({
          name: dim(`    ${MARK[c.change]} ${safe(c.name)}`),
          before: c.change === "added" ? "—" : formatRange(c.monthlyCost.before),
          after: c.change === "removed" ? "—" : formatRange(c.monthlyCost.after),
          delta: c.dependsOnUsage ? "" : delta(c.monthlyCost, false),
          detail: dim(lineDetail(c)),
        });
      }
    }
    const status = s.status === "added" ? " (new stack)" : s.status === "removed" ? " (removed stack)" : "";
    out.push("", bold(`Stack ${safe(s.stack)}${status}: `) + `${s.status === "added" ? "—" : formatRange(s.monthlyCost.before)} → ${s.status === "removed" ? "—" : formatRange(s.monthlyCost.after)}, ${delta(s.monthlyCost, true)}`);
    if (rows.length === 0) continue;
    const header: Row = { name: "", before: "before", after: "after", delta: "delta", detail: "" };
    // A loop, not Math.max(...rows): spreading 120,000 rows overflows the call stack.
    const w = (pick: (r: Row) => string, cap = Infinity) => Math.min(cap, rows.reduce((m, r) => Math.max(m, visibleLength(pick(r))), visibleLength(pick(header))));
    const wn = w((r) => r.name, MAX_NAME_WIDTH), wb = w((r) => r.before), wa = w((r) => r.after), wd = w((r) => r.delta);
    out.push(dim(`  ${padEnd("", wn)}  ${padStart("before", wb)}  ${padStart("after", wa)}  ${padStart("delta", wd)}`).trimEnd());
    for (const r of rows) {
      const name = visibleLength(r.name) > wn ? `${r.name}\n  ${padEnd("", wn)}` : padEnd(r.name, wn);
      out.push(`  ${name}  ${padStart(r.before, wb)}  ${padStart(r.after, wa)}  ${padStart(r.delta, wd)}  ${r.detail}`.trimEnd());
    }
  }
  if (diff.stackCounts.unchanged > 0) out.push("", dim(`${plural(diff.stackCounts.unchanged, "stack")} unchanged.`));

  const findings = allFindings(diff);
  if (findings.length > 0 || diff.findingCounts.resolved > 0) {
    out.push("", bold("Policy findings") + ` (${findings.length}; ${diff.findingCounts.new} new, ${diff.findingCounts.resolved} resolved):`);
    for (const f of findings) {
      const level = f.level === "error" && !f.acknowledged ? red(f.level) : f.level === "warning" && !f.acknowledged ? yellow(f.level) : f.level;
      const where = f.stack !== undefined ? safe(f.stack) : "all stacks";
      out.push(`  ${f.new ? "new " : f.changed ? "chg " : "    "}[${level}${f.acknowledged ? ", acknowledged" : ""}] ${safe(f.ruleId)} ${where}${f.address !== undefined ? `/${safe(f.address)}` : ""}: ${safe(f.message)}`);
    }
  }
  const unpriced = diff.stacks.flatMap((s) => s.unpriced.filter((u) => u.new).map((u) => ({ ...u, stack: s.stack })));
  if (unpriced.length > 0) {
    out.push("", yellow(`Not priced, new in the head (${unpriced.length}; not in the totals):`));
    for (const u of unpriced) out.push(yellow(`  ${safe(u.stack)}/${safe(u.address)}${u.component !== undefined ? ` — ${safe(u.component)}` : ""}: ${safe(u.reason)}`));
  }
  const recs = diff.recommendations ?? [];
  if (recs.length > 0) {
    out.push("", bold("Savings for what this change touches") + ` (${recs.length}; each the difference of two estimates of the head):`);
    for (const r of recs) out.push(`  ${saving(r.monthlySaving)} a month  ${safe(r.subject.stack)}/${safe(r.subject.addresses.join(", "))}: ${safe(r.change)} (${safe(r.rule)})`);
  }
  return out.join("\n") + "\n";
}
