import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit, gkeAllocatable, GkeAutoscalingCluster, GkeAutoscalingClusterProps, GkeWorkloadProps, gkeReservedCpu, gkeReservedMemoryGib, hpaReplicas } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

function stackWith(props: Partial<GkeAutoscalingClusterProps> & { workloads: GkeWorkloadProps[] }): { stack: TerraformStack; gke: GkeAutoscalingCluster } {
  const stack = new TerraformStack(Testing.app(), "gke");
  new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
  const gke = new GkeAutoscalingCluster(stack, "gke", { clusterName: "streaming", location: "europe-west1", ...props });
  return { stack, gke };
}

function reportOf(stack: TerraformStack): CostReport {
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return report;
}

/** The seed's HPA: 100–10,000 replicas, 60 % CPU, 1,000 requests/s per pod; pods of 1 vCPU and 2 GiB. */
const SEED_API: GkeWorkloadProps = {
  name: "streaming-api", minReplicas: 100, maxReplicas: 10_000, targetCpuUtilization: 0.6, requestsPerSecondPerPod: 1000,
  podCpuRequest: 1, podMemoryRequestGib: 2, machineType: "n2-standard-16",
};

describe("GKE allocatable resources (plan-node-sizes, resource reservations)", () => {
  test("CPU: 6 % of the first core, 1 % of the second, 0.5 % of cores 3–4, 0.25 % above", () => {
    expect(gkeReservedCpu(1).toFixed()).toBe("0.06");
    expect(gkeReservedCpu(2).toFixed()).toBe("0.07");
    expect(gkeReservedCpu(4).toFixed()).toBe("0.08");
    expect(gkeReservedCpu(16).toFixed()).toBe("0.11"); // 0.08 + 12 × 0.0025
  });

  test("memory: 25 % of the first 4 GiB, 20 % of the next 4, 10 % of the next 8, 6 % to 128, 2 % above; 255 MiB under 1 GiB", () => {
    expect(gkeReservedMemoryGib(0.5).toFixed()).toBe("0.2490234375"); // 255 MiB
    expect(gkeReservedMemoryGib(8).toFixed()).toBe("1.8"); // 1 + 0.8
    expect(gkeReservedMemoryGib(64).toFixed()).toBe("5.48"); // 1 + 0.8 + 0.8 + 48 × 0.06
    expect(gkeReservedMemoryGib(150).toFixed()).toBe("9.76"); // 1 + 0.8 + 0.8 + 6.72 + 22 × 0.02
  });

  test("allocatable = capacity − reservation − the 100 MiB eviction threshold", () => {
    const a = gkeAllocatable(16, 64); // n2-standard-16
    expect(a.cpu.toFixed()).toBe("15.89");
    expect(a.memoryGib.toFixed()).toBe("58.42234375"); // 64 − 5.48 − 0.09765625
  });

  test("the HPA's replicas for a load: ⌈rps ÷ (rps per pod × target)⌉ within the bounds", () => {
    expect(hpaReplicas({ averageRequestsPerSecond: 600_000, requestsPerSecondPerPod: 1000, targetCpuUtilization: 0.6, minReplicas: 100, maxReplicas: 10_000 })).toEqual({ replicas: 1000, saturated: false });
    expect(hpaReplicas({ averageRequestsPerSecond: 1000, requestsPerSecondPerPod: 1000, minReplicas: 100, maxReplicas: 10_000 })).toEqual({ replicas: 100, saturated: false });
    expect(hpaReplicas({ averageRequestsPerSecond: 9e9, requestsPerSecondPerPod: 1000, minReplicas: 100, maxReplicas: 10_000 })).toEqual({ replicas: 10_000, saturated: true });
  });
});

