import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePriceBook } from "../../pricing/price-book";
import { CostReport } from "../../pricing/report";
import { runCli } from "../helpers/cli";
import { expectGolden } from "../helpers/golden";
import { assertReportInvariants } from "../helpers/invariants";

/*
 * `costkit prices import|diff` and `costkit estimate --price-book` end to end, in process. The import fixtures and the
 * stack are in test/pricing/import/testdata (stack.tf.json says, line by line, which imported price each figure is).
 */
const rel = (p: string) => path.relative(process.cwd(), p);
const IMPORT = path.join(__dirname, "..", "pricing", "import", "testdata");
const fx = (f: string) => rel(path.join(IMPORT, f));
const testdata = (f: string) => rel(path.join(__dirname, "testdata", f));
const AWS = ["aws-ec2.offer.json", "aws-s3.offer.json", "aws-cloudfront.offer.json", "aws-lambda.get-products.json"].map(fx);
const GCP = ["gcp-compute.skus.json", "gcp-storage.skus.json"].map(fx);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-prices-"));
const dir = tmp();
const out = (f: string) => path.join(dir, f);

function line(report: CostReport, address: string, name: string) {
  const r = report.resources.find((x) => x.address === address);
  const c = r?.components.find((x) => x.name === name);
  if (!c) throw new Error(`no line "${name}" on ${address}: ${JSON.stringify(r?.components.map((x) => x.name))}`);
  return c;
}

beforeAll(async () => {
  const a = await runCli(["prices", "import", "--from", "aws-offer", ...AWS, "--out", out("aws.json"), "--report", out("aws-report.json")]);
  const g = await runCli(["prices", "import", "--from", "gcp-skus", ...GCP, "--out", out("gcp.json"), "--book-id", "gcp-fixture"]);
  if (a.code !== 0 || g.code !== 0) throw new Error(`import failed: ${a.err} ${g.err}`);
});

