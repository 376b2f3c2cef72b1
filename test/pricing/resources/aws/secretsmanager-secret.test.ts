import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_secretsmanager_secret", () => {
  const report = pricerGolden(__filename, "secretsmanager-secret");

  test("a secret-month per copy (replicas are secrets too) plus API calls from usage", () => {
    expect(resourceOf(report, "aws_secretsmanager_secret.db").monthlyCost.expected).toBe("0.9");
    expect(resourceOf(report, "aws_secretsmanager_secret.replicated").components[0]).toMatchObject({ name: "Secret (3 copies)", monthlyCost: { expected: "1.2" } });
    expect(resourceOf(report, "aws_secretsmanager_secret.replicated").components[1]).toMatchObject({ name: "API calls", dependsOnUsage: true });
    expect(report.monthlyCost.expected).toBe("2.1");
  });
});
