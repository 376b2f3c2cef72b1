import { Recommendation } from "../../pricing/recommendation";
import { renderRecommendationsHtml, renderRecommendationsMarkdown, renderRecommendationsTable } from "../../report/recommendations";
import { line, resource } from "../policies/fixtures";

const rec = (id: string, saving: string, change: string): Recommendation => ({
  id, rule: "Savings-SPOT1", level: "warning",
  subject: { stack: "s", addresses: ["google_container_node_pool.<b>x</b>"] },
  change,
  monthlySaving: { min: saving, expected: saving, max: saving },
  before: [resource("google_container_node_pool.x", [line("vCPU", "hours", "1", "100")])],
  after: [resource("google_container_node_pool.x", [line("vCPU", "hours", "0.4", "100")])],
  assumptions: ["an <i>assumption</i>"],
  confidence: "medium",
});

describe("recommendation renderers", () => {
  const recs = [rec("a", "60", "set `spot` | <script>alert(1)</script>")];

  test("markdown: the total, a row per recommendation, before → after; input text cannot inject markup", () => {
    const md = renderRecommendationsMarkdown(recs);
    expect(md).toContain("1 recommendation, **$60.00 a month** in all");
    expect(md).toContain("| $60.00 | Savings-SPOT1 | s |");
    expect(md).toContain("$100.00 → $40.00");
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>x</b>");
  });

  test("html: escaped, in its own section", () => {
    const html = renderRecommendationsHtml(recs);
    expect(html).toContain('<section id="recommendations">');
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
    expect(renderRecommendationsHtml([])).toContain("No change the Savings rules know of lowers this estimate.");
  });

  test("table: acknowledged recommendations are marked and left out of the total", () => {
    const t = renderRecommendationsTable([rec("a", "60", "x"), { ...rec("b", "40", "y"), acknowledged: { reason: "not this quarter" } }]);
    expect(t).toContain("2 recommendations, $60.00 a month in all");
    expect(t).toContain("acknowledged: not this quarter");
  });
});
