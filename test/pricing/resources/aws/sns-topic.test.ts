import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_sns_topic", () => {
  const report = pricerGolden(__filename, "sns-topic");

  test("publish requests and one line per billed delivery protocol from usage", () => {
    const events = resourceOf(report, "aws_sns_topic.events");
    expect(events.components.map((c) => c.name)).toEqual(["Publish requests", "Notifications (email)", "Notifications (Data Firehose)", "Notifications (HTTP/S)"]);
    expect(events.monthlyCost.expected).toBe("2.58"); // 1.5 + 0.1 + 0.38 + 0.6
  });

  test("FIFO topics: publish requests and payload; without usage a standard topic depends on usage", () => {
    expect(resourceOf(report, "aws_sns_topic.orders").monthlyCost.expected).toBe("2"); // 0.3 + 1.7
    expect(resourceOf(report, "aws_sns_topic.alerts").components).toEqual([expect.objectContaining({ name: "Publish requests", dependsOnUsage: true })]);
    expect(report.monthlyCost.expected).toBe("4.58");
  });
});
