import * as fs from "fs";
import * as path from "path";
import { UNALLOCATED } from "../pricing/allocation";
import { CATEGORIES } from "../pricing/categories";
import { GEOS } from "../pricing/geo";
import { formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { CostReport, Finding, ResourceCost } from "../pricing/report";
import { allFindings, constructPaths, FindingGroup, groupFindings, subjectOf } from "./findings";
import { formatLinePrice, formatPerUnit, formatQty, formatShare, pluralize, rankByCost, rankedEntries, rankedStacks, usd, usdBounds } from "./format";
import type { OutputFormat } from "./renderers";
import { escapeHtml } from "./escape";
import { CostSummary, summarize } from "./summary";
import { byString } from "../pricing/compare";

export interface HtmlOptions {
  /**
   * Inline Chart.js (its UMD build, read from node_modules) so that the page draws its charts offline.
   * `false` puts a one-line placeholder comment in its place: the page then shows its tables but no charts
   * (the goldens use it, so that they hold our markup and not 200 kB of library).
   * @default true
   */
  readonly inlineChartLibrary?: boolean;
}

/** One page for every stack, with the findings of budgets across stacks. */
export const htmlFormat: OutputFormat = {
  name: "html",
  description: "html (one self-contained page, every stack)",
  render: ({ reports, crossStack, allocation }) => renderHtml(reports, summarize(reports, crossStack, allocation)),
};

/** The Content-Security-Policy of the page: nothing may be fetched; only the inline script, inline styles and data: images. */
export const HTML_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** What stands in for Chart.js when `inlineChartLibrary` is false. */
export const CHART_LIBRARY_PLACEHOLDER = "/* Chart.js UMD build inlined here (renderHtml with inlineChartLibrary: false) */";

/** How many of the most expensive resources the range chart shows. */
const TOP_RESOURCES = 15;

/** Tableau 10: distinct, readable on white, and kinder to colour-blind readers than the rainbow. */
const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/**
 * Chart.js's UMD build (it defines `window.Chart`), without its source-map comment. The package's `exports` map does
 * not export `dist/chart.umd.js`, so we resolve the package's own entry point (`dist/chart.cjs`) and read its sibling.
 */
export function chartLibrarySource(): string {
  const file = path.join(path.dirname(require.resolve("chart.js")), "chart.umd.js");
  const text = fs.readFileSync(file, "utf8").replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "\n");
  // Inside <script>, these would end the element early or change how the HTML parser reads it.
  if (/<\/script|<script|<!--/i.test(text)) throw new Error(`${file} contains "</script", "<script" or "<!--" and cannot be inlined in a <script> element`);
  return text;
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026` (so no
 * `</script>` or `<!--` can appear), and U+2028/U+2029 are escaped too. `JSON.parse` reads the same value back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const d = (s: string) => new Money(s);
const money = (s: string) => usd(s);
const isOpen = (r: RangeJson) => r.min !== r.max && !d(r.min).eq(d(r.max));
const plural = pluralize;
const share = formatShare;
/** Escaped text that may wrap after `.` and `_` (Terraform addresses and types are long words). */
const breakable = (text: string) => escapeHtml(text).replace(/([._])/g, "$1<wbr>");

/** Numeric cells: expected, min, max, each with its exact value for sorting. */
function moneyCells(r: RangeJson): string {
  const shown = usdBounds(r);
  return [r.expected, r.min, r.max].map((v, i) => `<td class="num" data-v="${escapeHtml(v)}">${shown[i]}</td>`).join("");
}

function rangeText(r: RangeJson): string {
  return isOpen(r) ? `${money(r.min)} – ${money(r.max)}` : "fixed";
}

interface ChartRow {
  readonly label: string;
  readonly min: string;
  readonly expected: string;
  readonly max: string;
  readonly color?: string;
  readonly stack?: string;
}

function breakdownRows(map: Readonly<Record<string, RangeJson>>, colorOf: (key: string, index: number) => string): ChartRow[] {
  return rankedEntries(map).map(([label, r], i) => ({ label, min: r.min, expected: r.expected, max: r.max, color: colorOf(label, i) }));
}

const categoryColor = (key: string, i: number) => {
  const at = (CATEGORIES as readonly string[]).indexOf(key);
  return PALETTE[(at < 0 ? CATEGORIES.length + i : at) % PALETTE.length];
};
const geoColor = (key: string, i: number) => {
  const at = (GEOS as readonly string[]).indexOf(key);
  return PALETTE[(at < 0 ? GEOS.length + i : at) % PALETTE.length];
};
const indexColor = (_key: string, i: number) => PALETTE[i % PALETTE.length];


/** A resource with where it sits: its stack and its anchor in the drill-down. */
interface Located {
  readonly stack: string;
  readonly anchor: string;
  readonly resource: ResourceCost;
}

/** Largest expected cost first, ties by stack and address. */
function rankedLocated(located: readonly Located[]): Located[] {
  return rankByCost(located, (l) => l.resource.monthlyCost, (l) => `${l.stack}\u0000${l.resource.address}`);
}

/** A resource as people wrote it (its construct path), its Terraform address beside it when the two differ. */
function resourceCell(r: ResourceCost, link?: string): string {
  const name = `<code>${breakable(r.constructPath ?? r.address)}</code>`;
  const named = link !== undefined ? `<a href="#${link}">${name}</a>` : name;
  return r.constructPath !== undefined ? `${named}<div class="addr muted small"><code>${breakable(r.address)}</code></div>` : named;
}

/**
 * The HTML report (cost-report.html): one self-contained page that makes no network request. The headline total with
 * its range, cost by category, provider and geo as charts (with the figures beside them), ranges per stack and for the
 * largest resources, a sortable and filterable resource table, the lines that could not be priced with their reasons,
 * the policy findings, and a drill-down per stack into its resources and cost lines.
 *
 * User text (stack names, addresses, tags, messages, price book ids) reaches the page only as HTML-escaped text or
 * inside the JSON data block, which is escaped for `<script>` (`jsonForScript`). The output depends only on the input:
 * no timestamps, stacks in name order.
 */
export function renderHtml(reports: readonly CostReport[], summary: CostSummary = summarize(reports), options: HtmlOptions = {}): string {
  const stacks = rankedStacks(reports);
  const located: Located[] = stacks.flatMap((report, s) => report.resources.map((resource, i) => ({ stack: report.stack, anchor: `r-${s}-${i}`, resource })));
  const ranked = rankedLocated(located);
  const total = summary.monthlyCost;
  const title = stacks.length === 1 ? `Cost report: ${stacks[0].stack}` : `Cost report: ${plural(stacks.length, "stack")}`;

  const data = {
    total,
    byCategory: breakdownRows(summary.byCategory, categoryColor),
    byProvider: breakdownRows(summary.byProvider, indexColor),
    byGeo: breakdownRows(summary.byGeo, geoColor),
    stacks: stacks.map((r): ChartRow => ({ label: r.stack, ...r.monthlyCost })),
    topResources: ranked.slice(0, TOP_RESOURCES).map((l): ChartRow => ({ label: l.resource.constructPath ?? l.resource.address, stack: l.stack, ...l.resource.monthlyCost })),
  };

  const out: string[] = [];
  out.push(
    ...pageHead(title, summary.generator.version),
    "<body>",
  );
  out.push(header(stacks, summary, title));
  out.push('<main>');
  out.push(breakdowns(data, summary));
  out.push(allocationSection(summary));
  out.push(ranges(data, ranked.length));
  out.push(stackTable(stacks, summary));
  if (summary.unitMetrics.length > 0) out.push(unitMetrics(summary));
  out.push(resourceTable(ranked));
  out.push(unpricedSection(stacks));
  out.push(findingsSection(stacks, summary.crossStackFindings));
  out.push(drillDown(stacks));
  out.push("</main>");
  const books = summary.priceBooks.map((b) => `${escapeHtml(b.id)} (${escapeHtml(b.effectiveDate)})`).join(", ") || "none";
  out.push(`<footer>Prices: ${books}. Amounts in USD per month (730 hours), after negotiated rates and discounts unless marked “list”. Generated by costkit ${escapeHtml(summary.generator.version)}. This page is self-contained: it loads nothing from the network.</footer>`);
  out.push(`<script type="application/json" id="costkit-data">${jsonForScript(data)}</script>`);
  out.push(`<script>${options.inlineChartLibrary === false ? CHART_LIBRARY_PLACEHOLDER : chartLibrarySource()}</script>`);
  out.push(`<script>${SCRIPT}</script>`);
  out.push("</body>", "</html>", "");
  return out.join("\n");
}

function header(stacks: readonly CostReport[], summary: CostSummary, title: string): string {
  const total = summary.monthlyCost, list = summary.listMonthlyCost;
  const resources = stacks.reduce((n, r) => n + r.resources.length, 0);
  const free = stacks.reduce((n, r) => n + r.free.length, 0);
  const f = summary.findings;
  const lines: string[] = [];
  lines.push('<header class="top">');
  lines.push(`<div class="brand">costkit · ${escapeHtml(title)}</div>`);
  lines.push('<div class="headline">');
  lines.push('<div class="total-block">');
  lines.push('<div class="label">Monthly cost, expected</div>');
  lines.push(`<div class="total" id="total">${money(total.expected)}</div>`);
  const rangeLine = isOpen(total)
    ? `Range <strong>${money(total.min)} – ${money(total.max)}</strong> <span class="muted">(autoscaling bounds and usage)</span>`
    : `<strong>Fixed</strong> <span class="muted">(no autoscaling or usage ranges)</span>`;
  lines.push(`<div class="range-line" id="total-range">${rangeLine}</div>`);
  if (list.expected !== total.expected) {
    const saved = d(list.expected).minus(total.expected);
    lines.push(`<div class="range-line">At list price ${money(list.expected)}: negotiated rates and discounts ${saved.isNegative() ? "add" : "save"} <strong>${formatUsd(saved.abs())}</strong> (${share(saved.abs().toFixed(), list.expected)})</div>`);
  }
  lines.push("</div>");
  lines.push(`<div class="range-visual" aria-hidden="true">${rangeBar(total)}</div>`);
  lines.push("</div>");
  lines.push('<div class="kpis">');
  lines.push(kpi("Stacks", String(stacks.length)));
  lines.push(kpi("Priced resources", String(resources), free > 0 ? `${free} free` : undefined));
  lines.push(kpi("Not priced", plural(summary.unpricedCount, "line"), summary.unpricedCount > 0 ? "see below" : undefined, summary.unpricedCount > 0 ? "warn" : undefined));
  lines.push(kpi("Policy errors", String(f.errors), undefined, f.errors > 0 ? "bad" : "ok"));
  lines.push(kpi("Warnings", String(f.warnings), f.acknowledged > 0 ? `${f.acknowledged} acknowledged` : undefined, f.warnings > 0 ? "warn" : undefined));
  lines.push("</div>");
  lines.push("</header>");
  return lines.join("\n");
}

function kpi(label: string, value: string, note?: string, tone?: "ok" | "warn" | "bad"): string {
  return `<div class="kpi${tone ? ` ${tone}` : ""}"><div class="label">${label}</div><div class="value">${value}</div>${note ? `<div class="note">${note}</div>` : ""}</div>`;
}

/** The headline range as a static bar (no script needed): min to max, with the expected mark. */
function rangeBar(r: RangeJson): string {
  const max = d(r.max);
  const pct = (v: string) => (max.isZero() ? "0" : d(v).div(max).times(100).toDecimalPlaces(2).toFixed());
  return `<div class="rb"><div class="rb-range" style="left:${pct(r.min)}%;right:0"></div><div class="rb-exp" style="left:${pct(r.expected)}%"></div></div>`
    + `<div class="rb-scale"><span>$0</span><span>${money(r.max)}</span></div>`;
}

function chartCard(id: string, title: string, rows: readonly ChartRow[], table: string, note?: string, legend = false): string {
  const height = (legend ? 76 : 44) + Math.max(rows.length, 1) * 30;
  const body = rows.length === 0
    ? '<p class="empty">Nothing priced.</p>'
    : `<div class="chart" style="height:${height}px"><canvas id="chart-${id}" role="img" aria-label="${escapeHtml(title)} (chart; the figures are in the table below)"></canvas></div>`;
  return `<section class="card"><h3>${escapeHtml(title)}</h3>${note ? `<p class="muted small">${note}</p>` : ""}${body}${table}</section>`;
}

function breakdownTable(name: string, rows: readonly ChartRow[], whole: string): string {
  if (rows.length === 0) return "";
  const body = rows.map((r) => {
    const open = isOpen(r);
    const row = `<tr${open ? ' class="has-sub"' : ""}><td><span class="swatch" style="background:${r.color}"></span>${escapeHtml(r.label)}</td><td class="num">${money(r.expected)}</td><td class="num">${share(r.expected, whole)}</td></tr>`;
    return open ? `${row}\n<tr class="sub"><td colspan="3">range ${rangeText(r)}</td></tr>` : row;
  }).join("\n");
  return `<div class="scroll"><table class="compact"><thead><tr><th>${name}</th><th class="num">Expected</th><th class="num">Share</th></tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function breakdowns(data: { total: RangeJson; byCategory: ChartRow[]; byProvider: ChartRow[]; byGeo: ChartRow[] }, summary: CostSummary): string {
  const whole = summary.monthlyCost.expected;
  return [
    '<section id="breakdown"><h2>Where the money goes</h2>',
    '<p class="muted">Bars show the expected monthly cost; the dark line across a bar spans its minimum to maximum.</p>',
    '<div class="grid3">',
    chartCard("category", "By category", data.byCategory, breakdownTable("Category", data.byCategory, whole)),
    chartCard("provider", "By provider", data.byProvider, breakdownTable("Provider", data.byProvider, whole)),
    chartCard("geo", "By geo", data.byGeo, breakdownTable("Geo", data.byGeo, whole), "CDN egress counts where its viewers are."),
    "</div></section>",
  ].join("\n");
}

/** Cost by feature and by team (tables), the unallocated remainder stated under each. */
function allocationSection(summary: CostSummary): string {
  const whole = summary.monthlyCost.expected;
  const card = (tag: "feature" | "team", title: string) => {
    const map = summary.byTag[tag];
    const rest = map[UNALLOCATED];
    const note = rest && !d(rest.expected).isZero()
      ? `Unallocated: ${money(rest.expected)} (${share(rest.expected, whole)}) carries no ${tag} tag${tag === "feature" ? " and matches no allocation rule" : ""}.`
      : `Every dollar is allocated to a ${tag}.`;
    return `<section class="card"><h3>${title}</h3>${breakdownTable(title.replace(/^By /, "").replace(/^./, (c) => c.toUpperCase()), breakdownRows(map, indexColor), whole)}<p class="muted small">${escapeHtml(note)}</p></section>`;
  };
  return [
    '<section id="allocation"><h2>Cost by feature and team</h2>',
    '<p class="muted">Shared resources are split across features by the allocation rules (docs/allocation.md); each table sums to the total.</p>',
    '<div class="grid2">',
    card("feature", "By feature"),
    card("team", "By team"),
    "</div></section>",
  ].join("\n");
}

function ranges(data: { stacks: ChartRow[]; topResources: ChartRow[] }, resourceCount: number): string {
  const top = data.topResources.length < resourceCount ? `The ${data.topResources.length} largest of ${resourceCount} resources` : "Resources";
  return [
    '<section id="ranges"><h2>Ranges</h2>',
    '<p class="muted">Blue runs up to the minimum monthly cost, orange from the minimum to the maximum (autoscaler bounds, declared usage); the black mark is the expected cost.</p>',
    '<div class="grid2">',
    chartCard("stacks", "Per stack", data.stacks, "", undefined, true),
    chartCard("resources", `${top}, by expected cost`, data.topResources, "", undefined, true),
    "</div></section>",
  ].join("\n");
}

function stackTable(stacks: readonly CostReport[], summary: CostSummary): string {
  const rows = stacks.map((r, s) => {
    const st = summary.stacks.find((x) => x.stack === r.stack);
    const errors = st?.errors ?? 0, warnings = st?.warnings ?? 0;
    return `<tr><td><a href="#stack-${s}">${escapeHtml(r.stack)}</a></td>${moneyCells(r.monthlyCost)}<td class="num">${share(r.monthlyCost.expected, summary.monthlyCost.expected)}</td><td class="num">${r.resources.length}</td><td class="num${r.unpriced.length > 0 ? " warn-text" : ""}">${r.unpriced.length}</td><td class="num${errors > 0 ? " bad-text" : ""}">${errors}</td><td class="num${warnings > 0 ? " warn-text" : ""}">${warnings}</td></tr>`;
  });
  const t = summary.monthlyCost;
  return [
    '<section class="card" id="stacks"><h2>Stacks</h2>',
    '<div class="scroll"><table><thead><tr><th>Stack</th><th class="num">Expected</th><th class="num">Min</th><th class="num">Max</th><th class="num">Share</th><th class="num">Resources</th><th class="num">Not priced</th><th class="num">Errors</th><th class="num">Warnings</th></tr></thead><tbody>',
    ...rows,
    `</tbody><tfoot><tr><th>Total</th>${moneyCells(t).replace(/<td/g, "<th").replace(/<\/td>/g, "</th>")}<th class="num">${d(t.expected).isZero() ? "—" : "100.0%"}</th><th class="num">${stacks.reduce((n, r) => n + r.resources.length, 0)}</th><th class="num">${summary.unpricedCount}</th><th class="num">${summary.findings.errors}</th><th class="num">${summary.findings.warnings}</th></tr></tfoot></table></div>`,
    "</section>",
  ].join("\n");
}

function unitMetrics(summary: CostSummary): string {
  const rows = summary.unitMetrics.map((m) => `<tr><td>${escapeHtml(m.id)}</td><td>${escapeHtml(m.scope)}</td><td>${escapeHtml(m.driver)}</td><td class="num">${formatQty(m.driverValue)}</td><td class="num">${formatPerUnit(m.monthlyCost.expected)}</td><td class="num">${formatPerUnit(m.monthlyCost.min)}</td><td class="num">${formatPerUnit(m.monthlyCost.max)}</td></tr>`);
  return [
    '<section class="card" id="unit-economics"><h2>Unit economics</h2>',
    '<div class="scroll"><table><thead><tr><th>Metric</th><th>Scope</th><th>Driver</th><th class="num">Driver value</th><th class="num">Expected</th><th class="num">Min</th><th class="num">Max</th></tr></thead><tbody>',
    ...rows,
    "</tbody></table></div></section>",
  ].join("\n");
}

const RESOURCE_COLUMNS: readonly { label: string; numeric?: true }[] = [
  { label: "Resource" }, { label: "Stack" }, { label: "Type" }, { label: "Category" }, { label: "Provider" }, { label: "Region" },
  { label: "Expected", numeric: true }, { label: "Min", numeric: true }, { label: "Max", numeric: true },
];

function resourceTable(ranked: readonly Located[]): string {
  const head = RESOURCE_COLUMNS.map((c, i) => `<th${c.numeric ? ' class="num"' : ""} data-type="${c.numeric ? "number" : "text"}"${i === 6 ? ' aria-sort="descending"' : ""}><button type="button">${c.label}</button></th>`).join("");
  const rows = ranked.map((l, i) => {
    const r = l.resource;
    return `<tr data-i="${i}"><td>${resourceCell(r, l.anchor)}</td><td>${escapeHtml(l.stack)}</td><td>${breakable(r.type)}</td><td>${escapeHtml(r.category)}</td><td>${escapeHtml(r.provider)}</td><td>${escapeHtml(r.region ?? "—")}</td>${moneyCells(r.monthlyCost)}</tr>`;
  });
  return [
    '<section class="card" id="resources"><h2>Resources</h2>',
    '<div class="toolbar"><label for="resource-filter">Filter</label> <input type="search" id="resource-filter" placeholder="path, address, stack, type, category, region… (all words must match)" autocomplete="off" spellcheck="false"> <span id="resource-count" class="muted" aria-live="polite">' + `${plural(ranked.length, "resource")}</span></div>`,
    '<p id="resource-none" class="empty" hidden>No resource matches the filter.</p>',
    '<div class="scroll tall"><table id="resource-table" class="sortable"><thead><tr>' + head + "</tr></thead><tbody>",
    ...rows,
    "</tbody></table></div>",
    ranked.length === 0 ? '<p class="empty">No priced resources.</p>' : "",
    "</section>",
  ].join("\n");
}

function unpricedSection(stacks: readonly CostReport[]): string {
  const rows = stacks.flatMap((r) => r.unpriced.map((u) => `<tr><td><code>${escapeHtml(u.address)}</code></td><td>${escapeHtml(r.stack)}</td><td>${escapeHtml(u.type)}</td><td>${u.component ? escapeHtml(u.component) : '<span class="muted">whole resource</span>'}</td><td>${escapeHtml(u.reason)}</td></tr>`));
  if (rows.length === 0) return '<section class="card" id="unpriced"><h2>Not priced</h2><p class="ok-text">Every cost line has a price.</p></section>';
  return [
    `<section class="card" id="unpriced"><h2>Not priced <span class="count warn">${rows.length}</span></h2>`,
    '<p class="muted">These lines are left out of every total above: the totals are lower bounds until they are priced (add a price book, or declare the missing usage).</p>',
    '<div class="scroll"><table><thead><tr><th>Resource</th><th>Stack</th><th>Type</th><th>Line</th><th>Reason</th></tr></thead><tbody>',
    ...rows,
    "</tbody></table></div></section>",
  ].join("\n");
}


function findingsSection(stacks: readonly CostReport[], crossStack: readonly Finding[]): string {
  const all = allFindings(stacks, crossStack);
  if (all.length === 0) return '<section class="card" id="findings"><h2>Policy findings</h2><p class="ok-text">No findings.</p></section>';
  return [
    `<section class="card" id="findings"><h2>Policy findings <span class="count">${all.length}</span></h2>`,
    '<p class="muted">Grouped by rule: what to do once, then each resource or scope it applies to.</p>',
    findingGroups(groupFindings(all), constructPaths(stacks), stacks.length > 1),
    "</section>",
  ].join("\n");
}

/** Findings grouped by rule: the level, rule and count, the remediation once, then one item per subject. */
function findingGroups(groups: readonly FindingGroup[], pathOf: (stack: string | undefined, address: string) => string | undefined, showStack: boolean): string {
  return groups.map((g) => {
    const pill = g.acknowledged ? `<span class="pill ack">${g.level}, acknowledged</span>` : `<span class="pill ${g.level}">${g.level}</span>`;
    const items = g.items.map((item) => {
      const s = subjectOf(item, pathOf);
      const who = [
        showStack && s.stack !== undefined ? `<span class="muted">${escapeHtml(s.stack)}</span>` : "",
        s.label !== undefined ? `<span class="muted">${escapeHtml(s.label)}</span>` : "",
        s.constructPath !== undefined ? `<code>${breakable(s.constructPath)}</code>` : "",
        s.address !== undefined ? (s.constructPath !== undefined ? `<span class="muted small">(<code>${breakable(s.address)}</code>)</span>` : `<code>${breakable(s.address)}</code>`) : "",
      ].filter(Boolean).join(" ");
      return `<li>${who}: ${escapeHtml(item.text)}${acknowledgement(item.finding)}</li>`;
    }).join("");
    const remedy = g.remediation.length ? `<p class="remedy">${escapeHtml(g.remediation.join(" "))}</p>` : "";
    return `<div class="fgroup"><h3>${pill} <code>${escapeHtml(g.ruleId)}</code> <span class="count">${g.items.length}</span></h3>${remedy}<ul class="subjects">${items}</ul></div>`;
  }).join("\n");
}

function acknowledgement(f: Finding): string {
  if (!f.acknowledged) return "";
  return `<div class="muted small">Acknowledged: ${escapeHtml(f.acknowledged.reason)}${f.acknowledged.expires ? ` (until ${escapeHtml(f.acknowledged.expires)})` : ""}</div>`;
}

function quantity(r: RangeJson): string {
  const q = formatQty;
  return isOpen(r) ? `${q(r.expected)} <span class="muted">(${q(r.min)} – ${q(r.max)})</span>` : q(r.expected);
}

function drillDown(stacks: readonly CostReport[]): string {
  const out: string[] = ['<section id="drilldown"><h2>Stacks in detail</h2>', '<p class="muted">Open a stack for its resources, each with its cost lines (quantity, unit price, monthly cost), and its unpriced lines and findings.</p>'];
  stacks.forEach((report, s) => {
    const badges = [
      plural(report.resources.length, "resource"),
      report.free.length > 0 ? `${report.free.length} free` : "",
      report.unpriced.length > 0 ? `<span class="warn-text">${report.unpriced.length} not priced</span>` : "",
      report.findings.length > 0 ? plural(report.findings.length, "finding") : "",
    ].filter(Boolean).join(" · ");
    out.push(`<details class="card stack" id="stack-${s}"${stacks.length === 1 ? " open" : ""}><summary><span class="stack-name">${escapeHtml(report.stack)}</span> <span class="stack-total">${money(report.monthlyCost.expected)}</span> <span class="muted">${isOpen(report.monthlyCost) ? `${rangeText(report.monthlyCost)} · ` : ""}${badges}</span></summary>`);
    if (report.resources.length > 0) {
      out.push('<div class="scroll"><table class="lines"><thead><tr><th>Resource / cost line</th><th class="num">Quantity</th><th>Unit</th><th class="num">Unit price</th><th class="num">Expected</th><th class="num">Min</th><th class="num">Max</th></tr></thead>');
      const order = rankedLocated(report.resources.map((resource, i) => ({ stack: report.stack, anchor: `r-${s}-${i}`, resource })));
      for (const { anchor, resource: r } of order) {
        const tags = Object.entries(r.tags).sort(([a], [b]) => byString(a, b)).map(([k, v]) => `<span class="tag">${escapeHtml(k)}=${escapeHtml(v)}</span>`).join(" ");
        out.push(`<tbody id="${anchor}"><tr class="res"><td>${resourceCell(r)}<div class="muted small">${escapeHtml(r.type)} · ${escapeHtml(r.category)} · ${escapeHtml(r.provider)} · ${escapeHtml(r.region ?? "no region")}${r.geo ? ` (${escapeHtml(r.geo)})` : ""}${tags ? ` ${tags}` : ""}</div></td><td></td><td></td><td></td>${moneyCells(r.monthlyCost).replace(/<td class="num"/g, '<td class="num strong"')}</tr>`);
        for (const c of r.components) {
          const price = escapeHtml(formatLinePrice(c)).replace(/ \((list [^)]*)\)$/, ' <span class="muted">($1)</span>');
          const notes = [
            c.dependsOnUsage ? '<span class="pill warning">depends on usage</span>' : "",
            c.geo && c.geo !== r.geo ? `<span class="tag">geo ${escapeHtml(c.geo)}</span>` : "",
            ...(c.adjustments ?? []).map((a) => `<span class="tag">${escapeHtml(a)}</span>`),
          ].filter(Boolean).join(" ");
          const qty = c.dependsOnUsage ? '<span class="muted">no usage declared</span>' : quantity(c.monthlyQuantity);
          const cost = c.dependsOnUsage ? '<td class="num muted">—</td>'.repeat(3) : moneyCells(c.monthlyCost);
          out.push(`<tr class="line"><td>${escapeHtml(c.name)}${notes ? ` ${notes}` : ""}</td><td class="num">${qty}</td><td>${escapeHtml(c.unit)}</td><td class="num">${price}</td>${cost}</tr>`);
        }
        out.push("</tbody>");
      }
      out.push("</table></div>");
    } else {
      out.push('<p class="empty">No priced resources.</p>');
    }
    if (report.unpriced.length > 0) {
      out.push(`<h4>Not priced</h4><ul class="reasons">${report.unpriced.map((u) => `<li><code>${escapeHtml(u.address)}</code>${u.component ? ` — ${escapeHtml(u.component)}` : ""}: ${escapeHtml(u.reason)}</li>`).join("")}</ul>`);
    }
    if (report.free.length > 0) {
      out.push(`<h4>Free of charge</h4><p class="small">${report.free.map((f) => `<code>${escapeHtml(f.address)}</code>`).join(", ")}</p>`);
    }
    if (report.findings.length > 0) {
      out.push(`<h4>Findings</h4>${findingGroups(groupFindings(allFindings([report])), constructPaths([report]), false)}`);
    }
    out.push(`<p class="muted small">Prices: ${report.priceBooks.map((b) => `${escapeHtml(b.id)} (${escapeHtml(b.effectiveDate)})`).join(", ") || "none"}.</p>`);
    out.push("</details>");
  });
  out.push("</section>");
  return out.join("\n");
}

