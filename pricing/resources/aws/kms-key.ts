import { Pricer, ResourceInput } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/** Key specs whose requests are billed at the symmetric rate (RSA 2048 included); other asymmetric keys cost more. */
const SYMMETRIC_RATE_SPECS = new Set(["SYMMETRIC_DEFAULT", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "RSA_2048"]);

/**
 * `aws_kms_key` (a customer managed key):
 * - `Key`: 1 key-month ($1 a month, the same for symmetric, asymmetric, HMAC and multi-Region keys).
 * - `Requests (<key spec>)`: `monthlyRequests` ÷ 10,000 at the symmetric rate (symmetric, HMAC and RSA 2048 keys) or the
 *   asymmetric rate (other RSA and ECC keys); without usage the line depends on usage.
 * Automatic rotation (`enable_key_rotation`) adds $1 a month for each of the first two rotations, that is from the
 * second year: not in a monthly estimate. The free tier (20,000 requests a month) is not deducted. AWS managed keys
 * are not Terraform resources and cost nothing.
 */
export const kmsKey: Pricer = kmsKeyPricer("aws_kms_key", (r) => r.attrs.str("customer_master_key_spec") ?? r.attrs.str("key_spec") ?? "SYMMETRIC_DEFAULT");

/**
 * A pricer for a type billed as one customer managed key: `aws_kms_key`, and the keys that AWS bills the same way
 * (https://aws.amazon.com/kms/pricing/: each multi-Region replica key and each key with imported material is a key).
 * `specOf` gives the key spec that decides the request rate; throwing Unpriceable makes only the requests line unpriced.
 */
export function kmsKeyPricer(type: string, specOf: (r: ResourceInput) => string): Pricer {
  return {
    type,
    provider: "aws",
    category: "other",
    usage: [
      { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Cryptographic and management API requests to the key per month (Encrypt, Decrypt, GenerateDataKey…, including those AWS services make on your behalf)." },
    ],
    price(r, lines) {
      lines.add({ name: "Key", unit: "key-months", priceId: "aws/kms/key", quantity: fixed(1) });
      lines.line("Requests", () => {
        const spec = specOf(r).toUpperCase();
        const requests = r.usage.quantity("monthlyRequests");
        lines.add({
          name: `Requests (${spec})`, unit: "10K requests", priceId: SYMMETRIC_RATE_SPECS.has(spec) ? "aws/kms/requests" : "aws/kms/requests-asymmetric",
          quantity: requests === undefined ? undefined : scaleRange(requests, "0.0001"), usageBased: true,
        });
      });
    },
  };
}
