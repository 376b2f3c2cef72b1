import { ComponentSpec, CostLines, Pricer } from "../../pricer";
import { addRanges, perThousand, Range } from "../../range";
import { UsageKeyDef } from "../../usage";
import { ageBands, bandGb, BOUNDS, DEFAULT_RETRIEVAL, lifecycleOf, MIN_DAYS, monthsOf, ordered, S3_STORAGE_CLASSES, S3StorageClass, tidy } from "../common/s3-lifecycle";

/** The slug of each class in the price ids (`aws/s3/storage-<slug>`, `aws/s3/requests-put-<slug>`…). */
const SLUG: Record<S3StorageClass, string> = {
  STANDARD: "standard", INTELLIGENT_TIERING: "intelligent-tiering", STANDARD_IA: "standard-ia", ONEZONE_IA: "onezone-ia",
  GLACIER_IR: "glacier-ir", GLACIER: "glacier", DEEP_ARCHIVE: "deep-archive",
};

/** Intelligent-Tiering access tiers: usage key → [name in the line, price id]. */
const INT_TIERS: Record<string, [string, string]> = {
  FREQUENT: ["frequent access", "aws/s3/storage-intelligent-tiering-frequent"],
  INFREQUENT: ["infrequent access", "aws/s3/storage-intelligent-tiering-infrequent"],
  ARCHIVE_INSTANT: ["archive instant access", "aws/s3/storage-intelligent-tiering-archive-instant"],
  ARCHIVE: ["archive access", "aws/s3/storage-intelligent-tiering-archive"],
  DEEP_ARCHIVE: ["deep archive access", "aws/s3/storage-intelligent-tiering-deep-archive"],
};

/** Retrieval kinds (per GB): usage key → [class, option or undefined, price id]. */
const RETRIEVALS: Record<string, [S3StorageClass, string | undefined, string]> = {
  STANDARD_IA: ["STANDARD_IA", undefined, "aws/s3/retrieval-standard-ia"],
  ONEZONE_IA: ["ONEZONE_IA", undefined, "aws/s3/retrieval-onezone-ia"],
  GLACIER_IR: ["GLACIER_IR", undefined, "aws/s3/retrieval-glacier-ir"],
  GLACIER_EXPEDITED: ["GLACIER", "expedited", "aws/s3/retrieval-glacier-expedited"],
  GLACIER_STANDARD: ["GLACIER", "standard", "aws/s3/retrieval-glacier-standard"],
  GLACIER_BULK: ["GLACIER", "bulk", "aws/s3/retrieval-glacier-bulk"],
  DEEP_ARCHIVE_STANDARD: ["DEEP_ARCHIVE", "standard", "aws/s3/retrieval-deep-archive-standard"],
  DEEP_ARCHIVE_BULK: ["DEEP_ARCHIVE", "bulk", "aws/s3/retrieval-deep-archive-bulk"],
};

/** Restore requests of the archive classes: usage key → [class, option, price id]. */
const RESTORES: Record<string, [S3StorageClass, string, string]> = {
  GLACIER_EXPEDITED: ["GLACIER", "expedited", "aws/s3/restore-requests-glacier-expedited"],
  GLACIER_STANDARD: ["GLACIER", "standard", "aws/s3/restore-requests-glacier-standard"],
  GLACIER_BULK: ["GLACIER", "bulk", "aws/s3/restore-requests-glacier-bulk"],
  DEEP_ARCHIVE_STANDARD: ["DEEP_ARCHIVE", "standard", "aws/s3/restore-requests-deep-archive-standard"],
  DEEP_ARCHIVE_BULK: ["DEEP_ARCHIVE", "bulk", "aws/s3/restore-requests-deep-archive-bulk"],
};
/** The tables above as entries, in their order (read for every bucket). */
const RETRIEVAL_ENTRIES = Object.entries(RETRIEVALS);
const RESTORE_ENTRIES = Object.entries(RESTORES);

