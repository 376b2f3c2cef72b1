import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_kms_key_handle", () => {
  const report = pricerGolden(__filename, "kms-key-handle");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("the Autokey key is billed as a Cloud HSM key: active versions and operations per 10,000", () => {
    expect(cost("google_kms_key_handle.bucket_key")).toBe("1");
    expect(resourceOf(report, "google_kms_key_handle.bucket_key").components.map((c) => [c.name, c.dependsOnUsage ?? false])).toEqual([
      ["Active key versions (HSM)", false], ["Operations (HSM)", true],
    ]);
    expect(cost("google_kms_key_handle.disk_key")).toBe("11");
    expect(report.monthlyCost.expected).toBe("12");
  });

  test("the Autokey configuration is free; nothing is unpriced", () => {
    expect(report.free.map((f) => f.address)).toEqual(["google_kms_autokey_config.config"]);
    expect(report.unpriced).toEqual([]);
  });
});
