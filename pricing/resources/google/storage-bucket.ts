import Decimal from "decimal.js";
import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { CostLines, Pricer } from "../../pricer";
import { money, Money, ZERO } from "../../money";
import { mapRange, Range } from "../../range";
import { UsageKeyDef } from "../../usage";
import { ownValue } from "../../own";

const CLASSES = ["standard", "nearline", "coldline", "archive"] as const;
type StorageClass = (typeof CLASSES)[number];
const COLD_CLASSES: readonly StorageClass[] = ["nearline", "coldline", "archive"];

/** Terraform `storage_class` values; MULTI_REGIONAL and REGIONAL are legacy names billed as Standard storage. */
const CLASS_OF: Record<string, StorageClass> = {
  STANDARD: "standard", MULTI_REGIONAL: "standard", REGIONAL: "standard",
  NEARLINE: "nearline", COLDLINE: "coldline", ARCHIVE: "archive",
};

const TEN_THOUSAND = new Decimal(10000);

/**
 * Minimum storage duration of each class, in days: an object deleted or replaced sooner is billed as if it had stayed
 * that long (https://cloud.google.com/storage/docs/storage-classes, "Minimum storage duration").
 */
export const MINIMUM_STORAGE_DAYS: Readonly<Record<StorageClass, number>> = { standard: 0, nearline: 30, coldline: 90, archive: 365 };

const USAGE: readonly UsageKeyDef[] = [
  { name: "storageGib", type: "quantity", unit: "GiB-months", description: "Average GiB stored over the month, in the bucket's default storage class." },
  {
    name: "storageGibByClass", type: "quantity-map", unit: "GiB-months", keys: CLASSES, excludes: ["storageGib"],
    description: "Average GiB stored over the month per storage class (standard, nearline, coldline, archive), e.g. after lifecycle transitions. Replaces storageGib.",
  },
  { name: "monthlyClassAOperations", type: "quantity", unit: "operations", description: "Class A operations a month (object writes, lists), charged at the default class's rate." },
  { name: "monthlyClassBOperations", type: "quantity", unit: "operations", description: "Class B operations a month (object reads, metadata gets), charged at the default class's rate." },
  {
    name: "monthlyRetrievalGibByClass", type: "quantity-map", unit: "GiB", keys: COLD_CLASSES,
    description: "GiB read a month from Nearline, Coldline or Archive objects (retrieval fee), per class.",
  },
  { name: "monthlyEgressGib", type: "quantity", unit: "GiB", description: "GiB served from the bucket to the internet a month (worldwide destinations except China and Australia)." },
  {
    name: "objectLifetimeDays", type: "quantity", unit: "days",
    description: "Days objects stay in the bucket's default class before they are deleted or replaced. Below the class's minimum storage duration (Nearline 30, Coldline 90, Archive 365 days) the early-deletion charge is priced: stored GiB × (minimum − lifetime) ÷ lifetime GiB-months at the class's storage price.",
  },
];

function classOf(value: string, where: string): StorageClass {
  const c = ownValue(CLASS_OF, value.toUpperCase());
  if (!c) throw new Unpriceable(`unknown storage class "${value}" in ${where}; costkit prices ${Object.keys(CLASS_OF).join(", ")}`);
  return c;
}

/** The classes objects reach by lifecycle `SetStorageClass` actions, or by Autoclass down to its terminal class. */
function transitionClasses(attrs: Attributes): StorageClass[] {
  const out: StorageClass[] = [];
  for (const [i, rule] of attrs.blocks("lifecycle_rule").entries()) {
    const action = rule.block("action");
    if (action?.str("type") !== "SetStorageClass") continue;
    const target = action.str("storage_class");
    if (target !== undefined) out.push(classOf(target, `lifecycle_rule.${i}.action.storage_class`));
  }
  return out;
}

function per10k(r: Range | undefined): Range | undefined {
  return r ? mapRange(r, (v) => v.div(TEN_THOUSAND)) : undefined;
}

/**
 * `google_storage_bucket`: Cloud Storage, all usage-based.
 *
 * - **Storage** per class, per GiB-month at the bucket's location: a region, a multi-region (`US`, `EU`, `ASIA`) or a
 *   predefined dual-region (`NAM4`, `EUR4`, `ASIA1`); custom dual-regions (`custom_placement_config`) are unpriced.
 *   The classes shown are the default `storage_class` plus every class a `lifecycle_rule` moves objects to
 *   (`SetStorageClass`), or, with Autoclass, every class down to its terminal class. `storageGibByClass` gives the GiB
 *   per class; with only `storageGib`, it is priced in the default class and the transition classes show their unit
 *   price as depending on usage. Age conditions are not turned into volumes: costkit does not guess how long objects live.
 * - **Class A / Class B operations** per 10,000, at the default class's rate (Autoclass buckets: Standard rates, as
 *   Google bills them). Operations on objects already moved to another class cost that class's rate, not modelled.
 * - **Retrieval** per GiB read from Nearline, Coldline and Archive objects (none with Autoclass).
 * - **Internet egress** (`google/network/internet-egress`, tiers 0 / 1 / 10 TiB, from the bucket's location). A multi-
 *   or dual-region location has the price its member regions share (US, EU, NAM4, EUR4, ASIA1); where they differ
 *   (ASIA), it is unpriced naming the location.
 *
 * - **Early deletion** of the default class, when usage `objectLifetimeDays` is below the class's minimum storage
 *   duration M (Nearline 30, Coldline 90, Archive 365 days): objects living L days are billed M − L days more each. With
 *   V GiB stored on average, V × 730/24 ÷ L GiB are deleted a month, each billed (M − L) ÷ (730/24) months more: V ×
 *   (M − L) ÷ L GiB-months at the class's storage price (6 decimal places when the division does not end).
 *
 * Not modelled: early deletion of classes reached by lifecycle transitions, inter-region replication of dual- and multi-region buckets,
 * the Autoclass management fee (reported as unpriced), the always-free tier, egress to China and Australia.
 */
