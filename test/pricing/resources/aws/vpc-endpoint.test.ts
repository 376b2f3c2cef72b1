import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_vpc_endpoint", () => {
  const report = pricerGolden(__filename, "vpc-endpoint");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("interface endpoints: an endpoint-hour per AZ and tiered GB processed", () => {
    expect(cost("aws_vpc_endpoint.ecr")).toBe("13021.9"); // 21.9 + 1,000,000 × 0.01 + 500,000 × 0.006
    expect(resourceOf(report, "aws_vpc_endpoint.sts").components[0]).toMatchObject({ name: "Endpoint hours (Interface, 2 AZs)", monthlyCost: { expected: "14.6" } });
  });

  test("gateway load balancer endpoints have their own data rate; gateway endpoints are free", () => {
    expect(cost("aws_vpc_endpoint.firewall")).toBe("10.8"); // 7.3 + 3.5
    expect(report.free).toContainEqual({ address: "aws_vpc_endpoint.s3", type: "aws_vpc_endpoint" });
  });

  test("unknown subnets and VPC Lattice endpoints are unpriced with the reason", () => {
    expect(reasons("aws_vpc_endpoint.dynamic")).toMatch(/subnet_ids is not known before apply/);
    expect(reasons("aws_vpc_endpoint.lattice")).toMatch(/vpc_endpoint_type Resource/);
    expect(report.unpriced.map((u) => u.address)).not.toContain("aws_vpc_endpoint_subnet_association.sts_b");
    expect(report.monthlyCost.expected).toBe("13047.3");
  });
});
