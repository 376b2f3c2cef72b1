import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_lambda_function", () => {
  const report = pricerGolden(__filename, "lambda-function");
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("requests and GB-seconds from usage", () => {
    expect(resourceOf(report, "aws_lambda_function.api").monthlyCost.expected).toBe("18.6667"); // 2 + 1e6 × 0.0000166667
    expect(resourceOf(report, "aws_lambda_function.arm").monthlyCost.expected).toBe("13.5952"); // 0.2 + 13.3334 + 0.0618
  });

  test("duration is split across the x86 volume tiers", () => {
    const big = resourceOf(report, "aws_lambda_function.big");
    const duration = big.components.filter((c) => c.name.startsWith("Duration"));
    expect(duration.map((c) => [c.monthlyQuantity.expected, c.monthlyCost.expected])).toEqual([
      ["6000000000", "100000.2"],
      ["4000000000", "60000"],
    ]);
    expect(big.monthlyCost.expected).toBe("160200.2");
  });

  test("without usage the lines show unit prices and depend on usage", () => {
    const idle = resourceOf(report, "aws_lambda_function.no_usage");
    expect(idle.monthlyCost.expected).toBe("0");
    expect(idle.components.every((c) => c.dependsOnUsage)).toBe(true);
    expect(idle.components.map((c) => c.name)).toEqual(["Requests (x86_64)", "Duration (x86_64, 128 MB, first 6,000,000,000 GB-seconds)"]);
  });

  test("a provider alias in another region uses that region's rates", () => {
    expect(resourceOf(report, "aws_lambda_function.ireland").monthlyCost.expected).toBe("8.73335"); // 0.4 requests + 8.33335 duration
    expect(reasons("aws_lambda_function.ireland")).toBe("");
    expect(report.monthlyCost.expected).toBe("160241.19525");
  });
});
