import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_flow_log", () => {
  const report = pricerGolden(__filename, "flow-log");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("vended-logs ingestion into CloudWatch Logs, tiered, at the region's rate", () => {
    expect(cost("aws_flow_log.vpc")).toBe("250"); // 500 × 0.5
    expect(cost("aws_flow_log.big")).toBe("7680"); // 10,240 × 0.5 + 10,240 × 0.25
    expect(cost("aws_flow_log.ireland")).toBe("57"); // 100 × 0.57
    expect(resourceOf(report, "aws_flow_log.idle").components[0]).toMatchObject({ dependsOnUsage: true, unitPrice: "0.5" });
    expect(report.monthlyCost.expected).toBe("10947");
  });

  test("delivery to S3 and to Firehose at their own tiered delivery rates; an unknown destination type is unpriced with the reason", () => {
    expect(resourceOf(report, "aws_flow_log.to_s3").components[0]).toMatchObject({ name: "Logs delivered (vended, S3, first 10,240 GB)", monthlyCost: { expected: "100" } }); // 400 × 0.25
    expect(cost("aws_flow_log.to_firehose")).toBe("2860"); // 10,240 × 0.25 + 2,000 × 0.15
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      'aws_flow_log.odd: unknown log_destination_type "carrier-pigeon" (cloud-watch-logs, s3 or kinesis-data-firehose)',
    ]);
  });
});
