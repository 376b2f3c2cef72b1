import Decimal from "decimal.js";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { Recommendation } from "../../pricing/recommendation";
import { CostReport, ResourceCost } from "../../pricing/report";
import { costDelta, CostDiff, diffReports, formatPercent, formatPrice, headline, summarySentence } from "../../report/diff";
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT, renderDiffMarkdown } from "../../report/diff-markdown";
import { renderDiffTable } from "../../report/diff-table";
import { renderJson } from "../../report/json";
import { expectGolden } from "../helpers/golden";
import { assertReportInvariants } from "../helpers/invariants";

const testdata = path.join(__dirname, "testdata");

function loadFixture(name: string): CostReport[] {
  const json = JSON.parse(fs.readFileSync(path.join(testdata, name), "utf8"));
  const reports: CostReport[] = json.reports ?? [json];
  reports.forEach(assertReportInvariants);
  return reports;
}

const diffOf = (name: string) => diffReports(loadFixture(`${name}.base.json`), loadFixture(`${name}.head.json`));

/** Cells of a Markdown table row: pipes count unless escaped by an odd number of backslashes. */
function cellCount(line: string): number {
  let n = 0, backslashes = 0;
  for (const ch of line) {
    if (ch === "|" && backslashes % 2 === 0) n++;
    backslashes = ch === "\\" ? backslashes + 1 : 0;
  }
  return n;
}

/** Every row of every table has as many cells as its header. */
function expectTablesKeepTheirColumns(md: string): void {
  let header: number | undefined;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) {
      header = undefined;
      continue;
    }
    header ??= cellCount(line);
    expect({ line: line.slice(0, 200), cells: cellCount(line) }).toEqual({ line: line.slice(0, 200), cells: header });
  }
}

describe.each(["machine-type", "ranges", "hostile"])("goldens: %s", (name) => {
  const diff = diffOf(name);
  test("Markdown comment", () => expectGolden(renderDiffMarkdown(diff), path.join(testdata, `${name}.diff.md`)));
  test("JSON", () => expectGolden(renderJson(diff), path.join(testdata, `${name}.diff.json`)));
  test("terminal table", () => expectGolden(renderDiffTable(diff), path.join(testdata, `${name}.diff.txt`)));
  test("tables keep their column count; the marker comes first", () => {
    const md = renderDiffMarkdown(diff);
    expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expectTablesKeepTheirColumns(md);
  });
});

describe("the machine-type comment", () => {
  const md = renderDiffMarkdown(diffOf("machine-type"));

  test("one summary sentence with the change, the percent and the new total", () => {
    expect(md).toContain("Monthly cost rises by $152.70 (+65.1%) to $387.40.");
  });

  test("names all three changes with their deltas, largest first, and leaves the unchanged disk out", () => {
    const row = (address: string) => md.split("\n").find((l) => l.startsWith(`| <code>${address}</code>`)) ?? "";
    expect(row("google_compute_instance.api")).toMatch(/\| changed \| \$143\.70 \| \$282\.40 \| \+\$138\.70 \(\+96\.5%\) \|$/);
    expect(row("google_storage_bucket.assets")).toMatch(/\| added \| — \| \$20\.00 \| \+\$20\.00 \|$/);
    expect(row("google_cloudfunctions_function.thumbnails")).toMatch(/\| removed \| \$6\.00 \| — \| -\$6\.00 \|$/);
    expect(md).toContain("Instance usage (n2-standard-4 → n2-standard-8)");
    expect(md).toContain("unit price $0.19 → $0.38");
    expect(md.indexOf("google_compute_instance.api")).toBeLessThan(md.indexOf("google_storage_bucket.assets"));
    expect(md.indexOf("google_storage_bucket.assets")).toBeLessThan(md.indexOf("google_cloudfunctions_function.thumbnails"));
    expect(md).not.toContain("google_compute_disk.data");
  });

  test("a usage-based line without usage says so instead of showing a zero", () => {
    expect(md).toContain("depends on usage: $0.05 per 10k operations");
    expect(md).toMatch(/Class A operations.*\| depends on usage \|$/m);
  });

  test("the first line after the marker is the change: expected and worst case, each with its sign", () => {
    expect(md.split("\n")[1]).toBe("### 💰 Expected monthly cost +\\$152.70 (+65.1%), worst case +\\$152.70 (+65.1%)");
  });

  test("the change by category: a table and a Mermaid bar chart with formatted money, never a pie of the whole", () => {
    expect(md).toContain("| Category | Expected | Worst case |\n| --- | ---: | ---: |\n| compute | +$132.70 (+88.6%) | +$132.70 (+88.6%) |\n| storage | +$20.00 (+23.5%) | +$20.00 (+23.5%) |");
    expect(md).toContain(
      '```mermaid\nxychart-beta horizontal\n    title "Change of the monthly cost by category"\n    x-axis ["compute +$132.70", "storage +$20.00"]\n',
    );
    expect(md).not.toContain("pie");
    expect(md).not.toMatch(/\[\d+\.\d+\]/);
  });

  test("falls and is unchanged", () => {
    const base = loadFixture("machine-type.base.json"), head = loadFixture("machine-type.head.json");
    expect(renderDiffMarkdown(diffReports(head, base))).toContain("Monthly cost falls by $152.70 (-39.4%) to $234.70.");
    const same = renderDiffMarkdown(diffReports(base, base));
    expect(same).toContain("Monthly cost is unchanged at $234.70.");
    expect(same).toContain("No resource changed (3 resources in 1 stack).");
    expect(same).not.toContain("| Resource |");
    expect(same.split("\n")[1]).toBe("### 💰 Monthly cost unchanged (expected \\$0.00, worst case \\$0.00)");
    // nothing moved: no category table, no chart
    expect(same).not.toContain("Change by category");
    expect(same).not.toContain("```mermaid");
  });
});

