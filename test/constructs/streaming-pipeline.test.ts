import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { StreamingPipeline, StreamingPipelineProps } from "../../constructs/streaming-pipeline";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: StreamingPipelineProps = {
  name: "sessions",
  region: "us-central1",
  templateGcsPath: "gs://b/templates/sessions",
  tempGcsLocation: "gs://b/tmp",
  parameters: { inputSubscription: "projects/p/subscriptions/s" },
  maxWorkers: 10,
  labels: { team: "data", "seed-line": "dataflow-streaming" },
  // 40 MB/s ÷ 2 MB/s per vCPU ÷ 4 vCPUs (n2-standard-4) = 5 workers on average.
  load: { inputMbPerSecond: 40, mbPerSecondPerVcpu: 2 },
};

function synth(props: Partial<StreamingPipelineProps>): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p" });
  new StreamingPipeline(stack, "pipeline", { ...BASE, ...props });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

describe("StreamingPipeline", () => {
  const { tf, report } = synth({});
  const line = (prefix: string) => report.resources[0].components.find((c) => c.name.startsWith(prefix))!;

  test("renders a streaming Dataflow job with Streaming Engine and an autoscaling bound", () => {
    expect(Testing.toHaveResourceWithProperties(tf, "google_dataflow_job", {
      name: "sessions", region: "us-central1", machine_type: "n2-standard-4", max_workers: 10,
      enable_streaming_engine: true, on_delete: "drain", parameters: { inputSubscription: "projects/p/subscriptions/s" },
    })).toBe(true);
  });

  test("prices workers from 1 to maxWorkers, expected from the load", () => {
    expect(report.resources[0].tags["seed-line"]).toBe("dataflow-streaming");
    // vCPU-hours: 1 × 730 × 4 = 2,920; 5 × 730 × 4 = 14,600; 10 × 730 × 4 = 29,200; at $0.069.
    expect(line("Worker vCPU (streaming, n2-standard-4)").monthlyQuantity).toEqual({ min: "2920", expected: "14600", max: "29200" });
    expect(line("Worker vCPU").monthlyCost.expected).toBe("1007.4");
    // GiB-hours: 5 × 730 × 16 GiB = 58,400 at $0.003557.
    expect(line("Worker memory").monthlyCost.expected).toBe("207.7288");
    // Streaming Engine default disk 30 GiB: 5 × 730 × 30 = 109,500 GiB-hours at $0.000054.
    expect(line("Worker disk").monthlyCost.expected).toBe("5.913");
  });

  test("prices Streaming Engine on the month's input bytes", () => {
    // 40 × 10^6 B/s × 2,628,000 s / 2^30 = 97,900.629 GiB at $0.018.
    const c = line("Streaming Engine data processed");
    expect(c.monthlyQuantity.expected).toBe("97900.629");
    expect(c.monthlyCost.expected).toBe("1762.211322");
  });

  test("a load below one worker's capacity still runs one worker", () => {
    const r = synth({ load: { inputMbPerSecond: 1, mbPerSecondPerVcpu: 2 } }).report;
    expect(r.resources[0].components.find((c) => c.name.startsWith("Worker vCPU"))!.monthlyQuantity.expected).toBe("2920");
  });

  test("fails if maxWorkers is below the load's average", () => {
    expect(() => synth({ maxWorkers: 4 })).toThrow(/maxWorkers \(4\) is below the 5 workers the load needs on average; raise maxWorkers to at least 5/);
  });

  test("fails if paths are not Cloud Storage paths or the machine type is unknown, listing both", () => {
    expect(() => synth({ templateGcsPath: "/local/template", machineType: "z9-mega-4" })).toThrow(
      /machineType \("z9-mega-4"\) is not a Dataflow worker type[\s\S]*templateGcsPath \("\/local\/template"\) must be a Cloud Storage path/,
    );
  });
});

describe("StreamingPipeline props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ maxWorkers: 0, tempGcsLocation: "/tmp" }), "test/pipeline", ["maxWorkers", "tempGcsLocation", "maxWorkers"]);
    expect(e.message).toMatch(/maxWorkers \(0\) must be a whole number ≥ 1/);
    expect(e.message).toMatch(/tempGcsLocation \("\/tmp"\) must be a Cloud Storage path starting with gs:\/\//);
  });
});
