import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_secret_manager_secret and _version", () => {
  const report = pricerGolden(__filename, "secret-manager-secret");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("versions per replica location, access operations from usage", () => {
    expect(cost("google_secret_manager_secret_version.db_v1")).toBe("0.12");
    expect(cost("google_secret_manager_secret_version.api_v1")).toBe("0.06");
    expect(cost("google_secret_manager_secret.db")).toBe("0.3");
    expect(report.monthlyCost.expected).toBe("0.6");
  });
});
