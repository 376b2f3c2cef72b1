import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_eip", () => {
  const report = pricerGolden(__filename, "eip");

  test("every Elastic IP costs 730 address-hours at the public IPv4 rate, in any region, count multiplies", () => {
    expect(resourceOf(report, "aws_eip.web").components[0]).toMatchObject({ name: "Public IPv4 addresses (Elastic IP)", unitPrice: "0.005", monthlyCost: { expected: "3.65" } });
    expect(resourceOf(report, "aws_eip.idle").monthlyCost.expected).toBe("10.95");
    expect(resourceOf(report, "aws_eip.tokyo").monthlyCost.expected).toBe("3.65");
    expect(report.monthlyCost.expected).toBe("18.25");
  });

  test("BYOIP and customer-owned addresses are free, nothing is unpriced", () => {
    expect(report.free.map((f) => f.address)).toEqual(["aws_eip.byoip", "aws_eip.outpost"]);
    expect(report.unpriced).toEqual([]);
  });
});
