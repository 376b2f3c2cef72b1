import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_redis_cluster", () => {
  const report = pricerGolden(__filename, "redis-cluster");
  const line = (a: string) => resourceOf(report, a).components[0];

  test("every node (shards × (1 + replicas)) per node-hour at its type's rate", () => {
    expect(line("google_redis_cluster.nano")).toMatchObject({ name: "Cluster nodes (shared-core-nano, 9 nodes)", monthlyCost: { expected: "208.926" } });
    expect(line("google_redis_cluster.small").monthlyCost.expected).toBe("104.025");
    expect(line("google_redis_cluster.default")).toMatchObject({ name: "Cluster nodes (highmem-medium, 6 nodes)", monthlyCost: { expected: "842.274" } });
    expect(line("google_redis_cluster.xlarge").monthlyCost.expected).toBe("2505.652");
    expect(report.monthlyCost.expected).toBe("3660.877");
  });

  test("a region without a price and an unknown node type are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["google_redis_cluster.frankfurt"]).toMatch(/no price for google\/redis-cluster\/highmem-medium in europe-west3/);
    expect(reasons["google_redis_cluster.odd"]).toMatch(/unknown node_type "REDIS_GIANT"/);
    expect(report.unpriced).toHaveLength(2);
  });
});
