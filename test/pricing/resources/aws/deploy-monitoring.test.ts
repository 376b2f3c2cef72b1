import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_codedeploy_deployment_group and aws_cloudfront_monitoring_subscription", () => {
  const report = pricerGolden(__filename, "deploy-monitoring");

  test("only on-premises deployments and enabled additional metrics are billed", () => {
    expect(resourceOf(report, "aws_codedeploy_deployment_group.datacenter").components[0]).toMatchObject({ name: "On-premises instance updates", unitPrice: "0.02", monthlyCost: { expected: "8" } });
    expect(resourceOf(report, "aws_cloudfront_monitoring_subscription.on")).toMatchObject({ region: "us-east-1", monthlyCost: { expected: "2.4" } });
    expect(report.free.map((f) => f.address).sort()).toEqual(["aws_cloudfront_monitoring_subscription.off", "aws_codedeploy_deployment_group.ec2"]);
    expect(report.unpriced).toEqual([]);
    expect(report.monthlyCost.expected).toBe("10.4");
  });
});
