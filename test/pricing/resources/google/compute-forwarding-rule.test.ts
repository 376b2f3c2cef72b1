import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_forwarding_rule", () => {
  const report = pricerGolden(__filename, "compute-forwarding-rule");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("the first 5 rules of a region share the minimum charge, later ones pay the per-rule rate", () => {
    expect(cost("google_compute_forwarding_rule.fr_a")).toBe("11.65");
    expect(cost("google_compute_forwarding_rule.fr_e")).toBe("3.65");
    expect(cost("google_compute_forwarding_rule.fr_f")).toBe("7.3");
    expect(resourceOf(report, "google_compute_forwarding_rule.fr_g").components[0].name).toBe("Forwarding rule (beyond the first 5)");
  });

  test("regions are counted apart", () => {
    expect(cost("google_compute_forwarding_rule.fr_eu")).toBe("18.25");
    expect(report.monthlyCost.expected).toBe("59.1");
  });
});
