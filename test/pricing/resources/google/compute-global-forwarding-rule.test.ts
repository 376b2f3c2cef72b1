import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_global_forwarding_rule", () => {
  const report = pricerGolden(__filename, "compute-global-forwarding-rule");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("the first 5 global rules share the hourly charge, later ones pay the per-rule rate", () => {
    expect(cost("google_compute_global_forwarding_rule.gfr_a")).toBe("11.65");
    expect(cost("google_compute_global_forwarding_rule.gfr_e")).toBe("3.65");
    expect(cost("google_compute_global_forwarding_rule.gfr_f")).toBe("7.3");
    expect(resourceOf(report, "google_compute_global_forwarding_rule.gfr_g").components[0].name).toBe("Forwarding rule (beyond the first 5)");
    expect(report.monthlyCost.expected).toBe("40.85");
  });

  test("data processed is priced in the provider's region, and depends on usage when none is declared", () => {
    expect(resourceOf(report, "google_compute_global_forwarding_rule.gfr_a").components[1].name).toBe("Data processed (us-central1)");
    expect(resourceOf(report, "google_compute_global_forwarding_rule.gfr_b").components[1].monthlyCost.expected).toBe("0");
  });
});
