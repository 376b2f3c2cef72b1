import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_backend_service", () => {
  const report = pricerGolden(__filename, "compute-backend-service");

  test("CDN lines from usage declared in the Terraform JSON", () => {
    const api = resourceOf(report, "google_compute_backend_service.api");
    expect(api.components.map((c) => [c.name, c.geo ?? null, c.monthlyQuantity.expected, c.monthlyCost.expected])).toEqual([
      ["CDN egress (LATAM, first 10,240 GiB)", "LATAM", "2048", "184.32"],
      ["CDN egress (OTHER, first 10,240 GiB)", "OTHER", "1024", "112.64"],
      ["Cache fill (LATAM)", "LATAM", "1024", "40.96"],
      ["Cache fill (OTHER)", "OTHER", "512", "20.48"],
      ["Cache lookups", null, "100", "0.75"],
    ]);
    expect(api.monthlyCost.expected).toBe("359.15");
    expect(api.category).toBe("cdn");
  });

  test("a hit ratio above 1 leaves cache fill unpriced; CDN off is free", () => {
    expect(resourceOf(report, "google_compute_backend_service.bad_ratio").monthlyCost.expected).toBe("8");
    expect(report.unpriced).toEqual([
      { address: "google_compute_backend_service.bad_ratio", type: "google_compute_backend_service", component: "Cache fill", reason: "cacheHitRatio must be between 0 and 1, got 1.5" },
    ]);
    expect(report.free.map((f) => f.address)).toEqual(["google_compute_backend_service.no_cdn", "google_compute_health_check.api"]);
    expect(report.monthlyCost.expected).toBe("367.15");
  });
});
