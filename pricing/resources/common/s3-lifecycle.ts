import Decimal from "decimal.js";
import { Attributes, known, knownOr } from "../../attributes";
import { Unpriceable, UnresolvedValue } from "../../errors";
import { HOURS_PER_MONTH, money, ZERO } from "../../money";
import { ResourceInput } from "../../pricer";
import { Range } from "../../range";
import { TfResource } from "../../terraform";

/**
 * The S3 lifecycle model, shared by the `aws_s3_bucket` pricer (which reads the rules from Terraform) and the
 * TieredStorage construct (which writes them): objects enter STANDARD at a constant N GB a month and move to colder
 * classes by age; in the steady state the band of ages [d1, d2) days holds N × (d2 − d1) × 24 / 730 GB.
 */

/** S3 storage classes as Terraform and the S3 API spell them (lifecycle `storage_class`, usage map keys). */
export const S3_STORAGE_CLASSES = ["STANDARD", "INTELLIGENT_TIERING", "STANDARD_IA", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"] as const;
export type S3StorageClass = (typeof S3_STORAGE_CLASSES)[number];

/** Minimum storage duration in days (objects leaving earlier are billed the remaining days). */
export const MIN_DAYS: Partial<Record<S3StorageClass, number>> = { STANDARD_IA: 30, ONEZONE_IA: 30, GLACIER_IR: 90, GLACIER: 90, DEEP_ARCHIVE: 180 };

/** The retrieval usage key of each class that bills retrievals (the standard option of the archive classes): the line
 *  shown as depending on usage for a class the bucket holds when usage names none, and the key TieredStorage declares. */
export const DEFAULT_RETRIEVAL: Partial<Record<S3StorageClass, string>> = {
  STANDARD_IA: "STANDARD_IA", ONEZONE_IA: "ONEZONE_IA", GLACIER_IR: "GLACIER_IR", GLACIER: "GLACIER_STANDARD", DEEP_ARCHIVE: "DEEP_ARCHIVE_STANDARD",
};

interface Transition {
  readonly days: number;
  readonly storageClass: S3StorageClass;
}

/** The current-version schedule of a bucket: transitions by object age, and the expiration age. */
export interface LifecycleSchedule {
  readonly transitions: readonly Transition[];
  readonly expirationDays?: number;
  /** Where the rules come from (for messages). */
  readonly from: string;
}

export type Lifecycle = { kind: "none" } | { kind: "schedule"; schedule: LifecycleSchedule } | { kind: "error"; reason: string };

interface RawRule {
  readonly enabled: boolean;
  readonly filterKey: string;
  readonly transitions: Attributes[];
  readonly expiration: Attributes | undefined;
  readonly where: string;
}

function nonEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return false;
  if (Array.isArray(v)) return v.some(nonEmpty);
  if (typeof v === "object") return Object.values(v as Record<string, unknown>).some(nonEmpty);
  return true;
}

/** The first of the values at these paths that says something (plans write "" and 0 for unset filter fields). */
function firstSet(rule: Attributes, ...paths: string[]): unknown {
  for (const p of paths) {
    const v = rule.get(p);
    if (nonEmpty(v) && v !== 0 && v !== "0") return v;
  }
  return undefined;
}

/** What part of the bucket a rule applies to, as a comparable key; "" for the whole bucket. */
function filterKeyOf(rule: Attributes): string {
  const parts: Record<string, unknown> = {
    prefix: firstSet(rule, "prefix", "filter.prefix", "filter.and.prefix"),
    tag: firstSet(rule, "filter.tag"),
    tags: firstSet(rule, "tags", "filter.and.tags"),
    gt: firstSet(rule, "filter.object_size_greater_than", "filter.and.object_size_greater_than"),
    lt: firstSet(rule, "filter.object_size_less_than", "filter.and.object_size_less_than"),
  };
  const kept = Object.entries(parts).filter(([, v]) => v !== undefined);
  return kept.length === 0 ? "" : JSON.stringify(kept);
}

/** The legacy inline rules; a `lifecycle_rule` unknown as a whole (plans show it so for new buckets: the provider
 *  computes it from the separate configuration resource) counts as none. */
function inlineRules(r: ResourceInput): Attributes[] {
  return knownOr(() => r.attrs.blocks("lifecycle_rule"), []);
}

function isStorageClass(v: string): v is S3StorageClass {
  return (S3_STORAGE_CLASSES as readonly string[]).includes(v);
}

