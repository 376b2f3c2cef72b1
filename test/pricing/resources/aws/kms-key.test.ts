import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_kms_key", () => {
  const report = pricerGolden(__filename, "kms-key");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("a key-month plus requests at the rate of the key spec", () => {
    expect(cost("aws_kms_key.data")).toBe("7"); // 1 + 200 × 0.03
    expect(cost("aws_kms_key.signing")).toBe("2.5"); // 1 + 10 × 0.15
    expect(resourceOf(report, "aws_kms_key.signing").components[1]).toMatchObject({ name: "Requests (ECC_NIST_P256)", unitPrice: "0.15" });
  });

  test("the global price applies in every region; requests without usage depend on usage", () => {
    expect(cost("aws_kms_key.rsa")).toBe("1");
    expect(resourceOf(report, "aws_kms_key.rsa").components[1]).toMatchObject({ name: "Requests (RSA_2048)", unitPrice: "0.03", dependsOnUsage: true });
    expect(report.unpriced).toEqual([]);
    expect(report.monthlyCost.expected).toBe("10.5");
  });
});
