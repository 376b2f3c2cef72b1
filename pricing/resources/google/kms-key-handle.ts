import { money } from "../../money";
import { Pricer } from "../../pricer";
import { scaleRange } from "../../range";

/**
 * `google_kms_key_handle` (Cloud KMS Autokey): creating a key handle makes Autokey create a Cloud HSM key for the resource
 * type it names. Autokey itself has no charge, and its keys are billed as other Cloud HSM keys with the same settings
 * (https://cloud.google.com/kms/docs/kms-with-autokey): symmetric encryption keys at the HSM rate for AES-256 per
 * active key version a month, and cryptographic operations per 10,000 (`monthlyOperations`). Autokey rotates its keys
 * (yearly); old versions stay billed until destroyed, so the usage `activeKeyVersions` (default 1) says how many there
 * are. Prices do not depend on the location.
 */
export const kmsKeyHandle: Pricer = {
  type: "google_kms_key_handle",
  provider: "google",
  category: "other",
  usage: [
    { name: "activeKeyVersions", type: "quantity", unit: "versions", default: 1, description: "Versions of the Autokey key enabled or disabled but not destroyed (each yearly rotation adds one)." },
    { name: "monthlyOperations", type: "quantity", unit: "operations", description: "Cryptographic operations (encrypt, decrypt) on the key per month." },
  ],
  region: () => "global",
  price(r, lines) {
    lines.add({ name: "Active key versions (HSM)", unit: "version-months", priceId: "google/kms/key-version-hsm", quantity: r.usage.quantity("activeKeyVersions") });
    const ops = r.usage.quantity("monthlyOperations");
    lines.add({ name: "Operations (HSM)", unit: "10K operations", priceId: "google/kms/operations", quantity: ops && scaleRange(ops, money(1).div(10_000)), usageBased: true });
  },
};
