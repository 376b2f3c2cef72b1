import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { ContainerCluster } from "@cdktf/provider-google/lib/container-cluster";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { GpuTrainingPool, GpuTrainingPoolProps } from "../../constructs/gpu-training-pool";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

function synth(props: Partial<Omit<GpuTrainingPoolProps, "cluster">>, clusterLocation: string | null = "us-central1"): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p" });
  const cluster = new ContainerCluster(stack, "cluster", {
    name: "ml-training", ...(clusterLocation ? { location: clusterLocation } : {}), removeDefaultNodePool: true, initialNodeCount: 1,
  });
  new GpuTrainingPool(stack, "gpu", {
    cluster,
    name: "a100",
    maxNodes: 4,
    labels: { team: "ml", "seed-line": "ml-gpu-training" },
    usage: { nodeHoursPerMonth: 730 }, // one node on average
    ...props,
  });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

describe("GpuTrainingPool", () => {
  const { tf, report } = synth({});
  const pool = () => report.resources.find((r) => r.type === "google_container_node_pool")!;
  const line = (prefix: string) => pool().components.find((c) => c.name.startsWith(prefix))!;

  test("renders a node pool that autoscales from zero, with the machine's GPUs declared", () => {
    const np = Object.values(JSON.parse(tf).resource.google_container_node_pool)[0];
    expect(np).toMatchObject({
      name: "a100", location: "us-central1",
      autoscaling: { total_min_node_count: 0, total_max_node_count: 4, location_policy: "ANY" },
      node_config: {
        machine_type: "a2-highgpu-8g", guest_accelerator: [{ type: "nvidia-tesla-a100", count: 8 }], disk_size_gb: 200,
        resource_labels: { team: "ml", "seed-line": "ml-gpu-training" },
      },
    });
  });

  test("prices the machines (GPUs included) from zero to maxNodes, expected from the node-hours", () => {
    expect(pool().category).toBe("ml");
    const machine = line("Instance usage (on-demand, a2-highgpu-8g)");
    // 0 / 1 / 4 nodes × 730 hours at $29.38708 (a2 earns no sustained-use discount).
    expect(machine.monthlyQuantity).toEqual({ min: "0", expected: "730", max: "2920" });
    expect(machine.monthlyCost).toEqual({ min: "0", expected: "21452.5684", max: "85810.2736" });
    expect(pool().components.some((c) => c.name.startsWith("GPU"))).toBe(false); // no second charge for bundled GPUs
    expect(line("Boot disk (pd-balanced)").monthlyCost).toEqual({ min: "0", expected: "20", max: "80" }); // 200 GiB × $0.10 per node
  });

  test("fails if the schedule needs more node-hours than the pool has", () => {
    expect(() => synth({ usage: { nodeHoursPerMonth: 3000 } })).toThrow(
      /usage.nodeHoursPerMonth \(3000\) exceeds what maxNodes \(4\) can run in a 730-hour month \(2920\); raise maxNodes to at least 5/,
    );
  });

  test("fails if the machine has no GPUs, the bounds are out of order or the cluster has no location", () => {
    expect(() => synth({ machineType: "n2-standard-8", minNodes: 5 }, null)).toThrow(
      /machineType \("n2-standard-8"\) has no bundled GPUs[\s\S]*cluster has no literal location[\s\S]*minNodes \(5\) must be ≤ maxNodes \(4\)/,
    );
  });
});

describe("GpuTrainingPool props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ machineType: "n2-standard-8", minNodes: 5, maxNodes: 2 }), "test/gpu", ["machineType", "minNodes"]);
    expect(e.message).toMatch(/has no bundled GPUs; use an A2, A3 or G2 type/);
    expect(e.message).toMatch(/minNodes \(5\) must be ≤ maxNodes \(2\); raise maxNodes or lower minNodes/);
  });
});
