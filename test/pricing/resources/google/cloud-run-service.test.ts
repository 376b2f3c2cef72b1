import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_cloud_run_service", () => {
  const report = pricerGolden(__filename, "cloud-run-service");

  test("minScale instances idle under request-based billing", () => {
    expect(resourceOf(report, "google_cloud_run_service.web").monthlyCost.expected).toBe("9.855");
  });

  test("cpu-throttling false is instance-based billing from minScale to maxScale", () => {
    expect(resourceOf(report, "google_cloud_run_service.worker").monthlyCost).toEqual({ min: "99.864", expected: "99.864", max: "299.592" });
    expect(report.monthlyCost.expected).toBe("109.719");
  });
});
