import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("S3 inventory, analytics, request metrics and directory buckets; MSK Serverless and VPC connections; OpenSearch VPC endpoints", () => {
  const report = pricerGolden(__filename, "s3-msk-extras");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("S3 management features bill per object listed or monitored, and per published metric, from usage", () => {
    expect(resourceOf(report, "aws_s3_bucket_inventory.daily").components[0]).toMatchObject({ name: "Objects listed (Daily)", unitPrice: "0.0025" });
    expect(cost("aws_s3_bucket_inventory.daily")).toMatch(/^0\.76041666/); // 10 M × 730/24 runs × 0.0025 per M
    expect(resourceOf(report, "aws_s3_bucket_inventory.weekly").components[0]).toMatchObject({ name: "Objects listed (Weekly)", dependsOnUsage: true });
    expect(cost("aws_s3_bucket_analytics_configuration.all")).toBe("5");
    expect(cost("aws_s3_bucket_metric.requests")).toBe("4.8");
    expect(cost("aws_s3_directory_bucket.express")).toBe("125.24"); // 110 + 11.3 + 3 + 0.64 + 0.3
  });

  test("MSK Serverless by the cluster-hour, partition-hour, GB stored and GB through; a VPC connection by the hour and GB", () => {
    expect(cost("aws_msk_serverless_cluster.events")).toBe("762");
    expect(resourceOf(report, "aws_msk_vpc_connection.peer").components[0]).toMatchObject({ name: "Connection hours (SASL_IAM)", monthlyCost: { expected: "16.425" } });
    expect(cost("aws_msk_vpc_connection.peer")).toBe("17.025");
  });

  test("OpenSearch VPC endpoints are interface endpoints: one endpoint-hour per subnet", () => {
    expect(resourceOf(report, "aws_opensearch_vpc_endpoint.domain").components[0]).toMatchObject({ name: "Endpoint hours (2 AZs)", monthlyCost: { expected: "14.6" } });
    expect(cost("aws_opensearchserverless_vpc_endpoint.collections")).toBe("22");
    expect(report.unpriced).toEqual([]);
  });
});
