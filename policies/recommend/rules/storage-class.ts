import Decimal from "decimal.js";
import { decimalText, money, ZERO } from "../../../pricing/money";
import { ResourceCost } from "../../../pricing/report";
import { TfDocument, TfResource } from "../../../pricing/terraform";
import { MINIMUM_STORAGE_DAYS } from "../../../pricing/resources/google/storage-bucket";
import { decimalParam } from "../../report-queries";
import { Candidate, RecommendContext, ResourceChange, withResources } from "../types";

export interface StorageClassParams {
  /** Least expected monthly cost, in US dollars, of a bucket worth a class change (a decimal string). */
  readonly minMonthly: string;
}

/** S3 classes a whole bucket can sit in, warmest first, with their retrieval usage key and price id (standard tier). */
const CLASSES: readonly { cls: string; slug: string; retrieval?: { key: string; priceId: string }; minDays?: number }[] = [
  { cls: "STANDARD", slug: "standard" },
  { cls: "STANDARD_IA", slug: "standard-ia", retrieval: { key: "STANDARD_IA", priceId: "aws/s3/retrieval-standard-ia" }, minDays: 30 },
  { cls: "GLACIER_IR", slug: "glacier-ir", retrieval: { key: "GLACIER_IR", priceId: "aws/s3/retrieval-glacier-ir" }, minDays: 90 },
  { cls: "GLACIER", slug: "glacier", retrieval: { key: "GLACIER_STANDARD", priceId: "aws/s3/retrieval-glacier-standard" }, minDays: 90 },
  { cls: "DEEP_ARCHIVE", slug: "deep-archive", retrieval: { key: "DEEP_ARCHIVE_STANDARD", priceId: "aws/s3/retrieval-deep-archive-standard" }, minDays: 180 },
];

type Usage = Record<string, unknown>;

/** The one class a bucket's declared storage is in (`storageGbByClass` with one key), and its GB. */
function singleClass(usage: Usage | undefined): { cls: string; gb: string } | undefined {
  const byClass = usage?.storageGbByClass;
  if (typeof byClass !== "object" || byClass === null) return undefined;
  const entries = Object.entries(byClass as Record<string, unknown>);
  if (entries.length !== 1 || typeof entries[0][1] !== "string") return undefined;
  return { cls: entries[0][0], gb: entries[0][1] as string };
}

/** Lifecycle configurations of the bucket whose transitions move objects into `cls`: the attribute paths to change. */
function transitionsInto(ctx: RecommendContext, bucket: TfResource, cls: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const lc of ctx.document.resources) {
    if (lc.type !== "aws_s3_bucket_lifecycle_configuration") continue;
    const ref = lc.attrs.reference("bucket");
    if (ref?.address !== bucket.address) continue;
    const paths: string[] = [];
    lc.attrs.blocks("rule").forEach((rule, i) => rule.blocks("transition").forEach((t, j) => {
      if (t.str("storage_class") === cls) paths.push(`rule.${i}.transition.${j}.storage_class`);
    }));
    if (paths.length) out.set(lc.address, paths);
  }
  return out;
}

/** Total GB retrieved a month as declared for the bucket's class (0 when none is declared). */
function retrievedGb(usage: Usage | undefined): { gb: Decimal; declared: boolean } {
  const raw = usage?.monthlyRetrievalGbByClass;
  if (typeof raw !== "object" || raw === null) return { gb: ZERO, declared: false };
  return { gb: Object.values(raw as Record<string, unknown>).reduce((s: Decimal, v) => s.plus(typeof v === "string" ? v : ZERO), ZERO), declared: true };
}

/** S3 and Cloud Storage buckets whose declared storage sits in one class → the class with the lowest total (storage, operations, retrievals, minimum durations), every class priced by the engine, with the break-even retrieval volume. */
export function storageClass(ctx: RecommendContext, params: StorageClassParams): Candidate[] {
  const min = decimalParam(params.minMonthly, "minMonthly");
  return [...s3Classes(ctx, min), ...gcsClasses(ctx, min)];
}

