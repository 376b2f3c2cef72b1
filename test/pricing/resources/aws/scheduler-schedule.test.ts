import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_scheduler_schedule", () => {
  const report = pricerGolden(__filename, "scheduler-schedule");
  const line = (a: string) => resourceOf(report, a).components[0];

  test("rate() and at() schedules are counted; usage overrides", () => {
    expect(line("aws_scheduler_schedule.every_5m")).toMatchObject({ monthlyQuantity: { expected: "0.00876" }, monthlyCost: { expected: "0.00876" }, usageBased: false });
    expect(line("aws_scheduler_schedule.hourly_tyo").monthlyCost.expected).toBe("0.0009125"); // 730 ÷ 1M × 1.25
    expect(line("aws_scheduler_schedule.busy")).toMatchObject({ monthlyCost: { expected: "20" }, usageBased: true });
    expect(line("aws_scheduler_schedule.once").monthlyCost.expected).toBe("0.000001");
    expect(report.monthlyCost.expected).toBe("20.0096735");
  });

  test("cron depends on usage; disabled is free; a garbled expression is unpriced", () => {
    expect(line("aws_scheduler_schedule.nightly")).toMatchObject({ dependsOnUsage: true, unitPrice: "1" });
    expect(report.free.map((f) => f.address)).toEqual(["aws_scheduler_schedule.off"]);
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      'aws_scheduler_schedule.garbled: cannot read schedule_expression "every 5 minutes"; EventBridge Scheduler takes rate(…), cron(…) or at(…)',
    ]);
  });
});
