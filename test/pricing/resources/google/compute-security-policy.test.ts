import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_security_policy", () => {
  const report = pricerGolden(__filename, "compute-security-policy");

  test("policy, rules and requests", () => {
    expect(resourceOf(report, "google_compute_security_policy.edge").monthlyCost.expected).toBe("45.5");
    expect(resourceOf(report, "google_compute_security_policy.edge").components[1].name).toBe("Rules (3)");
    expect(resourceOf(report, "google_compute_security_policy.empty").monthlyCost.expected).toBe("6");
    expect(report.monthlyCost.expected).toBe("51.5");
  });
});
