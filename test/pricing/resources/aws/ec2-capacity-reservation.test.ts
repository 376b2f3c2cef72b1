import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_ec2_capacity_reservation", () => {
  const report = pricerGolden(__filename, "ec2-capacity-reservation");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;

  test("an idle reservation is billed at the on-demand rate for every reserved instance", () => {
    expect(resourceOf(report, "aws_ec2_capacity_reservation.idle").components.map((c) => c.name)).toEqual(["Reserved capacity (unused, m5.large)"]);
    expect(cost("aws_ec2_capacity_reservation.idle").expected).toBe("140.16");
  });

  test("instances of the document that target the reservation are billed as instances, not again on the reservation", () => {
    expect(cost("aws_ec2_capacity_reservation.shared").expected).toBe("70.08");
    expect(cost("aws_instance.app").expected).toBe("141.76");
  });

  test("usage usedInstanceCount gives a range of unused capacity (more used, less billed)", () => {
    expect(cost("aws_ec2_capacity_reservation.declared")).toEqual({ min: "70.08", expected: "140.16", max: "210.24" });
  });

  test("a platform other than Linux/UNIX is unpriced with the reason, never zero", () => {
    expect(report.resources.find((r) => r.address === "aws_ec2_capacity_reservation.windows")).toBeUndefined();
    expect(report.unpriced.filter((u) => u.address === "aws_ec2_capacity_reservation.windows").map((u) => u.reason).join()).toMatch(/instance_platform "Windows"/);
    expect(report.monthlyCost.expected).toBe("492.16");
  });
});
