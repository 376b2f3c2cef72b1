import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("costkit_onprem_colocation", () => {
  const report = pricerGolden(__filename, "onprem-colocation");
  const cost = (address: string) => resourceOf(report, address).monthlyCost.expected;

  test("wholesale colocation per kW of IT load, and power per kW × PUE", () => {
    const na = resourceOf(report, "costkit_onprem_colocation.site_na");
    expect(na.components.map((c) => [c.name, c.unit, c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["Colocation (wholesale, per kW of IT load)", "kW-months", "250", "184.06", "46015"],
      ["Power (PUE 1.4)", "kW-months", "350", "73", "25550"],
    ]);
    expect(cost("costkit_onprem_colocation.site_eu")).toBe("3578.25");
    expect(resourceOf(report, "costkit_onprem_colocation.site_eu").category).toBe("storage");
    expect(cost("costkit_onprem_colocation.efficient")).toBe("26436");
    expect(report.monthlyCost.expected).toBe("101579.25");
  });

  test("a PUE below 1 is unpriced with the reason", () => {
    expect(report.unpriced).toEqual([expect.objectContaining({ address: "costkit_onprem_colocation.bad_pue", reason: expect.stringMatching(/pue is 0.9; it must be a number ≥ 1/) })]);
  });
});