describe("the ranges comment", () => {
  const md = renderDiffMarkdown(diffOf("ranges"));

  test("the first line gives the expected fall and the worst-case rise", () => {
    expect(md.split("\n")[1]).toBe("### 💰 Expected monthly cost -\\$88.33 (-10.6%), worst case +\\$1,043.17 (+85%)");
  });

  test("a chart of the expected change and one of the worst case, when they differ", () => {
    expect(md).toContain('    x-axis ["data -$178.85", "ml +$160.60", "compute -$70.08", "other +$0.0003"]\n    y-axis "size of the change (USD per month)" 0 --> 178.85\n    bar [178.85, 160.60, 70.08, 0.00]');
    expect(md).toContain('    title "Change of the worst-case monthly cost by category"\n    x-axis ["ml +$803.00", "compute +$419.02", "data -$178.85", "other +$0.0003"]');
  });

  test("unpriced lines count only what the change added, not what the base could not price either", () => {
    expect(md).toContain("⚠️ 2 cost lines added by this change could not be priced and are not in the totals.");
    const head = loadFixture("ranges.head.json");
    const same = renderDiffMarkdown(diffReports(head, head));
    expect(same).toContain("No cost line added by this change is unpriced. 2 cost lines the base could not price either are not in the totals.");
    expect(same).not.toContain("⚠️");
    expect(same).not.toContain("| Resource | Stack | Line | Reason |");
  });

  test("shows ranges where min ≠ max", () => {
    expect(md).toContain(
      "Monthly cost falls by $88.33 (-10.6%) to $747.53 (range $293.47 – $2,270.31, was $542.40 – $1,227.14: -$248.93 at the minimum, +$1,043.17 at the maximum).",
    );
    expect(md).toContain("$586.92 ($293.46 – $1,467.30)");
  });

  test("never prints a sub-cent change as $0.00", () => {
    expect(md).toContain("+$0.0003");
    expect(md).not.toMatch(/[+-]\$0\.00(?!\d)/);
  });

  test("flags new policy findings and counts resolved ones", () => {
    expect(md).toContain("❌ 1 error (1 new), 1 warning (none new, 1 changed), 1 acknowledged finding (none new). 1 finding of the base is resolved.");
    expect(md).toMatch(/^\| 🆕 new \| error \| FinOps-Budget1 \|/m);
    expect(md).toMatch(/^\| ✏️ changed \| warning \| FinOps-GKE1 \|/m);
    // what the base had as it was is collapsed below what the change did
    const [news, carried] = md.split("<details><summary>1 finding the base had already, unchanged</summary>");
    expect(carried).toMatch(/^\| {2}\| warning \(acknowledged\) \| FinOps-SEC1 \|/m);
    expect(news).not.toContain("FinOps-SEC1");
  });

  test("a resource the head cannot price says why, next to its drop", () => {
    expect(md).toMatch(/google_redis_instance\.cache<\/code><br><sub>team=platform<br>⚠️ not priced in this change \(Capacity \(standard, M2\)\): no price for/);
  });

  test("stacks added and removed have their rows, and a total row", () => {
    expect(md).toContain("| <code>ml</code> (new) | — |");
    expect(md).toContain("| <code>legacy</code> (removed) | $70.08 | — | -$70.08 (-100%) |");
    expect(md).toMatch(/^\| \*\*All stacks\*\* \|/m);
  });
});

