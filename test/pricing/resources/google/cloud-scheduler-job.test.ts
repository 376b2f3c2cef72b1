import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_cloud_scheduler_job", () => {
  const report = pricerGolden(__filename, "cloud-scheduler-job");

  test("one job-month per job, paused or not", () => {
    expect(resourceOf(report, "google_cloud_scheduler_job.hourly").monthlyCost.expected).toBe("0.1");
    expect(report.monthlyCost.expected).toBe("0.2");
  });
});