export const storageBucket: Pricer = {
  type: "google_storage_bucket",
  provider: "google",
  category: "storage",
  usage: USAGE,
  price(r, lines) {
    if (r.attrs.block("custom_placement_config")) {
      throw new Unpriceable("custom dual-region placement (custom_placement_config) is not modelled; costkit prices regions, the multi-regions US, EU, ASIA and the dual-regions NAM4, EUR4, ASIA1");
    }
    const defaultClass = classOf(r.attrs.str("storage_class") ?? "STANDARD", "storage_class");
    const autoclass = r.attrs.block("autoclass");
    const autoclassOn = autoclass?.bool("enabled") === true;

    const classes = new Set<StorageClass>([defaultClass]);
    for (const c of transitionClasses(r.attrs)) classes.add(c);
    if (autoclassOn) {
      const terminal = classOf(autoclass!.str("terminal_storage_class") ?? "NEARLINE", "autoclass.terminal_storage_class");
      for (const c of CLASSES.slice(0, CLASSES.indexOf(terminal) + 1)) classes.add(c);
    }
    const byClass = r.usage.quantityMap("storageGibByClass");
    for (const c of byClass?.keys() ?? []) classes.add(c as StorageClass);
    const retrieval = r.usage.quantityMap("monthlyRetrievalGibByClass");
    for (const c of retrieval?.keys() ?? []) classes.add(c as StorageClass);
    const ordered = CLASSES.filter((c) => classes.has(c));

    const stored = addStorage(r.usage.quantity("storageGib"), byClass, defaultClass, ordered, lines);
    addEarlyDeletion(r.usage.quantity("objectLifetimeDays"), stored, defaultClass, lines);

    if (autoclassOn) {
      lines.unpriceable("the Autoclass management fee (per 1,000 objects a month) is not modelled", "Autoclass management");
    } else {
      for (const c of ordered.filter((x) => COLD_CLASSES.includes(x))) {
        lines.add({ name: `Retrieval (${c})`, unit: "GiB", priceId: `google/storage/retrieval-${c}`, quantity: retrieval?.get(c), usageBased: true });
      }
    }

    const opsClass = autoclassOn ? "standard" : defaultClass;
    lines.add({
      name: `Class A operations (${opsClass})`, unit: "10K operations", priceId: `google/storage/class-a-${opsClass}`,
      quantity: per10k(r.usage.quantity("monthlyClassAOperations")), usageBased: true,
    });
    lines.add({
      name: `Class B operations (${opsClass})`, unit: "10K operations", priceId: `google/storage/class-b-${opsClass}`,
      quantity: per10k(r.usage.quantity("monthlyClassBOperations")), usageBased: true,
    });
    lines.add({
      name: "Internet egress (worldwide)", unit: "GiB", priceId: "google/network/internet-egress",
      quantity: r.usage.quantity("monthlyEgressGib"), usageBased: true,
    });
  },
};

/** Adds the storage lines; returns the GiB stored in the default class (undefined when usage does not say). */
function addStorage(
  total: Range | undefined, byClass: ReadonlyMap<string, Range> | undefined, defaultClass: StorageClass,
  classes: readonly StorageClass[], lines: CostLines,
): Range | undefined {
  if (total && byClass) {
    lines.unpriceable("usage gives both storageGib and storageGibByClass (from different places: the Terraform, a type default, the usage file); give one of them", "Storage");
    return undefined;
  }
  let stored: Range | undefined;
  for (const c of classes) {
    const quantity = byClass ? byClass.get(c) : c === defaultClass ? total : undefined;
    if (c === defaultClass) stored = quantity;
    lines.add({ name: `Storage (${c})`, unit: "GiB-months", priceId: `google/storage/${c}`, quantity, usageBased: true, storageClass: c });
  }
  return stored;
}

/** The early-deletion line of the default class: stored × (minimum − lifetime) ÷ lifetime GiB-months (see above). */
function addEarlyDeletion(lifetime: Range | undefined, stored: Range | undefined, cls: StorageClass, lines: CostLines): void {
  const minimum = MINIMUM_STORAGE_DAYS[cls];
  if (lifetime === undefined || !lifetime.min.lt(minimum)) return; // no bound below the minimum duration
  if (!lifetime.min.gt(0)) {
    lines.unpriceable(`usage objectLifetimeDays must be above 0 days, got ${lifetime.min.toFixed()}`, `Early deletion (${cls})`);
    return;
  }
  // one quantity per bound: the shortest lifetime goes with the largest volume for the max, as a worst case
  const extra = (gib: Decimal, days: Decimal) => Money.max(ZERO, gib.times(money(minimum).minus(days)).div(days)).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN);
  const quantity = stored ? { min: extra(stored.min, lifetime.max), expected: extra(stored.expected, lifetime.expected), max: extra(stored.max, lifetime.min) } : undefined;
  lines.add({ name: `Early deletion (${cls})`, unit: "GiB-months", priceId: `google/storage/${cls}`, quantity, usageBased: true, storageClass: cls });
}
