import { catalogOf } from "../../../../pricing/books";
import { estimate } from "../../../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../../../pricing/resources";
import { readTerraform } from "../../../../pricing/terraform";
import { EMPTY_USAGE } from "../../../../pricing/usage";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_elasticache_cluster", () => {
  const report = pricerGolden(__filename, "elasticache-cluster");

  test("nodes × 730 h at the engine's node rate, count multiplies, backups from usage", () => {
    expect(resourceOf(report, "aws_elasticache_cluster.redis").monthlyCost.expected).toBe("305.01");
    expect(resourceOf(report, "aws_elasticache_cluster.memcached").monthlyCost.expected).toBe("297.84");
    expect(resourceOf(report, "aws_elasticache_cluster.valkey_sg").components[0]).toMatchObject({
      name: "Cache nodes (Valkey, cache.r7g.large)", unitPrice: "0.2104", priceId: "aws/elasticache/valkey-cache.r7g.large@ap-southeast-1",
    });
    expect(resourceOf(report, "aws_elasticache_cluster.valkey_us").components[0]).toMatchObject({ unitPrice: "0.1752", monthlyCost: { expected: "127.896" } }); // 730 × 0.1752 (us-east-1)
    expect(report.monthlyCost.expected).toBe("2280.828");
  });

  test("node rates are per region: eu-west-1, sa-east-1 and ap-southeast-1 nodes use their own rates", () => {
    expect(resourceOf(report, "aws_elasticache_cluster.redis_eu").components[0]).toMatchObject({
      name: "Cache nodes (Redis OSS, cache.r6g.large)", unitPrice: "0.229", priceId: "aws/elasticache/cache.r6g.large@eu-west-1", monthlyCost: { expected: "167.17" },
    });
    expect(resourceOf(report, "aws_elasticache_cluster.memcached_sa").components[0]).toMatchObject({
      name: "Cache nodes (Memcached, cache.m7g.xlarge)", unitPrice: "0.449", monthlyQuantity: { expected: "1460" }, monthlyCost: { expected: "655.54" },
    });
    expect(resourceOf(report, "aws_elasticache_cluster.redis_sg").monthlyCost.expected).toBe("69.35");
  });

  test("without usage the backup line shows its unit price and depends on usage; Memcached has no backup line", () => {
    const backup = resourceOf(report, "aws_elasticache_cluster.redis_no_usage").components.find((c) => c.name === "Backup storage");
    expect(backup).toMatchObject({ unitPrice: "0.085", dependsOnUsage: true, monthlyCost: { min: "0", expected: "0", max: "0" } });
    expect(resourceOf(report, "aws_elasticache_cluster.memcached").components.map((c) => c.name)).toEqual(["Cache nodes (Memcached, cache.t3.medium)"]);
  });

  test("a member of a replication group is one more node of the group's type", () => {
    expect(resourceOf(report, "aws_elasticache_cluster.replica").components[0]).toMatchObject({ name: "Cache nodes (Redis OSS, cache.r7g.large)", monthlyCost: { expected: "159.87" } });
  });

  test("unknown types, engines, regions and groups outside the document are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["aws_elasticache_cluster.external_member"]).toMatch(/replication group "existing-group", which is not in this document/);
    expect(reasons["aws_elasticache_cluster.weird"]).toMatch(/unknown ElastiCache node type "m5\.large"/);
    expect(reasons["aws_elasticache_cluster.mongo"]).toMatch(/unknown ElastiCache engine "mongodb"/);
    const eu = report.unpriced.find((u) => u.address === "aws_elasticache_cluster.redis_eu");
    expect(eu).toMatchObject({ component: "Backup storage" });
    expect(eu?.reason).toMatch(/no price for aws\/elasticache\/backup-storage in eu-west-1/);
  });
});

describe("aws_elasticache_cluster in every region of the data", () => {
  const report = pricerGolden(__filename, "elasticache-regions");
  test("node rates of us-east-2, ca-west-1, ap-southeast-7 and GovCloud", () => {
    expect(report.resources.map((r) => [r.address, r.monthlyCost.expected])).toEqual([
      ["aws_elasticache_cluster.bangkok", "153.3"], ["aws_elasticache_cluster.calgary", "327.04"],
      ["aws_elasticache_cluster.gov", "179.58"], ["aws_elasticache_cluster.ohio", "150.38"],
    ]);
    expect(report.unpriced).toEqual([]);
    expect(report.monthlyCost.expected).toBe("810.3");
  });
  test("replication_group_id that evaluates to null (the group is not created, the variable's default is null) is a standalone cluster", () => {
    const json = {
      provider: { aws: [{ region: "us-east-1" }] },
      variable: { create_group: { default: false }, replication_group_id: { default: null } },
      resource: {
        aws_elasticache_replication_group: { this: { count: "${var.create_group ? 1 : 0}", replication_group_id: "g", description: "g", node_type: "cache.r7g.large" } },
        aws_elasticache_cluster: {
          this: {
            cluster_id: "c", engine: "memcached", node_type: "cache.t3.medium", num_cache_nodes: 2,
            replication_group_id: "${var.create_group ? aws_elasticache_replication_group.this[0].id : var.replication_group_id}",
          },
        },
      },
    };
    const standalone = estimate(readTerraform(json, "main.tf.json"), { stack: "t", catalog: catalogOf(), registry: DEFAULT_REGISTRY, usage: EMPTY_USAGE });
    expect(resourceOf(standalone, "aws_elasticache_cluster.this").components[0]).toMatchObject({ name: "Cache nodes (Memcached, cache.t3.medium)", monthlyQuantity: { expected: "1460" } });
    expect(standalone.unpriced).toEqual([]);
    const member = estimate(readTerraform({ ...json, variable: { ...json.variable, create_group: { default: true } } }, "main.tf.json"), { stack: "t", catalog: catalogOf(), registry: DEFAULT_REGISTRY, usage: EMPTY_USAGE });
    expect(resourceOf(member, "aws_elasticache_cluster.this").components[0]).toMatchObject({ name: "Cache nodes (Redis OSS, cache.t3.medium)", monthlyQuantity: { expected: "730" } }); // one node of the group
  });
});
