/**
 * Shared by the AWS book scripts (scripts/books/aws-*.ts): reading the offline CSV extracts, and writing book entries
 * deterministically. Each script takes the folder holding the extracts as its first argument (or the environment
 * variable COSTKIT_PRICE_DATA); the extracts are never copied into the repository.
 */
import * as fs from "fs";
import * as path from "path";
import { decimalText, money } from "../../pricing/money";
import { PriceEntryJson } from "../../pricing/price-book";

export const ROOT = path.join(__dirname, "..", "..");

/** A price entry as the book file holds it. */
export type Entry = { -readonly [K in keyof PriceEntryJson]: PriceEntryJson[K] };

/** The folder of the extracts, from argv[2] or COSTKIT_PRICE_DATA; exits 2 with the usage when neither is given. */
export function dataFolder(script: string): string {
  const folder = process.argv[2] ?? process.env.COSTKIT_PRICE_DATA;
  if (!folder) {
    process.stderr.write(`usage: node -r ts-node/register/transpile-only scripts/books/${script} <folder of the price extracts>\n(or set COSTKIT_PRICE_DATA)\n`);
    process.exit(2);
  }
  return folder;
}

/** One CSV line's cells; a quoted cell may hold commas and doubled quotes (RFC 4180, no line breaks inside). */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quoted cell in ${JSON.stringify(line)}`);
        cell += line.slice(i, q);
        if (line[q + 1] === '"') { cell += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      cells.push(cell);
    } else {
      const c = line.indexOf(",", i);
      cells.push(line.slice(i, c < 0 ? line.length : c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

/** A CSV with one header row; cells may be quoted. */
export function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, "utf8");
  const [header, ...rows] = text.split("\n").filter((l) => l.trim() !== "");
  const keys = cellsOf(header);
  return rows.map((line, i) => {
    const cells = cellsOf(line);
    if (cells.length !== keys.length) throw new Error(`${file}: row ${i + 2} has ${cells.length} cells, the header ${keys.length}`);
    return Object.fromEntries(keys.map((k, j) => [k, cells[j]]));
  });
}

/** A price as exact decimal text (no trailing zeros), from the extract's text; never through a JS float. */
export function priceText(raw: string): string {
  return decimalText(money(raw.trim()));
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortEntries(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => byText(a.id, b.id) || byText(a.region, b.region));
}

/** Writes a book as costkit's books are written: two-space JSON, one trailing newline. */
export function writeBook(file: string, book: unknown): void {
  fs.writeFileSync(file, JSON.stringify(book, null, 2) + "\n");
}

/** Writes a large book with one price entry per line (a third of the bytes to read at every start; diffs stay per entry). */
export function writeCompactBook(file: string, book: { prices: Entry[] } & Record<string, unknown>): void {
  const head = Object.entries(book).filter(([k]) => k !== "prices").map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const prices = book.prices.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
  fs.writeFileSync(file, `{\n${head.join(",\n")},\n  "prices": [\n${prices}\n  ]\n}\n`);
}

/**
 * Price List locations of the commercial regions and their region codes (the `location` and `regionCode` attributes
 * AWS gives every regional product of an offer file, e.g. AmazonVPC/current/region_index.json's regions).
 */
export const AWS_LOCATIONS: Readonly<Record<string, string>> = {
  "US East (N. Virginia)": "us-east-1", "US East (Ohio)": "us-east-2", "US West (N. California)": "us-west-1",
  "US West (Oregon)": "us-west-2", "Canada (Central)": "ca-central-1", "Canada West (Calgary)": "ca-west-1",
  "Mexico (Central)": "mx-central-1", "South America (Sao Paulo)": "sa-east-1",
  "EU (Ireland)": "eu-west-1", "EU (London)": "eu-west-2", "EU (Paris)": "eu-west-3", "EU (Frankfurt)": "eu-central-1",
  "EU (Zurich)": "eu-central-2", "EU (Stockholm)": "eu-north-1", "EU (Milan)": "eu-south-1", "EU (Spain)": "eu-south-2",
  "Asia Pacific (Hong Kong)": "ap-east-1", "Asia Pacific (Mumbai)": "ap-south-1", "Asia Pacific (Hyderabad)": "ap-south-2",
  "Asia Pacific (Tokyo)": "ap-northeast-1", "Asia Pacific (Seoul)": "ap-northeast-2", "Asia Pacific (Osaka)": "ap-northeast-3",
  "Asia Pacific (Singapore)": "ap-southeast-1", "Asia Pacific (Sydney)": "ap-southeast-2", "Asia Pacific (Jakarta)": "ap-southeast-3",
  "Asia Pacific (Melbourne)": "ap-southeast-4", "Asia Pacific (Malaysia)": "ap-southeast-5", "Asia Pacific (Thailand)": "ap-southeast-7",
  "Middle East (Bahrain)": "me-south-1", "Middle East (UAE)": "me-central-1", "Israel (Tel Aviv)": "il-central-1",
  "Africa (Cape Town)": "af-south-1",
};
