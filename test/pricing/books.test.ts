import * as fs from "fs";
import * as path from "path";
import { BOOK_INDEX_FILE, bookIndexEntry, bookProvider, booksFolder, catalogForDocument, catalogOf, loadDefaultBooks } from "../../pricing/books";
import { parsePriceBook, PriceBookJson, PriceCatalog } from "../../pricing/price-book";
import { estimate } from "../../pricing/estimate";
import { billingProviders } from "../../pricing/registry";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";

describe("checked-in books read by provider", () => {
  test("a book named after a provider (aws-*.json, google-*.json) holds only that provider's prices", () => {
    const named = fs.readdirSync(booksFolder()).filter((f) => f.endsWith(".json") && f !== BOOK_INDEX_FILE && bookProvider(f) !== undefined);
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

describe("the index of the checked-in books", () => {
  const files = () => fs.readdirSync(booksFolder()).filter((f) => f.endsWith(".json") && f !== BOOK_INDEX_FILE).sort();
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(booksFolder(), f), "utf8")) as PriceBookJson;

  test("lists every book with its id, kind, date and services (run scripts/books/index.ts when this fails)", () => {
    const index = JSON.parse(fs.readFileSync(path.join(booksFolder(), BOOK_INDEX_FILE), "utf8")) as { books: unknown[] };
    expect(index.books).toEqual(files().map((f) => bookIndexEntry(read(f), f)));
  });

  test("a book is read only when a price of one of its services is looked up", () => {
    const reads: string[] = [];
    // the module object itself (the namespace that `import * as fs` gives cannot be spied on)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require("fs") as typeof fs;
    const readFileSync = nodeFs.readFileSync;
    const spy = jest.spyOn(nodeFs, "readFileSync").mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === "string" && file.startsWith(booksFolder())) reads.push(path.basename(file));
      return (readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync);
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require("../../pricing/books") as typeof import("../../pricing/books");
        const catalog = fresh.catalogOf();
        expect(reads).toEqual([BOOK_INDEX_FILE]);
        expect(catalog.resolve("aws/s3/storage-standard", "us-east-1")).toBeDefined();
        expect(reads).toEqual([BOOK_INDEX_FILE, "aws-storage-cdn.json"]);
        expect(catalog.resolve("aws/s3/no-such-item", "us-east-1")).toBeUndefined();
        expect(catalog.resolve("fastly/cdn/no-such-item", "global")).toBeUndefined();
        expect(reads).toEqual([BOOK_INDEX_FILE, "aws-storage-cdn.json", "cdn-third-party.json"]);
      });
    } finally {
      spy.mockRestore();
    }
  });

  test("every pricer fixture prices the same with the books read as needed and with every book read whole up front", () => {
    const whole = new PriceCatalog(files().map((f) => parsePriceBook(read(f), path.join(booksFolder(), f))).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "list" ? -1 : 1)));
    const root = path.join(__dirname, "resources");
    const fixtures = ["aws", "google", "costkit"].flatMap((dir) => {
      const testdata = path.join(root, dir, "testdata");
      return fs.existsSync(testdata) ? fs.readdirSync(testdata).filter((f) => f.endsWith(".tf.json")).map((f) => path.join(testdata, f)) : [];
    });
    expect(fixtures.length).toBeGreaterThan(50);
    for (const file of fixtures) {
      const doc = readTerraform(JSON.parse(fs.readFileSync(file, "utf8")), path.basename(file));
      const opts = { stack: "s", registry: DEFAULT_REGISTRY };
      expect({ file, report: estimate(doc, { ...opts, catalog: catalogOf() }) }).toEqual({ file, report: estimate(doc, { ...opts, catalog: whole }) });
    }
  }, 120000);
});
