import { byString } from "../pricing/compare";
import { decimalText, formatQuantity, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import {
  allFindings, changesBySize, ComponentDiff, CostDelta, CostDiff, countsSentence, FindingDiff, formatCount, formatDelta, formatDeltaWithPercent,
  formatPrice, headline, plural, ResourceDiff, StackDiff, summarySentence, UnpricedDiff, withUnit,
} from "./diff";
import { escapeMarkdownCell, markdownCode } from "./escape";
import { formatRange } from "./format";
import { saving } from "./recommendations";

/** The hidden first line by which CI finds (and updates) its earlier comment on a pull request. */
export const COMMENT_MARKER = "<!-- costkit-comment -->";
/** GitHub rejects issue and pull-request comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65536;
/** Room the comment leaves under the limit for a note CI puts after the marker (a failed synth). */
export const COMMENT_HEADROOM = 1024;

export interface DiffMarkdownOptions {
  /**
   * The longest comment to write, in UTF-16 code units (never fewer than characters).
   * @default GITHUB_COMMENT_LIMIT − COMMENT_HEADROOM
   */
  readonly maxLength?: number;
  /** How many of the largest changes show before the collapsed block of the others. @default 10 */
  readonly top?: number;
}

/** The shortest a change's row can be: `| <code></code> | <code></code> | added | — | $0.00 | +$0.01 |`. */
const MIN_ROW_LENGTH = 40;
/** Cost lines shown under one resource; the rest are counted in a final line. */
const MAX_LINES_PER_RESOURCE = 10;
/** User-controlled text is clipped (then escaped) so that one long name cannot eat the comment. */
const CLIP = { address: 200, stack: 100, name: 200, tag: 60, message: 300, rule: 80 } as const;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max - 1).join("") + "…";
}

const code = (text: string, max: number) => markdownCode(clip(text, max));
const cell = (text: string, max: number) => escapeMarkdownCell(clip(text, max));
const sub = (text: string) => (text ? `<br><sub>${text}</sub>` : "");

function quantity(r: RangeJson): string {
  const q = (s: string) => formatQuantity(new Money(s));
  return r.min === r.max ? q(r.expected) : `${q(r.expected)} (${q(r.min)}–${q(r.max)})`;
}

function deltaCell(d: CostDelta, withPercent: boolean): string {
  const main = withPercent ? formatDeltaWithPercent(d) : formatDelta(d.delta.expected);
  const exp = new Money(d.delta.expected);
  const open = !new Money(d.delta.min).eq(exp) || !new Money(d.delta.max).eq(exp);
  return main + (open ? sub(`min ${formatDelta(d.delta.min)}, max ${formatDelta(d.delta.max)}`) : "");
}

function tagsText(tags: Readonly<Record<string, string>>): string {
  const keys = Object.keys(tags).sort();
  if (keys.length === 0) return "";
  const shown = keys.slice(0, 3).map((k) => cell(`${k}=${tags[k]}`, CLIP.tag));
  return shown.join(", ") + (keys.length > 3 ? `, +${keys.length - 3} more` : "");
}

const CHANGES_HEADER = "| Resource | Stack | Change | Before | After | Delta |\n| --- | --- | --- | ---: | ---: | ---: |\n";

function resourceRow(r: ResourceDiff): string {
  const notes = [tagsText(r.tags)];
  for (const u of r.headUnpriced ?? []) notes.push(`⚠️ not priced in this change${u.component ? ` (${cell(u.component, CLIP.name)})` : ""}: ${cell(u.reason, CLIP.message)}`);
  const before = r.change === "added" ? "—" : formatRange(r.monthlyCost.before);
  const after = r.change === "removed" ? "—" : formatRange(r.monthlyCost.after);
  return `| ${code(r.address, CLIP.address)}${sub(notes.filter(Boolean).join("<br>"))} | ${code(r.stack, CLIP.stack)} | ${r.change} | ${before} | ${after} | ${deltaCell(r.monthlyCost, r.change === "changed")} |\n`;
}