/** The lifecycle configurations of the document that apply to this bucket. */
function lifecycleConfigsOf(r: ResourceInput): TfResource[] {
  const base = r.address.replace(/\[[^\]]*\]$/, "");
  const name = known(() => r.attrs.str("bucket"));
  return r.document.ofType("aws_s3_bucket_lifecycle_configuration").filter((c) => {
    const ref = c.attrs.reference("bucket");
    if (ref) return ref.address === base;
    return name !== undefined && known(() => c.attrs.str("bucket")) === name;
  });
}

function rawRules(r: ResourceInput): RawRule[] {
  const out: RawRule[] = [];
  for (const cfg of lifecycleConfigsOf(r)) {
    cfg.attrs.blocks("rule").forEach((rule, i) => {
      out.push({
        enabled: (rule.str("status") ?? "Enabled") === "Enabled",
        filterKey: filterKeyOf(rule),
        transitions: rule.blocks("transition"),
        expiration: rule.block("expiration"),
        where: `${cfg.address}.rule[${i}]`,
      });
    });
  }
  inlineRules(r).forEach((rule, i) => {
    out.push({
      enabled: rule.bool("enabled") ?? true,
      filterKey: filterKeyOf(rule),
      transitions: rule.blocks("transition"),
      expiration: rule.block("expiration"),
      where: `${r.address}.lifecycle_rule[${i}]`,
    });
  });
  return out;
}

const positive = (n: number | undefined): n is number => n !== undefined && n > 0;

/**
 * Reads the current-version lifecycle of a bucket: every enabled rule with a transition or an expiration, from
 * `aws_s3_bucket_lifecycle_configuration` resources whose `bucket` refers to this bucket (or equals its literal name)
 * and from the legacy inline `lifecycle_rule` blocks. Rules that apply to the same objects are merged (earliest
 * expiration; at equal ages the colder class wins, as S3 does).
 */
export function lifecycleOf(r: ResourceInput): Lifecycle {
  let rules: RawRule[];
  const relevant: RawRule[] = [];
  try {
    rules = rawRules(r);
    for (const rule of rules) {
      if (!rule.enabled) continue;
      const exp = rule.expiration;
      const expires = exp !== undefined && (positive(exp.num("days")) || nonEmpty(exp.get("date")));
      if (rule.transitions.length > 0 || expires) relevant.push(rule);
    }
  } catch (e) {
    if (e instanceof UnresolvedValue) return { kind: "error", reason: `a lifecycle rule of the bucket cannot be read before apply: ${e.message}` };
    throw e;
  }
  if (relevant.length === 0) return { kind: "none" };
  const filters = new Set(relevant.map((x) => x.filterKey));
  if (filters.size > 1) {
    return {
      kind: "error",
      reason: `the lifecycle rules (${relevant.map((x) => x.where).join(", ")}) apply to different parts of the bucket (prefixes, tags or object sizes), which costkit cannot size; give storageGbByClass in the usage`,
    };
  }
  const byDays = new Map<number, S3StorageClass>();
  let expirationDays: number | undefined;
  let at = "";
  try {
    for (const rule of relevant) {
      at = rule.where;
      for (const [i, t] of rule.transitions.entries()) {
        if (nonEmpty(t.get("date"))) return { kind: "error", reason: `${rule.where}.transition[${i}] transitions on a date, which the steady-state lifecycle model cannot place; give storageGbByClass in the usage` };
        const cls = t.str("storage_class");
        if (cls === undefined || !isStorageClass(cls)) return { kind: "error", reason: `${rule.where}.transition[${i}] has an unknown storage class ${JSON.stringify(cls)}; costkit knows ${S3_STORAGE_CLASSES.join(", ")}` };
        const days = t.num("days") ?? 0;
        const prev = byDays.get(days);
        if (prev === undefined || S3_STORAGE_CLASSES.indexOf(cls) > S3_STORAGE_CLASSES.indexOf(prev)) byDays.set(days, cls);
      }
      const exp = rule.expiration;
      if (exp !== undefined) {
        if (nonEmpty(exp.get("date"))) return { kind: "error", reason: `${rule.where}.expiration expires objects on a date, which the steady-state lifecycle model cannot place; give storageGbByClass in the usage` };
        const days = exp.num("days");
        if (positive(days)) expirationDays = expirationDays === undefined ? days : Math.min(expirationDays, days);
      }
    }
  } catch (e) {
    if (e instanceof UnresolvedValue) return { kind: "error", reason: `the lifecycle rule ${at} cannot be read before apply: ${e.message}` };
    throw e;
  }
  const transitions = [...byDays.entries()]
    .map(([days, storageClass]) => ({ days, storageClass }))
    .filter((t) => expirationDays === undefined || t.days < expirationDays)
    .sort((a, b) => a.days - b.days);
  return { kind: "schedule", schedule: { transitions, expirationDays, from: [...new Set(relevant.map((x) => x.where.replace(/\.(rule|lifecycle_rule)\[\d+\]$/, "")))].join(", ") } };
}

