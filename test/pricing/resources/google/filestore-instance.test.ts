import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_filestore_instance", () => {
  const report = pricerGolden(__filename, "filestore-instance");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const unpriced = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("provisioned capacity at the tier's regional rate; old tier names map to the basic tiers", () => {
    expect(cost("google_filestore_instance.fs_hdd")).toBe("204.8");
    expect(resourceOf(report, "google_filestore_instance.fs_hdd").components[0].name).toBe("Capacity (basic-hdd, 1024 GiB)");
    expect(cost("google_filestore_instance.fs_ssd")).toBe("844.8");
    expect(cost("google_filestore_instance.fs_ent")).toBe("727.04");
    expect(report.monthlyCost.expected).toBe("1776.64");
  });

  test("tiers and regions without a sourced rate are unpriced with the reason", () => {
    expect(unpriced("google_filestore_instance.fs_zonal")).toMatch(/tier ZONAL is not priced/);
    expect(unpriced("google_filestore_instance.fs_africa")).toMatch(/africa-south1/);
  });
});
