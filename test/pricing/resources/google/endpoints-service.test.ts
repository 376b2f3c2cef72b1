import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_endpoints_service", () => {
  const report = pricerGolden(__filename, "endpoints-service");

  test("calls per million, tiered: 3.00 up to a billion, 1.50 beyond", () => {
    expect(resourceOf(report, "google_endpoints_service.api").monthlyCost.expected).toBe("3750");
    expect(resourceOf(report, "google_endpoints_service.small").monthlyCost.expected).toBe("15");
  });

  test("without usage the line depends on usage", () => {
    expect(resourceOf(report, "google_endpoints_service.no_usage").components[0]).toMatchObject({ name: "API calls (first 1,000 1M calls)", dependsOnUsage: true });
    expect(report.unpriced).toEqual([]);
  });
});
