import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_cloud_run_v2_service", () => {
  const report = pricerGolden(__filename, "cloud-run-v2-service");
  const cost = (address: string) => resourceOf(report, address).monthlyCost;

  test("request-based billing: requests, busy CPU and memory from usage", () => {
    expect(cost("google_cloud_run_v2_service.api").expected).toBe("27.25");
    expect(cost("google_cloud_run_v2_service.sidecar").expected).toBe("4.1875");
    expect(resourceOf(report, "google_cloud_run_v2_service.sidecar").components[1].name).toBe("CPU (request-based, 1.5 vCPU, 0.75 GiB)");
  });

  test("minimum instances are billed idle without traffic", () => {
    expect(cost("google_cloud_run_v2_service.warm").expected).toBe("19.71");
  });

  test("instance-based billing (cpu_idle false) runs min..max instances at the Tier 2 rates", () => {
    expect(cost("google_cloud_run_v2_service.always")).toEqual({ min: "138.7584", expected: "138.7584", max: "346.896" });
    expect(resourceOf(report, "google_cloud_run_v2_service.always").components.map((c) => c.name)).toEqual([
      "CPU (instance-based, 1 vCPU, 2 GiB)", "Memory (instance-based, 1 vCPU, 2 GiB)",
    ]);
  });

  test("bad sizes and regions without a tier are unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/^google_cloud_run_v2_service\.bad_cpu : limits\.cpu "two" is not a CPU quantity/));
    expect(reasons).toContainEqual(expect.stringMatching(/^google_cloud_run_v2_service\.riyadh Minimum instances idle CPU .*: no price for google\/cloudrun\/idle-vcpu in me-central2/));
    expect(report.monthlyCost.expected).toBe("189.9059");
  });
});
