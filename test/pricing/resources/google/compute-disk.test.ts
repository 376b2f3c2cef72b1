import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_disk", () => {
  const report = pricerGolden(__filename, "compute-disk");

  test("prices provisioned GiB at the book rate, count multiplies", () => {
    expect(resourceOf(report, "google_compute_disk.ssd").monthlyCost.expected).toBe("85");
    expect(resourceOf(report, "google_compute_disk.three").monthlyCost.expected).toBe("60");
    expect(resourceOf(report, "google_compute_disk.by_var").monthlyCost.expected).toBe("17");
    expect(report.monthlyCost.expected).toBe("162.4");
  });

  test("references, unknown regions and unknown types are unpriced with the reason, never zero", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["google_compute_disk.unknown"]).toMatch(/size is not known before apply/);
    expect(reasons["google_compute_disk.nowhere"]).toMatch(/no price for google\/compute\/pd-standard in asia-east1/);
    expect(reasons["google_compute_disk.weird"]).toMatch(/unknown disk type "pd-imaginary"/);
    expect(report.free).toEqual([{ address: "google_compute_network.vpc", type: "google_compute_network" }]);
  });
});
