import { FREE_TYPES } from "../../../../pricing/free-types";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudwatch_metric_alarm", () => {
  const report = pricerGolden(__filename, "cloudwatch-metric-alarm");
  const line = (a: string) => resourceOf(report, a).components[0];

  test("one alarm metric per metric, standard or high resolution by period", () => {
    expect(line("aws_cloudwatch_metric_alarm.cpu")).toMatchObject({ name: "Alarm metrics (standard resolution)", unitPrice: "0.1", monthlyCost: { expected: "0.2" } });
    expect(line("aws_cloudwatch_metric_alarm.fast")).toMatchObject({ name: "Alarm metrics (high resolution)", unitPrice: "0.3" });
  });

  test("metric math counts the metric queries, not the expression; anomaly detection counts three per metric", () => {
    expect(line("aws_cloudwatch_metric_alarm.math").monthlyQuantity.expected).toBe("2");
    expect(line("aws_cloudwatch_metric_alarm.anomaly")).toMatchObject({ name: "Alarm metrics (standard resolution, anomaly detection)", monthlyQuantity: { expected: "3" } });
    expect(report.monthlyCost.expected).toBe("1");
  });

  test("a Metrics Insights alarm is unpriced with the reason; alarms are no longer on the free list", () => {
    expect(report.unpriced.find((u) => u.address === "aws_cloudwatch_metric_alarm.insights")?.reason).toMatch(/Metrics Insights/);
    expect(FREE_TYPES.has("aws_cloudwatch_metric_alarm")).toBe(false);
  });
});
