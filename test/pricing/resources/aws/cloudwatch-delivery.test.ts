import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudwatch_log_delivery, aws_cloudwatch_metric_stream and aws_cloudfront_function", () => {
  const report = pricerGolden(__filename, "cloudwatch-delivery");
  const first = (a: string) => resourceOf(report, a).components[0];

  test("a delivery is billed at the vended-log rate of its destination's kind (S3, Firehose, CloudWatch Logs)", () => {
    expect(first("aws_cloudwatch_log_delivery.to_bucket")).toMatchObject({ name: "Logs delivered (vended, S3, first 10,240 GB)", monthlyCost: { expected: "50" } });
    expect(first("aws_cloudwatch_log_delivery.to_stream")).toMatchObject({ name: "Logs delivered (vended, Firehose, first 10,240 GB)", monthlyCost: { expected: "10" } });
    expect(first("aws_cloudwatch_log_delivery.to_group")).toMatchObject({ name: "Logs delivered (vended, CloudWatch Logs, first 10,240 GB)", monthlyCost: { expected: "5" } });
    expect(report.free.map((f) => f.type).sort()).toEqual(["aws_cloudwatch_log_delivery_destination", "aws_cloudwatch_log_delivery_destination", "aws_cloudwatch_log_delivery_destination", "aws_cloudwatch_log_delivery_source"]);
  });

  test("a delivery whose destination is not in the configuration is unpriced with the reason", () => {
    expect(report.unpriced).toEqual([expect.objectContaining({ address: "aws_cloudwatch_log_delivery.elsewhere", reason: expect.stringMatching(/delivery destination \(delivery_destination_arn\) is not in this configuration/) })]);
  });

  test("metric updates per thousand, CloudFront Functions invocations per million at the global rate", () => {
    expect(first("aws_cloudwatch_metric_stream.all")).toMatchObject({ unitPrice: "0.003", monthlyCost: { expected: "131.4" } });
    expect(first("aws_cloudfront_function.rewrite")).toMatchObject({ unitPrice: "0.1", monthlyCost: { expected: "30" } });
    expect(report.monthlyCost.expected).toBe("226.4");
  });
});
