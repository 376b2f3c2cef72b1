import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_nat_gateway", () => {
  const report = pricerGolden(__filename, "nat-gateway");
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("730 gateway-hours plus GB processed from usage; count multiplies", () => {
    expect(resourceOf(report, "aws_nat_gateway.public").monthlyCost.expected).toBe("77.85"); // 32.85 + 1,000 × 0.045
    expect(resourceOf(report, "aws_nat_gateway.private").monthlyCost.expected).toBe("65.7"); // 2 × 730 × 0.045
    expect(resourceOf(report, "aws_nat_gateway.frankfurt").monthlyCost.expected).toBe("37.96"); // 730 × 0.052 (eu-central-1)
    expect(report.monthlyCost.expected).toBe("185.16");
  });

  test("without usage the data line shows its unit price and depends on usage", () => {
    const data = resourceOf(report, "aws_nat_gateway.private").components.find((c) => c.name === "Data processed (private)");
    expect(data).toMatchObject({ unitPrice: "0.045", dependsOnUsage: true });
  });

  test("a region without a price and an unknown connectivity type are unpriced with the reason", () => {
    expect(reasons("aws_nat_gateway.gov")).toMatch(/no price for aws\/vpc\/nat-gateway-hours in us-gov-west-1/);
    expect(reasons("aws_nat_gateway.weird")).toMatch(/unknown connectivity_type "carrier"/);
  });
});