const USAGE: readonly UsageKeyDef[] = [
  {
    name: "storageGb", type: "quantity", unit: "GB-months",
    description: "Average GB stored in the month. Without lifecycle rules it is priced as STANDARD; with lifecycle transitions it is split across classes by the lifecycle model (with monthlyNewGb). Ignored when storageGbByClass is given.",
  },
  {
    name: "storageGbByClass", type: "quantity-map", unit: "GB-months", keys: S3_STORAGE_CLASSES,
    description: "Average GB stored per storage class (STANDARD, INTELLIGENT_TIERING, STANDARD_IA, ONEZONE_IA, GLACIER_IR, GLACIER, DEEP_ARCHIVE). Takes precedence over storageGb and the lifecycle split.",
  },
  {
    name: "intelligentTieringGbByTier", type: "quantity-map", unit: "GB-months", keys: Object.keys(INT_TIERS),
    description: "Intelligent-Tiering storage per access tier (FREQUENT, INFREQUENT, ARCHIVE_INSTANT, ARCHIVE, DEEP_ARCHIVE). Without it, Intelligent-Tiering storage is priced at the frequent-access rate (an upper bound).",
  },
  { name: "intelligentTieringObjects", type: "quantity", unit: "objects", description: "Objects of 128 KB or more in Intelligent-Tiering (monitoring and automation fee per 1,000 objects)." },
  {
    name: "monthlyNewGb", type: "quantity", unit: "GB",
    description: "GB written to the bucket each month (into STANDARD). With lifecycle rules, the steady-state storage per class is derived from it.",
  },
  { name: "monthlyNewObjects", type: "quantity", unit: "objects", description: "Objects written each month; each later passes every lifecycle transition once (transition requests)." },
  { name: "monthlyPutRequestsByClass", type: "quantity-map", unit: "requests", keys: S3_STORAGE_CLASSES, description: "PUT, COPY, POST and LIST requests per month, per storage class." },
  { name: "monthlyGetRequestsByClass", type: "quantity-map", unit: "requests", keys: S3_STORAGE_CLASSES, description: "GET, SELECT and all other requests per month, per storage class." },
  {
    name: "monthlyRetrievalGbByClass", type: "quantity-map", unit: "GB", keys: Object.keys(RETRIEVALS),
    description: "GB retrieved per month: STANDARD_IA, ONEZONE_IA, GLACIER_IR, GLACIER_EXPEDITED, GLACIER_STANDARD, GLACIER_BULK, DEEP_ARCHIVE_STANDARD, DEEP_ARCHIVE_BULK.",
  },
  {
    name: "monthlyRestoreRequestsByTier", type: "quantity-map", unit: "requests", keys: Object.keys(RESTORES),
    description: "Restore requests per month from the archive classes: GLACIER_EXPEDITED, GLACIER_STANDARD, GLACIER_BULK, DEEP_ARCHIVE_STANDARD, DEEP_ARCHIVE_BULK.",
  },
  { name: "monthlyDataTransferOutGb", type: "quantity", unit: "GB", description: "GB served from the bucket to the internet per month (not through CloudFront)." },
];


function storageLines(
  lines: CostLines,
  cls: S3StorageClass,
  gb: Range | undefined,
  suffix: string,
  intTiers: ReadonlyMap<string, Range> | undefined,
  usageBased: boolean,
): void {
  const fromLifecycle = suffix !== "";
  if (cls === "INTELLIGENT_TIERING") {
    if (intTiers !== undefined) return; // priced from intelligentTieringGbByTier
    lines.add({ name: `Storage (INTELLIGENT_TIERING, frequent access${suffix})`, unit: "GB-months", priceId: INT_TIERS.FREQUENT[1], quantity: gb, usageBased, storageClass: cls, ...(fromLifecycle ? { fromLifecycle } : {}) });
    return;
  }
  lines.add({ name: `Storage (${cls}${suffix})`, unit: "GB-months", priceId: `aws/s3/storage-${SLUG[cls]}`, quantity: gb, usageBased, storageClass: cls, ...(fromLifecycle ? { fromLifecycle } : {}) });
}

