import { largeBucketLifecycle } from "../../../policies/rules/large-bucket-lifecycle";
import { line, report, resource } from "../fixtures";

// | bucket                         | lines (expected volume)                                   | TiB    | tiered |
// | google_storage_bucket.hot      | Storage (standard) 204,800 GiB-months                     | 200    | no     |
// | aws_s3_bucket.tiers            | Storage (STANDARD, first…) 51,200 GB + (STANDARD, next…)  | ~227   | no (one class, volume tiers) |
// | google_storage_bucket.tiered   | Storage (standard) 102,400 + Storage (nearline) 204,800   | 300    | yes    |
// | aws_s3_bucket.lifecycle        | Storage (GLACIER, from lifecycle) 300,000 GB              | ~273   | yes    |
// | google_storage_bucket.small    | Storage (standard) 10,240 GiB                             | 10     | no, but under 100 TiB |
// | aws_s3_bucket.archive          | Storage (DEEP_ARCHIVE) 500,000 GB                          | ~455   | cold class already |
const params = { minStorageTib: "100" };

describe("FinOps-LC1 largeBucketLifecycle", () => {
  test("fires for a large bucket in one storage class, volume tiers of one class included", () => {
    const r = report("s", [
      resource("google_storage_bucket.hot", [line("Storage (standard)", "GiB-months", "0.02", "204800", { fields: { storageClass: "standard" } })], { category: "storage" }),
      resource("aws_s3_bucket.tiers", [
        line("Storage (STANDARD, first 51,200 GB-months)", "GB-months", "0.023", "51200", { fields: { storageClass: "STANDARD" } }),
        line("Storage (STANDARD, next 460,800 GB-months)", "GB-months", "0.022", "198800", { fields: { storageClass: "STANDARD" } }),
      ], { provider: "aws", category: "storage" }),
    ]);
    const v = largeBucketLifecycle({ report: r }, params);
    expect(v.map((x) => x.address)).toEqual(["aws_s3_bucket.tiers", "google_storage_bucket.hot"]);
    expect(v[1].message).toContain("stores 200 TiB (expected)");
    expect(v[1].message).toContain("all in standard storage with no lifecycle tiering");
  });

  test("does not fire for tiered buckets (several classes, lifecycle lines, a cold class) nor small ones", () => {
    const r = report("s", [
      resource("google_storage_bucket.tiered", [
        line("Storage (standard)", "GiB-months", "0.02", "102400", { fields: { storageClass: "standard" } }),
        line("Storage (nearline)", "GiB-months", "0.01", "204800", { fields: { storageClass: "nearline" } }),
      ], { category: "storage" }),
      resource("aws_s3_bucket.lifecycle", [line("Storage (GLACIER, from lifecycle)", "GB-months", "0.0036", "300000", { fields: { storageClass: "GLACIER", fromLifecycle: true } })], { provider: "aws", category: "storage" }),
      resource("aws_s3_bucket.archive", [line("Storage (DEEP_ARCHIVE)", "GB-months", "0.00099", "500000", { fields: { storageClass: "DEEP_ARCHIVE" } })], { provider: "aws", category: "storage" }),
      resource("google_storage_bucket.small", [line("Storage (standard)", "GiB-months", "0.02", "10240", { fields: { storageClass: "standard" } })], { category: "storage" }),
    ]);
    expect(largeBucketLifecycle({ report: r }, params)).toEqual([]);
  });

  test("reads the lines' storageClass and fromLifecycle, not their names", () => {
    const r = report("s", [
      resource("google_storage_bucket.named", [line("Storage (nearline)", "GiB-months", "0.02", "204800", { fields: { storageClass: "standard" } })], { category: "storage" }),
      resource("aws_s3_bucket.flag", [line("Storage", "GB-months", "0.023", "300000", { fields: { storageClass: "STANDARD", fromLifecycle: true } })], { provider: "aws", category: "storage" }),
      resource("google_storage_bucket.unclassed", [line("Storage (standard)", "GiB-months", "0.02", "204800")], { category: "storage" }),
    ]);
    expect(largeBucketLifecycle({ report: r }, params).map((v) => v.address)).toEqual(["google_storage_bucket.named"]);
  });
});
