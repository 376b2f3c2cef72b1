import { TerraformStack, Testing } from "cdktf";
import { AppEngineApplication } from "@cdktf/provider-google/lib/app-engine-application";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { AppEngineService, AppEngineServiceProps, Costkit } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: AppEngineServiceProps = {
  service: "web-api", runtime: "java21", entrypointShell: "java -jar app.jar",
  sourceZipUrl: "https://storage.googleapis.com/b/app.zip", instanceClass: "F4", minInstances: 10, maxInstances: 100,
};

function stackWith(props: Partial<AppEngineServiceProps>): { stack: TerraformStack; service: AppEngineService } {
  const stack = new TerraformStack(Testing.app(), "appengine");
  new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
  new AppEngineApplication(stack, "app", { project: "p", locationId: "us-central" });
  const service = new AppEngineService(stack, "api", { ...BASE, ...props });
  return { stack, service };
}

function reportOf(stack: TerraformStack): CostReport {
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return report;
}

describe("AppEngineService", () => {
  test("automatic scaling bounds are the range; load gives the expected instances", () => {
    // 2,000 requests/s ÷ 50 per instance = 40 instances; F4 at $0.20/h in us-central1 (the application's location)
    const { stack, service } = stackWith({ usage: { averageRequestsPerSecond: 2000, requestsPerSecondPerInstance: 50 } });
    expect(service.expectedInstances).toBe(40);
    expect(Testing.toHaveResourceWithProperties(Testing.synth(stack), "google_app_engine_standard_app_version", {
      service: "web-api", instance_class: "F4", runtime: "java21",
      automatic_scaling: { standard_scheduler_settings: { min_instances: 10, max_instances: 100, target_cpu_utilization: 0.6 } },
      deployment: { zip: { source_url: "https://storage.googleapis.com/b/app.zip" } },
    })).toBe(true);
    const report = reportOf(stack);
    const r = report.resources[0];
    expect(r.region).toBe("us-central1");
    expect(r.usage).toEqual({ expectedInstances: "40" });
    expect(r.components[0]).toMatchObject({
      name: "Instance usage (F4)", unitPrice: "0.2",
      monthlyQuantity: { min: "7300", expected: "29200", max: "73000" }, // 10, 40, 100 instances × 730 h
      monthlyCost: { min: "1460", expected: "5840", max: "14600" },
    });
  });

  test("load above the bound stops at maxInstances", () => {
    const { service } = stackWith({ usage: { averageRequestsPerSecond: 1e6, requestsPerSecondPerInstance: 50 } });
    expect(service.expectedInstances).toBe(100);
  });

  test("without load the expected cost is the minimum", () => {
    const report = reportOf(stackWith({}).stack);
    expect(report.resources[0].monthlyCost).toEqual({ min: "1460", expected: "1460", max: "14600" });
  });

  test("fails if minInstances > maxInstances, or the class is not an automatic-scaling class", () => {
    expect(() => stackWith({ minInstances: 200 })).toThrow(/minInstances \(200\) must be ≤ maxInstances \(100\); raise maxInstances or lower minInstances/);
    expect(() => stackWith({ instanceClass: "B4" as "F4" })).toThrow(/instanceClass \("B4"\) must be one of F1, F2, F4, F4_1G/);
  });

  test("fails if load is declared without what an instance serves, or expected instances are out of bounds", () => {
    expect(() => stackWith({ usage: { averageRequestsPerSecond: 10 } })).toThrow(/needs usage.requestsPerSecondPerInstance/);
    expect(() => stackWith({ usage: { expectedInstances: 5 } })).toThrow(/usage.expectedInstances \(5\) must lie within minInstances \(10\) and maxInstances \(100\)/);
  });
});

describe("AppEngineService props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => stackWith({ minInstances: 200, instanceClass: "f4" as "F4", usage: { expectedInstances: -1 } }), "appengine/api", ["instanceClass", "minInstances", "usage.expectedInstances", "usage.expectedInstances"]);
    expect(e.message).toMatch(/instanceClass \("f4"\) must be one of F1, F2, F4, F4_1G \(automatic scaling uses F classes\); did you mean "F4"\?/);
    expect(e.message).toMatch(/raise maxInstances or lower minInstances/);
  });
});
