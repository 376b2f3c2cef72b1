import { loadDefaultBooks, loadPriceBookFile, readJsonFile } from "../pricing/books";
import { errors, InputError } from "../pricing/errors";
import { isKnownRegion, knownRegions } from "../pricing/geo";
import { importAwsOffers, ImportInput } from "../pricing/import/aws-offer";
import { ImportResult, summariseImport } from "../pricing/import/build-book";
import { importErrors } from "../pricing/import/errors";
import { importGcpSkus } from "../pricing/import/gcp-skus";
import { defaultMappingFile, IMPORT_SOURCES, ImportSource, loadMapping } from "../pricing/import/mapping";
import { displayPath } from "../pricing/load";
import { isDecimalString } from "../pricing/money";
import { nearest } from "../pricing/nearest";
import { CostReport } from "../pricing/report";
import { renderJson } from "../report/json";
import { diffPriceBooks, PriceDiff } from "../report/price-diff";
import { renderPriceDiffMarkdown, renderPriceDiffTable } from "../report/price-diff-render";
import { choiceOf, helpShown, helpText, OptionSpec, parseArgs } from "./args";
import { Io, writeOutputFile } from "./io";

const IMPORT_OPTIONS: readonly OptionSpec[] = [
  { name: "from", value: "SOURCE", description: "aws-offer (AWS Price List bulk offer files, or `aws pricing get-products` output) or gcp-skus (Cloud Billing Catalog services.skus.list responses)" },
  { name: "out", value: "FILE", description: "the price book to write (required)" },
  { name: "mapping", value: "FILE", description: "SKU → price id rules (default: costkit's pricing/import/mappings/aws.json or gcp.json)" },
  { name: "book-id", value: "ID", description: "id of the book (default: <source>-<latest effective date>); it must differ from the checked-in books' ids" },
  { name: "kind", value: "KIND", description: "list (default: public prices, later list books win) or override (negotiated prices: effective over list)" },
  { name: "region", value: "REGION", repeatable: true, description: "keep only these cloud regions (geo and global prices are always kept)" },
  { name: "report", value: "FILE", description: "write what the import did as JSON: unmatched SKUs, skipped ones and why, conflicts, mapping ids left without a price" },
  { name: "help", description: "show this help" },
];

const DIFF_OPTIONS: readonly OptionSpec[] = [
  { name: "report", value: "FILE", description: "a cost report (`costkit estimate --format json`, cost-report.json, or an estimate bundle): which of its lines the changes move, and by how much" },
  { name: "format", value: "FORMAT", description: "table (default), json or markdown" },
  { name: "out", value: "FILE", description: "write the output to FILE instead of standard output" },
  { name: "help", description: "show this help" },
];

export const PRICES_IMPORT_HELP = helpText(
  "costkit prices import --from aws-offer|gcp-skus FILE… --out FILE [--mapping FILE] [--book-id ID] [--kind list|override] [--region REGION…] [--report FILE]",
  "Writes a price book from provider price lists, offline: AWS Price List offer files (on-demand terms; productFamily and\n" +
    "attributes matched by the mapping) or Cloud Billing Catalog SKU lists (category, description and serviceRegions).\n" +
    "SKU ids and descriptions, tier boundaries and effective dates are kept; units are converted exactly to costkit's\n" +
    "(per request → per 1K requests ×1000; GCP GiBy stays GiB, AWS GB stays GB). The output is sorted and carries no\n" +
    "timestamp: importing the same files twice writes the same bytes. Use it with `costkit estimate --price-book FILE`.",
  IMPORT_OPTIONS,
  "On stderr: how many SKUs matched nothing (with examples), which matched a rule but gave no price and why, and which\n" +
    "rules of the mapping got no price. The mapping format is documented in pricing/import/mapping.ts.\n" +
    "Exit codes: 0 ok (also when some SKUs matched nothing); 2 bad input or bad arguments.",
);

export const PRICES_DIFF_HELP = helpText(
  "costkit prices diff OLD NEW [--report REPORT.json] [--format table|json|markdown] [--out FILE]",
  "Compares two price books: prices changed (id@region, old → new, absolute and percent, for each stretch of the tiers\n" +
    "that changed), added and removed, and discounts. With --report, the lines of that cost report whose price id changed,\n" +
    "and by how much their monthly cost moves: the quantity priced over the new tiers minus over the old, exactly.",
  DIFF_OPTIONS,
  "A list book's change moves list cost (listMonthlyCost), and the effective cost of lines without adjustments; an override\n" +
    "book's change moves effective cost (monthlyCost).\nExit codes: 0 ok; 2 bad input or bad arguments.",
);

