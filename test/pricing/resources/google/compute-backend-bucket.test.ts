import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_backend_bucket", () => {
  const report = pricerGolden(__filename, "compute-backend-bucket");
  const lines = (address: string) => resourceOf(report, address).components;

  test("CDN egress by viewer geo, tiered, each line carrying its geo", () => {
    const egress = lines("google_compute_backend_bucket.cdn").filter((c) => c.name.startsWith("CDN egress"));
    expect(egress.map((c) => [c.name, c.geo, c.priceId, c.monthlyCost.expected])).toEqual([
      ["CDN egress (NA, first 10,240 GiB)", "NA", "google/cdn/egress@NA", "819.2"],
      ["CDN egress (NA, next 143,360 GiB)", "NA", "google/cdn/egress@NA", "563.2"],
      ["CDN egress (EU, first 10,240 GiB)", "EU", "google/cdn/egress@EU", "409.6"],
      ["CDN egress (APAC, first 10,240 GiB)", "APAC", "google/cdn/egress@APAC", "92.16"],
    ]);
  });

  test("cache fill follows the hit-ratio range; lookups per 10K requests", () => {
    const fill = lines("google_compute_backend_bucket.cdn").find((c) => c.name === "Cache fill (NA)")!;
    expect(fill.monthlyQuantity).toEqual({ min: "1024", expected: "2048", max: "4096" });
    expect(fill.monthlyCost).toEqual({ min: "40.96", expected: "81.92", max: "163.84" });
    expect(fill.geo).toBe("NA");
    const lookups = lines("google_compute_backend_bucket.cdn").find((c) => c.name === "Cache lookups")!;
    expect([lookups.monthlyQuantity.expected, lookups.monthlyCost.expected]).toEqual(["5000", "37.5"]);
    expect(resourceOf(report, "google_compute_backend_bucket.cdn").monthlyCost).toEqual({ min: "1974.908", expected: "2028.156", max: "2134.652" });
    expect(resourceOf(report, "google_compute_backend_bucket.cdn").category).toBe("cdn");
    expect(resourceOf(report, "google_compute_backend_bucket.cdn").region).toBe("global");
  });

  test("above 500 TiB the last published tier applies", () => {
    const na = lines("google_compute_backend_bucket.huge").filter((c) => c.name.startsWith("CDN egress"));
    expect(na.map((c) => [c.name, c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["CDN egress (NA, first 10,240 GiB)", "10240", "0.08", "819.2"],
      ["CDN egress (NA, next 143,360 GiB)", "143360", "0.055", "7884.8"],
      ["CDN egress (NA, over 153,600 GiB)", "460800", "0.03", "13824"],
    ]);
    expect(resourceOf(report, "google_compute_backend_bucket.huge").monthlyCost.expected).toBe("22528");
  });

  test("no usage shows every geo at its unit price; CDN off is free; unknowns are unpriced", () => {
    const noUsage = lines("google_compute_backend_bucket.no_usage");
    expect(noUsage.map((c) => [c.name, c.unitPrice, c.dependsOnUsage])).toEqual([
      ["CDN egress (NA, first 10,240 GiB)", "0.08", true],
      ["CDN egress (EU, first 10,240 GiB)", "0.08", true],
      ["CDN egress (LATAM, first 10,240 GiB)", "0.09", true],
      ["CDN egress (APAC, first 10,240 GiB)", "0.09", true],
      ["CDN egress (OTHER, first 10,240 GiB)", "0.11", true],
      ["Cache fill", "0.04", true],
      ["Cache lookups", "0.0075", true],
    ]);
    expect(report.free).toEqual([{ address: "google_compute_backend_bucket.plain", type: "google_compute_backend_bucket" }]);
    expect(report.unpriced).toEqual([
      { address: "google_compute_backend_bucket.unknown", type: "google_compute_backend_bucket", reason: expect.stringMatching(/enable_cdn is not known before apply/) },
    ]);
    expect(report.monthlyCost).toEqual({ min: "24503.908", expected: "24557.156", max: "24663.652" });
  });
});
