import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { CloudFunction, CloudFunctionProps, Costkit } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: CloudFunctionProps = {
  functionName: "client-events", region: "europe-west1", runtime: "nodejs20", entryPoint: "handle",
  sourceBucket: "src", sourceObject: "fn.zip",
};

function stackWith(props: Partial<CloudFunctionProps>): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "functions");
  new GoogleProvider(stack, "google", { project: "p", region: "us-central1" });
  new CloudFunction(stack, "fn", { ...BASE, ...props });
  return stack;
}

function reportOf(stack: TerraformStack): CostReport {
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return report;
}

const lines = (r: CostReport) => r.resources[0].components.map((c) => [c.name, c.monthlyQuantity.expected, c.monthlyCost.expected]);

describe("CloudFunction", () => {
  test("2nd gen: Cloud Run functions with the memory in MiB, and the usage priced per request and busy second", () => {
    const stack = stackWith({ labels: { "seed-line": "compute-cloud-functions" }, usage: { monthlyInvocations: 10_000_000, averageDurationMs: 200 } });
    expect(Testing.toHaveResourceWithProperties(Testing.synth(stack), "google_cloudfunctions2_function", {
      name: "client-events", location: "europe-west1", labels: { "seed-line": "compute-cloud-functions" },
      build_config: { runtime: "nodejs20", entry_point: "handle" }, service_config: { available_memory: "256Mi" },
    })).toBe(true);
    const report = reportOf(stack);
    // 10M requests × $0.40/M = 4; busy 10M × 0.2 s = 2,000,000 s; × 0.167 vCPU (256 MiB) = 334,000 vCPU-s × 0.000024 = 8.016;
    // × 0.25 GiB = 500,000 GiB-s × 0.0000025 = 1.25; no egress declared.
    expect(lines(report).slice(0, 3)).toEqual([
      ["Requests", "10", "4"],
      ["CPU time (0.167 vCPU)", "334000", "8.016"],
      ["Memory time (256Mi)", "500000", "1.25"],
    ]);
    expect(report.resources[0].components[3]).toMatchObject({ name: "Internet egress (first 1,024 GiB)", usageBased: true });
    expect(report.monthlyCost.expected).toBe("13.266");
    expect(report.resources[0].tags).toEqual({ "seed-line": "compute-cloud-functions" });
  });

  test("1st gen: per-invocation rounding to 100 ms, memory and the CPU clock of its size", () => {
    const stack = stackWith({ generation: 1, region: "us-central1", memoryMb: 512, usage: { monthlyInvocations: 1_000_000, averageDurationMs: 150 } });
    expect(Testing.toHaveResourceWithProperties(Testing.synth(stack), "google_cloudfunctions_function", {
      name: "client-events", region: "us-central1", available_memory_mb: 512, trigger_http: true,
    })).toBe(true);
    const report = reportOf(stack);
    // 1M × 0.4 = 0.4; 150 ms → 200 ms: 200,000 s; × 0.5 GB = 100,000 GB-s × 0.0000025 = 0.25; × 0.8 GHz = 160,000 GHz-s × 0.00001 = 1.6
    expect(lines(report).slice(0, 3)).toEqual([
      ["Invocations", "1", "0.4"],
      ["Memory time (512 MB)", "100000", "0.25"],
      ["CPU time (0.8 GHz)", "160000", "1.6"],
    ]);
    expect(report.monthlyCost.expected).toBe("2.25");
  });

  test("a Pub/Sub trigger and warm instances render as the provider expects", () => {
    const json = Testing.synth(stackWith({ minInstances: 2, maxInstances: 50, cpu: 1, concurrency: 80, eventTrigger: { eventType: "google.cloud.pubsub.topic.v1.messagePublished", resource: "projects/p/topics/events" } }));
    expect(Testing.toHaveResourceWithProperties(json, "google_cloudfunctions2_function", {
      service_config: { min_instance_count: 2, max_instance_count: 50, available_cpu: "1", max_instance_request_concurrency: 80 },
      event_trigger: { event_type: "google.cloud.pubsub.topic.v1.messagePublished", pubsub_topic: "projects/p/topics/events" },
    })).toBe(true);
  });

  test("without usage the lines show their unit prices and depend on usage", () => {
    const report = reportOf(stackWith({}));
    expect(report.resources[0].components.every((c) => c.usageBased)).toBe(true);
  });

  test("fails if a 1st gen memory size does not exist, or 2nd gen settings are given to a 1st gen function", () => {
    expect(() => stackWith({ generation: 1, memoryMb: 300, cpu: 1 })).toThrow(/memoryMb \(300\) must be one of 128, 256, 512, 1024, 2048, 4096, 8192 for a 1st gen function[\s\S]*cpu is a 2nd gen setting/);
  });

  test("fails if concurrency needs more CPU, or min instances exceed max", () => {
    expect(() => stackWith({ concurrency: 10, cpu: 0.5 })).toThrow(/concurrency \(10\) above 1 needs cpu ≥ 1/);
    expect(() => stackWith({ minInstances: 5, maxInstances: 2 })).toThrow(/minInstances \(5\) must be ≤ maxInstances \(2\)/);
  });

  test("fails if a 2nd gen trigger is not Pub/Sub", () => {
    expect(() => stackWith({ eventTrigger: { eventType: "google.cloud.storage.object.v1.finalized", resource: "b" } })).toThrow(/takes HTTP or Pub\/Sub/);
  });
});

describe("CloudFunction props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => stackWith({ minInstances: 5, maxInstances: 2, labels: { Team: "x" } }), "functions/fn", ["minInstances", "labels.Team"]);
    expect(e.message).toMatch(/minInstances \(5\) must be ≤ maxInstances \(2\); raise maxInstances or lower minInstances/);
    expect(e.message).toMatch(/labels key "Team" must be lowercase/);
  });
});
