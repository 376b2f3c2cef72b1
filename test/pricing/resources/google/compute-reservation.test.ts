import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_reservation", () => {
  const report = pricerGolden(__filename, "compute-reservation");

  test("count reserved VMs at on-demand rates all month, with the series' sustained-use discount", () => {
    const d = resourceOf(report, "google_compute_reservation.default");
    expect(d.components.map((c) => `${c.name}: ${c.monthlyQuantity.expected} × ${c.unitPrice}`)).toEqual([
      "vCPU (reserved, on-demand, n2-standard-2): 1460 × 0.0252951222",
      "Memory (reserved, on-demand, n2-standard-2): 5840 × 0.0033904474",
    ]);
    expect(d.monthlyCost.expected).toBe("56.731091228");
  });

  test("GPUs and Local SSD of the reserved instance properties, per reserved VM", () => {
    expect(resourceOf(report, "google_compute_reservation.gpu").monthlyCost.expected).toBe("611.878978");
  });

  test("a reservation from an instance template is unpriced with the reason", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      "google_compute_reservation.template: the reservation takes its machines from source_instance_template, which costkit does not read for reservations; give instance_properties (machine_type) instead",
    ]);
  });
});
