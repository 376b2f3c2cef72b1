import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_ecr_repository", () => {
  const report = pricerGolden(__filename, "ecr-repository");

  test("image storage from usage; without usage the line depends on usage", () => {
    expect(resourceOf(report, "aws_ecr_repository.app").monthlyCost.expected).toBe("2.5");
    expect(resourceOf(report, "aws_ecr_repository.base").components[0]).toMatchObject({ unitPrice: "0.1", dependsOnUsage: true });
    expect(report.monthlyCost.expected).toBe("2.5");
  });
});
