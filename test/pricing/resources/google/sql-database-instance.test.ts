import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_sql_database_instance", () => {
  const report = pricerGolden(__filename, "sql-database-instance");
  const cost = (address: string) => resourceOf(report, address).monthlyCost.expected;
  const names = (address: string) => resourceOf(report, address).components.map((c) => c.name);

  test("dedicated-core tiers: vCPU and memory hours plus storage", () => {
    expect(cost("google_sql_database_instance.custom")).toBe("115.623");
    expect(names("google_sql_database_instance.custom")).toEqual([
      "Instance vCPUs (db-custom-2-7680, 2 vCPU)", "Instance memory (db-custom-2-7680, 7.5 GiB)", "Storage (SSD)",
    ]);
    expect(cost("google_sql_database_instance.london")).toBe("308.2272");
  });

  test("high availability doubles the instance and its storage; a zonal one does not", () => {
    expect(cost("google_sql_database_instance.ha")).toBe("403.492");
    expect(names("google_sql_database_instance.ha")).toContain("Storage (HDD, HA)");
    expect(names("google_sql_database_instance.custom").some((n) => n.includes("HA"))).toBe(false);
  });

  test("a read replica is priced as an instance of its own", () => {
    expect(cost("google_sql_database_instance.replica")).toBe("100.323");
    expect(names("google_sql_database_instance.replica")[0]).toBe("Instance vCPUs (db-n1-standard-2, 2 vCPU, read replica)");
  });

  test("shared core, stopped instances", () => {
    expect(cost("google_sql_database_instance.micro")).toBe("9.365");
    expect(names("google_sql_database_instance.stopped")).toEqual(["Storage (SSD)"]);
    expect(cost("google_sql_database_instance.stopped")).toBe("5.1");
  });

  test("SQL Server bills a licence per vCPU-hour by edition; Express none; an HA standby's licence is unpriced with the reason", () => {
    expect(cost("google_sql_database_instance.sqlserver")).toBe("290.123");
    expect(names("google_sql_database_instance.sqlserver")).toContain("SQL Server licence (Standard, 2 vCPU)");
    expect(cost("google_sql_database_instance.sqlserver_ha")).toBe("1770.292");
    expect(names("google_sql_database_instance.sqlserver_ha")).toContain("SQL Server licence (Enterprise, 4 vCPU)");
    expect(cost("google_sql_database_instance.sqlserver_express")).toBe("51.0115");
    expect(names("google_sql_database_instance.sqlserver_express").some((n) => n.startsWith("SQL Server licence"))).toBe(false);
    expect(names("google_sql_database_instance.custom").some((n) => n.startsWith("SQL Server licence"))).toBe(false);
    const standby = report.unpriced.filter((u) => u.component?.includes("HA standby"));
    expect(standby.map((u) => `${u.address} ${u.component}`)).toEqual(["google_sql_database_instance.sqlserver_ha SQL Server licence (Enterprise, HA standby)"]);
  });

  test("Enterprise Plus, regions without a rate and unknown tiers are unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/^google_sql_database_instance\.plus Instance vCPUs \(db-perf-optimized-N-8, 8 vCPU\): .*google\/sql\/enterprise-plus-vcpu/));
    expect(reasons).toContainEqual(expect.stringMatching(/^google_sql_database_instance\.plus Instance memory \(db-perf-optimized-N-8, 64 GiB\): .*google\/sql\/enterprise-plus-memory/));
    expect(cost("google_sql_database_instance.plus")).toBe("1.7");
    // a db-perf-optimized-N tier with the edition unset is Enterprise Plus (the only edition with those tiers)
    expect(reasons).toContainEqual(expect.stringMatching(/^google_sql_database_instance\.plus_replica Instance vCPUs \(db-perf-optimized-N-2, 2 vCPU, read replica\): .*google\/sql\/enterprise-plus-vcpu/));
    expect(reasons).toContainEqual(expect.stringMatching(/^google_sql_database_instance\.los_angeles Instance vCPUs .*: no price for google\/sql\/vcpu in us-west2/));
    expect(reasons).toContainEqual(expect.stringMatching(/^google_sql_database_instance\.los_angeles Instance memory .*: no price for google\/sql\/memory in us-west2/));
    expect(reasons).toContainEqual("google_sql_database_instance.by_ref : settings.tier is not known before apply (${var.db_tier})");
    // the price list's engines give 0.0578, 0.05782 and 0.0578 a vCPU-hour: 0.05782, which the others round
    expect(cost("google_sql_database_instance.singapore")).toBe("140.4522");
    expect(cost("google_sql_database_instance.los_angeles")).toBe("2.04");
    expect(report.unpriced).toHaveLength(8);
    expect(report.monthlyCost.expected).toBe("3199.4489");
  });
});
