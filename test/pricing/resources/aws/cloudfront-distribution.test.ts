import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudfront_distribution", () => {
  const report = pricerGolden(__filename, "cloudfront-distribution");
  const lines = (address: string) => resourceOf(report, address).components;

  test("egress by viewer geo, tiered, looked up by geo; requests per 10K", () => {
    const all = lines("aws_cloudfront_distribution.all_geos");
    const na = all.filter((c) => c.priceId === "aws/cloudfront/data-transfer-out@NA");
    expect(na.map((c) => [c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["10240", "0.085", "870.4"],
      ["9760", "0.08", "780.8"],
    ]);
    expect(na.every((c) => c.geo === "NA")).toBe(true);
    const cost = (priceId: string) => all.find((c) => c.priceId === priceId)?.monthlyCost;
    expect(cost("aws/cloudfront/data-transfer-out@EU")).toEqual({ min: "42.5", expected: "85", max: "170" });
    expect(cost("aws/cloudfront/data-transfer-out@APAC")?.expected).toBe("60");
    expect(cost("aws/cloudfront/data-transfer-out@LATAM")?.expected).toBe("11");
    expect(cost("aws/cloudfront/requests-https@NA")?.expected).toBe("10");
    expect(cost("aws/cloudfront/requests-http@NA")?.expected).toBe("0.75");
    expect(resourceOf(report, "aws_cloudfront_distribution.all_geos").monthlyCost).toEqual({ min: "1787.65", expected: "1830.15", max: "1915.15" });
    expect(resourceOf(report, "aws_cloudfront_distribution.all_geos").category).toBe("cdn");
  });

  test("geos outside the price class are billed at the NA edge, in the NA tiers", () => {
    const pc100 = lines("aws_cloudfront_distribution.pc100");
    expect(pc100.map((c) => c.name)).toEqual(["CDN egress (NA + LATAM + APAC, at NA rates, first 10,240 GB)", "HTTPS requests (APAC, at NA rates)"]);
    expect(pc100[0].monthlyCost.expected).toBe("212.5");
    expect(resourceOf(report, "aws_cloudfront_distribution.pc100").monthlyCost.expected).toBe("213.5");
    expect(resourceOf(report, "aws_cloudfront_distribution.shielded").monthlyCost.expected).toBe("14.25");
  });

  test("origin shield by shield region, dedicated IP SSL, invalidations past the free 1,000", () => {
    const shielded = lines("aws_cloudfront_distribution.shielded");
    expect(shielded.find((c) => c.name === "Origin shield requests (us-east-1)")?.monthlyCost.expected).toBe("3.75");
    const vip = lines("aws_cloudfront_distribution.vip");
    expect(vip.find((c) => c.name === "Dedicated IP custom SSL")?.monthlyCost.expected).toBe("600");
    expect(vip.filter((c) => c.priceId.startsWith("aws/cloudfront/invalidation-paths")).map((c) => c.monthlyCost.expected)).toEqual(["0", "10"]);
    expect(report.monthlyCost).toEqual({ min: "2625.4", expected: "2667.9", max: "2752.9" });
  });

  test("without usage the unit prices show per served geo; unknown price classes and unsourced geos are unpriced", () => {
    const vip = lines("aws_cloudfront_distribution.vip").filter((c) => c.dependsOnUsage);
    expect(vip.map((c) => c.name)).toContain("CDN egress (LATAM, first 10,240 GB)");
    expect(report.unpriced.find((u) => u.address === "aws_cloudfront_distribution.bad_class")?.reason).toMatch(/unknown price_class "PriceClass_300"/);
    expect(report.unpriced.find((u) => u.address === "aws_cloudfront_distribution.gulf" && u.component === "Origin shield requests (me-central-1)")?.reason).toMatch(
      /no price for aws\/cloudfront\/origin-shield-requests in OTHER/,
    );
  });
});
