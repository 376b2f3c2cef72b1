import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_elb", () => {
  const report = pricerGolden(__filename, "elb");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("hours, GB processed from usage, one public IPv4 address per zone when internet-facing", () => {
    expect(cost("aws_elb.web")).toBe("105.55"); // 18.25 + 80 + 7.3
    expect(cost("aws_elb.internal")).toBe("18.25");
    expect(resourceOf(report, "aws_elb.internal").components.map((c) => c.name)).toEqual(["Load balancer (classic)", "Data processed"]);
  });

  test("an internet-facing load balancer without zones or subnets has its address line unpriced with how to price it", () => {
    expect(cost("aws_elb.no_zones")).toBe("18.25");
    expect(report.unpriced).toEqual([
      expect.objectContaining({ address: "aws_elb.no_zones", component: "Public IPv4 addresses", reason: expect.stringMatching(/give publicIpv4Addresses in the usage/) }),
    ]);
    expect(report.monthlyCost.expected).toBe("142.05");
  });
});
