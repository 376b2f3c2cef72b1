import * as fs from "fs";
import * as path from "path";
import { catalogOf } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { loadUsageFile } from "../../pricing/load";
import { Money, ZERO } from "../../pricing/money";
import { CostReport } from "../../pricing/report";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";
import { chargePeriod, csvField, FOCUS_COLUMNS, focusRows, focusUnit, parseCsv, renderFocusCsv } from "../../report/focus";
import { runCli } from "../helpers/cli";
import { expectGolden } from "../helpers/golden";

const dir = path.join(__dirname, "testdata");
const tf = path.relative(process.cwd(), path.join(dir, "focus.tf.json"));
const usage = path.relative(process.cwd(), path.join(dir, "focus.usage.yml"));

function report(stack = "focus"): CostReport {
  const doc = readTerraform(JSON.parse(fs.readFileSync(tf, "utf8")), tf);
  return estimate(doc, { stack, catalog: catalogOf(), registry: DEFAULT_REGISTRY, usage: loadUsageFile(usage) });
}

describe("FOCUS CSV export", () => {
  const r = report();
  const csv = renderFocusCsv([r]);
  const rows = parseCsv(csv);
  const header = rows[0];
  const records = rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));

  test("one row per cost line, the FOCUS columns in a fixed order (golden)", () => {
    expect(header).toEqual([...FOCUS_COLUMNS]);
    expect(records).toHaveLength(r.resources.reduce((n, res) => n + res.components.length, 0));
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expectGolden(csv, path.join(dir, "focus.csv"));
  });

  test("EffectiveCost and ListCost add up to the report's totals, exactly", () => {
    const total = (col: string) => records.reduce((acc, rec) => acc.plus(new Money(rec[col])), ZERO);
    expect(total("EffectiveCost").eq(r.monthlyCost.expected)).toBe(true);
    expect(total("BilledCost").eq(r.monthlyCost.expected)).toBe(true);
    expect(total("ListCost").eq(r.listMonthlyCost.expected)).toBe(true);
    expect(total("x_EffectiveCostMax").eq(r.monthlyCost.max)).toBe(true);
    for (const rec of records) expect(new Money(rec.ListUnitPrice).times(rec.PricingQuantity).eq(rec.ListCost)).toBe(true);
  });

  test("quotes fields with commas, quotes and new lines (RFC 4180), and lines end in CRLF", () => {
    const web = records.find((rec) => rec.ResourceId === "aws_instance.web")!;
    expect(JSON.parse(web.Tags)).toEqual({ "cost-center": "cc-1", note: 'say "hi"\nbye', team: "web, edge" });
    expect(csv).toContain('"{""cost-center"":""cc-1"",""note"":""say \\""hi\\""\\nbye"",""team"":""web, edge""}"');
    expect(csv.split("\r\n")).toHaveLength(records.length + 2);
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(parseCsv('x,"a ""b"", c"\r\n"multi\nline",2\r\n')).toEqual([["x", 'a "b", c'], ["multi\nline", "2"]]);
  });

  test("maps categories, services and providers to FOCUS values", () => {
    const of = (address: string) => records.filter((rec) => rec.ResourceId === address);
    expect(of("google_redis_instance.cache")[0]).toMatchObject({ ServiceCategory: "Databases", ServiceName: "Memorystore for Redis", ProviderName: "Google Cloud", RegionId: "europe-west1" });
    expect(of("aws_cloudfront_distribution.cdn")[0]).toMatchObject({ ServiceCategory: "Networking", ServiceName: "Amazon CloudFront", ProviderName: "AWS", RegionId: "global" });
    expect(of("aws_instance.web")[0]).toMatchObject({ ServiceCategory: "Compute", ServiceName: "Amazon Elastic Compute Cloud", ChargeCategory: "Usage", ChargeFrequency: "Recurring", SkuId: "aws/ec2/m5.large@us-east-1", PricingUnit: "Hours" });
    const pool = of("google_container_node_pool.pool")[0];
    expect(new Money(pool.x_EffectiveCostMin).lt(pool.x_EffectiveCostMax)).toBe(true);
    expect(new Money(pool.EffectiveCost).lt(pool.ListCost)).toBe(true);
  });

  test("a usage-based line with no usage is a row with quantity 0", () => {
    const logs = records.filter((rec) => rec.ResourceId === "aws_s3_bucket.logs");
    expect(logs.length).toBeGreaterThan(0);
    for (const rec of logs) expect(rec).toMatchObject({ PricingQuantity: "0", EffectiveCost: "0", ListCost: "0", x_DependsOnUsage: "true", ChargeFrequency: "Usage-Based" });
    expect(new Money(logs[0].ListUnitPrice).gt(0)).toBe(true);
  });

  test("the charge period is a nominal month; FOCUS unit format", () => {
    expect(chargePeriod("2026-01")).toEqual({ start: "2026-01-01T00:00:00Z", end: "2026-02-01T00:00:00Z" });
    expect(chargePeriod("2025-12")).toEqual({ start: "2025-12-01T00:00:00Z", end: "2026-01-01T00:00:00Z" });
    expect(() => chargePeriod("2026-13")).toThrow(RangeError);
    expect(focusRows([r], "2027-03")[0]).toMatchObject({ ChargePeriodStart: "2027-03-01T00:00:00Z", ChargePeriodEnd: "2027-04-01T00:00:00Z" });
    expect(["1K requests", "10K requests", "1M requests", "GiB-months", "vCPU-hours", "GB", "MB/s-months"].map(focusUnit)).toEqual(["1000 Requests", "10000 Requests", "1000000 Requests", "GiB-Months", "vCPU-Hours", "GB", "MB/s-Months"]);
  });

  test("several stacks go in one file, told apart by x_Stack", () => {
    const both = parseCsv(renderFocusCsv([report("a"), report("b")]));
    expect(both).toHaveLength(1 + 2 * records.length);
    expect(new Set(both.slice(1).map((row) => row[header.indexOf("x_Stack")]))).toEqual(new Set(["a", "b"]));
  });
});

