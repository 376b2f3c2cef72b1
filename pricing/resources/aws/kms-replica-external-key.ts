import { kmsKeyPricer } from "./kms-key";
import { primarySpec } from "./kms-replica-key";

/**
 * `aws_kms_replica_external_key` (a multi-Region replica of a key with imported material): billed as a key of its own
 * (https://aws.amazon.com/kms/pricing/), `Key` at 1 key-month and `Requests (<key spec>)` from usage at the rate of the
 * primary key's spec, as on aws_kms_replica_key.
 */
export const kmsReplicaExternalKey = kmsKeyPricer("aws_kms_replica_external_key", primarySpec);
