import { Unpriceable } from "../../errors";
import { modulePrefix, ResourceInput } from "../../pricer";
import { kmsKeyPricer } from "./kms-key";

/**
 * The key spec of a multi-Region replica: its primary's (a replica cannot have its own), read from the primary key
 * that `primary_key_arn` refers to when it is in this configuration.
 */
export function primarySpec(r: ResourceInput): string {
  const ref = r.attrs.reference("primary_key_arn");
  const primary = ref ? r.document.get(modulePrefix(r) + ref.address) : undefined;
  if (!primary) throw new Unpriceable("the request rate depends on the key spec of the primary key, which is not in this configuration (primary_key_arn)");
  return primary.attrs.str("customer_master_key_spec") ?? primary.attrs.str("key_spec") ?? "SYMMETRIC_DEFAULT";
}

/**
 * `aws_kms_replica_key` (a multi-Region replica key): AWS bills each replica as a key of its own
 * (https://aws.amazon.com/kms/pricing/ charges the monthly key fee for each multi-Region primary and each replica): `Key` at
 * 1 key-month in the replica's region, and `Requests (<key spec>)` from usage at the rate of the primary's key spec.
 */
export const kmsReplicaKey = kmsKeyPricer("aws_kms_replica_key", primarySpec);