describe("costkit prices import", () => {
  test("the report names the built-in mapping as costkit ships it, wherever costkit is run from (no absolute path)", () => {
    const report = JSON.parse(fs.readFileSync(out("aws-report.json"), "utf8"));
    expect(report.mapping).toBe("costkit:pricing/import/mappings/aws.json");
  });

  test("writes a valid book, a JSON report, and says on stderr what matched nothing", async () => {
    const again = await runCli(["prices", "import", "--from", "aws-offer", ...AWS, "--out", out("aws-again.json")]);
    expect(again.code).toBe(0);
    expect(again.out).toBe("");
    expect(again.err).toContain("20 SKUs read, 15 prices written");
    expect(again.err).toContain("5 SKUs matched no rule of the mapping (Compute Instance: 2, Data Transfer: 1, Storage: 1, System Operation: 1)");
    expect(again.err).toContain("CK7M5LRGUSE1WIN1: Compute Instance, usagetype BoxUsage:m5.large");
    expect(again.err).toContain("Rules of the mapping that got no price: s3-storage-standard-ia (aws/s3/storage-standard-ia)");
    expect(again.err).toMatch(/prices of the checked-in books that the mapping covers got no price from this import/);
    const book = parsePriceBook(JSON.parse(fs.readFileSync(out("aws.json"), "utf8")), "aws.json");
    expect(book.id).toBe("aws-offer-2026-01-02");
    expect(JSON.parse(fs.readFileSync(out("aws-report.json"), "utf8")).unmatched.count).toBe(5);
  });

  test("--kind override writes a book of negotiated prices; --region keeps the regions asked for", async () => {
    const r = await runCli(["prices", "import", "--from", "gcp-skus", ...GCP, "--out", out("gcp-override.json"), "--book-id", "contract", "--kind", "override", "--region", "us-central1"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\d+ prices left out by --region/);
    const book = JSON.parse(fs.readFileSync(out("gcp-override.json"), "utf8"));
    expect(book.kind).toBe("override");
    expect(new Set(book.prices.map((p: { region: string }) => p.region))).toEqual(new Set(["us-central1"]));
  });

  test("importing twice writes byte-identical books", () => {
    expect(fs.readFileSync(out("aws-again.json"), "utf8")).toBe(fs.readFileSync(out("aws.json"), "utf8"));
  });

  test.each([
    ["no --from", ["--out", "x.json", AWS[0]], /--from is required/],
    ["an unknown source", ["--from", "azure", "--out", "x.json", AWS[0]], /--from must be one of aws-offer, gcp-skus/],
    ["no --out", ["--from", "aws-offer", AWS[0]], /--out FILE is required/],
    ["no file", ["--from", "aws-offer", "--out", "x.json"], /takes the price list FILE/],
    ["a SKU list given as an offer", ["--from", "aws-offer", GCP[0], "--out", "x.json"], /gcp-compute\.skus\.json is not an AWS Price List offer file/],
    ["an offer given as a SKU list", ["--from", "gcp-skus", AWS[0], "--out", "x.json"], /aws-ec2\.offer\.json is not a Cloud Billing Catalog SKU list/],
    ["a region costkit does not know", ["--from", "gcp-skus", GCP[0], "--out", "x.json", "--region", "us-centrl1"], /--region us-centrl1 is not a google region costkit knows \(nearest: us-central1/],
    ["the other source's mapping", ["--from", "gcp-skus", GCP[0], "--out", "x.json", "--mapping", "pricing/import/mappings/aws.json"], /is for "--from aws-offer"/],
    ["the id of a checked-in book", ["--from", "aws-offer", AWS[0], "--out", "x.json", "--book-id", "aws-compute-2026-11-28"], /is the id of the checked-in book/],
    ["a bad --kind", ["--from", "aws-offer", AWS[0], "--out", "x.json", "--kind", "negotiated"], /--kind must be list or override/],
  ])("exits 2 on %s", async (_name, args, pattern) => {
    const r = await runCli(["prices", "import", ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern as RegExp);
  });

  test("exits 2 when nothing gives a price, with the first reason", async () => {
    const mapping = out("narrow.json");
    fs.writeFileSync(mapping, JSON.stringify({
      formatVersion: "1", from: "aws-offer",
      rules: [{ id: "wrong-unit", match: { productFamily: "Compute Instance" }, priceId: "aws/ec2/{attributes.instanceType}", region: { field: "attributes.regionCode" }, unit: { from: "GB", to: "GB" } }],
    }));
    const r = await runCli(["prices", "import", "--from", "aws-offer", AWS[0], "--out", out("none.json"), "--mapping", mapping]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no SKU of .*aws-ec2\.offer\.json \(9 read\) gave a price .* e\.g\. CK7C5LRGUSE1LNX1 \(rule wrong-unit\): unit "Hrs", but the rule expects "GB"/);
    expect(fs.existsSync(out("none.json"))).toBe(false);
  });

  test("--help and `costkit prices` list the subcommands and options", async () => {
    expect((await runCli(["prices", "--help"])).out).toMatch(/import --from aws-offer\|gcp-skus[\s\S]*diff OLD NEW/);
    const help = await runCli(["prices", "import", "--help"]);
    for (const opt of ["--from", "--out", "--mapping", "--book-id", "--kind", "--region", "--report"]) expect(help.out).toContain(opt);
    expect((await runCli(["prices", "refresh"])).code).toBe(2);
    expect((await runCli(["prices"])).code).toBe(2);
  });
});

describe("costkit estimate --price-book with imported books", () => {
  test("prices a stack at exactly the imported prices, tiers included", async () => {
    const r = await runCli(["estimate", fx("stack.tf.json"), "--usage", fx("stack.usage.yml"), "--price-book", out("aws.json"), "--price-book", out("gcp.json"), "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as CostReport;
    assertReportInvariants(report);
    expect(report.priceBooks.map((b) => b.id)).toEqual(expect.arrayContaining(["aws-offer-2026-01-02", "gcp-fixture"]));
    const expectLine = (address: string, name: string, unitPrice: string, quantity: string, cost: string) =>
      expect([address, name, line(report, address, name)]).toEqual([address, name, expect.objectContaining({ listUnitPrice: unitPrice, monthlyQuantity: expect.objectContaining({ expected: quantity }), listMonthlyCost: expect.objectContaining({ expected: cost }) })]);
    expectLine("aws_instance.web", "Instance usage (Linux/UNIX, on-demand, m5.large)", "0.1234", "730", "90.082");
    expectLine("aws_instance.web", "Storage (root, gp2)", "0.0987", "8", "0.7896");
    expectLine("aws_ebs_volume.data", "Storage (gp3)", "0.0789", "500", "39.45");
    expectLine("aws_s3_bucket.assets", "Storage (STANDARD, first 51,200 GB-months)", "0.0231", "51200", "1182.72");
    expectLine("aws_s3_bucket.assets", "Storage (STANDARD, next 460,800 GB-months)", "0.0221", "8800", "194.48");
    expectLine("aws_s3_bucket.assets", "PUT, COPY, POST, LIST requests (STANDARD)", "0.0051", "2000", "10.2");
    expectLine("aws_s3_bucket.assets", "GET and other requests (STANDARD)", "0.00041", "10000", "4.1");
    expectLine("aws_s3_bucket.assets", "Data transfer out (internet, first 10,240 GB)", "0.0911", "10240", "932.864");
    expectLine("aws_s3_bucket.assets", "Data transfer out (internet, next 40,960 GB)", "0.0855", "9760", "834.48");
    expectLine("aws_lambda_function.api", "Requests (x86_64)", "0.21", "10", "2.1");
    expectLine("aws_lambda_function.api", "Duration (x86_64, 1024 MB, first 6,000,000,000 GB-seconds)", "0.0000171111", "2000000", "34.2222");
    expectLine("aws_cloudfront_distribution.cdn", "CDN egress (NA, first 10,240 GB)", "0.0866", "10240", "886.784");
    expectLine("aws_cloudfront_distribution.cdn", "CDN egress (NA, next 40,960 GB)", "0.0811", "9760", "791.536");
    expectLine("aws_cloudfront_distribution.cdn", "CDN egress (EU, first 10,240 GB)", "0.0877", "1000", "87.7");
    expectLine("aws_cloudfront_distribution.cdn", "HTTPS requests (NA)", "0.0111", "1000", "11.1");
    expectLine("google_compute_instance.vm", "vCPU (on-demand, n2-standard-4)", "0.033333", "2920", "97.33236");
    expectLine("google_compute_instance.vm", "Memory (on-demand, n2-standard-4)", "0.004444", "11680", "51.90592");
    expectLine("google_compute_instance.vm", "Boot disk (pd-balanced)", "0.1111", "20", "2.222");
    expectLine("google_compute_disk.data", "Storage (pd-balanced)", "0.1111", "100", "11.11");
    expectLine("google_storage_bucket.media", "Storage (standard)", "0.0222", "1000", "22.2");
    expectLine("google_storage_bucket.media", "Internet egress (worldwide, first 1,024 GiB)", "0.1212", "1024", "124.1088");
    expectLine("google_storage_bucket.media", "Internet egress (worldwide, next 9,216 GiB)", "0.1111", "1024", "113.7664");
    // the sum of the table in stack.tf.json; usage-less lines (snapshots, Class A/B operations) are 0
    expect(report.listMonthlyCost.expected).toBe("5525.25328");
  });

  test("where the imported prices equal the checked-in book's, the estimate is identical", async () => {
    const withImport = await runCli(["estimate", fx("same-prices.tf.json"), "--price-book", out("aws.json"), "--price-book", out("gcp.json"), "--format", "json"]);
    const checkedIn = await runCli(["estimate", fx("same-prices.tf.json"), "--format", "json"]);
    const a = JSON.parse(withImport.out), b = JSON.parse(checkedIn.out);
    expect(a.priceBooks.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(["aws-offer-2026-01-02", "gcp-fixture"]));
    expect(a.monthlyCost.expected).toBe("111.7683366");
    expect({ ...a, priceBooks: undefined }).toEqual({ ...b, priceBooks: undefined });
  });
});

describe("costkit estimate with several price books", () => {
  const stack = out("one.tf.json");
  const book = (id: string, kind: string, price: string, file = out(`${id}.json`)) => {
    fs.writeFileSync(file, JSON.stringify({
      formatVersion: "1", id, kind, currency: "USD", effectiveDate: "2026-01-01",
      prices: [{ id: "aws/ec2/m5.large", region: "us-east-1", unit: "hours", description: "m5.large", price, source: "test", effectiveDate: "2026-01-01" }],
    }));
    return file;
  };
  beforeAll(() => {
    fs.writeFileSync(stack, JSON.stringify({ provider: { aws: [{ region: "us-east-1" }] }, resource: { aws_instance: { web: { ami: "a", instance_type: "m5.large", root_block_device: { volume_type: "gp3", volume_size: 10 } } } } }));
  });
  const m5 = async (...books: string[]) => {
    const r = await runCli(["estimate", stack, ...books.flatMap((b) => ["--price-book", b]), "--format", "json"]);
    expect(r.code).toBe(0);
    return line(JSON.parse(r.out), "aws_instance.web", "Instance usage (Linux/UNIX, on-demand, m5.large)");
  };

  test("later list books win over earlier ones and over the checked-in book", async () => {
    const a = book("list-a", "list", "0.2"), b = book("list-b", "list", "0.3");
    expect((await m5()).unitPrice).toBe("0.096");
    expect((await m5(a, b)).unitPrice).toBe("0.3");
    expect((await m5(b, a)).unitPrice).toBe("0.2");
  });

  test("an override book sets the effective price and keeps the list price, whatever its place", async () => {
    const a = book("list-c", "list", "0.25"), o = book("contract", "override", "0.05");
    for (const books of [[a, o], [o, a]]) {
      const c = await m5(...books);
      expect(c).toMatchObject({ unitPrice: "0.05", listUnitPrice: "0.25", adjustments: ["contract"] });
      expect(c.monthlyCost.expected).toBe("36.5");
      expect(c.listMonthlyCost.expected).toBe("182.5");
    }
  });

  test("--help documents the precedence and the focus-csv format", async () => {
    const { out: help } = await runCli(["estimate", "--help"]);
    expect(help).toMatch(/later list book replaces an earlier list price/);
    expect(help).toMatch(/override book sets the effective price over the list price/);
    expect(help).toContain("focus-csv");
    expect(help).toContain("--period");
  });
});

describe("costkit estimate --price-book with a bad book", () => {
  const entry = { id: "aws/ec2/m5.large", region: "us-east-1", unit: "hours", description: "m5.large", price: "0.1", source: "test", effectiveDate: "2026-01-01" };
  const write = (name: string, over: Record<string, unknown>, prices: unknown[] = [entry]) => {
    const file = out(`bad-${name}.json`);
    fs.writeFileSync(file, JSON.stringify({ formatVersion: "1", id: `bad-${name}`, kind: "list", currency: "USD", effectiveDate: "2026-01-01", prices, ...over }));
    return file;
  };
  test.each([
    ["a missing unit", {}, [{ ...entry, unit: "" }], /at prices\[0\] \(aws\/ec2\/m5\.large\): missing unit/],
    ["a negative price", {}, [{ ...entry, price: "-0.1" }], /at prices\[0\] \(aws\/ec2\/m5\.large\): negative price -0\.1/],
    ["unordered tiers", {}, [{ ...entry, price: undefined, tiers: [{ start: "0", price: "0.1" }, { start: "100", price: "0.09" }, { start: "50", price: "0.08" }] }], /at prices\[0\] \(aws\/ec2\/m5\.large\)\.tiers\[2\]: tiers must be in strictly increasing order/],
    ["overlapping tiers", {}, [{ ...entry, price: undefined, tiers: [{ start: "0", price: "0.1" }, { start: "0", price: "0.09" }] }], /at prices\[0\] \(aws\/ec2\/m5\.large\)\.tiers\[1\]/],
    ["a duplicate id", {}, [entry, entry], /at prices\[1\] \(aws\/ec2\/m5\.large\): duplicate price id "aws\/ec2\/m5\.large" for region "us-east-1"/],
    ["an unknown currency", { currency: "EUR" }, [entry], /at currency: unknown currency "EUR"/],
  ])("exits 2 on %s, naming the book and the entry", async (name, over, prices, pattern) => {
    const file = write(name.replace(/\W+/g, "-"), over, prices);
    const r = await runCli(["estimate", fx("same-prices.tf.json"), "--price-book", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`price book ${file} is invalid`);
    expect(r.err).toMatch(pattern);
  });

  test("exits 2 on a book that reuses a checked-in book's id", async () => {
    const file = write("dup-id", { id: "aws-compute-2026-11-28" });
    const r = await runCli(["estimate", fx("same-prices.tf.json"), "--price-book", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/two price books have the id "aws-compute-2026-11-28"/);
  });
});

describe("costkit prices diff", () => {
  const OLD = testdata("prices-old.json"), NEW = testdata("prices-new.json");
  const report = out("stack-report.json");
  beforeAll(async () => {
    const r = await runCli(["estimate", fx("stack.tf.json"), "--usage", fx("stack.usage.yml"), "--price-book", OLD, "--format", "json", "--out", report]);
    if (r.code !== 0) throw new Error(r.err);
  });
  const diff = async (...args: string[]) => {
    const r = await runCli(["prices", "diff", OLD, NEW, ...args]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    return r.out;
  };

  test("lists changed prices per stretch of the tiers, added and removed ones (golden)", async () => {
    const json = JSON.parse(await diff("--format", "json"));
    expect(json.summary).toEqual({ changed: 3, added: 1, removed: 1, unchanged: 2 });
    const m5 = json.changed.find((c: { priceId: string }) => c.priceId === "aws/ec2/m5.large@us-east-1");
    expect(m5.segments).toEqual([{ start: "0", end: null, old: "0.1234", new: "0.1299", delta: "0.0065", percent: "5.2674" }]);
    const s3 = json.changed.find((c: { priceId: string }) => c.priceId === "aws/s3/storage-standard@us-east-1");
    expect(s3.boundariesChanged).toBe(true);
    expect(s3.segments).toEqual([
      { start: "40960", end: "51200", old: "0.0231", new: "0.0225", delta: "-0.0006", percent: "-2.5974" },
      { start: "51200", end: "512000", old: "0.0221", new: "0.0225", delta: "0.0004", percent: "1.81" },
    ]);
    expect(json.discounts.changed).toEqual([{ id: "edp", old: "0", new: "3", scopeChanged: false }]);
    expectGolden(await diff(), path.join(__dirname, "testdata", "prices-diff.txt"));
    expectGolden(await diff("--format", "markdown"), path.join(__dirname, "testdata", "prices-diff.md"));
  });

  test("with --report, says which lines move and by exactly how much", async () => {
    const text = await diff("--report", report, "--format", "json");
    const impact = JSON.parse(text).impact;
    const at = (address: string, priceId: string) => impact.lines.find((l: { address: string; priceId: string }) => l.address === address && l.priceId === priceId);
    // 730 hours × (0.1299 − 0.1234)
    expect(at("aws_instance.web", "aws/ec2/m5.large@us-east-1")).toMatchObject({ listDelta: { expected: "4.745" }, effectiveDelta: { expected: "4.745" }, pricedWithOld: true });
    // 60,000 GB: 40,960 × 0.0231 + 19,040 × 0.0225 − (51,200 × 0.0231 + 8,800 × 0.0221) = 1374.576 − 1377.2
    expect(at("aws_s3_bucket.assets", "aws/s3/storage-standard@us-east-1")).toMatchObject({ component: "Storage (STANDARD)", quantity: { expected: "60000" }, listDelta: { expected: "-2.624" } });
    // 2,920 vCPU-hours × 0.000667 at list; the effective cost also carries the sustained-use discount
    expect(at("google_compute_instance.vm", "google/compute/n2-core@us-central1")).toMatchObject({ listDelta: { expected: "1.94764" }, effectiveDelta: null, adjustments: ["sustained-use"] });
    expect(impact.removedInUse).toEqual([{ stack: "stack", address: "aws_instance.web", component: "Storage (root, gp2)", priceId: "aws/ebs/gp2@us-east-1" }]);
    expect(impact.totals).toEqual([{ stack: "stack", listDelta: { min: "4.06864", expected: "4.06864", max: "4.06864" }, effectiveDelta: { min: "2.121", expected: "2.121", max: "2.121" }, effectiveUnknownLines: 1 }]);
    // the report sits in a temporary folder: its path is replaced so the goldens stay put
    const stable = (t: string) => t.split(report).join("<stack-report.json>");
    expectGolden(stable(await diff("--report", report)), path.join(__dirname, "testdata", "prices-diff-report.txt"));
    expectGolden(stable(await diff("--report", report, "--format", "markdown")), path.join(__dirname, "testdata", "prices-diff-report.md"));
    expectGolden(stable(text), path.join(__dirname, "testdata", "prices-diff-report.json"));
  });

  test("a book compared with itself has no change", async () => {
    const json = JSON.parse((await runCli(["prices", "diff", OLD, OLD, "--format", "json"])).out);
    expect(json.summary).toEqual({ changed: 0, added: 0, removed: 0, unchanged: 6 });
  });

  test.each([
    ["one book", [OLD], /takes OLD and NEW price books, got 1 path/],
    ["a missing file", [OLD, "nope.json"], /cannot read nope\.json/],
    ["a bad format", [OLD, NEW, "--format", "xml"], /--format must be one of table, json, markdown/],
    ["a report that is not one", [OLD, NEW, "--report", NEW], /prices-new\.json is not a cost report: at the top level, expected a report/],
    ["an invalid book", [OLD, testdata("disks.tf.json")], /price book .*disks\.tf\.json is invalid/],
  ])("exits 2 on %s", async (_name, args, pattern) => {
    const r = await runCli(["prices", "diff", ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern as RegExp);
  });
});
