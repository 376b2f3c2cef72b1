import * as fs from "fs";
import * as path from "path";
import { errors, InputError } from "./errors";
import { JsonProblem, parseJsonExact } from "./json-exact";
import { parsePriceBook, PriceBook, PriceCatalog } from "./price-book";
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

let defaultBooks: PriceBook[] | undefined;

/** The checked-in books, in file-name order; list books first, overrides after. Loaded once per process. */
export function loadDefaultBooks(): PriceBook[] {
  if (!defaultBooks) {
    const folder = booksFolder();
    const files = fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
    const books = files.map((f) => loadPriceBookFile(path.join(folder, f)));
    defaultBooks = [...books.filter((b) => b.kind === "list"), ...books.filter((b) => b.kind === "override")];
  }
  return defaultBooks;
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

const catalogCache = new Map<string, PriceCatalog>();

/** The catalog for one document: checked-in books, extra book files, then the books the document embeds. */
export function catalogForDocument(doc: TfDocument, extraFiles: readonly string[] = []): PriceCatalog {
  const embedded = embeddedBooks(doc);
  const key = JSON.stringify([extraFiles, doc.costMeta?.priceBooks ?? null]);
  const hit = catalogCache.get(key);
  if (hit) return hit;
  const catalog = catalogOf(extraFiles, {}, embedded);
  if (catalogCache.size > 32) catalogCache.clear();
  catalogCache.set(key, catalog);
  return catalog;
}

/**
 * The catalog for an estimate: the checked-in list books, then extra books in the order given (later wins; override
 * books set effective prices over list prices).
 */
export function catalogOf(extraFiles: readonly string[] = [], opts: { includeDefaults?: boolean } = {}, more: readonly PriceBook[] = []): PriceCatalog {
  const extra = [...extraFiles.map(loadPriceBookFile), ...more];
  const ids = new Set<string>();
  const all = [...(opts.includeDefaults === false ? [] : loadDefaultBooks()), ...extra];
  for (const b of all) {
    if (ids.has(b.id)) throw new InputError(`two price books have the id "${b.id}" (${b.file}); give each book its own id.`, b.file, "id");
    ids.add(b.id);
  }
  return new PriceCatalog([...all.filter((b) => b.kind === "list"), ...all.filter((b) => b.kind === "override")]);
}
