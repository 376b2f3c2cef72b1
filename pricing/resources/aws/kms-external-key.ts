import { kmsKeyPricer } from "./kms-key";

/**
 * `aws_kms_external_key` (a KMS key with imported key material): billed as a customer managed key
 * (https://aws.amazon.com/kms/pricing/), `Key` at 1 key-month and `Requests (<key spec>)` from usage, as on aws_kms_key.
 * Its key spec is `key_spec` where the provider has it, else symmetric (the only spec of imported material before 2025).
 */
export const kmsExternalKey = kmsKeyPricer("aws_kms_external_key", (r) => r.attrs.str("key_spec") ?? "SYMMETRIC_DEFAULT");
