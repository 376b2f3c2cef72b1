import { CATEGORIES } from "../pricing/categories";
import { GEOS } from "../pricing/geo";
import { formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { escapeMarkdownCell } from "./escape";
import { ScenarioComparison, ScenarioResult } from "./scenario-comparison";

/** Unit metrics the comparison shows, with their labels. */
export const COMPARED_METRICS: readonly { readonly id: string; readonly label: string }[] = [
  { id: "costPerMonthlyActiveUser", label: "per monthly active user" },
  { id: "costPerListeningHour", label: "per listening hour" },
  { id: "costPerGbDelivered", label: "per GB delivered" },
];

const m = (s: string) => new Money(s);
const usd = (s: string) => formatUsd(m(s));
const signed = (s: string) => formatUsd(m(s), { signed: !m(s).isZero() });
/** A unit cost: 4 decimals (cents per user are what the seed compares). */
const unit = (s: string) => `$${m(s).toFixed(4)}`;
/** A unit cost's change: 4 decimals, or 2 significant digits when smaller than that shows (`-$0.000031`). */
const signedUnit = (s: string) => {
  const v = m(s).abs();
  const digits = !v.isZero() && v.lt("0.00005") ? v.toSignificantDigits(2).toFixed() : v.toFixed(4);
  return `${m(s).isNegative() ? "-" : m(s).isZero() ? "" : "+"}$${digits}`;
};
function percent(delta: string, base: string): string {
  if (m(base).isZero()) return "—";
  const p = m(delta).div(base).times(100);
  return `${p.gt(0) ? "+" : ""}${p.toFixed(1)} %`;
}
const cell = (s: string) => escapeMarkdownCell(s);

function metric(s: ScenarioResult, id: string, scope = "all"): string | undefined {
  return s.unitMetrics.find((u) => u.id === id && u.scope === scope)?.monthlyCost.expected;
}

function keysOf(c: ScenarioComparison, pick: (s: ScenarioResult) => Readonly<Record<string, RangeJson>>, order: readonly string[]): string[] {
  const keys = new Set(c.scenarios.flatMap((s) => Object.keys(pick(s))));
  const rank = (k: string) => (order.indexOf(k) < 0 ? order.length : order.indexOf(k));
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A table of one breakdown: a row per key, a column per scenario (expected, and its delta to the baseline). */
function breakdown(c: ScenarioComparison, title: string, pick: (s: ScenarioResult) => Readonly<Record<string, RangeJson>>, pickDelta: (s: ScenarioResult) => Readonly<Record<string, RangeJson>>, order: readonly string[]): string[] {
  const keys = keysOf(c, pick, order);
  const out = [`## ${title}`, "", `| ${title.replace(/^By /, "").replace(/^./, (x) => x.toUpperCase())} | ${c.scenarios.map((s) => cell(s.name)).join(" | ")} |`, `| --- | ${c.scenarios.map(() => "---:").join(" | ")} |`];
  for (const k of keys) {
    const cells = c.scenarios.map((s, i) => {
      const v = pick(s)[k]?.expected ?? "0";
      return i === 0 ? usd(v) : `${usd(v)} (${signed(pickDelta(s)[k]?.expected ?? "0")})`;
    });
    out.push(`| ${cell(k)} | ${cells.join(" | ")} |`);
  }
  return [...out, ""];
}

/**
 * comparison.md: the scenarios side by side (expected monthly cost, its range, the delta to the baseline, cost per
 * user, per listening hour, per GB delivered), then by category, provider and geo, cost per user by geo, the budgets
 * each scenario breaks, and what each scenario changes with its sources. Deterministic.
 */
export function renderScenarioMarkdown(c: ScenarioComparison): string {
  const base = c.scenarios[0];
  const out: string[] = [
    "# Scenarios",
    "",
    `Monthly cost of each scenario, expected (min – max), and its change against \`${cell(c.baseline)}\` (the drivers as the app sets them). Amounts in USD a month (730 hours), after negotiated rates and discounts.`,
    "",
    `| Scenario | Expected | Range | Δ expected | Δ % | ${COMPARED_METRICS.map((x) => `Cost ${x.label}`).join(" | ")} | Budgets exceeded |`,
    `| --- | ---: | ---: | ---: | ---: | ${COMPARED_METRICS.map(() => "---:").join(" | ")} | --- |`,
  ];
  for (const s of c.scenarios) {
    const metrics = COMPARED_METRICS.map((x) => {
      const v = metric(s, x.id);
      const d = s.delta.unitMetrics.find((u) => u.id === x.id && u.scope === "all")?.monthlyCost.expected;
      if (v === undefined) return "—";
      return s === base || d === undefined ? unit(v) : `${unit(v)} (${signedUnit(d)})`;
    });
    const broken = s.budgets.filter((b) => b.status === "exceeded").map((b) => `${cell(b.id)}${b.level === "warning" ? " (warning)" : ""}`);
    out.push(`| ${cell(s.name)} | ${usd(s.monthlyCost.expected)} | ${usd(s.monthlyCost.min)} – ${usd(s.monthlyCost.max)} | ${s === base ? "—" : signed(s.delta.monthlyCost.expected)} | ${s === base ? "—" : percent(s.delta.monthlyCost.expected, base.monthlyCost.expected)} | ${metrics.join(" | ")} | ${broken.join(", ") || "none"} |`);
  }
  out.push("");
  out.push(...breakdown(c, "By category", (s) => s.byCategory, (s) => s.delta.byCategory, CATEGORIES));
  out.push(...breakdown(c, "By provider", (s) => s.byProvider, (s) => s.delta.byProvider, []));
  out.push(...breakdown(c, "By geo", (s) => s.byGeo, (s) => s.delta.byGeo, GEOS));

  out.push("## Cost per monthly active user by geo", "", `| Geo | ${c.scenarios.map((s) => cell(s.name)).join(" | ")} |`, `| --- | ${c.scenarios.map(() => "---:").join(" | ")} |`);
  for (const g of GEOS) {
    if (!c.scenarios.some((s) => metric(s, "costPerMonthlyActiveUser", g) !== undefined)) continue;
    out.push(`| ${g} | ${c.scenarios.map((s) => { const v = metric(s, "costPerMonthlyActiveUser", g); return v === undefined ? "—" : unit(v); }).join(" | ")} |`);
  }
  out.push("");

  if (c.budgets.length > 0) {
    out.push("## Budgets", "", "Each budget held to each scenario (the budgets file's limits; acknowledgements do not apply to a what-if).", "");
    out.push(`| Budget | Scope | Limit | ${c.scenarios.map((s) => cell(s.name)).join(" | ")} |`, `| --- | --- | ---: | ${c.scenarios.map(() => "---").join(" | ")} |`);
    for (const b of c.budgets) {
      const cells = c.scenarios.map((s) => {
        const o = s.budgets.find((x) => x.id === b.id);
        return !o || o.status === "ok" ? "ok" : o.level === "warning" ? "**over** (warning)" : "**over**";
      });
      out.push(`| ${cell(b.id)} | ${cell(b.scope)} | ${cell(b.limit.includes(" per ") ? `$${b.limit}` : usd(b.limit))} | ${cells.join(" | ")} |`);
    }
    out.push("");
  }

  out.push("## What each scenario changes", "");
  for (const s of c.scenarios.slice(1)) {
    out.push(`### ${cell(s.name)}`, "", s.description.trim(), "", `File: \`${s.file ?? ""}\`.`, "", "| Driver | Value | Source |", "| --- | --- | --- |");
    for (const [key, value] of flatten(s.overrides)) out.push(`| ${cell(key)} | ${cell(value)} | ${cell(sourceOf(s.sources, key))} |`);
    out.push("");
  }
  return out.join("\n");
}

/** Overrides as dotted paths and values (lists as JSON). */
export function flatten(value: Readonly<Record<string, unknown>>, at = ""): [string, string][] {
  return Object.entries(value).flatMap(([k, v]): [string, string][] => {
    const key = at ? `${at}.${k}` : k;
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return flatten(v as Record<string, unknown>, key);
    return [[key, Array.isArray(v) ? JSON.stringify(v) : String(v)]];
  });
}

/** The source covering a dotted path: its own, or the nearest parent's. */
export function sourceOf(sources: Readonly<Record<string, string>>, key: string): string {
  for (let k = key; k !== ""; k = k.includes(".") ? k.slice(0, k.lastIndexOf(".")) : "") if (sources[k] !== undefined) return sources[k];
  return "";
}
