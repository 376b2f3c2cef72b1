import { costByTag, ResolvedAllocation } from "../../pricing/allocation";
import { Money, ZERO } from "../../pricing/money";
import { focusRows, parseCsv, renderFocusCsv } from "../../report/focus";
import { renderHtml } from "../../report/html";
import { summarize } from "../../report/summary";
import { renderSummaryMarkdown } from "../../report/summary-markdown";
import { flat, line, report, resource } from "../policies/fixtures";

// A shared CDN of 3 lines split 2:1 between music and podcasts by the rule "cdn", and a tagged instance.
const reports = [
  report("edge", [
    resource("costkit_cdn_contract.audio", [
      line("CDN egress (EU)", "GB", "0.02", { min: "100", expected: "1000", max: "1001" }, { listUnitPrice: "0.03" }),
      line("Requests (EU)", "10K requests", "0.0075", "7"),
    ], { category: "cdn", tags: { feature: "shared", team: "delivery" } }),
    flat("google_compute_instance.api", "10", { tags: { feature: "podcasts", team: "platform" } }),
  ]),
];
const allocation: ResolvedAllocation = { features: ["music", "podcasts"], rules: [{ id: "cdn", match: { category: "cdn" }, weights: [["music", new Money(2)], ["podcasts", new Money(1)]] }] };

describe("FOCUS export with allocation", () => {
  const rows = focusRows(reports, "2026-01", allocation);

  test("a split line becomes one row per feature (x_AllocatedMethodId), a tagged line one row", () => {
    expect(rows.map((r) => [r.ResourceId, r.x_AllocatedMethodId, r.x_AllocatedTags])).toEqual([
      ["costkit_cdn_contract.audio", "allocation/cdn", '{"feature":"music","team":"delivery"}'],
      ["costkit_cdn_contract.audio", "allocation/cdn", '{"feature":"podcasts","team":"delivery"}'],
      ["costkit_cdn_contract.audio", "allocation/cdn", '{"feature":"music","team":"delivery"}'],
      ["costkit_cdn_contract.audio", "allocation/cdn", '{"feature":"podcasts","team":"delivery"}'],
      ["google_compute_instance.api", "", '{"feature":"podcasts","team":"platform"}'],
    ]);
    // egress: min 2, expected 20, max 20.02, list 30, 1000 GB → music 2/3, podcasts 1/3, rounded down to the billionth,
    // the billionth left over to the part rounding cut most (min: 1.333333333|3 and 0.666666666|7 → podcasts; quantity:
    // 666.666666666|7 and 333.333333333|3 → music); expected = min + 18 × share, max = expected + 0.02 × share
    expect([rows[0].EffectiveCost, rows[0].ListCost, rows[0].PricingQuantity, rows[0].x_EffectiveCostMin, rows[0].x_EffectiveCostMax]).toEqual(["13.333333333", "20", "666.666666667", "1.333333333", "13.346666666"]);
    expect([rows[1].EffectiveCost, rows[1].ListCost, rows[1].PricingQuantity, rows[1].x_EffectiveCostMin, rows[1].x_EffectiveCostMax]).toEqual(["6.666666667", "10", "333.333333333", "0.666666667", "6.673333334"]);
    // dimensions and unit prices stay the line's
    expect(rows[1].ListUnitPrice).toBe("0.03");
    expect(rows[1].Tags).toBe('{"feature":"shared","team":"delivery"}');
  });

  test("the summable columns of the rows still sum to the reports' totals", () => {
    const parsed = parseCsv(renderFocusCsv(reports, "2026-01", allocation));
    const header = parsed[0];
    const col = (name: string) => parsed.slice(1).reduce((s, row) => s.plus(row[header.indexOf(name)]), ZERO).toFixed();
    expect(col("EffectiveCost")).toBe(reports[0].monthlyCost.expected);
    expect(col("x_EffectiveCostMin")).toBe(reports[0].monthlyCost.min);
    expect(col("x_EffectiveCostMax")).toBe(reports[0].monthlyCost.max);
    expect(col("ListCost")).toBe(reports[0].listMonthlyCost.expected);
  });

  test("grouped by x_AllocatedTags, the rows give each feature exactly the summary's byTag.feature", () => {
    const byFeature = new Map<string, Money>();
    for (const r of rows) {
      const f = JSON.parse(r.x_AllocatedTags).feature as string;
      byFeature.set(f, (byFeature.get(f) ?? ZERO).plus(r.EffectiveCost));
    }
    const summary = costByTag(reports, allocation).feature;
    expect(Object.fromEntries([...byFeature].map(([f, v]) => [f, v.toFixed()]))).toEqual(Object.fromEntries(Object.entries(summary).map(([f, r]) => [f, r.expected])));
  });

  test("without allocation every line is one row, its feature unallocated when shared", () => {
    const plain = focusRows(reports, "2026-01");
    expect(plain).toHaveLength(3);
    expect(plain[0]).toMatchObject({ x_AllocatedMethodId: "", x_AllocatedTags: '{"feature":"unallocated","team":"delivery"}', EffectiveCost: "20" });
  });
});

describe("HTML report and summary Markdown with allocation", () => {
  // shared CDN 20.0525 split 2:1 → music 13.368333333, podcasts 6.684166667 (+ 10 tagged = 16.684166667)
  const summary = summarize(reports, [], allocation);

  test("the HTML report has a section by feature and by team, saying every dollar is allocated", () => {
    const html = renderHtml(reports, summary);
    const section = html.slice(html.indexOf('<section id="allocation">'), html.indexOf('<section id="ranges">'));
    expect(section).toContain("<h3>By feature</h3>");
    expect(section).toContain("music</td><td class=\"num\">$13.37</td>");
    expect(section).toContain("podcasts</td><td class=\"num\">$16.68</td>");
    expect(section).toContain("Every dollar is allocated to a feature.");
  });

  test("the summary Markdown states the unallocated remainder when there is one", () => {
    const md = renderSummaryMarkdown(summarize(reports));
    expect(md).toContain("| *unallocated* | $20.05 | 66.7% |");
    expect(md).toContain("Unallocated: $20.05 (66.7%) carries no feature tag and matches no allocation rule.");
    expect(renderSummaryMarkdown(summary)).toContain("Every dollar is allocated to a feature.");
  });
});
