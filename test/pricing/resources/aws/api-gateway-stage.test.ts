import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_api_gateway_stage", () => {
  const report = pricerGolden(__filename, "api-gateway-stage");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("a cache is 730 hours at its size's rate in the stage's region", () => {
    expect(cost("aws_api_gateway_stage.small")).toBe("14.6"); // 730 × 0.02
    expect(cost("aws_api_gateway_stage.tokyo")).toBe("178.85"); // 730 × 0.245
    expect(cost("aws_api_gateway_stage.largest")).toBe("2774"); // 730 × 3.8
    expect(report.monthlyCost.expected).toBe("2967.45");
  });

  test("a stage without a cache has no lines; an unknown size is unpriced", () => {
    expect(report.free.map((f) => f.address)).toEqual(["aws_api_gateway_stage.no_cache"]);
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      'aws_api_gateway_stage.odd_size: unknown cache_cluster_size "3"; API Gateway caches are 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237 GB',
    ]);
  });
});
