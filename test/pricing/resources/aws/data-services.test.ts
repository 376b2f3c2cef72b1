import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_dynamodb_table and aws_redshift_cluster", () => {
  const report = pricerGolden(__filename, "data-services");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;
  const lines = (a: string) => resourceOf(report, a).components.map((c) => [c.name, c.monthlyCost.expected]);
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("provisioned capacity: WCU and RCU hours, the indexes' capacity added", () => {
    expect(lines("aws_dynamodb_table.provisioned")).toEqual([["Write capacity (WCU)", "9.49"], ["Read capacity (RCU)", "2.847"], ["Storage", "57.5"], ["Backup storage", "0"]]);
    expect(cost("aws_dynamodb_table.gsi").expected).toBe("8.541"); // 15 × 730 × (0.00065 + 0.00013)
  });

  test("autoscaling targets (by reference or by literal name) make the capacity a range, expected at the configured value", () => {
    expect(cost("aws_dynamodb_table.autoscaled")).toEqual({ min: "0.949", expected: "2.847", max: "14.235" });
    expect(resourceOf(report, "aws_dynamodb_table.autoscaled").components.map((c) => c.name)).toEqual([
      "Write capacity (WCU, autoscaling)", "Read capacity (RCU, autoscaling)", "Storage", "Backup storage",
    ]);
  });

  test("on demand: request units, storage, PITR and stream reads from usage; replicas unpriced with the reason", () => {
    expect(lines("aws_dynamodb_table.on_demand")).toEqual([
      ["Write requests", "1.875"], ["Read requests", "1"], ["Storage", "57.5"], ["Point-in-time recovery", "46"], ["Backup storage", "0"], ["Stream reads", "0.4"],
    ]);
    expect(reasons("aws_dynamodb_table.on_demand")).toMatch(/global table replica in us-west-2/);
  });

  test("Redshift: nodes × node-hours, RA3 managed storage from usage; regions without a rate unpriced", () => {
    expect(cost("aws_redshift_cluster.dc2").expected).toBe("730");
    expect(cost("aws_redshift_cluster.ra3").expected).toBe("4767.304");
    expect(cost("aws_redshift_cluster.ireland").expected).toBe("219"); // 730 × 0.30 (eu-west-1)
    expect(reasons("aws_redshift_cluster.calgary")).toMatch(/no price for aws\/redshift\/dc2\.large in ca-west-1/);
    expect(report.monthlyCost).toEqual({ min: "5902.406", expected: "5904.304", max: "5915.692" });
  });
});