/**
 * `aws_s3_bucket`: storage per class, requests, retrievals, lifecycle transitions and data transfer out, all from usage.
 *
 * Storage comes from, in order: `storageGbByClass` (one line per class given); else, when the bucket has lifecycle
 * transitions or an expiration, the steady-state lifecycle model below (lines named `Storage (GLACIER, from lifecycle)`);
 * else `storageGb` as STANDARD. Intelligent-Tiering storage is priced at the frequent-access rate unless
 * `intelligentTieringGbByTier` splits it across access tiers.
 *
 * Lifecycle model. Rules come from any `aws_s3_bucket_lifecycle_configuration` whose `bucket` refers to this bucket
 * (`${aws_s3_bucket.x.id}` or `.bucket`) or equals its literal `bucket` name, and from legacy inline `lifecycle_rule`
 * blocks; enabled rules with transitions or an expiration that apply to the same objects are merged. Objects are
 * written into STANDARD at a constant N = `monthlyNewGb` GB a month; an object aged a days sits in the class of the
 * latest transition at or before a, and is gone after the expiration. In the steady state, the band of ages
 * [d1, d2) therefore holds N × (d2 − d1) / 30.4167 GB (a month is 730 h). Without an expiration the last class keeps
 * growing: its content is `storageGb` minus the younger bands, or unknown (shown as depending on usage). With an
 * expiration and only `storageGb`, N = storageGb × 30.4167 / expiration days. Objects leaving a class before its
 * minimum duration (30 days IA, 90 Glacier IR and Flexible, 180 Deep Archive) add an early-deletion line for the
 * remaining days. Every month's `monthlyNewObjects` pass each transition once: one transition request each, priced at
 * the destination class's rate. Noncurrent versions, date-based rules, the 128 KB minimum object size and the 40 KB
 * per-object archive index are not modelled; rules that split the bucket by prefix, tag or size make the derived
 * lines unpriced (give `storageGbByClass`). A `lifecycle_rule` unknown as a whole (plans show it so for new buckets,
 * the provider computing it from the configuration resource) counts as none. In a plan, a configuration whose
 * `bucket` is unknown before apply cannot be matched to its bucket.
 *
 * Tiers (STANDARD storage above 50 TB, data transfer out above 10 TB) are applied per bucket, while AWS applies them
 * to the account's monthly total in the region. The account-wide 100 GB a month of free data transfer out is not
 * deducted. Requests are shown for STANDARD (depending on usage) unless the usage gives them per class.
 */
