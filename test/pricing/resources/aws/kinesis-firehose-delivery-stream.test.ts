import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_kinesis_firehose_delivery_stream", () => {
  const report = pricerGolden(__filename, "kinesis-firehose-delivery-stream");
  const reason = (a: string) => report.unpriced.find((u) => u.address === a)?.reason;

  test("GB ingested from usage, tiered at 500 TB; the source is named", () => {
    expect(resourceOf(report, "aws_kinesis_firehose_delivery_stream.logs").monthlyCost.expected).toBe("20560"); // 512,000 × 0.035 + 88,000 × 0.03
    expect(resourceOf(report, "aws_kinesis_firehose_delivery_stream.from_kds").components[0]).toMatchObject({ name: "Data ingested (Kinesis Data Streams, first 512,000 GB)", dependsOnUsage: true });
  });

  test("another region has its own price; an MSK source is unpriced with the reason", () => {
    expect(resourceOf(report, "aws_kinesis_firehose_delivery_stream.virginia").components[0]).toMatchObject({ unitPrice: "0.029", priceId: "aws/firehose/ingestion@us-east-1", dependsOnUsage: true });
    expect(reason("aws_kinesis_firehose_delivery_stream.virginia")).toBeUndefined();
    expect(reason("aws_kinesis_firehose_delivery_stream.from_msk")).toMatch(/Amazon MSK/);
  });
});
