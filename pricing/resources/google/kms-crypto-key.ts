import { Unpriceable } from "../../errors";
import { money } from "../../money";
import { Pricer } from "../../pricer";
import { scaleRange } from "../../range";

/** HSM algorithms billed at the lower HSM rate (AES-256, HMAC, RSA 2048); other HSM algorithms have their own rates. */
function hsmLowRate(purpose: string, algorithm: string | undefined): boolean {
  if (algorithm === undefined) return purpose === "ENCRYPT_DECRYPT";
  return algorithm === "GOOGLE_SYMMETRIC_ENCRYPTION" || algorithm.startsWith("AES_256") || algorithm.startsWith("HMAC_") || algorithm.includes("_2048_");
}

/**
 * `google_kms_crypto_key` (Cloud KMS): each active key version per month, at the rate of the key's protection level
 * (`version_template.protection_level`: SOFTWARE by default, HSM, EXTERNAL, EXTERNAL_VPC), and cryptographic operations
 * per 10,000 (`monthlyOperations`). A key has one active version when created; rotation (`rotation_period`) adds a
 * version each period and the old ones stay active (billed) until destroyed, so the usage `activeKeyVersions` (default
 * 1) says how many there are. HSM keys with RSA 3072/4096 or elliptic-curve algorithms are billed at other rates and
 * are unpriced with the reason. The key ring itself is free. Prices do not depend on the location.
 */
export const kmsCryptoKey: Pricer = {
  type: "google_kms_crypto_key",
  provider: "google",
  category: "other",
  usage: [
    { name: "activeKeyVersions", type: "quantity", unit: "versions", default: 1, description: "Key versions enabled or disabled but not destroyed (rotation adds one per period)." },
    { name: "monthlyOperations", type: "quantity", unit: "operations", description: "Cryptographic operations (encrypt, decrypt, sign, …) per month." },
  ],
  region: () => "global",
  price(r, lines) {
    const level = r.attrs.str("version_template.protection_level") ?? "SOFTWARE";
    const purpose = r.attrs.str("purpose") ?? "ENCRYPT_DECRYPT";
    const algorithm = r.attrs.str("version_template.algorithm");
    const versionPrice = (): string => {
      if (level === "SOFTWARE") return "google/kms/key-version-software";
      if (level === "EXTERNAL" || level === "EXTERNAL_VPC") return "google/kms/key-version-external";
      if (level === "HSM") {
        if (hsmLowRate(purpose, algorithm)) return "google/kms/key-version-hsm";
        throw new Unpriceable(`HSM key versions with algorithm ${algorithm} are billed at rates the price books do not have (RSA 3072/4096 and elliptic-curve HSM keys)`);
      }
      throw new Unpriceable(`unknown protection level "${level}"; Cloud KMS has SOFTWARE, HSM, EXTERNAL and EXTERNAL_VPC`);
    };
    lines.line("Active key versions", () => {
      const versions = r.usage.quantity("activeKeyVersions")!;
      lines.add({ name: `Active key versions (${level})`, unit: "version-months", priceId: versionPrice(), quantity: versions });
    });
    lines.line("Operations", () => {
      if (level === "HSM" && !hsmLowRate(purpose, algorithm)) throw new Unpriceable(`operations on HSM keys with algorithm ${algorithm} are billed at a rate the price books do not have`);
      const ops = r.usage.quantity("monthlyOperations");
      lines.add({ name: `Operations (${level})`, unit: "10K operations", priceId: "google/kms/operations", quantity: ops && scaleRange(ops, money(1).div(10_000)), usageBased: true });
    });
  },
};
