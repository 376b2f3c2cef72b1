import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudwatch_event_api_destination, aws_cloudwatch_event_archive and aws_schemas_discoverer", () => {
  const report = pricerGolden(__filename, "eventbridge-extras");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("invocations, archived and stored GB, and discovered events from usage", () => {
    expect(cost("aws_cloudwatch_event_api_destination.crm")).toBe("1"); // 5 × 0.2
    expect(resourceOf(report, "aws_cloudwatch_event_archive.orders").components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([["Events archived", "4"], ["Archive storage", "4.6"]]);
    expect(cost("aws_schemas_discoverer.bus")).toBe("3"); // 30 × 0.1
    expect(report.monthlyCost.expected).toBe("12.6");
  });

  test("without usage the line shows its unit price and depends on usage", () => {
    expect(resourceOf(report, "aws_cloudwatch_event_api_destination.idle").components[0]).toMatchObject({ unitPrice: "0.2", dependsOnUsage: true });
    expect(report.unpriced).toEqual([]);
  });
});
