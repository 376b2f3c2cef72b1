import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_route53_zone", () => {
  const report = pricerGolden(__filename, "route53-zone");

  test("a zone-month plus standard queries, tiered at 1 billion", () => {
    expect(resourceOf(report, "aws_route53_zone.public").monthlyCost.expected).toBe("500.5"); // 0.5 + 1,000 × 0.4 + 500 × 0.2
    expect(resourceOf(report, "aws_route53_zone.private").monthlyCost.expected).toBe("0.5");
  });

  test("Route 53 is global: a zone is priced whatever its provider's region", () => {
    expect(resourceOf(report, "aws_route53_zone.noregion").region).toBe("global");
    expect(report.unpriced).toEqual([]);
    expect(report.monthlyCost.expected).toBe("501.5");
  });
});
