import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_kms_external_key, aws_kms_replica_key and aws_kms_replica_external_key", () => {
  const report = pricerGolden(__filename, "kms-key-variants");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("each is a key-month, with requests at the rate of its key spec", () => {
    expect(cost("aws_kms_external_key.imported")).toBe("2.5"); // 1 + 50 × 0.03
    expect(resourceOf(report, "aws_kms_replica_key.eu").components[1]).toMatchObject({ name: "Requests (ECC_NIST_P256)", unitPrice: "0.15" }); // the primary's spec
    expect(cost("aws_kms_replica_key.eu")).toBe("2.5"); // 1 + 10 × 0.15
    expect(resourceOf(report, "aws_kms_replica_external_key.eu").components[1]).toMatchObject({ name: "Requests (SYMMETRIC_DEFAULT)", dependsOnUsage: true });
    expect(report.monthlyCost.expected).toBe("8");
  });

  test("a replica whose primary is not in the configuration prices its key; its requests are unpriced with the reason", () => {
    expect(cost("aws_kms_replica_key.orphan")).toBe("1");
    expect(report.unpriced).toEqual([
      expect.objectContaining({ address: "aws_kms_replica_key.orphan", component: "Requests", reason: expect.stringMatching(/key spec of the primary key, which is not in this configuration/) }),
    ]);
  });
});
