import Decimal from "decimal.js";
import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { catalogGb, Costkit, TieredStorage, TieredStorageProps } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const gib = (gb: Decimal.Value) => new Decimal(gb).times(1e9).div(2 ** 30).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);

function build(props: TieredStorageProps) {
  const stack = new TerraformStack(Testing.app(), "storage");
  new GoogleProvider(stack, "google", { project: "p", region: "us-central1" });
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  const store = new TieredStorage(stack, "catalogue", props);
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  const json = Testing.synth(stack);
  return { store, report, json, tf: stack.toTerraform() as Record<string, any> };
}

/** The one lifecycle configuration of a synthesized stack. */
function lifecycleOf(json: string): Record<string, unknown> {
  const all = Object.values(JSON.parse(json).resource.aws_s3_bucket_lifecycle_configuration) as Record<string, unknown>[];
  expect(all).toHaveLength(1);
  return all[0];
}

function only(report: CostReport, type: string) {
  const r = report.resources.filter((x) => x.type === type);
  expect(r).toHaveLength(1);
  return r[0];
}

/**
 * A catalogue of 1,000,000 tracks of 4 minutes at 160 and 320 kbit/s, 25 % deduplicated:
 * 1,000,000 × 240 s × 60,000 bytes/s × 0.75 = 10,800 GB. 10,000 new tracks a month = 108 GB a month.
 * Tiers entered at 73, 146 and 365 days = 2.4, 4.8 and 12 months (a month is 730 h): hot 2.4 × 108 = 259.2 GB,
 * warm 259.2 GB, cold 7.2 × 108 = 777.6 GB, archive the rest, 10,800 − 1,296 = 9,504 GB.
 */
const CATALOG = { tracks: 1_000_000, averageTrackMinutes: 4, bitratesKbps: [160, 320], deduplicationSavings: 0.25 };
const AGES = { warm: 73, cold: 146, archive: 365 };
const BANDS = { hot: "259.2", warm: "259.2", cold: "777.6", archive: "9504" };

