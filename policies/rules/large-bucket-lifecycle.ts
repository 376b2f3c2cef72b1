import Decimal from "decimal.js";
import { formatQuantity, Money, ZERO } from "../../pricing/money";
import { decimalParam, storageLines, toTib } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface LargeBucketLifecycleParams {
  /** Expected stored volume, in TiB, above which a bucket must tier its objects (a decimal string). */
  readonly minStorageTib: string;
}

const BUCKET_TYPES = ["google_storage_bucket", "aws_s3_bucket"];

/** Storage classes billed as hot storage; a bucket entirely in a colder class (nearline, GLACIER…) is tiered already. */
const HOT_CLASSES = ["standard", "STANDARD"];

/** Buckets storing more than `minStorageTib` (expected) do not keep it all in Standard: several classes, lifecycle rules, or a cold class. */
export function largeBucketLifecycle(ctx: RuleContext, params: LargeBucketLifecycleParams): Violation[] {
  const threshold = decimalParam(params.minStorageTib, "minStorageTib");
  const out: Violation[] = [];
  for (const r of ctx.report.resources) {
    if (!BUCKET_TYPES.includes(r.type)) continue;
    const lines = storageLines(r);
    const tib = lines.reduce((s: Decimal, c) => s.plus(toTib(new Money(c.monthlyQuantity.expected), c.unit)), ZERO);
    if (!tib.gt(threshold)) continue;
    const classes = new Set(lines.map((c) => c.storageClass!));
    const tiered = classes.size > 1 || lines.some((c) => c.fromLifecycle) || ![...classes].every((c) => HOT_CLASSES.includes(c));
    if (tiered) continue;
    out.push({
      address: r.address,
      message: `${r.address} stores ${formatQuantity(tib)} TiB (expected), more than ${formatQuantity(threshold)} TiB, all in ${[...classes].join(", ")} storage with no lifecycle tiering`,
    });
  }
  return out;
}
