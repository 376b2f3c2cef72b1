import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_monitoring_alert_policy", () => {
  const report = pricerGolden(__filename, "monitoring-alert-policy");

  test("conditions per month plus time series returned per million; notification channels are free", () => {
    expect(resourceOf(report, "google_monitoring_alert_policy.ap_one").monthlyCost.expected).toBe("4.524");
    expect(resourceOf(report, "google_monitoring_alert_policy.ap_three").components[0].name).toBe("Conditions (3)");
    expect(report.monthlyCost.expected).toBe("9.024");
    expect(report.free.map((f) => f.address)).toEqual(["google_monitoring_notification_channel.email"]);
  });
});
