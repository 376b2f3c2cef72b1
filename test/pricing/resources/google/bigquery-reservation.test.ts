import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_bigquery_reservation", () => {
  const report = pricerGolden(__filename, "bigquery-reservation");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;

  test("baseline slots always, autoscaled slots from usage or a range up to max_slots", () => {
    expect(cost("google_bigquery_reservation.standard")).toEqual({ min: "0", expected: "0", max: "2920" });
    expect(cost("google_bigquery_reservation.enterprise").expected).toBe("6570"); // 100 × 730 × 0.06 + 50 × 730 × 0.06
    expect(cost("google_bigquery_reservation.plus").expected).toBe("36500"); // 500 × 730 × 0.10 (location defaults to US)
    expect(report.monthlyCost).toEqual({ min: "43070", expected: "43070", max: "45990" });
  });

  test("a location without rates and a legacy reservation are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["google_bigquery_reservation.eu"]).toMatch(/no price for google\/bigquery\/slots-enterprise in eu/);
    expect(reasons["google_bigquery_reservation.legacy"]).toMatch(/edition is not set/);
    expect(report.unpriced).toHaveLength(2);
  });
});
