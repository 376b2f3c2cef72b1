import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_db_instance", () => {
  const report = pricerGolden(__filename, "db-instance");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const line = (a: string, name: string) => {
    const c = resourceOf(report, a).components.find((x) => x.name === name);
    if (!c) throw new Error(`no line ${name} on ${a}: ${resourceOf(report, a).components.map((x) => x.name).join(", ")}`);
    return c;
  };
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("instance hours at the engine's rate, gp2 storage, backup storage from usage", () => {
    expect(line("aws_db_instance.mysql", "Database instance (MySQL, db.t3.large)").monthlyCost.expected).toBe("99.28"); // 730 × 0.136
    expect(line("aws_db_instance.mysql", "Storage (gp2)").monthlyCost.expected).toBe("2.3"); // 20 × 0.115
    expect(line("aws_db_instance.mysql", "Backup storage").monthlyCost.expected).toBe("95"); // 1000 × 0.095
    expect(cost("aws_db_instance.mysql")).toBe("196.58");
  });

  test("Multi-AZ: its own instance rate, storage and IOPS above the gp3 baseline billed twice", () => {
    expect(line("aws_db_instance.pg_multi", "Database instance (PostgreSQL, db.m5.large, Multi-AZ)").monthlyCost.expected).toBe("259.88"); // 730 × 0.356
    expect(line("aws_db_instance.pg_multi", "Storage (gp3, Multi-AZ)").monthlyQuantity.expected).toBe("1000");
    expect(line("aws_db_instance.pg_multi", "Provisioned IOPS (gp3 above 12000, Multi-AZ)").monthlyCost.expected).toBe("120"); // 6000 × 0.02
    expect(line("aws_db_instance.pg_multi", "Backup storage")).toMatchObject({ usageBased: true, unitPrice: "0.095", monthlyCost: { expected: "0" } });
    expect(cost("aws_db_instance.pg_multi")).toBe("494.88");
  });

  test("MariaDB at the MySQL rate; gp3 IOPS within the baseline and no backups cost nothing extra", () => {
    expect(resourceOf(report, "aws_db_instance.mariadb").components.map((c) => c.name)).toEqual(["Database instance (MariaDB, db.t4g.micro)", "Storage (gp3)"]);
    expect(cost("aws_db_instance.mariadb")).toBe("13.98"); // 730 × 0.016 + 20 × 0.115
  });

  test("iops without storage_type is io1; a replica takes engine and storage from its source", () => {
    expect(cost("aws_db_instance.io1")).toBe("269.45"); // 156.95 + 12.5 + 100
    expect(line("aws_db_instance.io1", "Provisioned IOPS (io1)").monthlyCost.expected).toBe("100");
    expect(cost("aws_db_instance.replica")).toBe("101.58"); // 99.28 + 2.3
    expect(cost("aws_db_instance.magnetic")).toBe("103.78"); // 99.28 + 4 + 0.5
  });

  test("other regions: instance and storage at the region's rates; storage unpriced naming a region without one", () => {
    expect(cost("aws_db_instance.ireland")).toBe("186.5"); // 730 × 0.252 + 20 × 0.127
    expect(reasons("aws_db_instance.ireland")).toBe("");
    expect(cost("aws_db_instance.gov")).toBe("197.1"); // 730 × 0.27
    expect(reasons("aws_db_instance.gov")).toMatch(/no price for aws\/rds\/storage-gp2 in us-gov-west-1/);
  });

  test("licence-included engines and unknown classes are unpriced with the reason", () => {
    expect(reasons("aws_db_instance.oracle")).toMatch(/engine "oracle-se2": licence-included/);
    expect(report.resources.find((r) => r.address === "aws_db_instance.oracle")).toBeUndefined();
    expect(reasons("aws_db_instance.by_var")).toMatch(/instance_class is not known before apply/);
    expect(cost("aws_db_instance.by_var")).toBe("2.3");
    expect(report.monthlyCost.expected).toBe("1566.15");
  });
});