export const PRICES_HELP = `Usage: costkit prices <import|diff> [options]

Commands:
  import --from aws-offer|gcp-skus FILE… --out FILE   write a price book from provider price lists (offline)
  diff OLD NEW [--report REPORT.json]                  what changed between two price books, and what it moves in a report

Run \`costkit prices <command> --help\` for a command's options.
Exit codes: 0 ok; 2 bad input or bad arguments.
`;

const DIFF_FORMATS = ["table", "json", "markdown"] as const;

const pricesErrors = {
  unknownCommand: (seen: string) => errors.badArgument(`unknown command "costkit prices ${seen}"; commands: import, diff. See \`costkit prices --help\`.`),
  fromRequired: () => errors.badArgument(`--from is required: ${IMPORT_SOURCES.join(" or ")}. See \`costkit prices import --help\`.`),
  badFrom: (seen: string) => errors.badArgument(`--from must be one of ${IMPORT_SOURCES.join(", ")}, got "${seen}"`),
  outRequired: () => errors.badArgument("--out FILE is required: the price book to write. See `costkit prices import --help`."),
  noFiles: (from: string) => errors.badArgument(`costkit prices import takes the price list FILE… to read (--from ${from}). See \`costkit prices import --help\`.`),
  badKind: (seen: string) => errors.badArgument(`--kind must be list or override, got "${seen}"`),
  emptyBookId: () => errors.badArgument("--book-id must not be empty"),
  bookIdTaken: (id: string, file: string) => errors.badArgument(`the book id "${id}" is the id of the checked-in book ${file}; give the import its own id with --book-id.`),
  diffArity: (count: number) => errors.badArgument(`costkit prices diff takes OLD and NEW price books, got ${count} path${count === 1 ? "" : "s"}. See \`costkit prices diff --help\`.`),
  notAReport: (file: string, where: string, detail: string) =>
    new InputError(`${file} is not a cost report: at ${where}, ${detail}. Pass the output of \`costkit estimate --format json\` or a cost-report.json.`, file, where),
};

export function runPrices(argv: readonly string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    io.out(PRICES_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub === "import") return runImport(rest, io);
  if (sub === "diff") return runPriceDiff(rest, io);
  throw pricesErrors.unknownCommand(sub);
}

function single(args: ReturnType<typeof parseArgs>, name: string): string | undefined {
  return args.options.get(name)?.[0];
}

function runImport(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, IMPORT_OPTIONS, "prices import");
  if (helpShown(args, PRICES_IMPORT_HELP, io)) return 0;
  const from = single(args, "from");
  if (from === undefined) throw pricesErrors.fromRequired();
  if (!IMPORT_SOURCES.includes(from as ImportSource)) throw pricesErrors.badFrom(from);
  const out = single(args, "out");
  if (out === undefined) throw pricesErrors.outRequired();
  if (args.positional.length === 0) throw pricesErrors.noFiles(from);
  const kind = single(args, "kind") ?? "list";
  if (kind !== "list" && kind !== "override") throw pricesErrors.badKind(kind);
  const bookId = single(args, "book-id");
  if (bookId !== undefined && bookId.trim() === "") throw pricesErrors.emptyBookId();
  const provider = from === "aws-offer" ? "aws" : "google";
  for (const region of args.options.get("region") ?? []) {
    if (!isKnownRegion(provider, region)) {
      throw errors.badArgument(`--region ${region} is not a ${provider} region costkit knows (nearest: ${nearest(knownRegions(provider), region, 3).join(", ")}). Fix the region.`);
    }
  }
  const givenMapping = single(args, "mapping");
  const mappingFile = givenMapping ?? defaultMappingFile(from as ImportSource);
  const loaded = loadMapping(displayPath(mappingFile), from as ImportSource);
  // The built-in mapping is named as costkit ships it, not by where this checkout is (reports carry no absolute paths).
  const mapping = givenMapping === undefined ? { ...loaded, file: `costkit:pricing/import/mappings/${from === "aws-offer" ? "aws.json" : "gcp.json"}` } : loaded;
  const inputs: ImportInput[] = args.positional.map((file) => ({ file: displayPath(file), json: readJsonFile(file) }));
  const opts = {
    ...(bookId !== undefined ? { bookId } : {}), kind: kind as "list" | "override",
    ...(args.options.has("region") ? { regions: args.options.get("region")! } : {}),
    compareWith: loadDefaultBooks(),
  };
  const result: ImportResult = from === "aws-offer" ? importAwsOffers(inputs, mapping, opts) : importGcpSkus(inputs, mapping, opts);
  if (result.book.prices.length === 0) throw nothingImported(inputs, result);
  const clash = loadDefaultBooks().find((b) => b.id === result.book.id);
  if (clash) throw pricesErrors.bookIdTaken(result.book.id, displayPath(clash.file));
  writeOutputFile(out, result.text);
  const reportFile = single(args, "report");
  if (reportFile !== undefined) writeOutputFile(reportFile, renderJson(result.report), "--report");
  io.err(summariseImport(result.report, displayPath(out)));
  return 0;
}

