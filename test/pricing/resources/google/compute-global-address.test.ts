import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_global_address", () => {
  const report = pricerGolden(__filename, "compute-global-address");
  const free = report.free.map((f) => f.address);

  test("an address no forwarding rule uses bills the idle rate", () => {
    expect(resourceOf(report, "google_compute_global_address.ga_idle").monthlyCost.expected).toBe("7.3");
    expect(report.monthlyCost.expected).toBe("25.55");
  });

  test("an address used by a forwarding rule, declared in use, or internal costs nothing", () => {
    expect(free).toEqual(expect.arrayContaining([
      "google_compute_global_address.ga_lb", "google_compute_global_address.ga_declared", "google_compute_global_address.ga_internal",
    ]));
    expect(free).not.toContain("google_compute_global_address.ga_idle");
  });
});