/** The option with the lowest expected total, each priced by the engine, and every option's total by name. */
export function cheapest<T extends { name: string; document: TfDocument }>(ctx: RecommendContext, options: readonly T[]): { best?: T & { cost: Decimal }; costs: Record<string, string> } {
  let best: (T & { cost: Decimal }) | undefined;
  const costs: Record<string, string> = {};
  for (const o of options) {
    const cost = money(ctx.reprice(o.document).monthlyCost.expected);
    costs[o.name] = decimalText(cost);
    if (!best || cost.lt(best.cost)) best = { ...o, cost };
  }
  return { best, costs };
}

/**
 * Retrieved GB a month at which the new class costs as much as the current one. Both totals are linear in the
 * retrieved volume R, at the classes' retrieval prices: R* = R + (current − new) ÷ (new price − current price).
 * None when the new class's retrieval is not dearer (it is then cheaper at any volume).
 */
export function breakEvenRetrieval(current: Decimal, next: Decimal, retrieved: Decimal, priceFrom: Decimal | undefined, priceTo: Decimal | undefined): Decimal | undefined {
  if (priceFrom === undefined || priceTo === undefined) return undefined;
  const gap = priceTo.minus(priceFrom);
  if (!gap.gt(0)) return undefined;
  return current.minus(next).div(gap).plus(retrieved).toDecimalPlaces(0, Decimal.ROUND_DOWN);
}

function s3Classes(ctx: RecommendContext, min: Decimal): Candidate[] {
  const out: Candidate[] = [];
  for (const r of ctx.report.resources) {
    if (r.type !== "aws_s3_bucket" || money(r.monthlyCost.expected).lt(min)) continue;
    const bucket = ctx.document.resources.find((x) => x.address === r.address);
    const declared = bucket?.declaredUsage as Usage | undefined;
    const current = singleClass(declared);
    if (!bucket || !current || !CLASSES.some((c) => c.cls === current.cls)) continue;
    const retrieved = retrievedGb(declared);
    // Reads declared as requests without the GB they read back cannot be weighed against retrieval fees.
    if (!retrieved.declared && declared?.monthlyGetRequestsByClass !== undefined) continue;
    const lifecycles = transitionsInto(ctx, bucket, current.cls);
    const options = CLASSES.filter((c) => c.cls !== current.cls && !(c.cls === "STANDARD" && lifecycles.size > 0)).map((c) => {
      const usage: Usage = {
        storageGbByClass: { [c.cls]: current.gb },
        monthlyRetrievalGbByClass: c.retrieval && retrieved.gb.gt(0) ? { [c.retrieval.key]: decimalText(retrieved.gb) } : undefined,
        monthlyGetRequestsByClass: moveKey(declared?.monthlyGetRequestsByClass, c.cls),
        monthlyPutRequestsByClass: moveKey(declared?.monthlyPutRequestsByClass, c.cls),
        monthlyRestoreRequestsByTier: undefined,
      };
      const changes = new Map<string, ResourceChange>([[r.address, { usage }]]);
      for (const [address, paths] of lifecycles) changes.set(address, { attrs: Object.fromEntries(paths.map((p) => [p, c.cls])) });
      return { name: c.cls, cls: c, document: withResources(ctx.document, changes) };
    });
    const { best, costs } = cheapest(ctx, options);
    if (!best) continue;
    const breakEven = breakEvenGb(ctx, r, current.cls, best.cls, best.cost, retrieved.gb);
    out.push({
      addresses: [r.address, ...lifecycles.keys()],
      change: `keep ${r.address}'s ${money(current.gb).toFixed()} GB in ${best.cls.cls} instead of ${current.cls}${lifecycles.size ? ` (the lifecycle transitions to ${current.cls} move to ${best.cls.cls})` : ""}`,
      document: best.document,
      assumptions: [
        retrieved.declared ? `${retrieved.gb.toFixed()} GB are retrieved a month, as declared (standard retrievals)` : "no retrievals are declared: none are assumed (declare monthlyRetrievalGbByClass to weigh them)",
        ...(best.cls.minDays ? [`objects stay at least ${best.cls.minDays} days, the minimum storage duration of ${best.cls.cls} (deleting them sooner bills the remaining days)`] : []),
        ...(breakEven ? [`${best.cls.cls} stays cheaper while retrievals stay under ${breakEven.toFixed()} GB a month (the break-even)`] : []),
        "retrieval times grow with colder classes (hours for GLACIER and DEEP_ARCHIVE standard retrievals)",
      ],
      confidence: retrieved.declared ? "medium" : "low",
      details: { from: current.cls, to: best.cls.cls, monthlyCostByClass: costs, ...(breakEven ? { breakEvenRetrievalGb: breakEven.toFixed() } : {}) },
    });
  }
  return out;
}

