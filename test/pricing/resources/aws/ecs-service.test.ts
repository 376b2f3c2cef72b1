import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_ecs_service", () => {
  const report = pricerGolden(__filename, "ecs-service");
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("Fargate tasks × vCPU-hours and GB-hours from the task definition", () => {
    expect(resourceOf(report, "aws_ecs_service.web").monthlyCost.expected).toBe("54.06015"); // 1095 × 0.04048 + 2190 × 0.004445
  });

  test("an autoscaling target gives the range, usage the expected tasks; ARM rates and ephemeral storage", () => {
    const api = resourceOf(report, "aws_ecs_service.api");
    expect(api.monthlyCost).toEqual({ min: "62.5318", expected: "125.0636", max: "312.659" });
    expect(api.components.map((c) => c.name)).toEqual(["Fargate vCPU (ARM64)", "Fargate memory (ARM64)", "Fargate ephemeral storage (50 GiB)"]);
  });

  test("a capacity provider strategy splits tasks; the Spot share is unpriced; a cluster default strategy applies", () => {
    expect(resourceOf(report, "aws_ecs_service.mixed").monthlyCost.expected).toBe("36.0401"); // 2 of 5 tasks on FARGATE
    expect(reasons("aws_ecs_service.mixed")).toMatch(/FARGATE_SPOT/);
    expect(resourceOf(report, "aws_ecs_service.worker").monthlyCost.expected).toBe("18.02005");
    expect(report.monthlyCost).toEqual({ min: "170.6521", expected: "233.1839", max: "420.7793" });
  });

  test("EC2 launch type is free; a task definition outside the stack is unpriced", () => {
    expect(report.free.map((f) => f.address)).toContain("aws_ecs_service.on_ec2");
    expect(reasons("aws_ecs_service.missing_td")).toMatch(/task_definition "legacy-family:7" is not a resource of this stack/);
  });
});
