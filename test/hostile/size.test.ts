import { CostReport } from "../../pricing/report";
import { diffReports } from "../../report/diff";
import { renderDiffTable } from "../../report/diff-table";
import { renderTable } from "../../report/table";

/** A report of n resources, each with no cost line and a cost of $1 (only the shape matters here). */
function bigReport(n: number, cost: string): CostReport {
  const one = { min: cost, expected: cost, max: cost };
  const total = String(n * Number(cost));
  return {
    formatVersion: "1", generator: { name: "costkit", version: "0" }, currency: "USD", priceBooks: [], stack: "big",
    monthlyCost: { min: total, expected: total, max: total }, listMonthlyCost: { min: total, expected: total, max: total },
    resources: Array.from({ length: n }, (_, i) => ({
      address: `google_compute_disk.d${i}`, type: "google_compute_disk", provider: "google", region: "europe-west1", geo: "EU",
      category: "storage", tags: {}, monthlyCost: one, listMonthlyCost: one, components: [],
    })),
    unpriced: [], free: [], findings: [],
  } as unknown as CostReport;
}

describe("terminal tables of very large stacks", () => {
  test("the estimate table renders 130,000 resources (Math.max(...rows) overflowed the stack at 80,000)", () => {
    const text = renderTable(bigReport(130_000, "1"));
    expect(text).toContain("google_compute_disk.d129999");
  });

  test("the diff table renders 130,000 changed resources (it overflowed at 120,000)", () => {
    const text = renderDiffTable(diffReports([bigReport(130_000, "1")], [bigReport(130_000, "2")]));
    expect(text).toContain("google_compute_disk.d129999");
  });
});
