import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_address", () => {
  const report = pricerGolden(__filename, "compute-address");

  test("external addresses in use and reserved; internal ones are free", () => {
    expect(resourceOf(report, "google_compute_address.web").monthlyCost.expected).toBe("3.65");
    expect(resourceOf(report, "google_compute_address.spare").components[0].name).toBe("External IP address (reserved, not in use)");
    expect(resourceOf(report, "google_compute_address.spare").monthlyCost.expected).toBe("7.3");
    expect(report.free.map((f) => f.address)).toEqual(["google_compute_address.internal", "google_compute_address.lb_ip"]);
  });

  test("an address a forwarding rule uses has no charge of its own, unless usage says otherwise", () => {
    expect(report.resources.find((r) => r.address === "google_compute_address.lb_ip")).toBeUndefined();
    expect(resourceOf(report, "google_compute_address.lb_kept").monthlyCost.expected).toBe("3.65");
    const addresses = report.resources.filter((r) => r.type === "google_compute_address").map((r) => `${r.address} ${r.monthlyCost.expected}`);
    expect(addresses).toEqual(["google_compute_address.lb_kept 3.65", "google_compute_address.spare 7.3", "google_compute_address.web 3.65"]);
  });
});