function componentDetail(c: ComponentDiff): string {
  const unit = cell(c.unit, CLIP.name);
  const q = c.monthlyQuantity, p = c.unitPrice;
  if (c.dependsOnUsage) return `depends on usage: ${formatPrice(p.after ?? p.before ?? "0")} per ${unit}`;
  let qty: string;
  if (q.before && q.after && c.baseUnit) qty = `${withUnit(quantity(q.before), cell(c.baseUnit, CLIP.name))} → ${withUnit(quantity(q.after), unit)}`;
  else if (q.before && q.after && (q.before.expected !== q.after.expected || q.before.min !== q.after.min || q.before.max !== q.after.max)) {
    qty = withUnit(`${quantity(q.before)} → ${quantity(q.after)}`, unit);
  } else qty = withUnit(quantity((q.after ?? q.before) as RangeJson), unit);
  const price = p.before !== null && p.after !== null && p.before !== p.after ? `${formatPrice(p.before)} → ${formatPrice(p.after)}` : formatPrice((p.after ?? p.before) as string);
  return `${qty} · unit price ${price}`;
}

function componentRows(r: ResourceDiff): string[] {
  const rows = r.components.slice(0, MAX_LINES_PER_RESOURCE).map((c) => {
    const before = c.change === "added" ? "—" : formatRange(c.monthlyCost.before);
    const after = c.change === "removed" ? "—" : formatRange(c.monthlyCost.after);
    const delta = c.dependsOnUsage && new Money(c.monthlyCost.delta.expected).isZero() ? "depends on usage" : deltaCell(c.monthlyCost, false);
    return `| ↳ ${cell(c.name, CLIP.name)}${sub(componentDetail(c))} | | ${c.change} | ${before} | ${after} | ${delta} |\n`;
  });
  const more = r.components.length - MAX_LINES_PER_RESOURCE;
  if (more > 0) rows.push(`| ↳ … ${plural(more, "more changed line")} | | | | | |\n`);
  return rows;
}

function stackRow(s: StackDiff): string {
  const label = `${code(s.stack, CLIP.stack)}${s.status === "added" ? " (new)" : s.status === "removed" ? " (removed)" : ""}`;
  const before = s.status === "added" ? "—" : formatRange(s.monthlyCost.before);
  const after = s.status === "removed" ? "—" : formatRange(s.monthlyCost.after);
  return `| ${label} | ${before} | ${after} | ${deltaCell(s.monthlyCost, true)} |\n`;
}

function findingRow(f: FindingDiff): string {
  const level = f.acknowledged ? `${f.level} (acknowledged)` : f.level;
  const ack = f.acknowledged ? sub(`acknowledged: ${cell(f.acknowledged.reason, CLIP.message)}${f.acknowledged.expires ? `, until ${cell(f.acknowledged.expires, 40)}` : ""}`) : "";
  const stack = f.stack !== undefined ? code(f.stack, CLIP.stack) : "all stacks";
  const subject = f.address !== undefined ? code(f.address, CLIP.address) : f.stack !== undefined ? "stack" : "—";
  return `| ${f.new ? "🆕 new" : f.changed ? "✏️ changed" : ""} | ${cell(level, 40)} | ${cell(f.ruleId, CLIP.rule)} | ${stack} | ${subject} | ${cell(f.message, CLIP.message)}${ack} |\n`;
}

function unpricedRow(u: UnpricedDiff & { stack: string }): string {
  return `| ${code(u.address, CLIP.address)} | ${code(u.stack, CLIP.stack)} | ${u.component !== undefined ? cell(u.component, CLIP.name) : "all"} | ${cell(u.reason, CLIP.message)} |\n`;
}

const LEVEL_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** A category as a chart label: only letters, digits, spaces, `_` and `-` (it comes from the input), clipped. */
const chartLabel = (category: string) => clip(category.replace(/[^A-Za-z0-9 _-]/g, ""), 30) || "other";

/** The categories whose cost moved at a bound, largest change first (ties by name). */
function movedCategories(diff: CostDiff, bound: "expected" | "max"): { category: string; delta: Money }[] {
  return diff.categories
    .map((c) => ({ category: c.category, delta: new Money(c.monthlyCost.delta[bound]) }))
    .filter((c) => !c.delta.isZero())
    .sort((a, b) => b.delta.abs().comparedTo(a.delta.abs()) || byString(a.category, b.category));
}

