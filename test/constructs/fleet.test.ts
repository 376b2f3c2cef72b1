import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { CacheFleet, CacheFleetProps, Costkit, ServerFleet, ServerFleetProps } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), "fleet");
  new GoogleProvider(s, "google", { project: "p", region: "europe-west1" });
  new AwsProvider(s, "aws", { region: "us-east-1" });
  return s;
}

function reportOf(s: TerraformStack): CostReport {
  Costkit.enableStack(s);
  Testing.fullSynth(s);
  const report = Costkit.reportOf(s)!;
  assertReportInvariants(report);
  return report;
}

const fleet = (props: Partial<ServerFleetProps>) => {
  const s = stack();
  new ServerFleet(s, "f", { name: "origin", servers: 10, placement: { kind: "gcp", zone: "europe-west1-b", machineType: "n2-standard-8" }, ...props });
  return s;
};
const cache = (props: Partial<CacheFleetProps>) => {
  const s = stack();
  new CacheFleet(s, "c", { name: "cache", capacityGb: 1000, placement: { kind: "memorystore", region: "us-central1" }, ...props });
  return s;
};

describe("ServerFleet", () => {
  test("on GCP: one google_compute_instance with count, priced per VM × count", () => {
    const s = fleet({ category: "cdn", labels: { "seed-line": "cdn-origin-nginx" } });
    expect(Testing.toHaveResourceWithProperties(Testing.synth(s), "google_compute_instance", {
      count: 10, name: "origin-${count.index}", zone: "europe-west1-b", machine_type: "n2-standard-8",
      boot_disk: { initialize_params: { size: 20, type: "pd-balanced" } }, labels: { "seed-line": "cdn-origin-nginx" },
    })).toBe(true);
    const r = reportOf(s).resources[0];
    expect(r).toMatchObject({ category: "cdn", geo: "EU", tags: { "seed-line": "cdn-origin-nginx" } });
    // 10 VMs × 8 vCPU × 730 h; × 32 GiB × 730 h; 10 boot disks × 20 GiB
    expect(r.components.map((c) => [c.name, c.monthlyQuantity.expected])).toEqual([
      ["vCPU (on-demand, n2-standard-8)", "58400"],
      ["Memory (on-demand, n2-standard-8)", "233600"],
      ["Boot disk (pd-balanced)", "200"],
    ]);
  });

  test("on GCP with commitmentTerm: every VM's vCPU and memory at the 3-year commitment rates (usage commitmentTerm)", () => {
    const s = fleet({ placement: { kind: "gcp", zone: "europe-west1-b", machineType: "n2-standard-8", commitmentTerm: "3y" } });
    const r = reportOf(s).resources[0];
    expect(r.usage).toEqual({ commitmentTerm: "3y" });
    // 58,400 vCPU-h × 0.015648 = 913.8432; 233,600 GiB-h × 0.002097 = 489.8592; boot disks 200 × 0.1 = 20
    expect(r.components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["vCPU (committed-3y, n2-standard-8)", "913.8432"],
      ["Memory (committed-3y, n2-standard-8)", "489.8592"],
      ["Boot disk (pd-balanced)", "20"],
    ]);
  });

  test("fails if a commitment is asked for Spot VMs", () => {
    expect(() => fleet({ placement: { kind: "gcp", zone: "europe-west1-b", machineType: "n2-standard-8", spot: true, commitmentTerm: "1y" } }))
      .toThrow(/placement.commitmentTerm \("1y"\) must be left out with placement.spot/);
  });

  test("on AWS: one aws_instance with count", () => {
    const s = fleet({ servers: 4, placement: { kind: "aws", instanceType: "m6i.xlarge", ami: "ami-123" } });
    expect(Testing.toHaveResourceWithProperties(Testing.synth(s), "aws_instance", { count: 4, instance_type: "m6i.xlarge", root_block_device: { volume_type: "gp3", volume_size: 20 } })).toBe(true);
    // 4 × 730 h × $0.192 = 560.64; 4 × 20 GB × $0.08 = 6.4
    expect(reportOf(s).monthlyCost.expected).toBe("567.04");
  });

  test("on-prem: servers and colocation items with a declared capex price", () => {
    const s = fleet({
      servers: 120,
      placement: { kind: "on-prem", geo: "EU", model: "edge-1u", capexPerServerUsd: 7200, capexSource: "test quote", powerKwPerServer: 0.25, amortizationYears: 3 },
    });
    const report = reportOf(s);
    // capex 120 ÷ 36 = 3.3333333333 servers × 7,200; colocation 30 kW × 184.06 = 5,521.8; power 42 kW × 73 = 3,066
    expect(report.resources.map((r) => [r.address, r.monthlyCost.expected])).toEqual([
      ["costkit_onprem_colocation.origin", "8587.8"],
      ["costkit_onprem_servers.origin", "23999.99999976"],
    ]);
  });

  test("fails if the servers are not a whole number, the zone is a region, or the machine type is unknown", () => {
    expect(() => fleet({ servers: 2.5, placement: { kind: "gcp", zone: "europe-west1", machineType: "n2-standard-7" } }))
      .toThrow(/servers \(2\.5\) must be a whole number ≥ 0[\s\S]*unknown machine type "n2-standard-7"[\s\S]*placement.zone \("europe-west1"\) must be a zone/);
  });

  test("fails if hours are given for owned servers", () => {
    expect(() => fleet({ monthlyHoursPerServer: 100, placement: { kind: "on-prem", geo: "EU", model: "m", capexPerServerUsd: 1, capexSource: "x", powerKwPerServer: 0.3 } }))
      .toThrow(/monthlyHoursPerServer applies to cloud servers/);
  });
});

