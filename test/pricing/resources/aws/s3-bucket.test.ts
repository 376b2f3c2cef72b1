import { catalogOf } from "../../../../pricing/books";
import { estimate } from "../../../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../../../pricing/resources";
import { readTerraform } from "../../../../pricing/terraform";
import { usageFileFromJson } from "../../../../pricing/usage";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

/** A line by name; a tiered line is matched by its first tier (`Storage (STANDARD, first 51,200 GB-months)`). */
const lineOf = (r: ReturnType<typeof resourceOf>, name: string) => {
  const c = r.components.find((x) => x.name === name || x.name.startsWith(`${name.slice(0, -1)}, first `));
  if (!c) throw new Error(`no line "${name}" in ${r.address}: ${r.components.map((x) => x.name).join(", ")}`);
  return c;
};

describe("aws_s3_bucket", () => {
  const report = pricerGolden(__filename, "s3-bucket");

  test("storage, requests and transfer out from usage at each region's rates", () => {
    const plain = resourceOf(report, "aws_s3_bucket.plain");
    expect(lineOf(plain, "Storage (STANDARD)").monthlyCost.expected).toBe("23");
    expect(lineOf(plain, "Data transfer out (internet)").monthlyCost.expected).toBe("45");
    expect(lineOf(plain, "PUT, COPY, POST, LIST requests (STANDARD)").dependsOnUsage).toBe(true);
    expect(plain.monthlyCost.expected).toBe("68");
    expect(resourceOf(report, "aws_s3_bucket.archive").monthlyCost.expected).toBe("14.67");
    expect(resourceOf(report, "aws_s3_bucket.tiered").monthlyCost.expected).toBe("43.75");
    expect(resourceOf(report, "aws_s3_bucket.three").monthlyCost.expected).toBe("6.9");
    expect(report.monthlyCost.expected).toBe("3269.72");
  });

  test("Standard storage and transfer out are tiered per bucket (1 TB = 1,024 GB)", () => {
    const big = resourceOf(report, "aws_s3_bucket.big");
    const storage = big.components.filter((c) => c.priceId === "aws/s3/storage-standard@eu-west-1");
    expect(storage.map((c) => [c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["51200", "0.023", "1177.6"],
      ["8800", "0.022", "193.6"],
    ]);
    const dto = big.components.filter((c) => c.priceId === "aws/network/data-transfer-out@eu-west-1");
    expect(dto.map((c) => c.monthlyCost.expected)).toEqual(["921.6", "829.6"]);
    expect(big.monthlyCost.expected).toBe("3136.4");
  });

  test("regions without prices and unknown regions are unpriced with the reason, never zero", () => {
    const reasons = report.unpriced.filter((u) => u.address === "aws_s3_bucket.nowhere").map((u) => u.reason);
    expect(reasons.some((r) => /no price for aws\/s3\/storage-standard in ap-northeast-1/.test(r))).toBe(true);
    expect(report.unpriced.find((u) => u.address === "aws_s3_bucket.somewhere")?.reason).toMatch(/region is not known before apply/);
    expect(report.free).toEqual([{ address: "aws_s3_bucket_versioning.plain", type: "aws_s3_bucket_versioning" }]);
  });
});

describe("aws_s3_bucket lifecycle", () => {
  const report = pricerGolden(__filename, "s3-bucket-lifecycle");

  test("steady-state split across classes from the transition ages (by-reference configuration)", () => {
    const logs = resourceOf(report, "aws_s3_bucket.logs");
    const gb = (name: string) => lineOf(logs, name).monthlyQuantity.expected;
    expect(gb("Storage (STANDARD, from lifecycle)")).toBe("240");
    expect(gb("Storage (STANDARD_IA, from lifecycle)")).toBe("240");
    expect(gb("Storage (GLACIER, from lifecycle)")).toBe("720");
    expect(gb("Storage (DEEP_ARCHIVE, from lifecycle)")).toBe("1200");
    expect(lineOf(logs, "Lifecycle transitions (to DEEP_ARCHIVE)").monthlyCost.expected).toBe("0.5");
    expect(logs.monthlyCost.expected).toBe("13.2");
  });

  test("legacy inline rules, early deletion below the minimum duration", () => {
    const legacy = resourceOf(report, "aws_s3_bucket.legacy");
    expect(lineOf(legacy, "Storage (GLACIER, from lifecycle)").monthlyCost.expected).toBe("8.64");
    expect(lineOf(legacy, "Early deletion (GLACIER, from lifecycle)").monthlyQuantity.expected).toBe("558.90411");
    expect(legacy.monthlyCost.expected).toBe("10.682054796");
  });

  test("without expiration the last class holds the rest of storageGb; matched by the literal name", () => {
    const growing = resourceOf(report, "aws_s3_bucket.growing");
    expect(lineOf(growing, "Storage (INTELLIGENT_TIERING, frequent access, from lifecycle)").monthlyQuantity.expected).toBe("760");
    expect(lineOf(growing, "Monitoring (INTELLIGENT_TIERING, from lifecycle)").monthlyQuantity.expected).toBe("380");
    expect(growing.monthlyCost.expected).toBe("24.45");
    expect(resourceOf(report, "aws_s3_bucket.expiring").monthlyCost.expected).toBe("27.6");
    expect(lineOf(resourceOf(report, "aws_s3_bucket.disabled"), "Storage (STANDARD)").monthlyCost.expected).toBe("2.3");
    expect(report.monthlyCost.expected).toBe("78.232054796");
  });

  test("rules the model cannot place make the derived lines unpriced, with the reason", () => {
    const reason = (address: string) => report.unpriced.find((u) => u.address === address && u.component === "Storage (from lifecycle)")?.reason;
    expect(reason("aws_s3_bucket.split")).toMatch(/apply to different parts of the bucket/);
    expect(reason("aws_s3_bucket.too_much")).toMatch(/storageGb 5000 is more than .* \(1200 GB\)/);
    expect(reason("aws_s3_bucket.by_var")).toMatch(/not known before apply/);
    expect(reason("aws_s3_bucket.dated")).toMatch(/transitions on a date/);
  });
});

describe("aws_s3_bucket in a plan", () => {
  test("a new bucket's computed lifecycle_rule (unknown in the plan) does not hide its storage", () => {
    const plan = {
      format_version: "1.2",
      configuration: { provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "eu-west-1" } } } }, root_module: { resources: [] } },
      resource_changes: [
        {
          address: "aws_s3_bucket.media", mode: "managed", type: "aws_s3_bucket", name: "media",
          change: { actions: ["create"], after: { bucket: "costkit-media", force_destroy: false }, after_unknown: { id: true, arn: true, lifecycle_rule: true, region: false } },
        },
      ],
    };
    const doc = readTerraform(plan, "plan.json");
    const usage = usageFileFromJson({ resource_usage: { "aws_s3_bucket.media": { storageGb: 100 } } }, "usage.yml");
    const report = estimate(doc, { stack: "plan", catalog: catalogOf(), registry: DEFAULT_REGISTRY, usage });
    const media = resourceOf(report, "aws_s3_bucket.media");
    expect(media.region).toBe("eu-west-1");
    expect(lineOf(media, "Storage (STANDARD)").monthlyCost.expected).toBe("2.3");
    expect(report.unpriced).toEqual([]);
  });
});
