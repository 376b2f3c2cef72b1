import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_address", () => {
  const report = pricerGolden(__filename, "compute-address");

  test("external addresses in use and reserved; internal ones are free", () => {
    expect(resourceOf(report, "google_compute_address.web").monthlyCost.expected).toBe("3.65");
    expect(resourceOf(report, "google_compute_address.spare").components[0].name).toBe("External IP address (reserved, not in use)");
    expect(resourceOf(report, "google_compute_address.spare").monthlyCost.expected).toBe("7.3");
    expect(report.free.map((f) => f.address)).toEqual(["google_compute_address.internal"]);
    expect(report.monthlyCost.expected).toBe("10.95");
  });
});
