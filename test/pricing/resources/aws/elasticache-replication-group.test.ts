import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_elasticache_replication_group", () => {
  const report = pricerGolden(__filename, "elasticache-replication-group");
  const hours = (address: string) => resourceOf(report, address).components[0].monthlyQuantity;

  test("node count from shards × (replicas + 1), num_cache_clusters, or the deprecated attributes", () => {
    expect(hours("aws_elasticache_replication_group.sharded").expected).toBe("4380");
    expect(hours("aws_elasticache_replication_group.deprecated").expected).toBe("2190");
    expect(hours("aws_elasticache_replication_group.legacy_mode").expected).toBe("4380");
    expect(resourceOf(report, "aws_elasticache_replication_group.replicas_only").monthlyCost.expected).toBe("7789.83");
    expect(resourceOf(report, "aws_elasticache_replication_group.sharded").monthlyCost.expected).toBe("902.28");
  });

  test("backups are priced from usage", () => {
    expect(resourceOf(report, "aws_elasticache_replication_group.non_cluster").monthlyCost.expected).toBe("107.78");
  });

  test("autoscaling targets (by reference or by literal id) widen shards and replicas to their bounds", () => {
    expect(hours("aws_elasticache_replication_group.autoscale")).toEqual({ min: "2920", expected: "2920", max: "13140" });
    expect(resourceOf(report, "aws_elasticache_replication_group.autoscale").monthlyCost).toEqual({ min: "639.48", expected: "639.48", max: "2877.66" });
    expect(report.monthlyCost).toEqual({ min: "19509.574", expected: "19509.574", max: "21747.754" });
  });

  test("groups outside us-east-1 use their region's node rate", () => {
    expect(hours("aws_elasticache_replication_group.eu_sharded").expected).toBe("2920");
    expect(resourceOf(report, "aws_elasticache_replication_group.eu_sharded").components[0]).toMatchObject({
      unitPrice: "0.487", priceId: "aws/elasticache/cache.r7g.xlarge@eu-west-1", monthlyCost: { expected: "1422.04" },
    });
    expect(resourceOf(report, "aws_elasticache_replication_group.sg_pair").monthlyCost.expected).toBe("270.1");
  });

  test("Valkey at its own rate; Memcached and references are unpriced with the reason", () => {
    expect(resourceOf(report, "aws_elasticache_replication_group.valkey").monthlyCost.expected).toBe("184.544"); // 1460 × 0.1264
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["aws_elasticache_replication_group.memcached"]).toMatch(/not Memcached/);
    expect(reasons["aws_elasticache_replication_group.by_data"]).toMatch(/node_type is not known before apply/);
    // a reference to an attribute that another group's configuration sets is known at plan
    expect(resourceOf(report, "aws_elasticache_replication_group.by_ref").monthlyCost.expected).toBe("300.76"); // 1460 × 0.206
  });
});
