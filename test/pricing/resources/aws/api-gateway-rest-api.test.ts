import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_api_gateway_rest_api", () => {
  const report = pricerGolden(__filename, "api-gateway-rest-api");

  test("requests from usage, tiered at 333 million", () => {
    expect(resourceOf(report, "aws_api_gateway_rest_api.public").monthlyCost.expected).toBe("1633.1"); // 333 × 3.5 + 167 × 2.8
    expect(resourceOf(report, "aws_api_gateway_rest_api.internal").components[0]).toMatchObject({ unitPrice: "3.5", dependsOnUsage: true });
  });

  test("another region has its own price", () => {
    expect(resourceOf(report, "aws_api_gateway_rest_api.frankfurt").components[0]).toMatchObject({ unitPrice: "3.7", priceId: "aws/apigateway/rest-requests@eu-central-1", dependsOnUsage: true });
    expect(report.unpriced).toEqual([]);
  });
});
