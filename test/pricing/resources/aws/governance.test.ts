import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudtrail, aws_ssm_parameter, aws_acm_certificate, aws_acmpca_certificate_authority and aws_directory_service_directory", () => {
  const report = pricerGolden(__filename, "governance");
  const lines = (a: string) => resourceOf(report, a).components.map((c) => [c.name, c.monthlyCost.expected, c.dependsOnUsage ?? false]);

  test("a trail bills additional management copies, data events and Insights events from usage", () => {
    expect(lines("aws_cloudtrail.org")).toEqual([["Management events (additional copy)", "60", false], ["Data events", "20", false], ["Insights events", "0", true]]);
    expect(lines("aws_cloudtrail.first")).toEqual([["Management events (additional copy)", "0", true]]);
  });

  test("Standard parameters and public certificates are free; Advanced and large Intelligent-Tiering parameters and private certificates are billed", () => {
    const free = report.free.map((f) => f.address);
    expect(free).toEqual(expect.arrayContaining(["aws_ssm_parameter.plain", "aws_acm_certificate.public"]));
    expect(resourceOf(report, "aws_ssm_parameter.big").monthlyCost.expected).toBe("1.0511"); // 730 × 0.00007 + 20 × 0.05
    expect(resourceOf(report, "aws_ssm_parameter.smart").monthlyCost.expected).toBe("0.0511");
    expect(resourceOf(report, "aws_acm_certificate.internal").monthlyCost.expected).toBe("7.5");
  });

  test("a private CA by the month in its mode; directories by their type, edition and size", () => {
    expect(resourceOf(report, "aws_acmpca_certificate_authority.root").monthlyCost.expected).toBe("400");
    expect(lines("aws_acmpca_certificate_authority.short")).toEqual([["Certificate authority (short-lived certificates)", "50", false]]);
    expect(lines("aws_directory_service_directory.corp")).toEqual([["Domain controllers (Microsoft AD, Standard)", "87.6", false]]);
    expect(lines("aws_directory_service_directory.simple")).toEqual([["Directory (SimpleAD, Large)", "109.5", false]]); // the provider's default size
    expect(lines("aws_directory_service_directory.ent")).toEqual([["Domain controllers (Microsoft AD, Enterprise)", "438", false]]); // default edition, 3 controllers
    expect(report.monthlyCost.expected).toBe("1173.7022");
    expect(report.unpriced).toEqual([]);
  });
});
