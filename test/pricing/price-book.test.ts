import { InputError } from "../../pricing/errors";
import { parsePriceBook, PriceCatalog } from "../../pricing/price-book";
import { loadDefaultBooks } from "../../pricing/books";
import { decimalText } from "../../pricing/money";

const entry = (over: Record<string, unknown> = {}) => ({
  id: "google/compute/n2-core", region: "europe-west1", unit: "vCPU-hours", description: "N2 Instance Core",
  price: "0.034773", source: "test", effectiveDate: "2026-07-30", ...over,
});
const book = (over: Record<string, unknown> = {}) => ({
  formatVersion: "1", id: "test-book", kind: "list", currency: "USD", effectiveDate: "2026-07-30", prices: [entry()], ...over,
});

function problem(json: unknown): string {
  try {
    parsePriceBook(json, "books/test.json");
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error("expected the book to be rejected");
}

describe("price book validation", () => {
  test("accepts a well-formed book", () => {
    const b = parsePriceBook(book(), "books/test.json");
    expect(b.entries[0].tiers.map((t) => decimalText(t.price))).toEqual(["0.034773"]);
  });

  test.each([
    ["a missing unit", book({ prices: [entry({ unit: "" })] }), /prices\[0\] \(google\/compute\/n2-core\): missing unit/],
    ["a negative price", book({ prices: [entry({ price: "-0.1" })] }), /negative price|decimal string/],
    ["unordered tiers", book({ prices: [entry({ price: undefined, tiers: [{ start: "0", price: "0.1" }, { start: "100", price: "0.09" }, { start: "50", price: "0.08" }] })] }), /tiers\[2\].*strictly increasing/],
    ["overlapping tiers", book({ prices: [entry({ price: undefined, tiers: [{ start: "0", price: "0.1" }, { start: "0", price: "0.09" }] })] }), /tiers\[1\]/],
    ["a first tier not at 0", book({ prices: [entry({ price: undefined, tiers: [{ start: "10", price: "0.1" }] })] }), /first tier must start at 0/],
    ["a duplicate id", book({ prices: [entry(), entry()] }), /prices\[1\].*duplicate price id "google\/compute\/n2-core"/],
    ["an unknown currency", book({ currency: "EUR" }), /unknown currency "EUR"/],
    ["an unknown key", book({ prices: [entry({ colour: "red" })] }), /unknown key "colour"/],
    ["a float price", book({ prices: [entry({ price: 0.1 })] }), /decimal string/],
    ["a date that does not exist", book({ effectiveDate: "2026-13-45" }), /effectiveDate: expected a calendar date YYYY-MM-DD, got "2026-13-45"/],
    ["an entry date that does not exist", book({ prices: [entry({ effectiveDate: "2026-02-30" })] }), /effectiveDate must be a calendar date/],
    ["discounts that are not a list", book({ kind: "override", discounts: { id: "x" } }), /discounts: expected a list of discounts/],
    ["a discount scope that is not an object", book({ kind: "override", discounts: [{ id: "d", description: "d", percent: "10", source: "s", scope: "google" }] }), /discounts\[0\]\.scope: expected an object/],
    ["price ids given as one string", book({ kind: "override", discounts: [{ id: "d", description: "d", percent: "10", source: "s", scope: { priceIds: "google/*" } }] }), /discounts\[0\]\.scope\.priceIds: expected a list of strings/],
  ])("rejects %s, naming the book and the entry", (_name, json, pattern) => {
    const message = problem(json);
    expect(message).toContain("books/test.json");
    expect(message).toMatch(pattern);
  });
});

describe("price catalog", () => {
  const list = parsePriceBook(book(), "list.json");
  const negotiated = parsePriceBook(
    book({
      id: "negotiated", kind: "override",
      prices: [entry({ price: "0.02", source: "contract" })],
      discounts: [{ id: "cud-25", description: "25 % committed use", percent: "25", scope: { provider: "google", priceIds: ["google/compute/*"] }, source: "contract" }],
    }),
    "negotiated.json",
  );

  test("an override sets the effective price and keeps the list price; discounts apply after it", () => {
    const p = new PriceCatalog([list, negotiated]).resolve("google/compute/n2-core", "europe-west1")!;
    expect(decimalText(p.list[0].price)).toBe("0.034773");
    expect(decimalText(p.effective[0].price)).toBe("0.015"); // 0.02 × 0.75
    expect(p.appliedOverride).toBe("negotiated");
    expect(p.appliedDiscounts).toEqual(["cud-25"]);
  });

  test("a discount scoped to a provider applies only when priced for that provider, however often it is resolved", () => {
    const catalog = new PriceCatalog([list, negotiated]);
    const id = "google/compute/n2-core";
    // The same id and region for another billing provider (a cost-only item) earns no google commitment.
    for (let i = 0; i < 2; i++) {
      expect(catalog.resolve(id, "europe-west1", "google")!.appliedDiscounts).toEqual(["cud-25"]);
      expect(catalog.resolve(id, "europe-west1", "on-prem")!.appliedDiscounts).toEqual([]);
      expect(decimalText(catalog.resolve(id, "europe-west1", "on-prem")!.effective[0].price)).toBe("0.02");
    }
  });

  test("an override of a listed price in a region the list lacks, or in another unit, is an error naming the entry", () => {
    const override = (e: Record<string, unknown>) => parsePriceBook(book({ id: "neg", kind: "override", prices: [entry(e)] }), "books/neg.json");
    expect(() => new PriceCatalog([list, override({ region: "europe-wst1" })])).toThrow(/books\/neg\.json is invalid at prices\[0\] \(google\/compute\/n2-core\): overrides .* in region "europe-wst1", but the list books price it only in europe-west1; fix the region/);
    expect(() => new PriceCatalog([list, override({ unit: "vCPU-months" })])).toThrow(/the unit is "vCPU-months", but the list price .* is per "vCPU-hours"/);
    expect(() => new PriceCatalog([list, override({})])).not.toThrow();
    // an id no list book has is a price of its own (a third-party contract)
    expect(() => new PriceCatalog([list, override({ id: "fastly/cdn/egress", region: "global", unit: "GB" })])).not.toThrow();
  });

  test("a discount for a provider no book prices is an error", () => {
    const discount = (provider: string) => parsePriceBook(book({ id: "d", kind: "override", prices: [], discounts: [{ id: "cud", description: "c", percent: "10", source: "s", scope: { provider } }] }), "books/d.json");
    expect(() => new PriceCatalog([list, discount("gogle")])).toThrow(/discounts\[0\]\.scope\.provider: no book prices anything for provider "gogle" \(providers: google\)/);
    expect(() => new PriceCatalog([list, discount("google")])).not.toThrow();
  });

  test("a region without an entry has no price (the engine reports it unpriced)", () => {
    expect(new PriceCatalog([list]).resolve("google/compute/n2-core", "asia-east1")).toBeUndefined();
  });

  test("the checked-in books are valid, every entry checked (synth checks each when used), with a source and an effective date", () => {
    const books = loadDefaultBooks();
    expect(books.length).toBeGreaterThan(0);
    for (const b of books) {
      expect(b.kind).toBe("list");
      for (const e of b.entries) {
        expect(e.source.length).toBeGreaterThan(3);
        expect(e.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe("a book whose entries are checked when used (costkit's own books)", () => {
  const other = entry({ id: "google/compute/n2-ram", unit: "GiB-hours", description: "N2 Instance Ram", price: "0.004661" });
  const broken = book({ prices: [other, entry({ price: "0.03x" })] });
  const message = /price book books\/broken\.json is invalid at prices\[1\] \(google\/compute\/n2-core\): price must be a decimal string, got "0\.03x"/;

  test("reading it checks the header and the keys, not each entry", () => {
    expect(() => parsePriceBook(broken, "books/broken.json", { entries: "when-used" })).not.toThrow();
    expect(() => parsePriceBook(broken, "books/broken.json")).toThrow(message);
  });

  test("a malformed entry fails when its price is looked up, naming the book and the entry; the others price", () => {
    const catalog = new PriceCatalog([parsePriceBook(broken, "books/broken.json", { entries: "when-used" })]);
    expect(decimalText(catalog.resolve("google/compute/n2-ram", "europe-west1")!.effective[0].price)).toBe("0.004661");
    expect(() => catalog.resolve("google/compute/n2-core", "europe-west1")).toThrow(InputError);
    expect(() => catalog.resolve("google/compute/n2-core", "europe-west1")).toThrow(message);
  });

  test("listing its entries checks them all", () => {
    expect(() => parsePriceBook(broken, "books/broken.json", { entries: "when-used" }).entries).toThrow(message);
  });

  test("a duplicate or an entry without an id is found as the book is read", () => {
    const read = (prices: unknown[]) => () => parsePriceBook(book({ prices }), "books/test.json", { entries: "when-used" });
    expect(read([entry(), entry()])).toThrow(/prices\[1\] \(google\/compute\/n2-core\): duplicate price id "google\/compute\/n2-core" for region "europe-west1"/);
    expect(read([entry(), entry({ id: undefined })])).toThrow(/prices\[1\]: id must look like "<provider>\/<service>\/<item>", got undefined/);
    expect(read([entry(), "n2"])).toThrow(/prices\[1\]: expected an object/);
    expect(read([entry(), other])).not.toThrow();
  });

  test("its regions by price id serve the catalog's messages about a missing region", () => {
    const b = parsePriceBook(book({ prices: [entry(), entry({ region: "us-central1" }), other] }), "books/test.json", { entries: "when-used" });
    expect(new PriceCatalog([b]).regionsOf("google/compute/n2-core")).toEqual(["europe-west1", "us-central1"]);
    expect(new PriceCatalog([b]).regionsOf("google/compute/c3-core")).toEqual([]);
  });
});
