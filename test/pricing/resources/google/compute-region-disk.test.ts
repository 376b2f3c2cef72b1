import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_region_disk", () => {
  const report = pricerGolden(__filename, "compute-region-disk");

  test("prices provisioned GiB at the regional (replicated) rate", () => {
    expect(resourceOf(report, "google_compute_region_disk.ssd").components[0]).toMatchObject({ unitPrice: "0.34", priceId: "google/compute/pd-ssd-regional@us-central1" });
    expect(resourceOf(report, "google_compute_region_disk.ssd").monthlyCost.expected).toBe("68");
    expect(resourceOf(report, "google_compute_region_disk.balanced_sa").monthlyCost.expected).toBe("150");
    expect(resourceOf(report, "google_compute_region_disk.default").monthlyCost.expected).toBe("0.8");
    expect(report.monthlyCost.expected).toBe("218.8");
  });

  test("types without a regional price or unknown as regional are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["google_compute_region_disk.ha"]).toBe("no price book has google/compute/hyperdisk-balanced-high-availability");
    expect(reasons["google_compute_region_disk.weird"]).toMatch(/unknown regional disk type "pd-extreme"; costkit knows pd-standard, pd-balanced, pd-ssd/);
  });
});
