import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_kms_crypto_key", () => {
  const report = pricerGolden(__filename, "kms-crypto-key");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("active key versions by protection level, and operations per 10,000", () => {
    expect(cost("google_kms_crypto_key.key_soft")).toBe("3.06");
    expect(cost("google_kms_crypto_key.key_hsm")).toBe("1");
    expect(cost("google_kms_crypto_key.key_rotated")).toBe("0.72");
    expect(report.monthlyCost.expected).toBe("4.78");
  });

  test("HSM elliptic-curve keys are unpriced with the reason; the key ring is free", () => {
    expect(report.unpriced.filter((u) => u.address === "google_kms_crypto_key.key_hsm_ec").map((u) => u.reason).join(" ")).toMatch(/EC_SIGN_P256_SHA256/);
    expect(report.free.map((f) => f.address)).toContain("google_kms_key_ring.ring");
  });
});
