import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_spot_instance_request", () => {
  const report = pricerGolden(__filename, "spot-instance-request");

  test("the volumes are priced at EBS rates", () => {
    expect(resourceOf(report, "aws_spot_instance_request.worker").components.map((c) => [c.name, c.monthlyCost?.expected])).toEqual([
      ["Storage (root, gp3)", "1.6"], // 20 × 0.08
      ["Storage (/dev/sdb, gp2)", "10"], // 100 × 0.1
    ]);
    expect(resourceOf(report, "aws_spot_instance_request.plain").monthlyCost.expected).toBe("0.8"); // 8 GB gp2 root × 0.1
    expect(report.monthlyCost.expected).toBe("12.4");
  });

  test("the instance hours are unpriced: the Spot price moves and no book has it", () => {
    expect(report.unpriced.map((u) => [u.address, u.component, u.reason])).toEqual(["plain", "worker"].map((n) => [
      `aws_spot_instance_request.${n}`, `Instance usage (Linux/UNIX, Spot, ${n === "plain" ? "t3.micro" : "c5.large"})`,
      "Spot instances are billed at the Spot price, which moves with supply and demand and is in no price book (spot_price only caps it); to price it, give a price book with the Spot rate you expect",
    ]));
  });
});
