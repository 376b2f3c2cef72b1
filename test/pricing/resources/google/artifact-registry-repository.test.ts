import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_artifact_registry_repository", () => {
  const report = pricerGolden(__filename, "artifact-registry-repository");

  test("storage from usage", () => {
    expect(resourceOf(report, "google_artifact_registry_repository.images").monthlyCost.expected).toBe("5");
    expect(report.monthlyCost.expected).toBe("5");
  });
});
