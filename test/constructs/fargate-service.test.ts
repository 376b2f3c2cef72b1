import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Costkit, fargateSizeAllowed, FargateService, FargateServiceProps } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: FargateServiceProps = {
  serviceName: "backend", cpu: 1024, memoryMib: 2048, containerImage: "nginx:stable", subnetIds: ["subnet-a"], desiredCount: 5,
};

function stackWith(props: Partial<FargateServiceProps>): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "ecs");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new FargateService(stack, "svc", { ...BASE, ...props });
  return stack;
}

function reportOf(stack: TerraformStack): CostReport {
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return report;
}

describe("FargateService", () => {
  test("task definition, service and scaling target; the target's bounds are the range, the load the expected tasks", () => {
    const stack = stackWith({ autoscaling: { minTasks: 2, maxTasks: 10 }, tags: { "seed-line": "compute-ecs-fargate" }, usage: { expectedTasks: 5 } });
    const json = Testing.synth(stack);
    expect(Testing.toHaveResourceWithProperties(json, "aws_ecs_task_definition", { family: "backend", cpu: "1024", memory: "2048", requires_compatibilities: ["FARGATE"], network_mode: "awsvpc" })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(json, "aws_ecs_service", { name: "backend", launch_type: "FARGATE", desired_count: 5 })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(json, "aws_appautoscaling_target", { resource_id: "service/backend/backend", min_capacity: 2, max_capacity: 10 })).toBe(true);
    const r = reportOf(stack).resources.find((x) => x.type === "aws_ecs_service")!;
    // per task: 1 vCPU × 730 h × 0.04048 + 2 GB × 730 h × 0.004445 = 29.5504 + 6.4897 = 36.0401
    expect(r.components.map((c) => [c.name, c.monthlyQuantity])).toEqual([
      ["Fargate vCPU (X86_64)", { min: "1460", expected: "3650", max: "7300" }],
      ["Fargate memory (X86_64)", { min: "2920", expected: "7300", max: "14600" }],
    ]);
    expect(r.monthlyCost).toEqual({ min: "72.0802", expected: "180.2005", max: "360.401" });
    expect(r.tags).toEqual({ "seed-line": "compute-ecs-fargate" });
  });

  test("without auto scaling the desired count is fixed", () => {
    const r = reportOf(stackWith({ architecture: "ARM64" })).resources.find((x) => x.type === "aws_ecs_service")!;
    expect(r.components[0]).toMatchObject({ name: "Fargate vCPU (ARM64)", monthlyQuantity: { min: "3650", expected: "3650", max: "3650" } });
  });

  test("Fargate's CPU and memory pairs", () => {
    expect(fargateSizeAllowed(256, 512)).toBe(true);
    expect(fargateSizeAllowed(256, 4096)).toBe(false);
    expect(fargateSizeAllowed(4096, 30720)).toBe(true);
    expect(fargateSizeAllowed(8192, 20000)).toBe(false);
  });

  test("fails if memory does not go with the CPU, naming what is allowed", () => {
    expect(() => stackWith({ cpu: 1024, memoryMib: 1024 })).toThrow(/memoryMib \(1024\) is not a Fargate size for cpu 1024; allowed: 2048 to 8192 in steps of 1024 MiB/);
    expect(() => stackWith({ cpu: 1000 })).toThrow(/cpu \(1000\) must be one of 256, 512, 1024, 2048, 4096, 8192, 16384 CPU units/);
  });

  test("fails if the scaling bounds are out of order, or the desired and expected counts fall outside them", () => {
    expect(() => stackWith({ autoscaling: { minTasks: 10, maxTasks: 2 } })).toThrow(/autoscaling.minTasks \(10\) must be ≤ autoscaling.maxTasks \(2\)/);
    expect(() => stackWith({ desiredCount: 50, autoscaling: { minTasks: 1, maxTasks: 10 }, usage: { expectedTasks: 20 } }))
      .toThrow(/desiredCount \(50\) must lie within[\s\S]*usage.expectedTasks \(20\) must lie within autoscaling.minTasks \(1\) and maxTasks \(10\)/);
    expect(() => stackWith({ usage: { expectedTasks: 7 } })).toThrow(/differs from desiredCount \(5\) with no auto scaling/);
  });
});

describe("FargateService props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => stackWith({ cpu: 1000, desiredCount: -1 }), "ecs/svc", ["cpu", "desiredCount"]);
    expect(e.message).toMatch(/cpu \(1000\) must be one of 256, 512, 1024, 2048, 4096, 8192, 16384 CPU units/);
    expect(e.message).toMatch(/desiredCount \(-1\) must be a whole number ≥ 0/);
  });
});
