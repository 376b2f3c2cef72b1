import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_redis_instance", () => {
  const report = pricerGolden(__filename, "redis-instance");
  const cost = (address: string) => resourceOf(report, address).monthlyCost.expected;

  test("per GiB-hour by tier, capacity band and region", () => {
    expect(cost("google_redis_instance.basic_m1")).toBe("35.77");
    expect(cost("google_redis_instance.standard_m2_eu")).toBe("222.65");
    expect(cost("google_redis_instance.basic_m3_sg")).toBe("584");
    expect(cost("google_redis_instance.standard_m5_sa")).toBe("7884");
    expect(resourceOf(report, "google_redis_instance.standard_m5_sa").components[0].name).toBe("Redis capacity (standard, M5)");
  });

  test("band edges, count and a construct's category", () => {
    expect(resourceOf(report, "google_redis_instance.basic_m4_edge").components[0].priceId).toBe("google/redis/basic-m4@us-central1");
    expect(cost("google_redis_instance.basic_m4_edge")).toBe("1387");
    expect(resourceOf(report, "google_redis_instance.two").components[0].monthlyQuantity.expected).toBe("5840");
    expect(cost("google_redis_instance.two")).toBe("286.16");
    expect(resourceOf(report, "google_redis_instance.cache_layer").category).toBe("cdn");
    expect(resourceOf(report, "google_redis_instance.basic_m1").category).toBe("data");
    expect(report.monthlyCost.expected).toBe("10596.68");
  });

  test("read replicas, unknown tiers, references and regions are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, `${u.component ?? ""}: ${u.reason}`]));
    expect(reasons["google_redis_instance.replicas"]).toBe("Redis nodes (standard, M2, 3 nodes): no price book has google/redis/standard-node-capacity-m2");
    expect(reasons["google_redis_instance.enterprise"]).toMatch(/unknown Memorystore tier "ENTERPRISE"/);
    expect(reasons["google_redis_instance.by_ref"]).toMatch(/^Redis capacity \(basic\): memory_size_gb is not known before apply/);
    expect(reasons["google_redis_instance.taiwan"]).toMatch(/no price for google\/redis\/basic-m1 in asia-east1/);
    expect(report.unpriced).toHaveLength(4);
  });
});
