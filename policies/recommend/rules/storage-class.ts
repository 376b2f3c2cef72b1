import Decimal from "decimal.js";
import { decimalText, money, ZERO } from "../../../pricing/money";
import { ResourceCost } from "../../../pricing/report";
import { TfResource } from "../../../pricing/terraform";
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

/** S3 buckets whose declared storage sits in one class → the class with the lowest total (storage, requests, declared retrievals), every class priced by the engine, with the break-even retrieval volume. */
export function storageClass(ctx: RecommendContext, params: StorageClassParams): Candidate[] {
  const min = decimalParam(params.minMonthly, "minMonthly");
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
    let best: { cls: (typeof CLASSES)[number]; doc: Candidate["document"]; cost: Decimal } | undefined;
    const costs: Record<string, string> = {};
    for (const c of CLASSES) {
      if (c.cls === current.cls || (c.cls === "STANDARD" && lifecycles.size > 0)) continue;
      const usage: Usage = {
        storageGbByClass: { [c.cls]: current.gb },
        monthlyRetrievalGbByClass: c.retrieval && retrieved.gb.gt(0) ? { [c.retrieval.key]: decimalText(retrieved.gb) } : undefined,
        monthlyGetRequestsByClass: moveKey(declared?.monthlyGetRequestsByClass, c.cls),
        monthlyPutRequestsByClass: moveKey(declared?.monthlyPutRequestsByClass, c.cls),
        monthlyRestoreRequestsByTier: undefined,
      };
      const changes = new Map<string, ResourceChange>([[r.address, { usage }]]);
      for (const [address, paths] of lifecycles) changes.set(address, { attrs: Object.fromEntries(paths.map((p) => [p, c.cls])) });
      const doc = withResources(ctx.document, changes);
      const cost = money(ctx.reprice(doc).monthlyCost.expected);
      costs[c.cls] = decimalText(cost);
      if (!best || cost.lt(best.cost)) best = { cls: c, doc, cost };
    }
    if (!best) continue;
    const breakEven = breakEvenGb(ctx, r, current.cls, best.cls, money(current.gb), retrieved.gb);
    out.push({
      addresses: [r.address, ...lifecycles.keys()],
      change: `keep ${r.address}'s ${money(current.gb).toFixed()} GB in ${best.cls.cls} instead of ${current.cls}${lifecycles.size ? ` (the lifecycle transitions to ${current.cls} move to ${best.cls.cls})` : ""}`,
      document: best.doc,
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

/** Retrieved GB a month at which the new class costs as much as the current one: storage saving ÷ retrieval price gap. */
function breakEvenGb(ctx: RecommendContext, r: ResourceCost, from: string, to: (typeof CLASSES)[number], gb: Decimal, retrieved: Decimal): Decimal | undefined {
  const region = r.region;
  if (!region) return undefined;
  const fromClass = CLASSES.find((c) => c.cls === from)!;
  const price = (id: string) => ctx.unitPrice(id, region, r.provider);
  const storageFrom = price(`aws/s3/storage-${fromClass.slug}`), storageTo = price(`aws/s3/storage-${to.slug}`);
  const retrFrom = fromClass.retrieval ? price(fromClass.retrieval.priceId) : ZERO, retrTo = to.retrieval ? price(to.retrieval.priceId) : ZERO;
  if (!storageFrom || !storageTo || retrFrom === undefined || retrTo === undefined) return undefined;
  const gap = retrTo.minus(retrFrom);
  if (!gap.gt(0)) return undefined;
  return storageFrom.minus(storageTo).times(gb).div(gap).plus(retrieved).toDecimalPlaces(0, Decimal.ROUND_DOWN);
}
