import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_apigatewayv2_api", () => {
  const report = pricerGolden(__filename, "apigatewayv2-api");

  test("HTTP APIs: requests tiered at 300 million; WebSocket APIs: messages and connection minutes", () => {
    expect(resourceOf(report, "aws_apigatewayv2_api.http").monthlyCost.expected).toBe("480");
    expect(resourceOf(report, "aws_apigatewayv2_api.chat").monthlyCost.expected).toBe("10");
    expect(resourceOf(report, "aws_apigatewayv2_api.idle_http").components[0]).toMatchObject({ unitPrice: "1", dependsOnUsage: true });
  });

  test("an API without protocol_type is unpriced with the reason", () => {
    expect(report.unpriced.find((u) => u.address === "aws_apigatewayv2_api.bad")?.reason).toMatch(/protocol_type is not set/);
    expect(report.monthlyCost.expected).toBe("490");
  });
});
