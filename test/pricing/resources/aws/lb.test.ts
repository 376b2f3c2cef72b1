import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_lb and aws_alb", () => {
  const report = pricerGolden(__filename, "lb");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const names = (a: string) => resourceOf(report, a).components.map((c) => c.name);
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("hours, capacity units from usage and one public IPv4 address per subnet when internet-facing", () => {
    expect(cost("aws_lb.web")).toBe("39.055"); // 16.425 + 11.68 + 10.95
    expect(names("aws_lb.web")).toContain("Public IPv4 addresses (3 subnets)");
    expect(cost("aws_lb.internal_nlb")).toBe("20.805"); // 16.425 + 4.38, no address: internal
    expect(names("aws_lb.internal_nlb")).not.toContain("Public IPv4 addresses (2 subnets)");
  });

  test("subnet mappings with an Elastic IP leave the address to aws_eip; usage overrides the address count", () => {
    expect(names("aws_lb.nlb_eips")).toContain("Public IPv4 addresses (1 subnet)");
    expect(cost("aws_lb.nlb_eips")).toBe("20.075");
    expect(cost("aws_lb.scaled")).toBe("34.675"); // 16.425 + 5 × 730 × 0.005
  });

  test("gateway load balancers have GLCUs and no public address; aws_alb is priced as aws_lb", () => {
    expect(cost("aws_lb.gwlb")).toBe("9.125");
    expect(resourceOf(report, "aws_lb.gwlb").components.find((c) => c.name === "Capacity units (GLCU)")).toMatchObject({ unitPrice: "0.004", dependsOnUsage: true });
    expect(cost("aws_alb.legacy")).toBe("16.425");
  });

  test("unknown subnets make only the address line unpriced; an unknown type makes the resource unpriced", () => {
    expect(cost("aws_lb.module_subnets")).toBe("16.425");
    expect(reasons("aws_lb.module_subnets")).toMatch(/subnets/);
    expect(reasons("aws_lb.classic_typo")).toMatch(/unknown load_balancer_type "classic"/);
    expect(report.monthlyCost.expected).toBe("180.31");
  });

  test("subnets whose ids are known only after apply still count: one address per subnet", () => {
    expect(names("aws_lb.subnet_refs")).toContain("Public IPv4 addresses (2 subnets)");
    expect(cost("aws_lb.subnet_refs")).toBe("23.725"); // 16.425 + 2 × 730 × 0.005
  });
});