export const CSS = `
:root{--bg:#f5f6f8;--card:#fff;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--accent:#4e79a7;--bad:#c0392b;--warn:#b7791f;--ok:#2f855a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
main{max-width:1440px;margin:0 auto;padding:0 24px 24px}
h2{font-size:18px;margin:28px 0 8px}
.card h2{margin-top:0}
h3{font-size:15px;margin:0 0 8px}
h4{font-size:14px;margin:16px 0 6px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
a{color:#2c5d8f;text-decoration:none}
a:hover{text-decoration:underline}
.top{background:#fff;border-bottom:1px solid var(--line);padding:18px 24px 20px}
.top>*{max-width:1392px;margin-left:auto;margin-right:auto}
.brand{color:var(--muted);font-size:13px;font-weight:600;letter-spacing:.02em;margin-bottom:8px;overflow-wrap:anywhere}
.headline{display:flex;gap:40px;align-items:flex-end;flex-wrap:wrap}
.label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.06em;font-weight:600}
.total{font-size:clamp(28px,9vw,44px);overflow-wrap:anywhere;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums;letter-spacing:-.01em}
.range-line{font-size:15px;margin-top:4px;font-variant-numeric:tabular-nums}
.range-visual{flex:1;min-width:min(260px,100%);max-width:520px;padding-bottom:6px}
.rb{position:relative;height:14px;background:#eef1f5;border-radius:7px}
.rb-range{position:absolute;top:0;bottom:0;background:#b9cde3;border-radius:7px}
.rb-exp{position:absolute;top:-5px;bottom:-5px;width:4px;margin-left:-2px;background:#1f2937;border-radius:2px}
.rb-scale{display:flex;justify-content:space-between;color:var(--muted);font-size:12px;margin-top:6px;font-variant-numeric:tabular-nums}
.kpis{display:flex;gap:12px;flex-wrap:wrap;margin-top:18px}
.kpi{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:min(130px,40%);flex:0 1 auto}
.kpi .value{font-size:20px;font-weight:700;font-variant-numeric:tabular-nums}
.kpi .note{color:var(--muted);font-size:12px}
.kpi.bad{border-color:#f3c1bb;background:#fdf1ef}.kpi.bad .value{color:var(--bad)}
.kpi.warn{border-color:#f1dcae;background:#fdf8ec}.kpi.warn .value{color:var(--warn)}
.kpi.ok .value{color:var(--ok)}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:16px 0;min-width:0;max-width:100%}
.grid3{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(340px,100%),1fr));gap:16px}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(440px,100%),1fr));gap:16px;align-items:start}
.grid3>.card,.grid2>.card{margin:0}
.chart{position:relative;width:100%}
.muted{color:var(--muted)}
.small{font-size:12px}
.empty{color:var(--muted);font-style:italic}
.ok-text{color:var(--ok)}.warn-text{color:var(--warn);font-weight:600}.bad-text{color:var(--bad);font-weight:600}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.04em;border-bottom:2px solid var(--line);white-space:nowrap}
tfoot th{border-top:2px solid var(--line);border-bottom:0}
.num{text-align:right;white-space:nowrap}
table.compact{margin-top:10px}
table.compact td,table.compact th{padding:4px 6px}
table.compact td:first-child{white-space:nowrap}
table.compact tr.has-sub td{border-bottom:0;padding-bottom:0}
table.compact tr.sub td{padding-top:0;font-size:12px;color:var(--muted);text-align:right}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:baseline}
.scroll{overflow-x:auto;max-width:100%}
.toolbar{display:flex;gap:10px;align-items:center;margin-bottom:10px;flex-wrap:wrap}
.toolbar label{font-weight:600}
.toolbar input{flex:1;min-width:min(260px,100%);max-width:560px;padding:7px 10px;border:1px solid #cbd2da;border-radius:6px;font:inherit}
.toolbar input:focus{outline:2px solid #9cbbe0;border-color:#6d95c4}
table.sortable th button{all:unset;cursor:pointer;display:inline-flex;gap:4px;align-items:center}
table.sortable th button::after{content:"↕";opacity:.35;font-size:11px}
table.sortable th[aria-sort=ascending] button::after{content:"▲";opacity:1}
table.sortable th[aria-sort=descending] button::after{content:"▼";opacity:1}
table.sortable th button:focus-visible{outline:2px solid #9cbbe0}
#resource-table{font-size:13px}
#resource-table td,#resource-table th{padding:5px 8px}
#resource-table td:first-child{min-width:220px;width:30%}
.addr{margin-top:2px}
.fgroup{border-top:1px solid var(--line);padding:10px 0 4px}
.fgroup:first-of-type{border-top:0}
.fgroup h3{display:flex;gap:8px;align-items:center;flex-wrap:wrap;overflow-wrap:anywhere}
.remedy{margin:4px 0 6px;max-width:110ch}
ul.subjects{margin:4px 0;padding-left:20px}
ul.subjects li{margin:3px 0;overflow-wrap:anywhere}
#resource-table td:nth-child(3){min-width:120px}
#resource-table td:nth-child(2),#resource-table td:nth-child(6){white-space:nowrap}
#resource-table tbody tr:hover{background:#f8fafc}
.scroll.tall{max-height:75vh;overflow:auto;border-bottom:1px solid var(--line)}
.scroll.tall thead th{position:sticky;top:0;background:#fff;z-index:1}
.count{display:inline-block;font-size:12px;background:#eef1f5;border-radius:10px;padding:1px 8px;vertical-align:middle;color:var(--ink)}
.count.warn{background:#fdf3dc;color:var(--warn)}
.pill{display:inline-block;font-size:11.5px;font-weight:600;border-radius:10px;padding:1px 8px;white-space:nowrap}
.pill.error{background:#fde2de;color:var(--bad)}
.pill.warning{background:#fdf0d2;color:var(--warn)}
.pill.info{background:#e3ecf7;color:#2c5d8f}
.pill.ack{background:#eceff3;color:var(--muted)}
.tag{display:inline-block;font-size:11.5px;background:#eef1f5;border-radius:4px;padding:0 6px;margin:1px 0;color:#4b5563;overflow-wrap:anywhere}
details.stack>summary{cursor:pointer;font-size:15px;list-style-position:outside;margin-left:16px}
details.stack[open]>summary{margin-bottom:10px}
.stack-name{font-weight:700;overflow-wrap:anywhere}
.stack-total{font-weight:700;font-variant-numeric:tabular-nums;margin-left:6px}
table.lines tr.res td{background:#f8fafc;border-top:2px solid var(--line)}
table.lines tr.line td:first-child{padding-left:28px}
table.lines tr.line td:nth-child(3){white-space:nowrap}
.strong{font-weight:700}
ul.reasons{margin:4px 0;padding-left:20px}
ul.reasons li{margin:3px 0}
footer{max-width:1440px;margin:0 auto;padding:8px 24px 32px;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
@media (max-width:600px){main{padding:0 10px 16px}.top{padding:14px 12px 16px}.card{padding:12px 10px}.headline{gap:16px}footer{padding:8px 12px 24px}}
@media print{body{background:#fff}.toolbar{display:none}.scroll.tall{max-height:none;overflow:visible}}
.nowrap{white-space:nowrap}
`.trim();

