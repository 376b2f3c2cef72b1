import Decimal from "decimal.js";
import { Construct, IConstruct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { BYTES_PER_GB, BYTES_PER_GIB, money, ZERO } from "../pricing/money";
import { DEFAULT_RETRIEVAL, S3StorageClass, steadyStateGb, tidy } from "../pricing/resources/common/s3-lifecycle";
import { closeMatch } from "../pricing/nearest";
import { Cost } from "./cost";
import { constructErrors, didYouMean } from "./errors";
import { NumberRule, PropsCheck, rules } from "./validation";

export const STORAGE_TIERS = ["hot", "warm", "cold", "archive"] as const;
export type StorageTier = (typeof STORAGE_TIERS)[number];
export type ColderTier = Exclude<StorageTier, "hot">;

/** Storage classes of each cloud, warmest first (lifecycle rules only move objects to colder classes). */
const CLASSES = {
  google: ["STANDARD", "NEARLINE", "COLDLINE", "ARCHIVE"],
  aws: ["STANDARD", "STANDARD_IA", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"],
} as const;

/** Default class per tier. */
export const DEFAULT_TIER_CLASSES: Record<"google" | "aws", Record<StorageTier, string>> = {
  google: { hot: "STANDARD", warm: "NEARLINE", cold: "COLDLINE", archive: "ARCHIVE" },
  aws: { hot: "STANDARD", warm: "STANDARD_IA", cold: "GLACIER_IR", archive: "DEEP_ARCHIVE" },
};

/** Default ages (days after upload) at which objects enter the colder tiers: the minimum durations of Nearline (30),
 *  Coldline and Glacier IR (90), and Archive (365), so that no tier is left early. */
export const DEFAULT_TIER_AFTER_DAYS: Record<ColderTier, number> = { warm: 30, cold: 90, archive: 365 };

const S3_IA = ["STANDARD_IA", "ONEZONE_IA"];


/** A music catalogue, for sizing: every track kept in each of a set of renditions. */
export interface CatalogSize {
  /** Tracks in the catalogue. */
  readonly tracks: number;
  /** Average track length, in minutes. */
  readonly averageTrackMinutes: number;
  /** The bitrates kept, in kbit/s: one rendition (object) per track each. */
  readonly bitratesKbps: readonly number[];
  /** Share of bytes saved by deduplication, 0 to 1. @default 0 */
  readonly deduplicationSavings?: number;
}

/** SI GB of a catalogue: tracks × minutes × 60 s × Σ bitrates × 1000 / 8 bytes × (1 − deduplication) / 10^9. */
export function catalogGb(c: CatalogSize, tracks: number = c.tracks): Decimal {
  const kbps = c.bitratesKbps.reduce((a: Decimal, k) => a.plus(k), ZERO);
  return money(tracks).times(c.averageTrackMinutes).times(60).times(kbps).times(1000).div(8)
    .times(money(1).minus(c.deduplicationSavings ?? 0)).div(BYTES_PER_GB);
}

/** What is stored and how it is used; never rendered into Terraform. Give exactly one of `catalog`, `storedGb`, `storedGbByTier`. */
export interface TieredStorageUsage {
  /** The content is a catalogue: its size follows from the tracks, their length and the bitrates kept.
   *  @default - none: give exactly one of catalog, storedGb, storedGbByTier */
  readonly catalog?: CatalogSize;
  /** With `catalog`: tracks added a month; the lifecycle ages them through the tiers.
   *  @default - none; required when there is more than one tier */
  readonly newTracksPerMonth?: number;
  /** The content in SI GB (instead of `catalog`). @default - none */
  readonly storedGb?: number;
  /** With `storedGb`: SI GB written a month; the lifecycle ages it through the tiers.
   *  @default - none; required when there is more than one tier */
  readonly monthlyNewGb?: number;
  /** SI GB held in each tier, bypassing the age model (e.g. an archive loaded once). @default - none */
  readonly storedGbByTier?: Partial<Record<StorageTier, number>>;
  /** Objects written a month (PUTs, Class A operations). @default - with `catalog`, new tracks × renditions; else depends on usage */
  readonly monthlyWriteOperations?: number;
  /** Object reads a month (GETs, Class B operations), at the hot class's rate. @default - depends on usage */
  readonly monthlyReadOperations?: number;
  /** SI GB read back a month from each colder tier (retrieval fees). @default - depends on usage */
  readonly monthlyRetrievalGbByTier?: Partial<Record<ColderTier, number>>;
}

export interface TieredStorageProps {
  /** `google` (a Cloud Storage bucket with SetStorageClass lifecycle rules) or `aws` (an S3 bucket with a lifecycle configuration). */
  readonly cloud: "google" | "aws";
  /** The bucket's name (globally unique). */
  readonly bucketName: string;
  /** Cloud Storage location (a region such as `us-central1`, or `US`, `EU`…) or AWS region (`us-east-1`). */
  readonly location: string;
  /**
   * Age in days (after upload) at which objects move into each colder tier; only the tiers given exist (hot always does).
   * @default DEFAULT_TIER_AFTER_DAYS: warm 30, cold 90, archive 365
   */
  readonly tierAfterDays?: Partial<Record<ColderTier, number>>;
  /**
   * Storage class of each tier. Google: STANDARD, NEARLINE, COLDLINE, ARCHIVE; AWS: STANDARD, STANDARD_IA, ONEZONE_IA,
   * GLACIER_IR, GLACIER, DEEP_ARCHIVE. Colder tiers need colder classes.
   * @default DEFAULT_TIER_CLASSES (AWS archive = DEEP_ARCHIVE)
   */
  readonly tierClasses?: Partial<Record<StorageTier, string>>;
  /** Labels (GCP) or tags (AWS), e.g. `team`, `feature`, `seed-line`. @default {} */
  readonly labels?: Readonly<Record<string, string>>;
  readonly usage: TieredStorageUsage;
}

const problems = {
  unknownClass: (tier: string, v: string, cloud: "google" | "aws") =>
    `tierClasses.${tier} "${v}" is not a ${cloud} storage class; allowed: ${CLASSES[cloud].join(", ")}${didYouMean(closeMatch(CLASSES[cloud], v))}`,
  classOrder: (tier: string, cls: string, warmer: string, prev: string) =>
    `tierClasses.${tier} "${cls}" is not colder than the ${warmer} tier's "${prev}"; lifecycle rules only move objects to colder classes, so give each colder tier a colder class`,
  dayOrder: (tier: string, d: number, prev: string, pd: number) => `tierAfterDays.${tier} (${d}) must be more than tierAfterDays.${prev} (${pd}); tiers are entered in order hot → warm → cold → archive`,
  iaMinimum: (tier: string, d: number, cls: string) => `tierAfterDays.${tier} (${d}) is below 30, the earliest S3 allows a transition to ${cls}; use 30 or more`,
  afterIa: (tier: string, d: number, prev: string, pd: number) =>
    `tierAfterDays.${tier} (${d}) must be at least 30 days after the ${prev} tier's Standard-IA transition (${pd}); S3 rejects shorter stays in IA. Use ${pd + 30} or more`,
  tierWithoutDays: (tier: string) => `tierClasses.${tier} is given but tier ${tier} has no tierAfterDays; give its age or drop the class`,
  sizing: (n: number) => `usage needs exactly one of catalog, storedGb, storedGbByTier (got ${n}); give the content's size one way`,
  ingestWithout: (key: string, needs: string) => `usage.${key} needs usage.${needs}`,
  ingestRequired: (tiers: string) =>
    `the lifecycle moves data through ${tiers} by age, so the usage needs the ingest that ages (usage.newTracksPerMonth with catalog, usage.monthlyNewGb with storedGb), or storedGbByTier`,
  tierNotConfigured: (key: string, tier: string) => `usage.${key}.${tier} names a tier this storage does not have; configure it in tierAfterDays or drop the entry`,
};

interface TierPlan {
  readonly tier: StorageTier;
  readonly storageClass: string;
  readonly fromDays: number;
}

const text = (d: Decimal) => tidy(d).toFixed();

/**
 * Steady-state SI GB per tier when N GB a month enter the hot tier and age through the tiers: the S3 pricer's lifecycle
 * model (`steadyStateGb`), each tier holding the ages from its `fromDays` to the next tier's, the last one what remains.
 */
export function tierGb(tiers: readonly { tier: StorageTier; fromDays: number }[], totalGb: Decimal, monthlyNewGb: Decimal): Map<StorageTier, Decimal> {
  const bands = tiers.map((t, i) => (i + 1 < tiers.length ? { fromDays: t.fromDays, toDays: tiers[i + 1].fromDays } : { fromDays: t.fromDays }));
  const { gb } = steadyStateGb(bands, monthlyNewGb, totalGb);
  return new Map(tiers.map((t, i) => [t.tier, gb[i]!]));
}

/**
 * A bucket whose objects age through hot, warm, cold and archive tiers by lifecycle rules, on Cloud Storage
 * (STANDARD → NEARLINE → COLDLINE → ARCHIVE, `lifecycle_rule` SetStorageClass by age) or S3 (STANDARD → STANDARD_IA →
 * GLACIER_IR → DEEP_ARCHIVE or GLACIER, an `aws_s3_bucket_lifecycle_configuration` with transitions).
 *
 * Size: a catalogue (tracks × average length × the bitrates kept × (1 − deduplication)), SI GB, or GB per tier. With an
 * ingest (new tracks or GB a month) the GB per tier follow from the ages (see `tierGb`): for Cloud Storage the construct
 * declares them (`storageGibByClass`, in GiB as Google bills); for S3 it declares `storageGb` and `monthlyNewGb` and the
 * S3 pricer derives the same split from the lifecycle configuration (its lines read `from lifecycle`, with transition
 * requests and early-deletion charges). Writes, reads and retrievals come from usage (writes default, for a catalogue,
 * to the new renditions).
 */
export class TieredStorage extends Construct {
  /** The bucket: a `google_storage_bucket` or an `aws_s3_bucket`. */
  readonly bucket: StorageBucket | S3Bucket;
  readonly lifecycleConfiguration?: S3BucketLifecycleConfiguration;
  /** SI GB held in each tier (steady state), as declared or derived. */
  readonly storedGbByTier: Readonly<Partial<Record<StorageTier, Decimal>>>;
  /** The tiers, their classes and the age at which objects enter them. */
  readonly tiers: readonly TierPlan[];

  constructor(scope: Construct, id: string, props: TieredStorageProps) {
    super(scope, id);
    const tiers = planTiers(props);
    validate(this, props, tiers);
    this.tiers = tiers;
    const u = props.usage;

    // sizes
    let total: Decimal | undefined;
    let ingest: Decimal | undefined;
    let newObjects: Decimal | undefined;
    if (u.catalog) {
      total = catalogGb(u.catalog);
      if (u.newTracksPerMonth !== undefined) {
        ingest = catalogGb(u.catalog, u.newTracksPerMonth);
        newObjects = money(u.newTracksPerMonth).times(u.catalog.bitratesKbps.length);
      }
    } else if (u.storedGb !== undefined) {
      total = money(u.storedGb);
      if (u.monthlyNewGb !== undefined) ingest = money(u.monthlyNewGb);
    }
    const byTier = new Map<StorageTier, Decimal>();
    if (u.storedGbByTier) {
      for (const t of STORAGE_TIERS) if (u.storedGbByTier[t] !== undefined) byTier.set(t, money(u.storedGbByTier[t]!));
    } else if (tiers.length === 1) {
      byTier.set(tiers[0].tier, total!);
    } else {
      for (const [t, gb] of tierGb(tiers, total!, ingest!)) byTier.set(t, gb);
    }
    this.storedGbByTier = Object.fromEntries([...byTier].map(([t, gb]) => [t, tidy(gb)]));
    const writes = u.monthlyWriteOperations !== undefined ? money(u.monthlyWriteOperations) : newObjects;
    const classOf = (t: StorageTier) => tiers.find((x) => x.tier === t)!.storageClass;
    const retrieval = Object.entries(u.monthlyRetrievalGbByTier ?? {}) as [ColderTier, number][];
    const labels = props.labels ?? {};

    if (props.cloud === "google") {
      const gib = (gb: Decimal) => gb.times(BYTES_PER_GB).div(BYTES_PER_GIB);
      const bucket = new StorageBucket(this, "bucket", {
        name: props.bucketName,
        location: props.location.toUpperCase(),
        storageClass: tiers[0].storageClass,
        uniformBucketLevelAccess: true,
        labels: { ...labels },
        lifecycleRule: tiers.slice(1).map((t, i) => ({
          action: { type: "SetStorageClass", storageClass: t.storageClass },
          condition: { age: t.fromDays, matchesStorageClass: tiers.slice(0, i + 1).map((w) => w.storageClass) },
        })),
      });
      Cost.usage(bucket, {
        storageGibByClass: Object.fromEntries([...byTier].map(([t, gb]) => [classOf(t).toLowerCase(), text(gib(gb))])),
        ...(writes !== undefined ? { monthlyClassAOperations: text(writes) } : {}),
        ...(u.monthlyReadOperations !== undefined ? { monthlyClassBOperations: text(money(u.monthlyReadOperations)) } : {}),
        ...(retrieval.length ? { monthlyRetrievalGibByClass: Object.fromEntries(retrieval.map(([t, gb]) => [classOf(t).toLowerCase(), text(gib(money(gb)))])) } : {}),
      });
      this.bucket = bucket;
    } else {
      const bucket = new S3Bucket(this, "bucket", { bucket: props.bucketName, region: props.location, tags: { ...labels } });
      if (tiers.length > 1) {
        this.lifecycleConfiguration = new S3BucketLifecycleConfiguration(this, "lifecycle", {
          bucket: bucket.id,
          region: props.location,
          rule: [{
            id: "tiering",
            status: "Enabled",
            filter: [{ prefix: "" }],
            transition: tiers.slice(1).map((t) => ({ days: t.fromDays, storageClass: t.storageClass })),
          }],
        });
      }
      const hotClass = tiers[0].storageClass;
      const ageModel = !u.storedGbByTier && tiers.length > 1;
      Cost.usage(bucket, {
        ...(ageModel
          ? { storageGb: text(total!), monthlyNewGb: text(ingest!) }
          : { storageGbByClass: Object.fromEntries([...byTier].map(([t, gb]) => [classOf(t), text(gb)])) }),
        ...(newObjects !== undefined ? { monthlyNewObjects: text(newObjects) } : {}),
        ...(writes !== undefined ? { monthlyPutRequestsByClass: { [hotClass]: text(writes) } } : {}),
        ...(u.monthlyReadOperations !== undefined ? { monthlyGetRequestsByClass: { [hotClass]: text(money(u.monthlyReadOperations)) } } : {}),
        ...(retrieval.length ? { monthlyRetrievalGbByClass: Object.fromEntries(retrieval.map(([t, gb]) => [DEFAULT_RETRIEVAL[classOf(t) as S3StorageClass], text(money(gb))])) } : {}),
      });
      this.bucket = bucket;
    }
  }
}

function planTiers(props: TieredStorageProps): TierPlan[] {
  const days = props.tierAfterDays ?? DEFAULT_TIER_AFTER_DAYS;
  const defaults = DEFAULT_TIER_CLASSES[props.cloud] ?? DEFAULT_TIER_CLASSES.google;
  const cls = (t: StorageTier) => props.tierClasses?.[t] ?? defaults[t];
  const out: TierPlan[] = [{ tier: "hot", storageClass: cls("hot"), fromDays: 0 }];
  for (const t of ["warm", "cold", "archive"] as const) {
    if (days[t] !== undefined) out.push({ tier: t, storageClass: cls(t), fromDays: days[t]! });
  }
  return out;
}

function validate(scope: IConstruct, props: TieredStorageProps, tiers: readonly TierPlan[]): void {
  const check = new PropsCheck(scope);
  const u = props.usage;
  if (props.cloud !== "google" && props.cloud !== "aws") {
    check.add("cloud", constructErrors.notOneOf("cloud", props.cloud, ["google", "aws"]));
    check.throwIfAny(); // the rest depends on the cloud
  }
  check.pattern("bucketName", props.bucketName, /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "3–63 characters of lowercase letters, digits, hyphens and dots, starting and ending with a letter or digit");

  // tiers: names known, classes known and colder in order; ages increasing; S3's IA rules
  check.keys("tierAfterDays", props.tierAfterDays, "tier", ["warm", "cold", "archive"]);
  check.keys("tierClasses", props.tierClasses, "tier", STORAGE_TIERS);
  const allowed: readonly string[] = CLASSES[props.cloud];
  for (const t of STORAGE_TIERS) {
    if (t !== "hot" && props.tierClasses?.[t] !== undefined && !tiers.some((x) => x.tier === t)) check.add(`tierClasses.${t}`, problems.tierWithoutDays(t));
  }
  tiers.forEach((t, i) => {
    if (!allowed.includes(t.storageClass)) {
      check.add(`tierClasses.${t.tier}`, problems.unknownClass(t.tier, t.storageClass, props.cloud));
      return;
    }
    if (t.tier !== "hot" && !check.number(`tierAfterDays.${t.tier}`, t.fromDays, rules.whole(0, undefined, "days"))) return;
    if (i === 0) return;
    const prev = tiers[i - 1];
    if (allowed.includes(prev.storageClass) && allowed.indexOf(t.storageClass) <= allowed.indexOf(prev.storageClass)) {
      check.add(`tierClasses.${t.tier}`, problems.classOrder(t.tier, t.storageClass, prev.tier, prev.storageClass));
    }
    if (i > 1 && t.fromDays <= prev.fromDays) check.add(`tierAfterDays.${t.tier}`, problems.dayOrder(t.tier, t.fromDays, prev.tier, prev.fromDays));
    if (props.cloud === "aws") {
      if (S3_IA.includes(t.storageClass) && t.fromDays < 30) check.add(`tierAfterDays.${t.tier}`, problems.iaMinimum(t.tier, t.fromDays, t.storageClass));
      if (i > 1 && S3_IA.includes(prev.storageClass) && t.fromDays < prev.fromDays + 30) check.add(`tierAfterDays.${t.tier}`, problems.afterIa(t.tier, t.fromDays, prev.tier, prev.fromDays));
    }
  });

  // usage: one way of sizing, with the ingest the age model needs
  const ways = [u.catalog, u.storedGb, u.storedGbByTier].filter((x) => x !== undefined).length;
  if (ways !== 1) check.add("usage", problems.sizing(ways));
  if (u.newTracksPerMonth !== undefined && !u.catalog) check.add("usage.newTracksPerMonth", problems.ingestWithout("newTracksPerMonth", "catalog"));
  if (u.monthlyNewGb !== undefined && u.storedGb === undefined) check.add("usage.monthlyNewGb", problems.ingestWithout("monthlyNewGb", "storedGb"));
  const ingest = u.catalog ? u.newTracksPerMonth : u.storedGb !== undefined ? u.monthlyNewGb : 0;
  if (ways === 1 && !u.storedGbByTier && tiers.length > 1 && ingest === undefined) check.add("usage", problems.ingestRequired(tiers.map((t) => t.tier).join(" → ")));
  const num = (prop: string, v: unknown, rule: NumberRule) => check.number(prop, v, rule, "usage");
  if (u.catalog) {
    num("usage.catalog.tracks", u.catalog.tracks, rules.atLeast(0));
    num("usage.catalog.averageTrackMinutes", u.catalog.averageTrackMinutes, rules.above(0));
    num("usage.catalog.deduplicationSavings", u.catalog.deduplicationSavings, { ok: (n) => n >= 0 && n < 1, allowed: "from 0 to less than 1 (0.3 for 30 %)" });
    if (u.catalog.bitratesKbps.length === 0) check.add("usage.catalog.bitratesKbps", constructErrors.notAllowed("usage.catalog.bitratesKbps", [], "a non-empty list of bitrates in kbit/s"));
    u.catalog.bitratesKbps.forEach((k, i) => num(`usage.catalog.bitratesKbps[${i}]`, k, { ...rules.above(0), allowed: "a bitrate > 0 in kbit/s" }));
  }
  for (const key of ["newTracksPerMonth", "storedGb", "monthlyNewGb", "monthlyWriteOperations", "monthlyReadOperations"] as const) {
    num(`usage.${key}`, u[key], rules.atLeast(0));
  }
  for (const [key, map] of [["storedGbByTier", u.storedGbByTier], ["monthlyRetrievalGbByTier", u.monthlyRetrievalGbByTier]] as const) {
    for (const [t, v] of Object.entries(map ?? {})) {
      if (!tiers.some((x) => x.tier === t) || (key === "monthlyRetrievalGbByTier" && t === "hot")) check.add(`usage.${key}.${t}`, problems.tierNotConfigured(key, t));
      else num(`usage.${key}.${t}`, v, rules.atLeast(0, "(SI GB)"));
    }
  }
  check.throwIfAny();
}