export const s3Bucket: Pricer = {
  type: "aws_s3_bucket",
  provider: "aws",
  category: "storage",
  usage: USAGE,
  price(r, lines) {
    const u = r.usage;
    const byClass = u.quantityMap("storageGbByClass");
    const intTiers = u.quantityMap("intelligentTieringGbByTier");
    const newObjects = u.quantity("monthlyNewObjects");
    const lifecycle = lifecycleOf(r);
    const held = new Set<S3StorageClass>();

    // storage
    let lifecycleInt: { objects: Range | undefined } | undefined;
    if (byClass !== undefined) {
      for (const cls of S3_STORAGE_CLASSES) {
        const gb = byClass.get(cls);
        if (gb === undefined) continue;
        held.add(cls);
        storageLines(lines, cls, gb, "", intTiers, true);
      }
    } else if (lifecycle.kind === "error") {
      lines.unpriceable(lifecycle.reason, "Storage (from lifecycle)");
    } else if (lifecycle.kind === "schedule") {
      const s = lifecycle.schedule;
      const bands = ageBands(s);
      lines.line("Storage (from lifecycle)", () => {
        const { gb, ingest } = bandGb(bands, u.quantity("monthlyNewGb"), u.quantity("storageGb"), s);
        // a class can hold several bands (a rule may move data back and forth); their GB add up
        const perClass = new Map<S3StorageClass, { q: Range | undefined }>();
        bands.forEach((b, i) => {
          held.add(b.storageClass);
          const cur = gb[i];
          const seen = perClass.get(b.storageClass);
          if (seen === undefined) perClass.set(b.storageClass, { q: cur });
          else seen.q = seen.q === undefined || cur === undefined ? undefined : addRanges(seen.q, cur);
        });
        for (const [cls, { q }] of perClass) {
          storageLines(lines, cls, q, ", from lifecycle", intTiers, true);
          if (cls === "INTELLIGENT_TIERING") {
            lifecycleInt = { objects: q !== undefined && ingest !== undefined && newObjects !== undefined ? ratio(q, newObjects, ingest) : undefined };
          }
        }
        bands.forEach((b) => {
          const min = MIN_DAYS[b.storageClass];
          if (min === undefined || b.toDays === undefined || b.toDays - b.fromDays >= min) return;
          const shortfall = monthsOf(min - (b.toDays - b.fromDays));
          lines.add({
            name: `Early deletion (${b.storageClass}, from lifecycle)`, unit: "GB-months", priceId: `aws/s3/storage-${SLUG[b.storageClass]}`,
            quantity: ingest === undefined ? undefined : ordered(BOUNDS.map((k) => tidy(ingest[k].times(shortfall)))), usageBased: true,
          });
        });
      });
    } else if (intTiers === undefined || u.declared("storageGb")) {
      held.add("STANDARD");
      lines.add({ name: "Storage (STANDARD)", unit: "GB-months", priceId: "aws/s3/storage-standard", quantity: u.quantity("storageGb"), usageBased: true, storageClass: "STANDARD" });
    }

    // Intelligent-Tiering access tiers and monitoring
    if (intTiers !== undefined) {
      held.add("INTELLIGENT_TIERING");
      for (const [key, [label, priceId]] of Object.entries(INT_TIERS)) {
        const gb = intTiers.get(key);
        if (gb !== undefined) lines.add({ name: `Storage (INTELLIGENT_TIERING, ${label})`, unit: "GB-months", priceId, quantity: gb, usageBased: true, storageClass: "INTELLIGENT_TIERING" });
      }
    }
    if (held.has("INTELLIGENT_TIERING") || u.declared("intelligentTieringObjects")) {
      const declared = u.quantity("intelligentTieringObjects");
      const fromLifecycle = declared === undefined && lifecycleInt !== undefined;
      lines.add({
        name: `Monitoring (INTELLIGENT_TIERING${fromLifecycle ? ", from lifecycle" : ""})`, unit: "1K objects", priceId: "aws/s3/intelligent-tiering-monitoring",
        quantity: perThousand(declared ?? lifecycleInt?.objects), usageBased: true,
      });
    }

    // lifecycle transitions
    if (lifecycle.kind === "schedule") {
      for (const t of lifecycle.schedule.transitions) {
        lines.add({
          name: `Lifecycle transitions (to ${t.storageClass})`, unit: "1K requests", priceId: `aws/s3/lifecycle-transition-${SLUG[t.storageClass]}`,
          quantity: perThousand(newObjects), usageBased: true,
        });
      }
    } else if (lifecycle.kind === "error") {
      lines.unpriceable(lifecycle.reason, "Lifecycle transitions");
    }

    // requests
    const puts = u.quantityMap("monthlyPutRequestsByClass");
    const gets = u.quantityMap("monthlyGetRequestsByClass");
    if (puts === undefined && gets === undefined) {
      lines.add({ name: "PUT, COPY, POST, LIST requests (STANDARD)", unit: "1K requests", priceId: "aws/s3/requests-put-standard", quantity: undefined });
      lines.add({ name: "GET and other requests (STANDARD)", unit: "1K requests", priceId: "aws/s3/requests-get-standard", quantity: undefined });
    }
    for (const cls of S3_STORAGE_CLASSES) {
      const p = puts?.get(cls);
      if (p !== undefined) lines.add({ name: `PUT, COPY, POST, LIST requests (${cls})`, unit: "1K requests", priceId: `aws/s3/requests-put-${SLUG[cls]}`, quantity: perThousand(p), usageBased: true });
      const g = gets?.get(cls);
      if (g !== undefined) lines.add({ name: `GET and other requests (${cls})`, unit: "1K requests", priceId: `aws/s3/requests-get-${SLUG[cls]}`, quantity: perThousand(g), usageBased: true });
    }

    // retrievals and restores
    const retrievals = u.quantityMap("monthlyRetrievalGbByClass");
    const restores = u.quantityMap("monthlyRestoreRequestsByTier");
    const retrievalKeys = new Set<string>(retrievals ? [...retrievals.keys()] : []);
    const restoreKeys = new Set<string>(restores ? [...restores.keys()] : []);
    for (const cls of held) {
      const dflt = DEFAULT_RETRIEVAL[cls];
      if (dflt === undefined) continue;
      if (![...retrievalKeys].some((k) => RETRIEVALS[k][0] === cls)) retrievalKeys.add(dflt);
      if (RESTORES[dflt] !== undefined && ![...restoreKeys].some((k) => RESTORES[k][0] === cls)) restoreKeys.add(dflt);
    }
    for (const [key, [cls, option, priceId]] of RETRIEVAL_ENTRIES) {
      if (!retrievalKeys.has(key)) continue;
      lines.add({ name: `Retrieval (${cls}${option ? `, ${option}` : ""})`, unit: "GB", priceId, quantity: retrievals?.get(key), usageBased: true });
    }
    for (const [key, [cls, option, priceId]] of RESTORE_ENTRIES) {
      if (!restoreKeys.has(key)) continue;
      lines.add({ name: `Restore requests (${cls}, ${option})`, unit: "1K requests", priceId, quantity: perThousand(restores?.get(key)), usageBased: true });
    }

    // data transfer out to the internet
    const dto: ComponentSpec = {
      name: "Data transfer out (internet)", unit: "GB", priceId: "aws/network/data-transfer-out",
      quantity: u.quantity("monthlyDataTransferOutGb"), usageBased: true,
    };
    lines.add(dto);
  },
};

/** q × objects / ingest, bound by bound (objects per GB held constant). */
function ratio(q: Range, objects: Range, ingest: Range): Range | undefined {
  if (BOUNDS.some((k) => ingest[k].isZero())) return undefined;
  return ordered(BOUNDS.map((k) => tidy(q[k].times(objects[k]).div(ingest[k]))));
}