function moveKey(raw: unknown, cls: string): Record<string, unknown> | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const values = Object.values(raw as Record<string, unknown>);
  return values.length === 1 ? { [cls]: values[0] } : (raw as Record<string, unknown>);
}

/** Retrieved GB a month at which the new S3 class costs as much as the current one (see breakEvenRetrieval). */
function breakEvenGb(ctx: RecommendContext, r: ResourceCost, from: string, to: (typeof CLASSES)[number], cost: Decimal, retrieved: Decimal): Decimal | undefined {
  const region = r.region;
  if (!region) return undefined;
  const fromClass = CLASSES.find((c) => c.cls === from)!;
  const price = (id: string) => ctx.unitPrice(id, region, r.provider);
  const retrFrom = fromClass.retrieval ? price(fromClass.retrieval.priceId) : ZERO, retrTo = to.retrieval ? price(to.retrieval.priceId) : ZERO;
  return breakEvenRetrieval(money(ctx.report.monthlyCost.expected), cost, retrieved, retrFrom, retrTo);
}

/** Cloud Storage classes, warmest first: the Terraform value and the usage key (lower case). */
const GCS_CLASSES = ["STANDARD", "NEARLINE", "COLDLINE", "ARCHIVE"] as const;
/** Legacy names billed as Standard. */
const GCS_STANDARD_ALIASES = ["MULTI_REGIONAL", "REGIONAL"];

/** A declared quantity as one decimal (a plain number or decimal string); undefined for ranges and other shapes. */
function single(v: unknown): Decimal | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return money(v);
  if (typeof v === "string" && /^\d+(\.\d+)?$/.test(v)) return money(v);
  return undefined;
}

/** The GiB a Cloud Storage bucket declares in its one class (storageGib in the default class, or storageGibByClass with one key). */
function gcsStored(bucket: TfResource, usage: Usage): { cls: string; gib: Decimal; key: "storageGib" | "storageGibByClass" } | undefined {
  const raw = bucket.attrs.str("storage_class")?.toUpperCase() ?? "STANDARD";
  const defaultClass = GCS_STANDARD_ALIASES.includes(raw) ? "STANDARD" : raw;
  if (!(GCS_CLASSES as readonly string[]).includes(defaultClass)) return undefined;
  const byClass = usage.storageGibByClass;
  if (typeof byClass === "object" && byClass !== null) {
    const entries = Object.entries(byClass as Record<string, unknown>);
    const gib = entries.length === 1 ? single(entries[0][1]) : undefined;
    return gib && entries[0][0].toUpperCase() === defaultClass ? { cls: defaultClass, gib, key: "storageGibByClass" } : undefined;
  }
  const gib = single(usage.storageGib);
  return gib ? { cls: defaultClass, gib, key: "storageGib" } : undefined;
}

/**
 * GiB read back a month: the declared retrievals (any class), else the GiB the bucket serves to the internet (every
 * byte served is read, and reads from a colder class pay its retrieval fee), else none.
 */
function gcsRead(usage: Usage): { gib: Decimal; from: "retrievals" | "egress" | "none" } | undefined {
  const retrieval = usage.monthlyRetrievalGibByClass;
  if (typeof retrieval === "object" && retrieval !== null) {
    let sum = ZERO;
    for (const v of Object.values(retrieval as Record<string, unknown>)) {
      const q = single(v);
      if (!q) return undefined;
      sum = sum.plus(q);
    }
    return { gib: sum, from: "retrievals" };
  }
  if (usage.monthlyEgressGib !== undefined) {
    const q = single(usage.monthlyEgressGib);
    return q ? { gib: q, from: "egress" } : undefined;
  }
  // reads declared as operations without the GiB they read cannot be weighed against retrieval fees
  if (usage.monthlyClassBOperations !== undefined) return undefined;
  return { gib: ZERO, from: "none" };
}

