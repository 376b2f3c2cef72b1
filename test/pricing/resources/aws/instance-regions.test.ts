import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_instance in the regions of AWS's EC2 pricing-page data", () => {
  const report = pricerGolden(__filename, "instance-regions");

  test("instance hours are priced at the region's rate (us-west-2, eu-central-1)", () => {
    expect(resourceOf(report, "aws_instance.web").components.map((c) => [c.priceId, c.monthlyCost?.expected])).toEqual([["aws/ec2/t2.micro@us-west-2", "8.468"]]);
    expect(resourceOf(report, "aws_instance.app").components.map((c) => [c.priceId, c.monthlyCost?.expected])).toEqual([["aws/ec2/m5.large@eu-central-1", "83.95"]]);
    expect(report.monthlyCost.expected).toBe("92.418");
  });

  test("EBS without a price there stays unpriced, naming the region", () => {
    expect(report.unpriced.map((u) => `${u.address} ${u.component}`)).toEqual(["aws_instance.app Storage (root, gp2)", "aws_instance.web Storage (root, gp2)"]);
    expect(report.unpriced[0].reason).toMatch(/^no price for aws\/ebs\/gp2 in eu-central-1/);
  });
});