describe("hostile text", () => {
  const diff = diffOf("hostile");
  const md = renderDiffMarkdown(diff);

  test("is escaped: no markup, no second marker, no broken code span", () => {
    expect(md).not.toMatch(/<script|<img|<b>|<i>/);
    expect(md.split(COMMENT_MARKER)).toHaveLength(2);
    expect(md).toContain("&lt;script&gt;");
    const codeSpans = md.match(/<code>.*?<\/code>/g) ?? [];
    for (const span of codeSpans) expect(span).not.toMatch(/[`|]/);
  });

  test("a hostile category (from a library caller: files are checked against the known ones) is inert in the table and the chart", () => {
    const evil = '@org/team [x](https://e.vil) <img src=x> "] ; bar [1\n```' as ResourceCost["category"];
    const relabel = (reports: CostReport[]): CostReport[] =>
      reports.map((r) => ({ ...r, resources: r.resources.map((res) => ({ ...res, category: evil, components: res.components.map(({ category: _, ...c }) => c) })) }));
    const out = renderDiffMarkdown(diffReports(relabel(loadFixture("hostile.base.json")), relabel(loadFixture("hostile.head.json"))));
    expect(out).toContain("| &#64;org/team \\[x\\](https&#58;//e.vil) &lt;img src=x&gt; \"\\] ; bar \\[1 \\`\\`\\` | +$70.62 (+33.8%) | +$70.62 (+33.8%) |");
    expect(out).not.toMatch(/@org|<img|https:\/\//);
    const chart = out.slice(out.indexOf("```mermaid"));
    expect(chart.split("\n").slice(0, 7)).toEqual([
      "```mermaid",
      "xychart-beta horizontal",
      '    title "Change of the monthly cost by category"',
      '    x-axis ["orgteam xhttpsevil img srcx  … +$70.62"]',
      '    y-axis "size of the change (USD per month)" 0 --> 70.62',
      "    bar [70.62]",
      "```",
    ]);
    expectTablesKeepTheirColumns(out);
  });

  test("a hostile recommendation (subject, change, rule) is escaped in the savings section and keeps its table's columns", () => {
    const address = diff.stacks[0].resources[0].address;
    const rec: Recommendation = {
      id: "x", rule: "Savings-<b>X</b>|", level: "info", subject: { stack: diff.stacks[0].stack, addresses: [address] },
      change: 'use `spot` | <script>alert(1)</script> [x](https://e.vil) @org/team\n# heading', monthlySaving: { min: "1", expected: "2", max: "3" },
      before: [], after: [], assumptions: [], confidence: "medium",
    };
    const out = renderDiffMarkdown({ ...diff, recommendations: [rec] });
    const section = out.slice(out.indexOf("#### Savings for what this change touches"), out.indexOf("#### Policies"));
    expect(section).toContain("| $2.00 ($1.00 – $3.00) |");
    expect(section).toContain("&lt;script&gt;");
    expect(section).not.toMatch(/<script|<b>|@org|https:\/\/|\n# heading/);
    expect(out.split(COMMENT_MARKER)).toHaveLength(2);
    expectTablesKeepTheirColumns(out);
    // and without recommendations the section is absent
    expect(md).not.toContain("#### Savings");
  });

  test("past ten recommendations the section counts the rest and points to costkit recommend", () => {
    const address = diff.stacks[0].resources[0].address;
    const recs: Recommendation[] = Array.from({ length: 12 }, (_, i) => ({
      id: `r${i}`, rule: "Savings-SPOT1", level: "info", subject: { stack: diff.stacks[0].stack, addresses: [address] }, change: `change ${i}`,
      monthlySaving: { min: "1", expected: "1", max: "1" }, before: [], after: [], assumptions: [], confidence: "medium",
    }));
    const out = renderDiffMarkdown({ ...diff, recommendations: recs });
    expect(out).toContain("| change 9<br>");
    expect(out).not.toContain("| change 10<br>");
    expect(out).toContain("2 smaller savings not shown: `costkit recommend` lists them all.");
  });

  test("a 5,000-character name is clipped, in the comment and in its finding", () => {
    expect(md).not.toMatch(/x{300}/);
    expect(md).toContain("x…</code>");
    expect(md.length).toBeLessThan(6000);
  });

  test("the terminal table shows control characters instead of obeying them", () => {
    const txt = renderDiffTable(diff);
    expect(txt).toContain("**x**\\x0anext");
    expect(txt).not.toContain("\u001b");
  });
});

describe("size limit", () => {
  /** A stack of n resources; in the head every one changes by a different amount (resource i by i cents × 10). */
  function big(n: number): [CostReport, CostReport] {
    const reportOf = (resources: ResourceCost[]): CostReport => {
      const total = resources.reduce((t, r) => t.plus(r.monthlyCost.expected), new Decimal(0)).toFixed();
      const t = { min: total, expected: total, max: total };
      return { formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD", priceBooks: [], stack: "big", monthlyCost: t, listMonthlyCost: t, resources, unpriced: [], free: [], findings: [] };
    };
    const resource = (i: number, gib: number): ResourceCost => {
      const cost = new Decimal(gib).times("0.1").toFixed();
      const r = { min: cost, expected: cost, max: cost }, q = { min: String(gib), expected: String(gib), max: String(gib) };
      return {
        address: `google_compute_disk.disk_${String(i).padStart(5, "0")}`, type: "google_compute_disk", provider: "google", region: "europe-west1", geo: "EU", category: "storage",
        tags: { team: `team-${i % 7}` }, monthlyCost: r, listMonthlyCost: r,
        components: [{ name: "Storage (pd-balanced)", unit: "GiB-months", unitPrice: "0.1", listUnitPrice: "0.1", monthlyQuantity: q, monthlyCost: r, listMonthlyCost: r, usageBased: false, priceId: "p" }],
      };
    };
    const ids = Array.from({ length: n }, (_, i) => i);
    return [reportOf(ids.map((i) => resource(i, 100))), reportOf(ids.map((i) => resource(i, 100 + i + 1)))];
  }

  test("a diff of 20,000 changed resources stays under 65,536 characters and says what it dropped", () => {
    const [base, head] = big(20000);
    const diff = diffReports([base], [head]);
    expect(diff.resourceCounts.changed).toBe(20000);
    const md = renderDiffMarkdown(diff);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md).toContain("Monthly cost rises by $20,001,000.00 (+10,000.5%) to $20,201,000.00.");
    const shown = md.split("\n").filter((l) => l.startsWith("| <code>google_compute_disk.")).length;
    const dropped = /(\d[\d,]*) smaller changes not shown/.exec(md);
    expect(dropped).not.toBeNull();
    expect(shown + Number(dropped![1].replace(/,/g, ""))).toBe(20000);
    expect(shown).toBeGreaterThan(100);
    // the largest change comes first; the smaller ones are the ones left out
    expect(md.indexOf("disk_19999")).toBeGreaterThan(0);
    expect(md.indexOf("disk_19999")).toBeLessThan(md.indexOf("disk_19998"));
    expect(md).not.toContain("disk_00000");
    expect(md).toMatch(/the cost lines of [\d,]+ changes not shown/);
    expect(md).toContain("<details><summary>");
    expect(md).toContain("```mermaid");
    expectTablesKeepTheirColumns(md);
  });

  test("under tighter limits it drops the smaller changes' lines, then the collapsed block, then the charts, then the largest changes", () => {
    const diff = diffOf("ranges");
    const full = renderDiffMarkdown(diff, { top: 2 });
    expect(full).toContain("<details><summary>3 smaller changes</summary>");
    const states: { details: boolean; pie: boolean; topRows: number; topLines: number; detailLines: number }[] = [];
    for (let max = full.length; max >= 600; max -= 20) {
      const md = renderDiffMarkdown(diff, { top: 2, maxLength: max });
      expect(md.length).toBeLessThanOrEqual(max);
      const [top, details = ""] = md.split(/<details><summary>[\d,]+ smaller change/);
      const count = (text: string, re: RegExp) => text.split("\n").filter((l) => re.test(l)).length;
      states.push({
        details: /<details><summary>[\d,]+ smaller change/.test(md),
        pie: md.includes("```mermaid"),
        topRows: count(top.split("#### Largest changes")[1] ?? "", /^\| <code>/),
        topLines: count(top.split("#### Largest changes")[1] ?? "", /^\| ↳/),
        detailLines: count(details, /^\| ↳/),
      });
    }
    const first = states[0];
    expect(first).toEqual({ details: true, pie: true, topRows: 2, topLines: 2, detailLines: 3 });
    for (const s of states) {
      if (s.details) expect(s.pie && s.topRows === 2 && s.topLines === 2).toBe(true);
      if (s.detailLines > 0) expect(s.details).toBe(true);
      if (!s.pie) expect(s.details).toBe(false);
      if (s.topRows < 2 || s.topLines < 2) expect(s.pie).toBe(false);
    }
    // each step of the order is seen
    expect(states.some((s) => s.details && s.detailLines === 0)).toBe(true);
    expect(states.some((s) => !s.details && s.pie)).toBe(true);
    expect(states.some((s) => !s.pie && s.topRows === 2)).toBe(true);
    expect(states.some((s) => s.topRows === 0)).toBe(true);
    const noPie = renderDiffMarkdown(diff, { top: 2, maxLength: full.length - 1800 });
    expect(noPie).toContain("the cost-by-category charts not shown");
  });

  test("any limit holds, and the marker and summary survive", () => {
    const diff = diffOf("ranges");
    fc.assert(
      fc.property(fc.integer({ min: 700, max: 8000 }), fc.integer({ min: 0, max: 6 }), (maxLength, top) => {
        const md = renderDiffMarkdown(diff, { maxLength, top });
        expect(md.length).toBeLessThanOrEqual(maxLength);
        expect(md.startsWith(COMMENT_MARKER)).toBe(true);
        expect(md).toContain("Monthly cost falls by $88.33");
        expectTablesKeepTheirColumns(md);
      }),
      { numRuns: 60 },
    );
  });
});

describe("wording", () => {
  test("percentages round to one place and never show a change as 0%", () => {
    expect(formatPercent("2.14", { signed: true })).toBe("+2.1%");
    expect(formatPercent("-0.01", { signed: true })).toBe("-<0.1%");
    expect(formatPercent("0.04", { signed: true })).toBe("+<0.1%");
    expect(formatPercent("100", { signed: true })).toBe("+100%");
    expect(formatPercent("0")).toBe("0%");
  });

  test("the headline: each bound with its sign, and in words when only one moved", () => {
    const of = (before: [string, string, string], after: [string, string, string]) => {
      const r = ([min, expected, max]: [string, string, string]) => ({ min, expected, max });
      return headline({ monthlyCost: costDelta(r(before), r(after)) } as CostDiff);
    };
    expect(of(["10", "10", "10"], ["10", "10", "10"])).toBe("Monthly cost unchanged (expected $0.00, worst case $0.00)");
    expect(of(["10", "10", "20"], ["10", "10", "50"])).toBe("Expected monthly cost unchanged ($0.00), but the worst case rises by +$30.00 (+150%)");
    expect(of(["10", "10", "50"], ["10", "10", "20"])).toBe("Expected monthly cost unchanged ($0.00), but the worst case falls by -$30.00 (-60%)");
    expect(of(["10", "10", "50"], ["10", "20", "50"])).toBe("Expected monthly cost +$10.00 (+100%), worst case unchanged ($0.00)");
    expect(of(["0", "0", "0"], ["1", "2", "3"])).toBe("Expected monthly cost +$2.00 (from $0.00), worst case +$3.00 (from $0.00)");
    expect(of(["10", "20", "30"], ["5", "10", "40"])).toBe("Expected monthly cost -$10.00 (-50%), worst case +$10.00 (+33.3%)");
    // a change too small for the percent's two stored places is never shown as 0%
    expect(of(["10", "10", "10"], ["10.0001", "10.0001", "10.0001"])).toBe("Expected monthly cost +$0.0001 (+<0.1%), worst case +$0.0001 (+<0.1%)");
    const tiny = { monthlyCost: costDelta({ min: "10", expected: "10", max: "10" }, { min: "9.9999", expected: "9.9999", max: "9.9999" }) } as CostDiff;
    expect(summarySentence(tiny)).toBe("Monthly cost falls by $0.0001 (-<0.1%) to $10.00.");
  });

  test("unit prices show exactly as the report has them, never rounded", () => {
    expect(formatPrice("0.05056")).toBe("$0.05056");
    expect(formatPrice("0.0278253546")).toBe("$0.0278253546");
    expect(formatPrice("0.000016666667")).toBe("$0.000016666667");
    expect(formatPrice("1.1")).toBe("$1.10");
    expect(formatPrice("2500")).toBe("$2,500.00");
    expect(formatPrice("-0.134")).toBe("-$0.134");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 14 }), (units, places) => {
        const exact = new Decimal(units.toString()).div(new Decimal(10).pow(places));
        expect(new Decimal(formatPrice(exact.toFixed()).replace(/[$,]/g, "")).eq(exact)).toBe(true);
      }),
    );
  });

  test("the terminal table uses colour only when asked", () => {
    const diff = diffOf("machine-type");
    expect(renderDiffTable(diff)).not.toContain("\u001b[");
    const coloured = renderDiffTable(diff, { color: true });
    expect(coloured).toContain("\u001b[31m+$152.70 (+65.1%)\u001b[0m");
    expect(coloured).toContain("\u001b[32m-$6.00\u001b[0m");
  });
});
