import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_disk", () => {
  const report = pricerGolden(__filename, "compute-disk");

  test("prices provisioned GiB at the book rate, count multiplies", () => {
    expect(resourceOf(report, "google_compute_disk.ssd").monthlyCost.expected).toBe("85");
    expect(resourceOf(report, "google_compute_disk.three").monthlyCost.expected).toBe("60");
    expect(resourceOf(report, "google_compute_disk.by_var").monthlyCost.expected).toBe("17");
    expect(resourceOf(report, "google_compute_disk.extreme").monthlyCost.expected).toBe("125");
    expect(resourceOf(report, "google_compute_disk.hyper_extreme").monthlyCost.expected).toBe("99.5");
    expect(resourceOf(report, "google_compute_disk.apac").monthlyCost.expected).toBe("11");
    expect(report.monthlyCost.expected).toBe("397.9");
  });

  test("references, unknown regions and unknown types are unpriced with the reason, never zero", () => {
    const reasons = Object.fromEntries(report.unpriced.filter((u) => !u.component?.startsWith("Provisioned")).map((u) => [u.address, u.reason]));
    expect(reasons["google_compute_disk.unknown"]).toMatch(/size is not known before apply/);
    expect(reasons["google_compute_disk.nowhere"]).toMatch(/no price for google\/compute\/pd-standard in us-central2/);
    expect(reasons["google_compute_disk.weird"]).toMatch(/unknown disk type "pd-imaginary"; costkit knows pd-standard, pd-balanced, pd-ssd, pd-extreme, hyperdisk-extreme/);
    expect(reasons["google_compute_disk.hyper_balanced"]).toBe("no price book has google/compute/hyperdisk-balanced");
    expect(report.free).toEqual([{ address: "google_compute_network.vpc", type: "google_compute_network" }]);
  });

  test("provisioned IOPS and throughput are separate lines, unpriced until a book has them", () => {
    const lines = report.unpriced.filter((u) => u.component?.startsWith("Provisioned")).map((u) => `${u.address} ${u.component}: ${u.reason}`);
    expect(lines).toEqual([
      "google_compute_disk.extreme Provisioned IOPS (pd-extreme): no price book has google/compute/pd-extreme-iops",
      "google_compute_disk.hyper_balanced Provisioned IOPS (hyperdisk-balanced): no price book has google/compute/hyperdisk-balanced-iops",
      "google_compute_disk.hyper_balanced Provisioned throughput (hyperdisk-balanced): no price book has google/compute/hyperdisk-balanced-throughput",
      "google_compute_disk.hyper_extreme Provisioned IOPS (hyperdisk-extreme): no price book has google/compute/hyperdisk-extreme-iops",
    ]);
  });
});