/** Cloud Storage buckets in one class with no lifecycle transitions → the default class with the lowest total. */
function gcsClasses(ctx: RecommendContext, min: Decimal): Candidate[] {
  const out: Candidate[] = [];
  for (const r of ctx.report.resources) {
    if (r.type !== "google_storage_bucket" || money(r.monthlyCost.expected).lt(min)) continue;
    const bucket = ctx.document.resources.find((x) => x.address === r.address);
    const usage = (bucket?.declaredUsage ?? {}) as Usage;
    // lifecycle transitions and Autoclass move objects between classes by age: a class for the whole bucket is not the question
    if (!bucket || bucket.attrs.blocks("lifecycle_rule").some((l) => l.block("action")?.str("type") === "SetStorageClass")) continue;
    if (bucket.attrs.block("autoclass")?.bool("enabled") === true) continue;
    const stored = gcsStored(bucket, usage);
    const read = gcsRead(usage);
    if (!stored || !read) continue;
    const lifetime = single(usage.objectLifetimeDays);
    const options = GCS_CLASSES.filter((c) => c !== stored.cls).map((c) => {
      const lower = c.toLowerCase();
      const change = {
        attrs: { storage_class: c },
        usage: {
          [stored.key]: stored.key === "storageGib" ? decimalText(stored.gib) : { [lower]: decimalText(stored.gib) },
          monthlyRetrievalGibByClass: c !== "STANDARD" && read.gib.gt(0) ? { [lower]: decimalText(read.gib) } : undefined,
        },
      };
      return { name: c, cls: c, document: withResources(ctx.document, new Map([[r.address, change]])) };
    });
    const { best, costs } = cheapest(ctx, options);
    if (!best) continue;
    const price = (c: string) => (c === "STANDARD" ? ZERO : ctx.unitPrice(`google/storage/retrieval-${c.toLowerCase()}`, r.region ?? "", r.provider));
    const breakEven = r.region ? breakEvenRetrieval(money(ctx.report.monthlyCost.expected), best.cost, read.gib, price(stored.cls), price(best.cls)) : undefined;
    const minDays = MINIMUM_STORAGE_DAYS[best.cls.toLowerCase() as keyof typeof MINIMUM_STORAGE_DAYS];
    out.push({
      addresses: [r.address],
      change: `set ${r.address}'s storage_class to ${best.cls} instead of ${stored.cls} (${stored.gib.toFixed()} GiB)`,
      document: best.document,
      assumptions: [
        read.from === "retrievals" ? `${read.gib.toFixed()} GiB are read back a month, as declared (monthlyRetrievalGibByClass)`
          : read.from === "egress" ? `the ${read.gib.toFixed()} GiB the bucket serves to the internet a month (monthlyEgressGib) are read from its class and pay its retrieval fee`
          : "no reads are declared: none are assumed (declare monthlyRetrievalGibByClass or monthlyEgressGib to weigh them)",
        "Class A and B operations keep their declared counts, at the new class's rates",
        ...(minDays > 0
          ? [lifetime !== undefined
            ? `objects stay ${lifetime.toFixed()} days (usage objectLifetimeDays): ${lifetime.lt(minDays) ? `under ${best.cls}'s minimum storage duration of ${minDays} days, so the early-deletion charge is priced` : `at least ${best.cls}'s minimum storage duration of ${minDays} days`}`
            : `objects stay at least ${minDays} days, the minimum storage duration of ${best.cls} (deleting them sooner bills the remaining days; declare objectLifetimeDays to price it)`]
          : []),
        ...(breakEven ? [`${best.cls} stays cheaper while reads stay under ${breakEven.toFixed()} GiB a month (the break-even)`] : []),
        "existing objects keep their class: changing the default class applies to new objects (rewrite the old ones, or add a lifecycle rule, to move them)",
      ],
      confidence: read.from === "none" || (minDays > 0 && lifetime === undefined) ? "low" : "medium",
      details: { from: stored.cls, to: best.cls, monthlyCostByClass: costs, ...(breakEven ? { breakEvenRetrievalGb: breakEven.toFixed() } : {}) },
    });
  }
  return out;
}
