import * as fs from "fs";
import * as path from "path";
import { errors, InputError } from "./errors";
import { JsonProblem, parseJsonExact } from "./json-exact";
import { Discount, parsePriceBook, PriceBook, PriceBookJson, PriceCatalog, PriceEntry } from "./price-book";
import { readInputText } from "./read-input";
import { TfDocument } from "./terraform";

/** The folder of the checked-in price books (next to the sources, also when running from dist/). */
export function booksFolder(): string {
  const candidates = [path.join(__dirname, "books"), path.join(__dirname, "..", "..", "pricing", "books")];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`costkit's price books are missing (looked in ${candidates.join(", ")})`);
}

export function readJsonFile(file: string): unknown {
  return parseJsonText(readInputText(file), file);
}

/** The line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON exactly (parseJsonExact: duplicate keys, nesting and key limits, exact numbers), the position of any
 *  problem given as line and column. */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === "") throw errors.malformedJson(file, "the file is empty", "Give it the JSON it should hold");
  try {
    return parseJsonExact(text);
  } catch (e) {
    if (!(e instanceof JsonProblem)) throw e;
    const { line, column } = lineColumn(text, e.offset);
    if (e.kind === "duplicate") throw errors.jsonDuplicateKey(file, e.detail, line, column);
    if (e.kind === "limit") throw errors.inputLimit(file, e.detail, line, column);
    throw errors.malformedJson(file, `${e.detail} at line ${line}, column ${column}`);
  }
}

export function loadPriceBookFile(file: string): PriceBook {
  return parsePriceBook(readJsonFile(file), file);
}

/** The index of the checked-in books (scripts/books/index.ts writes it beside them). */
export const BOOK_INDEX_FILE = "index.json";

/** What the index says of one checked-in book: enough to use it without reading it. */
export interface BookIndexEntry {
  readonly file: string;
  readonly id: string;
  readonly kind: "list" | "override";
  readonly effectiveDate: string;
  /** The services it prices: `<provider>/<service>` of its price ids, sorted. */
  readonly services: readonly string[];
  /** It has discounts, which may apply to any price: it is read with the first price looked up. */
  readonly discounts?: true;
}

/** `aws/ec2` of `aws/ec2/m5.large`. A pricer may build a price id from hostile input: it is read as text, as the
 *  books' `id@region` keys read it. */
export function serviceOf(priceId: string): string {
  const id = String(priceId);
  const second = id.indexOf("/", id.indexOf("/") + 1);
  return second < 0 ? id : id.slice(0, second);
}

