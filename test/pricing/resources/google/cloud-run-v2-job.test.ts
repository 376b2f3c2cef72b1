import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_cloud_run_v2_job", () => {
  const report = pricerGolden(__filename, "cloud-run-v2-job");

  test("executions × tasks × duration at the instance-based rates", () => {
    expect(resourceOf(report, "google_cloud_run_v2_job.batch").monthlyCost.expected).toBe("1.584");
    expect(resourceOf(report, "google_cloud_run_v2_job.batch").components[0].name).toBe("CPU (10 tasks, 2 vCPU, 4 GiB)");
  });

  test("without usage the lines show their unit prices and cost nothing yet", () => {
    const nightly = resourceOf(report, "google_cloud_run_v2_job.nightly");
    expect(nightly.components.map((c) => c.name)).toEqual(["CPU (1 task, 1 vCPU, 0.5 GiB)", "Memory (1 task, 1 vCPU, 0.5 GiB)"]);
    expect(report.monthlyCost.expected).toBe("1.584");
  });
});
