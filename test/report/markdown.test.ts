import { CostReport } from "../../pricing/report";
import { COSTKIT_VERSION } from "../../pricing/version";
import { escapeMarkdownCell, markdownCode } from "../../report/escape";
import { renderMarkdown } from "../../report/markdown";
import * as pkg from "../../package.json";

const hostile = "evil|name`<script>alert(1)</script>**x**\nnext";

test("the generator version is the package version", () => {
  expect(COSTKIT_VERSION).toBe(pkg.version);
});

describe("escaping user-controlled text", () => {
  test("a table cell cannot be broken or inject HTML", () => {
    const cell = escapeMarkdownCell(hostile);
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).not.toContain("<script>");
    expect(cell).not.toContain("\n");
    expect(cell).toContain("&lt;script&gt;");
  });

  test("apostrophes and quotes in a cell stay readable (no entity that Markdown would show literally)", () => {
    const cell = escapeMarkdownCell(`the pool's "max" is 16 # of nodes`);
    expect(cell).toBe(`the pool's "max" is 16 \\# of nodes`);
    expect(cell).not.toContain("&#39;");
  });

  test("code spans cannot be closed early", () => {
    const code = markdownCode(hostile);
    expect(code).not.toContain("`");
    expect(code).not.toContain("|");
    expect(code).not.toContain("<script>");
  });

  test("a report with hostile addresses and stack names renders escaped", () => {
    const r = { min: "1", expected: "1", max: "1" };
    const report: CostReport = {
      formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD", priceBooks: [], stack: hostile,
      monthlyCost: r, listMonthlyCost: r,
      resources: [{ address: `google_compute_disk.${hostile}`, type: "google_compute_disk", provider: "google", region: "eu|west", geo: "EU", category: "storage", tags: {}, monthlyCost: r, listMonthlyCost: r,
        components: [{ name: `Storage (${hostile})`, unit: "GiB-months", unitPrice: "1", listUnitPrice: "1", monthlyQuantity: r, monthlyCost: r, listMonthlyCost: r, usageBased: false, priceId: "x/y/z@eu" }] }],
      unpriced: [{ address: hostile, type: "t", reason: hostile }], free: [], findings: [],
    };
    const md = renderMarkdown(report);
    expect(md).not.toContain("<script>");
    // every row of every table has as many cells as the table's header
    const cells = (s: string) => s.replace(/\\\|/g, "").split("|").length;
    let header: string | undefined;
    for (const line of md.split("\n")) {
      if (!line.startsWith("|")) {
        header = undefined;
        continue;
      }
      header ??= line;
      expect(cells(line)).toBe(cells(header));
    }
  });
});
