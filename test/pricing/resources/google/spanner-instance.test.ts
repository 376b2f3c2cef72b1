import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_spanner_instance", () => {
  const report = pricerGolden(__filename, "spanner-instance");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;
  const unpriced = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("nodes and storage at the Standard edition rate of a regional configuration", () => {
    expect(cost("google_spanner_instance.sp_std").expected).toBe("1344");
  });

  test("processing units bill as fractions of a node; a missing edition is assumed Standard and says so", () => {
    const r = resourceOf(report, "google_spanner_instance.sp_pu");
    expect(r.monthlyCost.expected).toBe("197.1");
    expect(r.components[0].name).toBe("Compute capacity (Standard edition, assumed: edition not set, 0.3 nodes)");
  });

  test("autoscaling limits give a range, expected from usage", () => {
    expect(cost("google_spanner_instance.sp_auto")).toEqual({ min: "657", expected: "1314", max: "3285" });
  });

  test("multi-region configurations and other editions are unpriced with the reason, never zero", () => {
    expect(unpriced("google_spanner_instance.sp_multi")).toMatch(/"nam3" is dual- or multi-region/);
    expect(unpriced("google_spanner_instance.sp_ent")).toMatch(/edition ENTERPRISE is not priced/);
  });
});
