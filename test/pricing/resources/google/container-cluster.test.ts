import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_container_cluster", () => {
  const report = pricerGolden(__filename, "container-cluster");
  const cost = (name: string) => resourceOf(report, `google_container_cluster.${name}`).monthlyCost;

  test("every cluster pays the management fee, at the global rate", () => {
    for (const name of ["removed", "autopilot_no_usage", "autopilot_eu"]) expect(cost(name).expected).toBe("73");
    expect(cost("custom_machine").expected).toBe("415.474456"); // fee + the default pool's N1 custom machines and boot disks
    const fee = resourceOf(report, "google_container_cluster.removed").components[0];
    expect(fee).toMatchObject({ name: "Cluster management (regional)", unit: "hours", priceId: "google/gke/cluster-management@global" });
  });

  test("the default node pool: 3 e2-medium nodes per zone with 100 GiB pd-balanced disks, zones from the location", () => {
    expect(cost("zonal_default").expected).toBe("176.3775049");
    expect(cost("multi_zonal").expected).toBe("778.7474296");
  });

  test("the default pool's node_config and the N1 sustained-use discount", () => {
    expect(cost("regional_custom").expected).toBe("313.1725675");
    const vcpu = resourceOf(report, "google_container_cluster.regional_custom").components.find((c) => c.name === "vCPU (default pool, on-demand, n1-standard-2)")!;
    expect(vcpu.unitPrice).toBe("0.035126");
    expect(vcpu.adjustments).toEqual(["sustained-use"]);
  });

  test("inline node pools replace the default pool and keep their autoscaling range", () => {
    expect(cost("inline_pools")).toEqual({ min: "428.764204696", expected: "428.764204696", max: "1496.056818784" });
  });

  test("Autopilot: fee plus Pod requests from usage; without usage the lines depend on usage; missing regions are unpriced", () => {
    expect(cost("autopilot").expected).toBe("545.5874");
    const noUsage = resourceOf(report, "google_container_cluster.autopilot_no_usage").components;
    expect(noUsage.find((c) => c.name === "Pod vCPU (autopilot, general-purpose)")).toMatchObject({ unitPrice: "0.0549", dependsOnUsage: true });
    const reasons = report.unpriced.map((u) => `${u.address} [${u.component ?? ""}]: ${u.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      "google_container_cluster.autopilot_eu [Pod vCPU (autopilot, general-purpose)]: no price for google/gke/autopilot-pod-vcpu in europe-west1; the price books have it for asia-southeast1, us-central1",
      "google_container_cluster.autopilot_no_usage [Pod ephemeral storage (autopilot)]: no price for google/gke/autopilot-pod-ephemeral-storage in asia-southeast1; the price books have it for us-central1",
    ]));
  });

  test("a pool whose machine type includes GPUs is ml, and the included L4 is not charged twice", () => {
    const gpu = resourceOf(report, "google_container_cluster.gpu");
    expect(gpu.category).toBe("ml");
    expect(gpu.monthlyCost.expected).toBe("598.98754615");
    expect(gpu.components.map((c) => c.name)).not.toContain("GPU (default pool, on-demand, nvidia-l4)");
  });

  test("a pool of 0 nodes per zone needs no zones (the GKE module's default pool, zones from random_shuffle)", () => {
    expect(cost("empty_pool_random_zones").expected).toBe("73");
    const empty = report.unpriced.filter((u) => u.address === "google_container_cluster.empty_pool_random_zones");
    expect(empty).toEqual([]);
  });

  test("zones a random_shuffle picks at apply count when they are known to differ (3 from 4 distinct), not when some repeat (3 from 2)", () => {
    expect(cost("pool_random_zones").expected).toBe("176.3775049"); // 3 zones × 1 node, as zonal_default's 3 nodes
    expect(report.unpriced.filter((u) => u.address === "google_container_cluster.pool_random_zones")).toEqual([]);
    expect(cost("pool_repeated_zones").expected).toBe("73");
    expect(report.unpriced.filter((u) => u.address === "google_container_cluster.pool_repeated_zones").map((u) => `${u.component}: ${u.reason}`)).toEqual([
      "node pool default-pool: node_locations.0 is not known before apply (${random_shuffle.two.result}): random_shuffle.two.result is known only after apply (random_shuffle picks 3 at apply)",
    ]);
  });

  test("a cluster written with `zone` (before provider 3.0 renamed it `location`) is zonal there", () => {
    expect(cost("legacy_zone").expected).toBe("107.4591683");
    expect(resourceOf(report, "google_container_cluster.legacy_zone").components[0].name).toBe("Cluster management (zonal)");
  });
});