describe("CacheFleet", () => {
  test("Memorystore: as many instances of at most 300 GB as the capacity takes", () => {
    const s = cache({ category: "cdn" });
    expect(Testing.toHaveResourceWithProperties(Testing.synth(s), "google_redis_instance", { count: 4, memory_size_gb: 300, tier: "STANDARD_HA", region: "us-central1" })).toBe(true);
    const r = reportOf(s).resources[0];
    // ⌈1,000 ÷ 300⌉ = 4 instances × 300 GiB × 730 h × $0.03 (Standard, M5)
    expect(r.components[0]).toMatchObject({ name: "Redis capacity (standard, M5)", monthlyQuantity: { expected: "876000" }, monthlyCost: { expected: "26280" } });
    expect(r.category).toBe("cdn");
  });

  test("ElastiCache Memcached: clusters of 20 nodes", () => {
    const s = stack();
    const c = new CacheFleet(s, "c", { name: "cache", capacityGb: 500, placement: { kind: "elasticache", nodeType: "cache.r7g.large", nodeMemoryGib: 13.07 } });
    // ⌈500 ÷ 13.07⌉ = 39 nodes → 2 clusters of 20
    expect(c.units).toBe(2);
    expect(Testing.toHaveResourceWithProperties(Testing.synth(s), "aws_elasticache_cluster", { count: 2, num_cache_nodes: 20, engine: "memcached" })).toBe(true);
    // 40 nodes × 730 h × $0.219
    expect(reportOf(s).monthlyCost.expected).toBe("6394.8");
  });

  test("fails if a Memorystore instance would exceed 300 GB, with the fix", () => {
    expect(() => cache({ placement: { kind: "memorystore", region: "us-central1", instanceSizeGb: 1000 } }))
      .toThrow(/placement.instanceSizeGb \(1000\) must be a whole number of GB from 5 to 300 \(Memorystore for Redis STANDARD_HA\); a larger cache takes more instances/);
  });

  test("fails if a Redis ElastiCache cluster has more than one node", () => {
    expect(() => cache({ placement: { kind: "elasticache", engine: "redis", nodeType: "cache.r7g.large", nodeMemoryGib: 13.07, nodesPerCluster: 3 } }))
      .toThrow(/placement.nodesPerCluster \(3\) must be a whole number from 1 to 1 for redis/);
  });
});

describe("ServerFleet props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => fleet({ servers: 2.5, placement: { kind: "gcp", zone: "europe-west1", machineType: "n2-standard-8" } }), "fleet/f", ["servers", "placement.zone"]);
    expect(e.message).toMatch(/servers \(2\.5\) must be a whole number ≥ 0/);
    expect(e.message).toMatch(/placement\.zone \("europe-west1"\) must be a zone such as europe-west1-b, not a region/);
  });
});
