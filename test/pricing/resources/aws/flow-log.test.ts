import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_flow_log", () => {
  const report = pricerGolden(__filename, "flow-log");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("vended-logs ingestion into CloudWatch Logs, tiered, at the region's rate", () => {
    expect(cost("aws_flow_log.vpc")).toBe("250"); // 500 × 0.5
    expect(cost("aws_flow_log.big")).toBe("7680"); // 10,240 × 0.5 + 10,240 × 0.25
    expect(cost("aws_flow_log.ireland")).toBe("57"); // 100 × 0.57
    expect(resourceOf(report, "aws_flow_log.idle").components[0]).toMatchObject({ dependsOnUsage: true, unitPrice: "0.5" });
    expect(report.monthlyCost.expected).toBe("7987");
  });

  test("delivery to S3 is unpriced with the reason", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      "aws_flow_log.to_s3: flow logs delivered to s3 are billed at vended-log delivery rates that are not in the price books; CloudWatch Logs delivery is priced",
    ]);
  });
});
