import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_dns_managed_zone", () => {
  const report = pricerGolden(__filename, "dns-managed-zone");

  test("a zone per month, public or private, plus queries per million", () => {
    expect(resourceOf(report, "google_dns_managed_zone.zone_pub").monthlyCost.expected).toBe("2.2");
    expect(resourceOf(report, "google_dns_managed_zone.zone_priv").monthlyCost.expected).toBe("0.2");
    expect(resourceOf(report, "google_dns_managed_zone.zone_priv").components[0].name).toBe("Managed zone (private)");
    expect(report.monthlyCost.expected).toBe("2.4");
  });
});