describe("TieredStorage", () => {
  test("catalogGb: tracks × length × the bitrates kept × (1 − deduplication)", () => {
    expect(catalogGb(CATALOG).toFixed()).toBe("10800");
  });

  describe("on Cloud Storage", () => {
    const g = build({
      cloud: "google", bucketName: "catalogue-masters", location: "us-central1", tierAfterDays: AGES,
      labels: { "seed-line": "storage-object" },
      usage: { catalog: CATALOG, newTracksPerMonth: 10_000, monthlyReadOperations: 1_000_000, monthlyRetrievalGbByTier: { cold: 10 } },
    });

    test("a bucket with one SetStorageClass rule per colder tier, by age", () => {
      expect(Testing.toHaveResourceWithProperties(g.json, "google_storage_bucket", {
        name: "catalogue-masters", location: "US-CENTRAL1", storage_class: "STANDARD", labels: { "seed-line": "storage-object" },
        lifecycle_rule: [
          { action: { type: "SetStorageClass", storage_class: "NEARLINE" }, condition: { age: 73, matches_storage_class: ["STANDARD"] } },
          { action: { type: "SetStorageClass", storage_class: "COLDLINE" }, condition: { age: 146, matches_storage_class: ["STANDARD", "NEARLINE"] } },
          { action: { type: "SetStorageClass", storage_class: "ARCHIVE" }, condition: { age: 365, matches_storage_class: ["STANDARD", "NEARLINE", "COLDLINE"] } },
        ],
      })).toBe(true);
    });

    test("the steady-state GB of each tier, declared in GiB per class", () => {
      expect(Object.fromEntries(Object.entries(g.store.storedGbByTier).map(([t, v]) => [t, v!.toFixed()]))).toEqual(BANDS);
      const bucket = only(g.report, "google_storage_bucket");
      const storage = (cls: string) => bucket.components.find((c) => c.name === `Storage (${cls})`)!;
      expect(storage("standard").monthlyQuantity.expected).toBe(gib(BANDS.hot).toFixed());
      expect(storage("archive").monthlyQuantity.expected).toBe(gib(BANDS.archive).toFixed());
      // us-central1: standard 0.02, nearline 0.01, coldline 0.004, archive 0.0012 per GiB-month
      expect(storage("coldline").monthlyCost.expected).toBe(gib(BANDS.cold).times("0.004").toFixed());
    });

    test("writes default to the new renditions; reads and retrievals from usage", () => {
      const lines = only(g.report, "google_storage_bucket").components;
      // 10,000 tracks × 2 renditions = 20,000 writes = 2 × 10K Class A operations × 0.05
      expect(lines.find((c) => c.name === "Class A operations (standard)")?.monthlyCost.expected).toBe("0.1");
      expect(lines.find((c) => c.name === "Class B operations (standard)")?.monthlyCost.expected).toBe("0.4");
      expect(lines.find((c) => c.name === "Retrieval (coldline)")?.monthlyQuantity.expected).toBe(gib(10).toFixed());
      expect(lines.find((c) => c.name === "Retrieval (nearline)")?.dependsOnUsage).toBe(true);
    });
  });

  describe("on S3", () => {
    const a = build({
      cloud: "aws", bucketName: "catalogue-masters-s3", location: "us-east-1", tierAfterDays: AGES,
      labels: { "seed-line": "storage-object" },
      usage: { catalog: CATALOG, newTracksPerMonth: 10_000 },
    });

    test("a bucket and a lifecycle configuration with one transition per colder tier", () => {
      expect(Testing.toHaveResourceWithProperties(a.json, "aws_s3_bucket", { bucket: "catalogue-masters-s3", region: "us-east-1", tags: { "seed-line": "storage-object" } })).toBe(true);
      const [bucketId] = Object.keys(a.tf.resource.aws_s3_bucket);
      expect(lifecycleOf(a.json)).toMatchObject({
        bucket: `\${aws_s3_bucket.${bucketId}.id}`,
        rule: [{
          status: "Enabled",
          transition: [{ days: 73, storage_class: "STANDARD_IA" }, { days: 146, storage_class: "GLACIER_IR" }, { days: 365, storage_class: "DEEP_ARCHIVE" }],
        }],
      });
    });

    test("the S3 pricer derives the same tiers from the lifecycle, with transition requests", () => {
      const bucket = only(a.report, "aws_s3_bucket");
      // (STANDARD is tiered: its one line reads "Storage (STANDARD, from lifecycle, first 51,200 GB-months)")
      const gb = (cls: string) => bucket.components.find((c) => c.name.startsWith(`Storage (${cls}, from lifecycle`))?.monthlyQuantity.expected;
      expect([gb("STANDARD"), gb("STANDARD_IA"), gb("GLACIER_IR"), gb("DEEP_ARCHIVE")]).toEqual([BANDS.hot, BANDS.warm, BANDS.cold, BANDS.archive]);
      // 20,000 new objects pass each transition: 20 × 1K requests
      expect(bucket.components.filter((c) => c.name.startsWith("Lifecycle transitions")).map((c) => c.monthlyQuantity.expected)).toEqual(["20", "20", "20"]);
      expect(bucket.components.some((c) => c.name.startsWith("Early deletion"))).toBe(false);
    });
  });

  test("an archive loaded once: GB per tier, a day-0 transition to GLACIER", () => {
    const glacier = build({
      cloud: "aws", bucketName: "rare-tracks", location: "us-east-1", tierAfterDays: { archive: 0 }, tierClasses: { archive: "GLACIER" },
      usage: { storedGbByTier: { archive: 1_000_000 } },
    });
    expect(lifecycleOf(glacier.json)).toMatchObject({ rule: [{ transition: [{ days: 0, storage_class: "GLACIER" }] }] });
    // 1,000,000 GB × 0.0036
    expect(only(glacier.report, "aws_s3_bucket").components.find((c) => c.name === "Storage (GLACIER)")?.monthlyCost.expected).toBe("3600");
  });

  describe("fails if", () => {
    const base: TieredStorageProps = { cloud: "google", bucketName: "b-1", location: "us-central1", usage: { storedGb: 100, monthlyNewGb: 10 } };
    const fails = (props: Partial<TieredStorageProps>, ...messages: RegExp[]) => {
      const stack = new TerraformStack(Testing.app(), "s");
      expect(() => new TieredStorage(stack, "t", { ...base, ...props })).toThrow(messages[0]);
      try {
        new TieredStorage(stack, "u", { ...base, ...props });
      } catch (e) {
        for (const m of messages) expect((e as Error).message).toMatch(m);
      }
    };

    test("a colder tier has a warmer class", () =>
      fails({ tierClasses: { warm: "COLDLINE", cold: "NEARLINE" } }, /tierClasses\.cold "NEARLINE" is not colder than the warm tier's "COLDLINE"/));
    test("a class is unknown to the cloud, or a tier unknown", () => {
      fails({ tierClasses: { archive: "GLACIER" } }, /tierClasses\.archive "GLACIER" is not a google storage class/);
      fails({ tierAfterDays: { frozen: 900 } as never }, /tierAfterDays has an unknown tier "frozen"; allowed: warm, cold, archive/);
    });
    test("ages do not increase", () => fails({ tierAfterDays: { warm: 90, cold: 30 } }, /tierAfterDays\.cold \(30\) must be more than tierAfterDays\.warm \(90\)/));
    test("S3 leaves Standard-IA too early or too soon", () =>
      fails({ cloud: "aws", tierAfterDays: { warm: 10, cold: 20 } }, /tierAfterDays\.warm \(10\) is below 30/, /tierAfterDays\.cold \(20\) must be at least 30 days after the warm tier's Standard-IA transition \(10\)/));
    test("the size is given twice, or the ingest the ages need is missing", () => {
      fails({ usage: { storedGb: 1, storedGbByTier: { hot: 1 } } }, /exactly one of catalog, storedGb, storedGbByTier \(got 2\)/);
      fails({ usage: { storedGb: 1 } }, /needs the ingest that ages/);
    });
    test("usage names a tier the storage does not have", () =>
      fails({ tierAfterDays: { archive: 365 }, usage: { storedGbByTier: { warm: 5 }, monthlyRetrievalGbByTier: { cold: 1 } } },
        /usage\.storedGbByTier\.warm names a tier/, /usage\.monthlyRetrievalGbByTier\.cold names a tier/));
    test("every problem is reported at once", () =>
      fails({ bucketName: "B", tierClasses: { archive: "TAPE" }, usage: { catalog: { ...CATALOG, deduplicationSavings: 1.5 }, newTracksPerMonth: -1 } },
        /bucketName \("B"\) must be 3–63 characters/, /"TAPE" is not a google storage class/, /deduplicationSavings \(1\.5\)/, /newTracksPerMonth \(-1\)/));
  });
});

describe("TieredStorage props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const props: TieredStorageProps = {
      cloud: "google", bucketName: "b-1", location: "us-central1", tierClasses: { warm: "NEARLIN" }, usage: { storedGb: -5, monthlyNewGb: 10 },
    };
    const e = expectInvalidProps(() => new TieredStorage(new TerraformStack(Testing.app(), "s"), "t", props), "s/t", ["tierClasses.warm", "usage.storedGb"]);
    expect(e.message).toMatch(/tierClasses\.warm "NEARLIN" is not a google storage class; allowed: STANDARD, NEARLINE, COLDLINE, ARCHIVE; did you mean "NEARLINE"\?/);
    expect(e.message).toMatch(/usage\.storedGb \(-5\) must be ≥ 0/);
  });
});