/** A book's index entry, from its JSON (scripts/books/index.ts, and the test that keeps the index current). */
export function bookIndexEntry(json: PriceBookJson, file: string): BookIndexEntry {
  const services = [...new Set(json.prices.map((p) => serviceOf(p.id)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { file, id: json.id, kind: json.kind, effectiveDate: json.effectiveDate, services, ...((json.discounts ?? []).length > 0 ? { discounts: true as const } : {}) };
}

/**
 * A checked-in book, read when a price of one of its services is first looked up (or its entries are listed). The
 * reference app prices through 9 of the 15 books: reading only those takes 0.1 s of CPU and 30 MB of memory less
 * than reading all 22 MB.
 */
class CheckedInBook implements PriceBook {
  readonly id: string;
  readonly kind: "list" | "override";
  readonly effectiveDate: string;
  readonly file: string;
  private readonly services: ReadonlySet<string>;
  private book?: PriceBook;

  constructor(private readonly index: BookIndexEntry, folder: string) {
    this.id = index.id;
    this.kind = index.kind;
    this.effectiveDate = index.effectiveDate;
    this.file = path.join(folder, index.file);
    this.services = new Set(index.services);
  }

  get entries(): readonly PriceEntry[] {
    return this.read().entries;
  }

  get discounts(): readonly Discount[] {
    return this.index.discounts ? this.read().discounts : [];
  }

  entry(id: string, region: string): PriceEntry | undefined {
    return this.services.has(serviceOf(id)) ? this.read().entry(id, region) : undefined;
  }

  regionsOf(id: string): readonly string[] {
    return this.services.has(serviceOf(id)) ? this.read().regionsOf(id) : [];
  }

  providers(): ReadonlySet<string> {
    return new Set(this.index.services.map((s) => s.split("/")[0]));
  }

  private read(): PriceBook {
    if (this.book === undefined) {
      // costkit's own books hold prices as strings and are generated by scripts (and checked whole by the test
      // suite), so they are read with the native JSON parser (the exact reader that user input goes through took
      // 1.5 s of CPU for the 17 MB of books on every run, against 0.15 s for JSON.parse), and each entry is checked
      // when first used: checking all 57,000 entries up front took 0.33 s of CPU, indexing them 0.03 s.
      const text = fs.readFileSync(this.file, "utf8");
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = parseJsonText(text, this.file); // throws the message naming the line and column
      }
      const book = parsePriceBook(json, this.file, { entries: "when-used" });
      if (book.id !== this.id || book.kind !== this.kind || book.effectiveDate !== this.effectiveDate) throw staleIndex(`${this.index.file} is now ${book.id} (${book.kind}, ${book.effectiveDate})`);
      this.book = book;
    }
    return this.book;
  }
}

function staleIndex(detail: string): Error {
  return new Error(`costkit's price book index (pricing/books/${BOOK_INDEX_FILE}) does not match the books: ${detail}; run \`node -r ts-node/register/transpile-only scripts/books/index.ts\``);
}

/** The checked-in books, by file name, as the index lists them (read once per process). */
let checkedIn: ReadonlyMap<string, CheckedInBook> | undefined;

function checkedInBooks(): ReadonlyMap<string, CheckedInBook> {
  if (checkedIn === undefined) {
    const folder = booksFolder();
    const files = fs.readdirSync(folder).filter((f) => f.endsWith(".json") && f !== BOOK_INDEX_FILE).sort();
    const index = (JSON.parse(fs.readFileSync(path.join(folder, BOOK_INDEX_FILE), "utf8")) as { books: BookIndexEntry[] }).books;
    const listed = index.map((b) => b.file);
    if (JSON.stringify(listed) !== JSON.stringify(files)) throw staleIndex(`it lists ${listed.join(", ")}; the folder has ${files.join(", ")}`);
    checkedIn = new Map(index.map((b) => [b.file, new CheckedInBook(b, folder)]));
  }
  return checkedIn;
}

/**
 * The provider whose prices a checked-in book holds, by its file name (`aws-rds.json` → `aws`), for the books of one
 * cloud; undefined for the others (`cdn-third-party.json`, `onprem.json`), which are small and always read.
 * test/pricing/books.test.ts checks that every price id of such a book starts with that provider.
 */
export function bookProvider(file: string): "aws" | "google" | undefined {
  const m = /^(aws|google)-/.exec(file);
  return m ? (m[1] as "aws" | "google") : undefined;
}

/**
 * The checked-in books, in file-name order, list books first, overrides after: all of them, or, given the providers a
 * stack's resources bill through, only the books it can use (an AWS-only stack has no Google book in its catalog).
 * Each book is read once per process, when a price of one of its services is first looked up.
 */
export function loadDefaultBooks(providers?: ReadonlySet<string>): PriceBook[] {
  const books = [...checkedInBooks()].filter(([f]) => { const p = bookProvider(f); return providers === undefined || p === undefined || providers.has(p); }).map(([, b]) => b);
  return [...books.filter((b) => b.kind === "list"), ...books.filter((b) => b.kind === "override")];
}

/**
 * Books a stack carries in its Terraform JSON (`"//".cost.priceBooks`: negotiated rates, on-prem costs), so that a
 * synthesized stack prices the same in synth and in `costkit estimate` with nothing else at hand.
 */
export function embeddedBooks(doc: TfDocument): PriceBook[] {
  const raw = doc.costMeta?.priceBooks;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw errors.badPriceBook(doc.file, '"//".cost.priceBooks', "expected a list of price books");
  return raw.map((b, i) => parsePriceBook(b, `${doc.file} ("//".cost.priceBooks[${i}])`));
}

/**
 * Catalogs already built, by what goes into them: stacks with the same books share one (recommendations ask for
 * every stack's catalog of all the books). `costkit recommend` of the reference app's cdktf.out (7 stacks), whole
 * command, medians of 5 runs on the shared 2-core machine (2026-12-07): 1.78 s of CPU (6.7 s elapsed) with this map,
 * 1.93 s (7.2 s) without.
 */
const catalogCache = new Map<string, PriceCatalog>();

/**
 * The catalog for one document: checked-in books, extra book files, then the books the document embeds. Given the
 * providers its resources bill through (`aws`, `google`, `on-prem`…), only the checked-in books of those providers are
 * read, unless the document embeds books or extra books are given (their overrides and discounts are checked against
 * every list book) or a resource bills through costkit itself (a CDN contract may price through any book).
 */
export function catalogForDocument(doc: TfDocument, extraFiles: readonly string[] = [], providers?: ReadonlySet<string>): PriceCatalog {
  const embedded = embeddedBooks(doc);
  const scoped = providers !== undefined && extraFiles.length === 0 && embedded.length === 0 && !providers.has("costkit") ? providers : undefined;
  const key = JSON.stringify([extraFiles, doc.costMeta?.priceBooks ?? null, scoped ? [...scoped].sort() : null]);
  const hit = catalogCache.get(key);
  if (hit) return hit;
  const catalog = catalogOf(extraFiles, { providers: scoped }, embedded);
  if (catalogCache.size > 32) catalogCache.clear();
  catalogCache.set(key, catalog);
  return catalog;
}

/**
 * The catalog for an estimate: the checked-in list books, then extra books in the order given (later wins; override
 * books set effective prices over list prices).
 */
export function catalogOf(extraFiles: readonly string[] = [], opts: { includeDefaults?: boolean; providers?: ReadonlySet<string> } = {}, more: readonly PriceBook[] = []): PriceCatalog {
  const extra = [...extraFiles.map(loadPriceBookFile), ...more];
  const ids = new Set<string>();
  const all = [...(opts.includeDefaults === false ? [] : loadDefaultBooks(opts.providers)), ...extra];
  for (const b of all) {
    if (ids.has(b.id)) throw new InputError(`two price books have the id "${b.id}" (${b.file}); give each book its own id.`, b.file, "id");
    ids.add(b.id);
  }
  return new PriceCatalog([...all.filter((b) => b.kind === "list"), ...all.filter((b) => b.kind === "override")]);
}