describe("GkeAutoscalingCluster", () => {
  // n2-standard-16: 15.89 vCPU and 58.42 GiB allocatable → 15 pods of 1 vCPU / 2 GiB (CPU-bound).
  // 100 replicas → ⌈100/15⌉ = 7 nodes; 10,000 → ⌈10,000/15⌉ = 667 nodes.
  // 600,000 requests/s ÷ (1,000 × 0.6) = 1,000 replicas → ⌈1,000/15⌉ = 67 nodes.
  const { stack, gke } = stackWith({ labels: { "seed-line": "compute-gke" }, workloads: [{ ...SEED_API, usage: { averageRequestsPerSecond: 600_000 } }] });
  const json = Testing.synth(stack);
  const report = reportOf(stack);

  test("a cluster without its default pool, and one autoscaled pool per workload with the derived bounds", () => {
    expect(Testing.toHaveResourceWithProperties(json, "google_container_cluster", {
      name: "streaming", location: "europe-west1", remove_default_node_pool: true, resource_labels: { "seed-line": "compute-gke" },
    })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(json, "google_container_node_pool", {
      name: "streaming-api", max_pods_per_node: 110,
      autoscaling: { total_min_node_count: 7, total_max_node_count: 667, location_policy: "BALANCED" },
      node_config: { machine_type: "n2-standard-16", labels: { workload: "streaming-api" } },
    })).toBe(true);
    expect(gke.sizing["streaming-api"]).toMatchObject({ podsPerNode: 15, zones: 3, minNodes: 7, maxNodes: 667, expectedReplicas: 1000, expectedNodes: 67, saturated: false });
  });

  test("the report prices min, expected and max nodes from the HPA bounds and the load", () => {
    const pool = report.resources.find((r) => r.type === "google_container_node_pool")!;
    expect(pool.usage).toEqual({ expectedNodes: "67" });
    const vcpu = pool.components.find((c) => c.name === "vCPU (on-demand, n2-standard-16)")!;
    // nodes × 16 vCPU × 730 h
    expect(vcpu.monthlyQuantity).toEqual({ min: "81760", expected: "782560", max: "7790560" });
    const memory = pool.components.find((c) => c.name === "Memory (on-demand, n2-standard-16)")!;
    expect(memory.monthlyQuantity).toEqual({ min: "327040", expected: "3130240", max: "31162240" }); // × 64 GiB
    const disk = pool.components.find((c) => c.name === "Boot disk (pd-balanced)")!;
    expect(disk.monthlyQuantity).toEqual({ min: "700", expected: "6700", max: "66700" }); // nodes × 100 GiB
    const cluster = report.resources.find((r) => r.type === "google_container_cluster")!;
    expect(cluster.monthlyCost.expected).toBe("73"); // 730 h × $0.10
    expect(report.unpriced).toEqual([]);
  });

  test("per-zone bounds: each zone's share rounded up, and the expected nodes kept within", () => {
    const { stack: s, gke: g } = stackWith({ boundsPerZone: true, workloads: [{ ...SEED_API, usage: { averageRequestsPerSecond: 600_000 } }] });
    // 7 → ⌈7/3⌉ = 3 per zone (9 in all); 667 → 223 per zone (669)
    expect(Testing.toHaveResourceWithProperties(Testing.synth(s), "google_container_node_pool", { autoscaling: { min_node_count: 3, max_node_count: 223 } })).toBe(true);
    expect(g.sizing["streaming-api"]).toMatchObject({ minNodes: 9, maxNodes: 669, expectedNodes: 67 });
  });

  test("memory-bound packing, DaemonSets and the pod limit; no load means expected = min", () => {
    const { stack: s, gke: g } = stackWith({
      location: "europe-west1-b",
      workloads: [
        // 58.42 GiB allocatable ÷ 8 GiB = 7 pods (memory-bound)
        { name: "cache", minReplicas: 10, maxReplicas: 70, podCpuRequest: 0.5, podMemoryRequestGib: 8 },
        // (15.89 − 0.39) ÷ 0.1 = 155, but 110 − 6 DaemonSet pods = 104
        { name: "tiny", minReplicas: 1, maxReplicas: 1040, podCpuRequest: 0.1, podMemoryRequestGib: 0.25, daemonSetsPerNode: { pods: 6, cpu: 0.39, memoryGib: 1 } },
      ],
    });
    expect(g.sizing.cache).toMatchObject({ podsPerNode: 7, zones: 1, minNodes: 2, maxNodes: 10 });
    expect(g.sizing.tiny).toMatchObject({ podsPerNode: 104, minNodes: 1, maxNodes: 10 });
    const r = reportOf(s);
    const cache = r.resources.find((x) => x.address.includes("pool-cache"))!;
    expect(cache.components[0].monthlyQuantity).toEqual({ min: "23360", expected: "23360", max: "116800" }); // 2 or 10 nodes × 16 × 730
  });

  test("fails if minReplicas > maxReplicas, naming the values and the fix", () => {
    expect(() => stackWith({ workloads: [{ ...SEED_API, minReplicas: 200, maxReplicas: 100 }] }))
      .toThrow(/workloads\[0\] \(streaming-api\): minReplicas \(200\) must be ≤ maxReplicas \(100\); raise maxReplicas or lower minReplicas/);
  });

  test("fails if a pod does not fit the machine's allocatable capacity", () => {
    expect(() => stackWith({ workloads: [{ ...SEED_API, podCpuRequest: 16 }] }))
      .toThrow(/does not fit a n2-standard-16 node, whose allocatable capacity is 15\.890 vCPU and 58\.422 GiB; choose a larger machineType/);
  });

  test("fails if the machine type is unknown or shared-core, with the nearest known types", () => {
    expect(() => stackWith({ workloads: [{ ...SEED_API, machineType: "n2-standard-17" }] })).toThrow(/machineType: unknown machine type "n2-standard-17"; the nearest known n2 types are n2-standard-16/);
    expect(() => stackWith({ workloads: [{ ...SEED_API, machineType: "e2-medium" }] })).toThrow(/shared-core/);
  });

  test("fails if load is declared without what a pod serves, or replicas outside the bounds; every problem at once", () => {
    let message = "";
    try {
      stackWith({ workloads: [
        { ...SEED_API, requestsPerSecondPerPod: undefined, usage: { averageRequestsPerSecond: 5 } },
        { ...SEED_API, name: "other", targetCpuUtilization: 1.5, usage: { expectedReplicas: 20_000 } },
      ] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/GkeAutoscalingCluster at gke\/gke has invalid props/);
    expect(message).toMatch(/workloads\[0\] \(streaming-api\)\.usage\.averageRequestsPerSecond needs requestsPerSecondPerPod/);
    expect(message).toMatch(/workloads\[1\] \(other\)\.targetCpuUtilization \(1\.5\) must be a fraction > 0 and ≤ 1/);
    expect(message).toMatch(/workloads\[1\] \(other\)\.usage\.expectedReplicas \(20000\) must lie within minReplicas \(100\) and maxReplicas \(10000\)/);
  });

  test("fails if workloads is empty or names repeat", () => {
    expect(() => stackWith({ workloads: [] })).toThrow(/workloads is empty/);
    expect(() => stackWith({ workloads: [SEED_API, SEED_API] })).toThrow(/name "streaming-api" is used twice/);
  });
});

describe("GkeAutoscalingCluster props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => stackWith({ workloads: [{ ...SEED_API, minReplicas: 200, maxReplicas: 100 }], labels: { team: "Core" } }), "gke/gke", ["workloads[0] (streaming-api).minReplicas", "labels.team"]);
    expect(e.message).toMatch(/raise maxReplicas or lower minReplicas/);
    expect(e.message).toMatch(/labels\["team"\] value "Core" must be lowercase/);
  });
});