/** The change by category as a table: expected and worst-case delta of each category that moved. */
function categoryTable(diff: CostDiff): string {
  const moved = diff.categories.filter((c) => !new Money(c.monthlyCost.delta.expected).isZero() || !new Money(c.monthlyCost.delta.max).isZero());
  if (moved.length === 0) return "";
  const size = (c: (typeof moved)[number]) => Money.max(new Money(c.monthlyCost.delta.expected).abs(), new Money(c.monthlyCost.delta.max).abs());
  const rows = moved
    .map((c) => ({ c, size: size(c) }))
    .sort((a, b) => b.size.comparedTo(a.size) || byString(a.c.category, b.c.category))
    .map(({ c }) => `| ${cell(c.category, 60)} | ${formatDeltaWithPercent(c.monthlyCost, "expected")} | ${formatDeltaWithPercent(c.monthlyCost, "max")} |`);
  return ["| Category | Expected | Worst case |", "| --- | ---: | ---: |", ...rows, ""].map((l) => l + "\n").join("");
}

/**
 * Mermaid bar charts of the change by category: one of the expected cost and one of the worst case, or a single one
 * when both moved alike; none when no category moved. A bar is the size of the change; its label carries the signed,
 * formatted amount (Mermaid draws every bar from the axis, so a fall cannot point left).
 */
function categoryCharts(diff: CostDiff): string {
  const expected = movedCategories(diff, "expected"), max = movedCategories(diff, "max");
  const alike = diff.categories.every((c) => c.monthlyCost.delta.expected === c.monthlyCost.delta.max);
  const charts = alike
    ? [{ title: "Change of the monthly cost by category", rows: expected }]
    : [{ title: "Change of the expected monthly cost by category", rows: expected }, { title: "Change of the worst-case monthly cost by category", rows: max }];
  const blocks = charts
    .filter((c) => c.rows.length > 0)
    .flatMap(({ title, rows }) => {
      const bars = rows.map((r) => r.delta.abs().toDecimalPlaces(2));
      const top = bars.reduce((m, b) => Money.max(m, b), new Money("0.01"));
      return [
        "```mermaid",
        "xychart-beta horizontal",
        `    title "${title}"`,
        `    x-axis [${rows.map((r) => `"${chartLabel(r.category)} ${formatDelta(decimalText(r.delta))}"`).join(", ")}]`,
        `    y-axis "size of the change (USD per month)" 0 --> ${top.toFixed(2)}`,
        `    bar [${bars.map((b) => b.toFixed(2)).join(", ")}]`,
        "```",
        "",
      ];
    });
  if (blocks.length === 0) return "";
  return ["#### Change by category, charted", "", ...blocks].map((l) => l + "\n").join("");
}

/** A run of rows with the prefix sums of their lengths, so a plan is measured without building the text. */
class Rows {
  readonly prefix: number[] = [0];
  constructor(readonly rows: readonly string[]) {
    for (const r of rows) this.prefix.push(this.prefix[this.prefix.length - 1] + r.length);
  }
  slice(from: number, to: number): Slice {
    return { rows: this, from: Math.max(0, Math.min(from, to)), to: Math.max(0, to) };
  }
}
interface Slice {
  readonly rows: Rows;
  readonly from: number;
  readonly to: number;
}
type Piece = string | Slice;

/** What a rendering keeps: counts of the leading rows of each list (lists are in priority order). */
interface Plan {
  /** Changes whose cost lines show (the largest ones). */
  readonly lines: number;
  /** Changes that show at all. */
  readonly changes: number;
  readonly charts: boolean;
  readonly findings: number;
  readonly unpriced: number;
  readonly stacks: number;
}

const lengthOf = (pieces: readonly Piece[]) => pieces.reduce((n, p) => n + (typeof p === "string" ? p.length : p.rows.prefix[p.to] - p.rows.prefix[p.from]), 0);
const textOf = (pieces: readonly Piece[]) => pieces.map((p) => (typeof p === "string" ? p : p.rows.rows.slice(p.from, p.to).join(""))).join("");

/**
 * The pull-request comment for a diff: the hidden marker, a headline with the change (the expected and the worst-case
 * monthly delta, each signed), one summary sentence, the stacks that changed, the change by category, the policy
 * results (new ones flagged), the unpriced lines the change added, the largest changes with their cost lines, the rest
 * collapsed, and charts of the change by category. It never exceeds `maxLength`: when the whole would, it drops the
 * least important detail first (the cost lines of changes from the smallest change up, then the smaller changes, so the
 * collapsed block goes, then the charts; past that the largest changes, findings and stacks from the end) and says what
 * it left out.
 */
