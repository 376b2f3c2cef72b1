import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { BatchCluster, BatchClusterProps } from "../../constructs/batch-cluster";
import { Costkit } from "../../constructs/costkit";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: BatchClusterProps = {
  name: "spark-batch",
  region: "us-central1",
  minPrimaryWorkers: 2,
  maxPrimaryWorkers: 8,
  maxSecondaryWorkers: 8,
  labels: { team: "data", "seed-line": "dataproc-spark" },
  // 3,840 vCPU-hours a day ÷ 24 ÷ 16 vCPUs (n2-standard-16) = 10 workers: 5 primary, 5 secondary (share 0.5).
  load: { vcpuHoursPerDay: 3840, secondaryShare: 0.5 },
};

function synth(props: Partial<BatchClusterProps>): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p" });
  new BatchCluster(stack, "spark", { ...BASE, ...props });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

describe("BatchCluster", () => {
  const { tf, report } = synth({});
  const cluster = () => report.resources.find((r) => r.type === "google_dataproc_cluster")!;
  const line = (name: string) => cluster().components.find((c) => c.name === name)!;

  test("renders the cluster with its autoscaling policy", () => {
    const doc = JSON.parse(tf);
    const policy = Object.values(doc.resource.google_dataproc_autoscaling_policy)[0];
    expect(policy).toMatchObject({
      policy_id: "spark-batch", location: "us-central1",
      worker_config: { min_instances: 2, max_instances: 8 }, secondary_worker_config: { min_instances: 0, max_instances: 8 },
    });
    const dataproc = Object.values(doc.resource.google_dataproc_cluster)[0] as Record<string, any>;
    expect(dataproc.cluster_config.autoscaling_config.policy_uri).toMatch(/^\$\{google_dataproc_autoscaling_policy\.[^.]+\.name\}$/);
    expect(dataproc.cluster_config.worker_config).toMatchObject({ machine_type: "n2-standard-16", num_instances: 2 });
    expect(dataproc.cluster_config.preemptible_worker_config).toMatchObject({ preemptibility: "SPOT", num_instances: 0 });
    expect(dataproc.labels).toEqual({ team: "data", "seed-line": "dataproc-spark" });
  });

  test("prices primary and Spot secondary workers between the policy's bounds, expected from the load", () => {
    // vCPU-hours: 2 × 730 × 16 = 23,360; 5 × 730 × 16 = 58,400; 8 × 730 × 16 = 93,440.
    expect(line("vCPU (worker, on-demand, n2-standard-16)").monthlyQuantity).toEqual({ min: "23360", expected: "58400", max: "93440" });
    expect(line("vCPU (secondary worker, spot, n2-standard-16)").monthlyQuantity).toEqual({ min: "0", expected: "58400", max: "93440" });
  });

  test("charges the Dataproc fee on every node's vCPUs", () => {
    // master 8 × 730 = 5,840 + workers: min 5,840 + 23,360 = 29,200; expected + 58,400 × 2 = 122,640; max + 93,440 × 2 = 192,720; at $0.01.
    expect(line("Dataproc premium (all nodes)").monthlyCost).toEqual({ min: "292", expected: "1226.4", max: "1927.2" });
  });

  test("the primary overflow above its maximum moves to secondary workers", () => {
    const c = new BatchCluster(new TerraformStack(Testing.app(), "s"), "c", { ...BASE, load: { vcpuHoursPerDay: 24 * 16 * 14, secondaryShare: 0.25 } });
    // 14 workers: 10.5 primary capped at 8, 6 secondary.
    expect(c.expectedWorkers).toEqual({ primary: 8, secondary: 6 });
  });

  test("fails if the load does not fit the maximums", () => {
    expect(() => synth({ load: { vcpuHoursPerDay: 24 * 16 * 20 } })).toThrow(
      /the load needs 20 workers on average, more than maxPrimaryWorkers \(8\) \+ maxSecondaryWorkers \(8\); raise the maximums to hold at least 20 workers/,
    );
  });

  test("fails if bounds are out of order or secondary work has no secondary workers, listing every problem", () => {
    expect(() => synth({ minPrimaryWorkers: 1, maxPrimaryWorkers: 0, maxSecondaryWorkers: 0 })).toThrow(
      /minPrimaryWorkers \(1\) must be a whole number ≥ 2[\s\S]*maxPrimaryWorkers \(0\) must be a whole number ≥ 2[\s\S]*minPrimaryWorkers \(1\) must be ≤ maxPrimaryWorkers \(0\)[\s\S]*load.secondaryShare \(0.5\) puts work on secondary workers, but maxSecondaryWorkers is 0/,
    );
  });
});

describe("BatchCluster props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ minPrimaryWorkers: 1, maxSecondaryWorkers: 0, load: { vcpuHoursPerDay: -1, secondaryShare: 0.5 } }), "test/spark", ["minPrimaryWorkers", "load.vcpuHoursPerDay", "load.secondaryShare"]);
    expect(e.message).toMatch(/minPrimaryWorkers \(1\) must be a whole number ≥ 2/);
    expect(e.message).toMatch(/raise maxSecondaryWorkers or set secondaryShare to 0/);
  });
});