/** The page's head, up to `</head>`: strict CSP, no referrer, a viewport for phones, the stylesheet. */
export function pageHead(title: string, version: string): string[] {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="costkit ${escapeHtml(version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
  ];
}

/**
 * The start of every page script: the JSON data block, `window.costkit` (the charts, for tests), the money formats
 * (`usd` with `usdDigits` decimals, `usdShort` for axes) and `n` (a decimal string as a number: for drawing only).
 */
export function scriptPrelude(usdDigits: number): string {
  return String.raw`  "use strict";
  var data = JSON.parse(document.getElementById("costkit-data").textContent);
  var api = { charts: {}, chartsAvailable: typeof window.Chart === "function" };
  window.costkit = api;
  var usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: ${usdDigits} });
  var usdShort = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
  var n = function (s) { return Number(s); };`;
}

/**
 * The page's behaviour, plain JavaScript with no user text in it: draws the charts from the JSON data block, sorts and
 * filters the resource table, opens the drill-down a link points into. Exposes the charts as `window.costkit.charts`.
 */
const SCRIPT = String.raw`
(function () {
${scriptPrelude(2)}
  var fmt = function (v) { return v !== 0 && Math.abs(v) < 0.01 ? "$" + v.toPrecision(2) : usd.format(v); };
  // Long labels lose their middle: the start (the stack or type) and the end (the name) both say what it is.
  var shorten = function (label, max) {
    if (label.length <= max) return label;
    var head = Math.ceil((max - 1) / 2), tail = max - 1 - head;
    return label.slice(0, head) + "…" + (tail > 0 ? label.slice(label.length - tail) : "");
  };
  var total = n(data.total.expected);

  function valueAxis() {
    return { beginAtZero: true, grid: { color: "#eef1f5" }, border: { display: false }, ticks: { maxRotation: 0, callback: function (v) { return usdShort.format(v); } } };
  }
  function labelAxis(max) {
    return { grid: { display: false }, border: { display: false }, ticks: { autoSkip: false, callback: function (v) { return shorten(String(this.getLabelForValue(v)), Math.min(max, Math.max(12, Math.floor(window.innerWidth / 24)))); } } };
  }

  /** Expected as a solid bar; min to max as a thin dark bar across it. */
  function breakdown(id, rows) {
    var canvas = document.getElementById("chart-" + id);
    if (!canvas || rows.length === 0) return;
    api.charts[id] = new Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [
          { label: "Min – max", data: rows.map(function (r) { return [n(r.min), n(r.max)]; }), backgroundColor: "rgba(31,41,55,0.85)", barPercentage: 0.16, categoryPercentage: 1, grouped: false, order: 0 },
          { label: "Expected", data: rows.map(function (r) { return n(r.expected); }), backgroundColor: rows.map(function (r) { return r.color; }), borderRadius: 3, barPercentage: 0.75, categoryPercentage: 1, grouped: false, order: 1 }
        ]
      },
      options: {
        indexAxis: "y", maintainAspectRatio: false, animation: false,
        scales: { x: valueAxis(), y: labelAxis(28) },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: {
            title: function (items) { return rows[items[0].dataIndex].label; },
            label: function (c) {
              var r = rows[c.dataIndex];
              if (c.datasetIndex === 1) return "Expected " + fmt(n(r.expected)) + (total > 0 ? " (" + (100 * n(r.expected) / total).toFixed(1) + "% of total)" : "");
              return "Range " + fmt(n(r.min)) + " – " + fmt(n(r.max));
            }
          } }
        }
      }
    });
  }

  /** Min to max as a light bar, expected as a black mark. */
  function ranges(id, rows, labelMax) {
    var canvas = document.getElementById("chart-" + id);
    if (!canvas || rows.length === 0) return;
    api.charts[id] = new Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [
          { type: "line", label: "Expected", indexAxis: "y", data: rows.map(function (r) { return n(r.expected); }), showLine: false, pointStyle: "line", rotation: 90, pointRadius: 9, pointHoverRadius: 11, pointBorderWidth: 3, pointHoverBorderWidth: 3, borderColor: "#111827", backgroundColor: "#111827", order: 0 },
          { label: "Min – max", data: rows.map(function (r) { return [n(r.min), n(r.max)]; }), backgroundColor: "rgba(242,142,43,0.55)", borderColor: "#d9761b", borderWidth: 1, borderSkipped: false, borderRadius: 2, barPercentage: 0.7, categoryPercentage: 1, grouped: false, order: 1 },
          { label: "Up to min", data: rows.map(function (r) { return [0, n(r.min)]; }), backgroundColor: "rgba(78,121,167,0.28)", borderWidth: 0, barPercentage: 0.7, categoryPercentage: 1, grouped: false, order: 2 }
        ]
      },
      options: {
        indexAxis: "y", maintainAspectRatio: false, animation: false,
        scales: { x: valueAxis(), y: labelAxis(labelMax) },
        plugins: {
          legend: { position: "bottom", labels: { boxWidth: 14, boxHeight: 10 } },
          tooltip: { filter: function (item) { return item.datasetIndex !== 2; }, callbacks: {
            title: function (items) { var r = rows[items[0].dataIndex]; return r.stack !== undefined ? [r.label, "stack " + r.stack] : r.label; },
            label: function (c) {
              var r = rows[c.dataIndex];
              return c.dataset.type === "line" ? "Expected " + fmt(n(r.expected)) : "Range " + fmt(n(r.min)) + " – " + fmt(n(r.max));
            }
          } }
        }
      }
    });
  }

  if (api.chartsAvailable) {
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 12;
    Chart.defaults.color = "#374151";
    breakdown("category", data.byCategory);
    breakdown("provider", data.byProvider);
    breakdown("geo", data.byGeo);
    ranges("stacks", data.stacks, 30);
    ranges("resources", data.topResources, 34);
  } else {
    Array.prototype.forEach.call(document.querySelectorAll(".chart"), function (el) {
      var p = document.createElement("p");
      p.className = "empty";
      p.textContent = "Charts are not available in this copy of the report; the figures are in the tables.";
      el.replaceWith(p);
    });
  }

  // The resource table: sort on a header click, filter while typing.
  var table = document.getElementById("resource-table");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var text = new WeakMap();
  rows.forEach(function (row) { text.set(row, row.textContent.toLowerCase()); });
  var state = { col: 6, dir: -1 };
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  function cellValue(row, col, numeric) {
    var cell = row.cells[col];
    return numeric ? Number(cell.getAttribute("data-v")) : cell.textContent;
  }
  function sort() {
    var numeric = heads[state.col].getAttribute("data-type") === "number";
    rows.sort(function (a, b) {
      var x = cellValue(a, state.col, numeric), y = cellValue(b, state.col, numeric);
      var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
      return c * state.dir || Number(a.getAttribute("data-i")) - Number(b.getAttribute("data-i"));
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
    heads.forEach(function (th, i) {
      if (i === state.col) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }
  heads.forEach(function (th, i) {
    th.querySelector("button").addEventListener("click", function () {
      if (state.col === i) state.dir = -state.dir;
      else state = { col: i, dir: th.getAttribute("data-type") === "number" ? -1 : 1 };
      sort();
    });
  });
  var filter = document.getElementById("resource-filter");
  var count = document.getElementById("resource-count");
  var none = document.getElementById("resource-none");
  function applyFilter() {
    var terms = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0, sum = [0, 0, 0];
    rows.forEach(function (row) {
      var t = text.get(row);
      var match = terms.every(function (term) { return t.indexOf(term) >= 0; });
      row.hidden = !match;
      if (match) {
        shown++;
        for (var k = 0; k < 3; k++) sum[k] += Number(row.cells[6 + k].getAttribute("data-v"));
      }
    });
    none.hidden = !(terms.length > 0 && shown === 0 && rows.length > 0);
    count.textContent = (terms.length ? shown + " of " + rows.length : rows.length) + " resource" + (rows.length === 1 ? "" : "s") +
      " · expected " + fmt(sum[0]) + (sum[1] !== sum[2] ? " (" + fmt(sum[1]) + " – " + fmt(sum[2]) + ")" : "");
  }
  filter.addEventListener("input", applyFilter);
  applyFilter();

  // A link into the drill-down opens the stack it points into.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (!el) return;
    for (var p = el; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
    el.scrollIntoView({ block: "start" });
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
`.trim();
