/**
 * What the Google book scripts share: reading the Cloud Billing Catalog extract of
 * Cyclenerd/google-cloud-pricing-cost-calculator (pricing.yml, Apache-2.0), the entry shape, and writing a book in the
 * one layout every book uses (sorted by id then region, one entry per line).
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import Decimal from "decimal.js";
import { decimalText, money } from "../../pricing/money";
import { PriceEntryJson } from "../../pricing/price-book";

export const EFFECTIVE_DATE = "2026-07-30";
export const EXTRACT = "Cloud Billing Catalog extract 2026-07-30 (Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml, Apache-2.0)";
export const ROOT = path.join(__dirname, "..", "..");

/** A required input file: the command-line argument at `index`, else the environment variable; exits with usage if neither. */
export function inputFile(index: number, env: string, what: string, usage: string): string {
  const file = process.argv[index] ?? process.env[env];
  if (file === undefined || file === "") {
    console.error(`missing ${what}: give it as argument ${index - 1} or in ${env}.\nusage: ${usage}`);
    process.exit(2);
  }
  return file;
}

/** A price entry as the book file holds it. */
export type Entry = { -readonly [K in keyof PriceEntryJson]: PriceEntryJson[K] };

export type Yaml = Record<string, unknown>;
export const obj = (v: unknown): Yaml => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Yaml) : {});
export const dec = (v: unknown): Decimal | undefined => (typeof v === "string" && v.trim() !== "" ? money(v.trim()) : undefined);
export const text = (d: Decimal): string => decimalText(d);

/** Reads the extract; every scalar stays a string (failsafe schema), so prices keep their exact decimal text. */
export function readExtract(file: string): { doc: Yaml; generated: string } {
  const doc = obj(parseYaml(fs.readFileSync(file, "utf8"), { schema: "failsafe" }));
  return { doc, generated: String(obj(doc.about).generated ?? "?") };
}

/** The extract's regions (its top-level `region` map), sorted. */
export function regionsOf(doc: Yaml): string[] {
  const regions = Object.keys(obj(doc.region)).sort();
  if (regions.length === 0) throw new Error("the extract has no `region` map");
  return regions;
}

/** Sorted by id then region, plain `<` comparison; throws on a duplicate id and region. */
export function sortEntries(entries: readonly Entry[]): Entry[] {
  const byKey = new Map<string, Entry>();
  for (const e of entries) {
    const k = `${e.id}@${e.region}`;
    if (byKey.has(k)) throw new Error(`duplicate entry ${k}`);
    byKey.set(k, e);
  }
  return [...byKey.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
}

/** Writes a list book, one entry per line (diffable and reviewable). */
export function writeBook(file: string, meta: { id: string; description: string }, entries: readonly Entry[]): Entry[] {
  const sorted = sortEntries(entries);
  const book = { formatVersion: "1", id: meta.id, kind: "list", currency: "USD", effectiveDate: EFFECTIVE_DATE, description: meta.description, prices: [] };
  const body = sorted.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
  const head = JSON.stringify(book, null, 2).replace(/"prices": \[\]\n}$/, "");
  fs.writeFileSync(file, `${head}"prices": [\n${body}\n  ]\n}\n`);
  return sorted;
}