describe("costkit estimate --format focus-csv", () => {
  test("writes the CSV, with --period", async () => {
    const { code, out } = await runCli(["estimate", tf, "--usage", usage, "--format", "focus-csv", "--period", "2026-03"]);
    expect(code).toBe(0);
    expect(out).toBe(renderFocusCsv([report()], "2026-03"));
  });

  test("exits 2 on a bad --period", async () => {
    const r = await runCli(["estimate", tf, "--format", "focus-csv", "--period", "March"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--period must be a month YYYY-MM/);
  });
});

describe("FOCUS CSV and spreadsheet formulas", () => {
  test("text fields that would start a formula get a leading apostrophe; numbers (even negative ones) stay numbers", () => {
    const base = report();
    const r0 = base.resources[0];
    const c0 = r0.components[0];
    const hostile: CostReport = {
      ...base,
      stack: "=HYPERLINK(\"http://evil.example\",\"x\")",
      resources: [{
        ...r0, address: "@SUM(A1:A9)", tags: {},
        components: [{ ...c0, name: "+cmd|' /C calc'!A0", unit: "\thours", monthlyCost: { min: "-12.5", expected: "-12.5", max: "-12.5" } }],
      }],
    };
    const [header, row] = parseCsv(renderFocusCsv([hostile]));
    const rec = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(rec.x_Stack).toBe("'=HYPERLINK(\"http://evil.example\",\"x\")");
    expect(rec.ResourceId).toBe("'@SUM(A1:A9)");
    expect(rec.ChargeDescription).toBe("'+cmd|' /C calc'!A0");
    expect(rec.BilledCost).toBe("-12.5");
    expect(rec.x_EffectiveCostMin).toBe("-12.5");
    for (const [col, v] of Object.entries(rec)) if (!["BilledCost", "EffectiveCost", "x_EffectiveCostMin", "x_EffectiveCostMax"].includes(col)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });
});
