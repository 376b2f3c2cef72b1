import { cdnCacheHitRatio } from "../../../policies/rules/cdn-cache-hit-ratio";
import { flat, report } from "../fixtures";

const params = { minCacheHitRatio: "0.9" };
const cdn = (address: string, usage?: Record<string, unknown>) => flat(address, "1000", { category: "cdn", region: "global", geo: null, ...(usage ? { usage } : {}) });

describe("FinOps-CDN1 cdnCacheHitRatio", () => {
  test("fires for a CDN expecting a hit ratio below the minimum (either usage key, a range's expected value)", () => {
    const r = report("s", [
      cdn("google_compute_backend_bucket.media", { cacheHitRatio: "0.8" }),
      cdn("costkit_cdn_contract.fastly", { cacheHitRate: { min: "0.7", expected: "0.85", max: "0.95" } }),
      cdn("google_compute_backend_service.pct", { cacheHitRatio: "92" }),
    ]);
    const v = cdnCacheHitRatio({ report: r }, params);
    expect(v.map((x) => x.address)).toEqual(["costkit_cdn_contract.fastly", "google_compute_backend_bucket.media", "google_compute_backend_service.pct"]);
    expect(v[0].message).toContain("cache hit ratio of 85 % (usage cacheHitRate), below the 90 % minimum");
    expect(v[2].message).toContain("not a ratio between 0 and 1");
  });

  test("does not fire at or above the minimum, nor without a declared ratio, nor outside the cdn category", () => {
    const r = report("s", [
      cdn("google_compute_backend_bucket.media", { cacheHitRatio: "0.92" }),
      cdn("aws_cloudfront_distribution.web"),
      flat("google_storage_bucket.origin", "10", { category: "storage", usage: { cacheHitRatio: "0.1" } }),
    ]);
    expect(cdnCacheHitRatio({ report: r }, params)).toEqual([]);
  });
});
