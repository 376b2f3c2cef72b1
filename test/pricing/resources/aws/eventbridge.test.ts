import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudwatch_event_bus and aws_pipes_pipe", () => {
  const report = pricerGolden(__filename, "eventbridge");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("custom events and pipe requests per million, at the region's rate", () => {
    expect(cost("aws_cloudwatch_event_bus.orders")).toBe("25"); // 25 M × 1
    expect(cost("aws_cloudwatch_event_bus.ie")).toBe("2.5"); // 2.5 M × 1 (eu-west-1)
    expect(cost("aws_pipes_pipe.orders")).toBe("4"); // 10 M × 0.4
    expect(report.monthlyCost.expected).toBe("31.5");
    expect(report.unpriced).toEqual([]);
  });

  test("without usage the line shows its unit price and depends on usage (never free)", () => {
    expect(resourceOf(report, "aws_cloudwatch_event_bus.quiet").components.map((c) => [c.name, c.dependsOnUsage, c.unitPrice])).toEqual([["Custom events", true, "1"]]);
    expect(resourceOf(report, "aws_pipes_pipe.quiet").components.map((c) => [c.name, c.dependsOnUsage, c.unitPrice])).toEqual([["Requests", true, "0.4"]]);
    expect(report.free).toEqual([]);
  });
});
