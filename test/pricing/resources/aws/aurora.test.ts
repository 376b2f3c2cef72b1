import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_rds_cluster and aws_rds_cluster_instance (Aurora)", () => {
  const report = pricerGolden(__filename, "aurora");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("the cluster bills storage, I/O and backups from usage", () => {
    expect(resourceOf(report, "aws_rds_cluster.main").components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["Storage (Standard)", "10"], ["I/O requests", "10.512"], ["Backup storage", "8.4"],
    ]);
  });

  test("instances bill hours at their class's Aurora rate; the engine comes from the cluster when it is a reference", () => {
    expect(cost("aws_rds_cluster_instance.writer").expected).toBe("211.7"); // 730 × 0.29
    expect(resourceOf(report, "aws_rds_cluster_instance.writer").components[0].name).toBe("Database instance (Aurora MySQL, db.r4.large)");
    expect(cost("aws_rds_cluster_instance.reader").expected).toBe("119.72"); // 2 × 730 × 0.082
  });

  test("Serverless v2: usage gives the load; else min..max capacity from the cluster, expected at the minimum", () => {
    expect(cost("aws_rds_cluster_instance.std_serverless").expected).toBe("175.2"); // 2 × 730 × 0.12
    expect(cost("aws_rds_cluster_instance.pg_serverless")).toEqual({ min: "58.4", expected: "58.4", max: "934.4" }); // 365..5840 × 0.16
  });

  test("I/O-Optimized: its storage rate and no I/O line; classes without a sourced rate are unpriced", () => {
    expect(resourceOf(report, "aws_rds_cluster.pg").components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["Storage (I/O-Optimized)", "45"], ["Backup storage", "0"],
    ]);
    expect(resourceOf(report, "aws_rds_cluster_instance.pg_big").components[0]).toMatchObject({ name: "Database instance (Aurora PostgreSQL, db.r6g.large, I/O-Optimized)", unitPrice: "0.338", monthlyCost: { expected: "246.74" } });
    expect(reasons("aws_rds_cluster_instance.pg_new")).toMatch(/no price book has aws\/rds\/aurora-postgresql-db\.r8g\.large-io-optimized/);
  });

  test("Serverless v1 capacity from usage; a non-Aurora cluster is unpriced with the reason", () => {
    expect(cost("aws_rds_cluster.v1").expected).toBe("60"); // 1000 × 0.06
    expect(reasons("aws_rds_cluster.multi_az_mysql")).toMatch(/engine "mysql" is not Aurora/);
    expect(report.monthlyCost).toEqual({ min: "945.672", expected: "945.672", max: "1821.672" });
  });
});
