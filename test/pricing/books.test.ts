import * as fs from "fs";
import * as path from "path";
import { bookProvider, booksFolder, catalogForDocument, catalogOf, loadDefaultBooks } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { billingProviders } from "../../pricing/registry";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";

describe("checked-in books read by provider", () => {
  test("a book named after a provider (aws-*.json, google-*.json) holds only that provider's prices", () => {
    const named = fs.readdirSync(booksFolder()).filter((f) => f.endsWith(".json") && bookProvider(f) !== undefined);
    expect(named.length).toBeGreaterThan(5);
    for (const f of named) {
      const book = JSON.parse(fs.readFileSync(path.join(booksFolder(), f), "utf8")) as { prices: { id: string }[] };
      const others = book.prices.filter((p) => !p.id.startsWith(`${bookProvider(f)}/`)).map((p) => p.id);
      expect({ f, others }).toEqual({ f, others: [] });
    }
  });

  test("an AWS-only stack reads the AWS books and the small shared ones, no Google book", () => {
    const ids = loadDefaultBooks(new Set(["aws"])).map((b) => path.basename(b.file));
    expect(ids.filter((f) => f.startsWith("google-"))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(["aws-compute.json", "cdn-third-party.json", "onprem.json"]));
    expect(loadDefaultBooks().length).toBeGreaterThan(ids.length);
  });

  test("the books a stack reads never change its estimate: every pricer fixture priced with its books and with all books", () => {
    const root = path.join(__dirname, "resources");
    const fixtures = ["aws", "google", "costkit"].flatMap((dir) => {
      const testdata = path.join(root, dir, "testdata");
      return fs.existsSync(testdata) ? fs.readdirSync(testdata).filter((f) => f.endsWith(".tf.json")).map((f) => path.join(testdata, f)) : [];
    });
    expect(fixtures.length).toBeGreaterThan(50);
    const all = catalogOf();
    for (const file of fixtures) {
      const doc = readTerraform(JSON.parse(fs.readFileSync(file, "utf8")), path.basename(file));
      const scoped = catalogForDocument(doc, [], billingProviders(doc, DEFAULT_REGISTRY));
      const opts = { stack: "s", registry: DEFAULT_REGISTRY };
      expect({ file, report: estimate(doc, { ...opts, catalog: scoped }) }).toEqual({ file, report: estimate(doc, { ...opts, catalog: all }) });
    }
  }, 120000);
});
