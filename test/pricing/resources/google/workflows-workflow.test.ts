import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_workflows_workflow", () => {
  const report = pricerGolden(__filename, "workflows-workflow");

  test("internal and external steps from usage, per 1,000 steps at the global rates", () => {
    const orders = resourceOf(report, "google_workflows_workflow.orders");
    expect(orders.components.map((c) => `${c.name}: ${c.monthlyQuantity.expected} × ${c.unitPrice} = ${c.monthlyCost.expected}`)).toEqual([
      "Internal steps: 2000 × 0.01 = 20",
      "External steps: 150 × 0.025 = 3.75",
    ]);
    expect(orders.monthlyCost.expected).toBe("23.75");
  });

  test("without usage the step lines depend on usage and nothing is unpriced", () => {
    const lines = resourceOf(report, "google_workflows_workflow.no_usage").components;
    expect(lines.map((c) => [c.unitPrice, c.dependsOnUsage])).toEqual([["0.01", true], ["0.025", true]]);
    expect(report.unpriced).toEqual([]);
  });
});
