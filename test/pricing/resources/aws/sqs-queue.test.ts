import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_sqs_queue", () => {
  const report = pricerGolden(__filename, "sqs-queue");

  test("requests from usage at the standard or FIFO rate; without usage the line depends on usage", () => {
    expect(resourceOf(report, "aws_sqs_queue.jobs").components[0]).toMatchObject({ name: "Requests (standard)", monthlyCost: { expected: "0.8" } });
    expect(resourceOf(report, "aws_sqs_queue.orders").components[0]).toMatchObject({ name: "Requests (FIFO)", unitPrice: "0.5", monthlyCost: { expected: "5" } });
    expect(resourceOf(report, "aws_sqs_queue.dlq").components[0]).toMatchObject({ dependsOnUsage: true, unitPrice: "0.4" });
    expect(report.monthlyCost.expected).toBe("5.8");
  });
});
