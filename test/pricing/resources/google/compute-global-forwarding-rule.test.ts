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

describe("google_compute_global_forwarding_rule: where data processing is billed", () => {
  const report = pricerGolden(__filename, "compute-global-forwarding-rule-backends");
  const rule = (name: string) => resourceOf(report, `google_compute_global_forwarding_rule.${name}`);

  test("in the region of the backends the configuration shows, rather than the provider's", () => {
    expect(rule("web").components[1]).toMatchObject({ name: "Data processed (europe-west2, backends' region)", priceId: "google/lb/data-processed@europe-west2", unitPrice: "0.01" });
    expect(rule("web").monthlyCost.expected).toBe("14.5625");
  });

  test("per region from monthlyDataProcessedGibByRegion", () => {
    expect(rule("by_region").components.slice(1).map((c) => `${c.name}: ${c.monthlyCost.expected}`)).toEqual([
      "Data processed (asia-northeast1): 1.2",
      "Data processed (us-central1): 0.4",
    ]);
  });

  test("backends in several regions without by-region usage: unpriced, naming the regions; a backend bucket falls back to the provider's region", () => {
    const rules = report.unpriced.filter((u) => u.type === "google_compute_global_forwarding_rule");
    expect(rules.map((u) => `${u.address} [${u.component}]: ${u.reason}`)).toEqual([
      "google_compute_global_forwarding_rule.tcp [Data processed]: the rule's backends run in us-east1, us-west2, and data processing is billed in the region that processes the traffic: give monthlyDataProcessedGibByRegion",
    ]);
    expect(rule("bucket").components[1]).toMatchObject({ name: "Data processed (us-central1)", dependsOnUsage: true });
  });
});