function nothingImported(inputs: readonly ImportInput[], result: ImportResult): InputError {
  const first = result.report.skipped[0];
  const detail = first ? ` ${result.report.skipped.length} SKU(s) matched a rule but gave no price, e.g. ${first.sku} (rule ${first.rule}): ${first.reason}.` : "";
  return importErrors.nothingImported(inputs.map((i) => i.file), result.report.skus, result.report.mapping, detail);
}

function runPriceDiff(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, DIFF_OPTIONS, "prices diff");
  if (helpShown(args, PRICES_DIFF_HELP, io)) return 0;
  if (args.positional.length !== 2) throw pricesErrors.diffArity(args.positional.length);
  const format = choiceOf(args, "format", DIFF_FORMATS, "table");
  const [oldFile, newFile] = args.positional.map(displayPath);
  const oldBook = loadPriceBookFile(oldFile);
  const newBook = loadPriceBookFile(newFile);
  const reportFile = single(args, "report");
  const reports = reportFile ? readReports(displayPath(reportFile)) : undefined;
  const diff: PriceDiff = diffPriceBooks(oldBook, newBook, reports ? { reports, file: displayPath(reportFile!) } : undefined);
  const text = format === "json" ? renderJson(diff) : format === "markdown" ? renderPriceDiffMarkdown(diff) : renderPriceDiffTable(diff);
  const out = single(args, "out");
  if (out !== undefined) writeOutputFile(out, text);
  else io.out(text);
  return 0;
}

/** A cost report, or the reports of an estimate bundle; checked enough that the diff can read its lines. */
function readReports(file: string): CostReport[] {
  const json = readJsonFile(file) as Record<string, unknown> | null;
  const bad = (where: string, detail: string) => pricesErrors.notAReport(file, where, detail);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw bad("the top level", "expected an object");
  const reports = Array.isArray(json.reports) ? json.reports : [json];
  reports.forEach((r: unknown, i: number) => {
    const where = Array.isArray(json.reports) ? `reports[${i}]` : "the top level";
    const rep = r as Record<string, unknown> | null;
    if (typeof rep !== "object" || rep === null || rep.formatVersion !== "1" || !Array.isArray(rep.resources)) throw bad(where, 'expected a report with formatVersion "1" and resources');
    (rep.resources as unknown[]).forEach((res, j) => {
      const comps = (res as { components?: unknown })?.components;
      if (!Array.isArray(comps)) throw bad(`${where}.resources[${j}]`, "expected components");
      comps.forEach((c, k) => {
        const cc = c as Record<string, unknown>;
        for (const key of ["name", "unit", "priceId", "unitPrice", "listUnitPrice"]) if (typeof cc?.[key] !== "string") throw bad(`${where}.resources[${j}].components[${k}]`, `missing ${key}`);
        for (const range of ["monthlyQuantity", "monthlyCost", "listMonthlyCost"]) {
          const q = cc[range] as Record<string, unknown> | undefined;
          if (!q || !["min", "expected", "max"].every((kk) => isDecimalString(q[kk]))) throw bad(`${where}.resources[${j}].components[${k}].${range}`, "expected {min, expected, max} as decimal strings");
        }
      });
    });
  });
  return reports as CostReport[];
}