/** One age band of the steady state: objects aged [fromDays, toDays) sit in `storageClass`; no toDays = forever. */
export interface AgeBand extends Ages {
  readonly storageClass: S3StorageClass;
}

export function ageBands(s: LifecycleSchedule): AgeBand[] {
  const out: AgeBand[] = [];
  let cls: S3StorageClass = "STANDARD";
  let from = 0;
  for (const t of s.transitions) {
    if (t.days > from) out.push({ storageClass: cls, fromDays: from, toDays: t.days });
    cls = t.storageClass;
    from = t.days;
  }
  out.push(s.expirationDays === undefined ? { storageClass: cls, fromDays: from } : { storageClass: cls, fromDays: from, toDays: s.expirationDays });
  return out;
}

/** Days as a fraction of the 730-hour month: days × 24 / 730. */
export function monthsOf(days: number): Decimal {
  return money(days).times(24).div(HOURS_PER_MONTH);
}

/** Derived quantities are rounded to a millionth of their unit, so that the reports stay exact and readable. */
export function tidy(d: Decimal): Decimal {
  return d.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

/** An age band of objects: aged [fromDays, toDays) days; no toDays = forever. */
export interface Ages {
  readonly fromDays: number;
  readonly toDays?: number;
}

/**
 * Steady-state GB per age band with `monthlyNewGb` written a month: N × months(toDays − fromDays) for a bounded
 * band, undefined for the last, unbounded one. With `totalGb`, the total fills the bands from the youngest (a store
 * younger than its rules) and the unbounded band holds what remains; `excess` is what a total leaves over when every
 * band is bounded (all data expires).
 */
export function steadyStateGb(bands: readonly Ages[], monthlyNewGb: Decimal, totalGb?: Decimal): { gb: (Decimal | undefined)[]; excess: Decimal } {
  const sizes = bands.map((b) => (b.toDays === undefined ? undefined : monthlyNewGb.times(monthsOf(b.toDays - b.fromDays))));
  if (totalGb === undefined) return { gb: sizes, excess: ZERO };
  let remaining = totalGb;
  const gb = sizes.map((size) => {
    const take = size === undefined || remaining.lt(size) ? remaining : size;
    remaining = remaining.minus(take);
    return take;
  });
  return { gb, excess: remaining };
}

export function ordered(values: Decimal[]): Range {
  const s = [...values].sort((a, b) => a.comparedTo(b));
  return { min: s[0], expected: s[1], max: s[2] };
}

export const BOUNDS = ["min", "expected", "max"] as const;

/**
 * Steady-state GB per band of a bucket's lifecycle, bound by bound (see `steadyStateGb`). Without `monthlyNewGb`, an
 * expiring schedule derives it from `storageGb` (N = total ÷ months until expiration); a total larger than what
 * expiring bands can hold is an error.
 */
export function bandGb(bands: readonly AgeBand[], ingest: Range | undefined, total: Range | undefined, s: LifecycleSchedule): { gb: (Range | undefined)[]; ingest: Range | undefined } {
  let n = ingest;
  if (n === undefined && total !== undefined) {
    if (s.expirationDays === undefined) {
      throw new Unpriceable(`the lifecycle (${s.from}) moves data between classes by age, but the usage gives storageGb without monthlyNewGb; give monthlyNewGb (GB written per month) or storageGbByClass`);
    }
    const months = monthsOf(s.expirationDays);
    n = { min: total.min.div(months), expected: total.expected.div(months), max: total.max.div(months) };
  }
  if (n === undefined) return { gb: bands.map(() => undefined), ingest: undefined };
  const perBound = BOUNDS.map((k) => {
    const { gb, excess } = steadyStateGb(bands, n![k], ingest === undefined ? undefined : total?.[k]);
    if (excess.gt(ZERO)) {
      const held = gb.reduce((a: Decimal, b) => a.plus(b ?? ZERO), ZERO);
      throw new Unpriceable(`storageGb ${total![k].toFixed()} is more than the lifecycle (${s.from}) keeps with monthlyNewGb ${n![k].toFixed()} and expiration after ${s.expirationDays} days (${tidy(held).toFixed()} GB); fix one of them`);
    }
    return gb;
  });
  const gb = bands.map((_, i) => (perBound[0][i] === undefined ? undefined : ordered(perBound.map((p) => tidy(p[i]!)))));
  return { gb, ingest: n };
}