export function renderDiffMarkdown(diff: CostDiff, opts: DiffMarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? GITHUB_COMMENT_LIMIT - COMMENT_HEADROOM;
  const top = Math.max(0, opts.top ?? 10);
  const changes = changesBySize(diff);
  // A change's row is never shorter than MIN_ROW_LENGTH, so rows past this many cannot all fit: they are not rendered.
  const renderable = Math.min(changes.length, Math.floor(maxLength / MIN_ROW_LENGTH) + 1);
  const bare = new Rows(changes.slice(0, renderable).map(resourceRow));
  const lineRows = changes.slice(0, renderable).map(componentRows);
  const full = new Rows(bare.rows.map((row, i) => row + lineRows[i].join("")));
  const withLines = [0];
  for (const l of lineRows) withLines.push(withLines[withLines.length - 1] + (l.length > 0 ? 1 : 0));
  const changedStacks = diff.stacks
    .filter((s) => s.status !== "unchanged")
    .sort((a, b) => new Money(b.monthlyCost.delta.expected).abs().comparedTo(new Money(a.monthlyCost.delta.expected).abs()) || (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
  const stacks = new Rows(changedStacks.map(stackRow));
  // What the change did to the findings shows first: new and changed ones, and every open error (it blocks the merge);
  // findings the base had as they are follow, collapsed.
  const everyFinding = allFindings(diff);
  const isNews = (f: FindingDiff) => f.new || f.changed === true || (f.level === "error" && !f.acknowledged);
  const byRank = (a: FindingDiff, b: FindingDiff) => Number(b.new) - Number(a.new) || Number(b.changed ?? false) - Number(a.changed ?? false) || (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3);
  const newsFindings = everyFinding.filter(isNews).sort(byRank);
  const findings = new Rows([...newsFindings, ...everyFinding.filter((f) => !isNews(f)).sort(byRank)].map(findingRow));
  const newsCount = newsFindings.length;
  const allUnpriced = diff.stacks.flatMap((s) => s.unpriced.map((u) => ({ ...u, stack: s.stack })));
  const newUnpriced = new Rows(allUnpriced.filter((u) => u.new).map(unpricedRow));
  const charts = categoryCharts(diff);
  const categories = categoryTable(diff);
  const savings = savingsSection(diff);

  const assemble = (plan: Plan): Piece[] => {
    const out: Piece[] = [];
    const text = (...lines: string[]) => out.push(lines.map((l) => l + "\n").join(""));
    // The first visible line is the change itself: expected and worst case, each with its sign.
    text(COMMENT_MARKER, `### 💰 ${headline(diff).replace(/\$/g, "\\$")}`, "", summarySentence(diff), countsSentence(diff), "");
    if (stacks.rows.length > 0) {
      text("| Stack | Before | After | Delta |", "| --- | ---: | ---: | ---: |");
      out.push(stacks.slice(0, plan.stacks));
      if (diff.stacks.length > 1) text(`| **All stacks** | ${formatRange(diff.monthlyCost.before)} | ${formatRange(diff.monthlyCost.after)} | ${deltaCell(diff.monthlyCost, true)} |`);
      text("");
      if (diff.stackCounts.unchanged > 0) text(`${plural(diff.stackCounts.unchanged, "stack")} unchanged.`, "");
    }
    if (categories) out.push("#### Change by category\n\n", categories);
    if (savings) out.push(savings);
    text("#### Policies", "", policySentence(diff));
    const FINDINGS_HEADER = "| | Level | Rule | Stack | Resource | Message |\n| --- | --- | --- | --- | --- | --- |\n";
    if (newsCount > 0 && plan.findings > 0) {
      text("");
      out.push(FINDINGS_HEADER, findings.slice(0, Math.min(plan.findings, newsCount)));
    }
    if (plan.findings > newsCount) {
      const carried = plan.findings - newsCount;
      text("", `<details><summary>${plural(carried, "finding")} the base had already, unchanged</summary>`, "");
      out.push(FINDINGS_HEADER, findings.slice(newsCount, plan.findings));
      text("", "</details>");
    }
    text("");
    if (allUnpriced.length > 0) {
      // Only what this change added counts: lines the base could not price either are the base's, said apart.
      const fresh = newUnpriced.rows.length, carried = allUnpriced.length - fresh;
      const carriedText = carried > 0 ? `${plural(carried, "cost line")} the base could not price either ${carried === 1 ? "is" : "are"} not in the totals.` : "";
      text(
        "#### Not priced",
        "",
        fresh > 0
          ? `⚠️ ${plural(fresh, "cost line")} added by this change could not be priced and ${fresh === 1 ? "is" : "are"} not in the totals.${carriedText ? ` ${carriedText}` : ""}`
          : `No cost line added by this change is unpriced. ${carriedText}`,
      );
      if (fresh > 0) {
        text("", "| Resource | Stack | Line | Reason |", "| --- | --- | --- | --- |");
        out.push(newUnpriced.slice(0, plan.unpriced));
      }
      text("");
    }
    const shownTop = Math.min(plan.changes, top);
    if (changes.length > 0 && plan.changes > 0) {
      text(changes.length > top ? "#### Largest changes" : "#### Changes", "");
      if (shownTop > 0) {
        out.push(CHANGES_HEADER, full.slice(0, Math.min(plan.lines, shownTop)), bare.slice(Math.max(0, plan.lines), shownTop));
        text("");
      }
      if (plan.changes > top) {
        text(`<details><summary>${plural(plan.changes - top, "smaller change")}</summary>`, "");
        out.push(CHANGES_HEADER, full.slice(top, Math.min(plan.lines, plan.changes)), bare.slice(Math.max(top, plan.lines), plan.changes));
        text("", "</details>", "");
      }
    }
    const dropped: string[] = [];
    if (plan.changes < changes.length) dropped.push(`${plural(changes.length - plan.changes, plan.changes === 0 ? "change" : "smaller change")} not shown`);
    const linesHidden = withLines[plan.changes] - withLines[Math.min(plan.lines, plan.changes)];
    if (linesHidden > 0) dropped.push(`the cost lines of ${plural(linesHidden, "change")} not shown`);
    if (!plan.charts && charts) dropped.push("the cost-by-category charts not shown");
    if (plan.findings < findings.rows.length) dropped.push(`${plural(findings.rows.length - plan.findings, "policy finding")} not shown`);
    if (plan.unpriced < newUnpriced.rows.length) dropped.push(`${plural(newUnpriced.rows.length - plan.unpriced, "unpriced line")} not shown`);
    if (plan.stacks < stacks.rows.length) dropped.push(`${plural(stacks.rows.length - plan.stacks, "stack")} not shown`);
    if (dropped.length > 0) {
      text(`_To stay under GitHub's ${formatCount(GITHUB_COMMENT_LIMIT)}-character comment limit: ${dropped.join("; ")}. \`costkit diff --format json\` gives the whole diff._`, "");
    }
    if (plan.charts && charts) out.push(charts);
    text(footer(diff));
    return out;
  };

  let plan: Plan = { lines: renderable, changes: renderable, charts: true, findings: findings.rows.length, unpriced: newUnpriced.rows.length, stacks: stacks.rows.length };
  const fits = (p: Plan) => lengthOf(assemble(p)) <= maxLength;
  /** The largest x in [lo, hi] whose plan fits (lo when none does): the plan keeps as much as the limit allows. */
  const largest = (lo: number, hi: number, make: (x: number) => Plan) => {
    if (fits(make(hi))) return hi;
    let l = lo, h = hi - 1;
    while (l < h) {
      const mid = Math.ceil((l + h) / 2);
      if (fits(make(mid))) l = mid;
      else h = mid - 1;
    }
    return l;
  };
  const topN = Math.min(top, changes.length);
  const stages: ((p: Plan) => Plan)[] = [
    (p) => ({ ...p, lines: largest(topN, p.lines, (x) => ({ ...p, lines: x })) }),
    (p) => ({ ...p, changes: largest(topN, p.changes, (x) => ({ ...p, changes: x })) }),
    (p) => ({ ...p, charts: false }),
    (p) => ({ ...p, lines: largest(0, Math.min(p.lines, topN), (x) => ({ ...p, lines: x })) }),
    (p) => ({ ...p, changes: largest(0, p.changes, (x) => ({ ...p, changes: x })) }),
    (p) => ({ ...p, unpriced: largest(0, p.unpriced, (x) => ({ ...p, unpriced: x })) }),
    (p) => ({ ...p, findings: largest(0, p.findings, (x) => ({ ...p, findings: x })) }),
    (p) => ({ ...p, stacks: largest(0, p.stacks, (x) => ({ ...p, stacks: x })) }),
  ];
  for (const stage of stages) {
    if (fits(plan)) break;
    plan = stage(plan);
  }
  const text = textOf(assemble(plan));
  if (text.length <= maxLength) return text;
  // Only a maxLength far below any real limit gets here: cut at a line, and say so.
  const note = "\n_Cut to stay under the comment size limit._\n";
  const cut = text.slice(0, Math.max(0, maxLength - note.length));
  return (cut.slice(0, cut.lastIndexOf("\n") + 1) + note).slice(0, maxLength);
}

/** Recommendations shown in the comment; the rest are counted (`costkit recommend` lists them all). */
const MAX_SAVINGS_ROWS = 10;

/** The head's recommendations for what the change touches, largest saving first; empty when there are none. */
function savingsSection(diff: CostDiff): string {
  const recs = diff.recommendations ?? [];
  if (recs.length === 0) return "";
  const rows = recs.slice(0, MAX_SAVINGS_ROWS).map((r) =>
    `| ${r.subject.addresses.slice(0, 3).map((a) => code(a, CLIP.address)).join("<br>")}${r.subject.addresses.length > 3 ? `<br>+${r.subject.addresses.length - 3} more` : ""} | ${code(r.subject.stack, CLIP.stack)} | ${cell(r.change, CLIP.message)}<br><sub>${cell(r.rule, CLIP.rule)}, confidence ${r.confidence}</sub> | ${saving(r.monthlySaving)} |`);
  const more = recs.length - rows.length;
  return [
    "#### Savings for what this change touches", "",
    "Each saving is the difference of two estimates of the head: as it is, and with the change made.", "",
    "| Resource | Stack | Change | Saving a month |", "| --- | --- | --- | ---: |",
    ...rows,
    ...(more > 0 ? ["", `${plural(more, "smaller saving")} not shown: \`costkit recommend\` lists them all.`] : []),
    "", "",
  ].join("\n");
}

function policySentence(diff: CostDiff): string {
  const findings = allFindings(diff);
  const resolved = diff.findingCounts.resolved;
  const resolvedText = resolved > 0 ? ` ${plural(resolved, "finding")} of the base ${resolved === 1 ? "is" : "are"} resolved.` : "";
  if (findings.length === 0) return `✅ No policy findings.${resolvedText}`;
  const part = (label: string, list: FindingDiff[]) => {
    if (list.length === 0) return undefined;
    const fresh = list.filter((f) => f.new).length;
    const changed = list.filter((f) => f.changed).length;
    return `${plural(list.length, label)} (${fresh === 0 ? "none" : formatCount(fresh)} new${changed > 0 ? `, ${formatCount(changed)} changed` : ""})`;
  };
  const open = findings.filter((f) => !f.acknowledged);
  const errors = open.filter((f) => f.level === "error");
  const warnings = open.filter((f) => f.level === "warning");
  const icon = errors.length > 0 ? "❌" : warnings.length > 0 ? "⚠️" : "✅";
  const parts = [
    part("error", errors),
    part("warning", warnings),
    part("info finding", open.filter((f) => f.level !== "error" && f.level !== "warning")),
    part("acknowledged finding", findings.filter((f) => f.acknowledged)),
  ].filter((p): p is string => p !== undefined);
  return `${icon} ${parts.join(", ")}.${resolvedText}`;
}

function footer(diff: CostDiff): string {
  const notes = ["Expected monthly cost in USD; where autoscaling leaves a range, (min – max) follows."];
  const { before, after } = diff.priceBooks;
  const added = after.filter((b) => !before.includes(b)), removed = before.filter((b) => !after.includes(b));
  if (added.length + removed.length > 0) {
    const list = (ids: string[]) => ids.slice(0, 5).map((id) => cell(id, 60)).join(", ") + (ids.length > 5 ? `, +${ids.length - 5} more` : "");
    notes.push(`Price books changed${added.length ? `: now ${list(added)}` : ""}${removed.length ? `${added.length ? ";" : ":"} no longer ${list(removed)}` : ""}, so some changes may come from prices, not from the infrastructure.`);
  }
  notes.push(`costkit ${diff.generator.version}.`);
  return `<sub>${notes.join(" ")}</sub>`;
}
