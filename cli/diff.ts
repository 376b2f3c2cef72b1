import Decimal from "decimal.js";
import * as fs from "fs";
import * as path from "path";
import { catalogOf, readJsonFile } from "../pricing/books";
import { errors, InputError } from "../pricing/errors";
import { estimate } from "../pricing/estimate";
import { displayPath, loadStacks } from "../pricing/load";
import { formatUsd, isDecimalString } from "../pricing/money";
import { PriceCatalog } from "../pricing/price-book";
import { CostReport } from "../pricing/report";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { CostDiff, diffReports, formatPercent } from "../report/diff";
import { renderDiffMarkdown } from "../report/diff-markdown";
import { renderDiffTable } from "../report/diff-table";
import { renderJson } from "../report/json";
import { helpText, OptionSpec, parseArgs } from "./args";
import { Io } from "./io";

const OPTIONS: readonly OptionSpec[] = [
  { name: "format", value: "FORMAT", description: "table (default), markdown (the pull-request comment) or json" },
  { name: "fail-on-increase", value: "AMOUNT|PERCENT%", description: "exit 1 when the expected monthly cost rises by more than AMOUNT US dollars (\"500\") or PERCENT% of the base (\"5%\")" },
  { name: "out", value: "FILE", description: "write the output to FILE instead of standard output" },
  { name: "help", description: "show this help" },
];

export const DIFF_HELP = helpText(
  "costkit diff <base> <head> [--format markdown|json|table] [--fail-on-increase AMOUNT|PERCENT%] [--out FILE]",
  "Compares the cost of two versions of the infrastructure: added, removed and changed resources, totals, and the\n" +
    "policy findings new in <head>. <base> and <head> are each a cdktf.out folder (stacks/*/cost-report.json; a stack\n" +
    "with only cdk.tf.json is priced here), a stack folder, a cost-report.json, an estimate bundle\n" +
    "(`costkit estimate <cdktf.out> --format json`), or a Terraform JSON file or plan, priced here.",
  OPTIONS,
  "A rise from $0 exceeds any PERCENT% threshold. The Markdown comment starts with <!-- costkit-comment --> and stays\n" +
    "under GitHub's 65,536-character limit, saying what it left out.\n" +
    "Exit codes: 0 ok; 1 the threshold is exceeded; 2 bad input or bad arguments.",
);

const FORMATS = ["table", "markdown", "json"] as const;
type Format = (typeof FORMATS)[number];

/** `--fail-on-increase`: an amount in USD, or a percentage of the base. */
export type Threshold = { readonly kind: "amount"; readonly value: Decimal; readonly text: string } | { readonly kind: "percent"; readonly value: Decimal; readonly text: string };

const diffErrors = {
  badThreshold: (seen: string) =>
    errors.badArgument(`--fail-on-increase must be an amount in US dollars ("500", "1234.50") or a percentage of the base ("5%"), got "${seen}".`),
  badFormat: (seen: string) => errors.badArgument(`--format must be one of ${FORMATS.join(", ")}, got "${seen}".`),
  arity: (count: number) => errors.badArgument(`costkit diff takes <base> and <head>, got ${count} path${count === 1 ? "" : "s"}. See \`costkit diff --help\`.`),
  notAReport: (file: string, where: string, problem: string) =>
    new InputError(
      `${file} is not a valid cost report: at ${where}, ${problem}. Pass a cost-report.json written by \`cdktf synth\` or \`costkit estimate --format json\`, an estimate bundle, or a cdktf.out folder.`,
      file,
      where,
    ),
  nothingToDiff: (input: string) =>
    new InputError(
      `${input} holds no cost report: expected a cdktf.out folder (stacks/*/cost-report.json or stacks/*/cdk.tf.json), a stack folder, a cost-report.json, an estimate bundle or a Terraform JSON file.`,
      input,
    ),
  duplicateStack: (input: string, stack: string) =>
    new InputError(`${input} has two reports for stack "${stack}"; each stack may appear once (rename one stack or diff them separately).`, input),
};

export function parseThreshold(text: string): Threshold {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) throw diffErrors.badThreshold(text);
  return { kind: m[2] ? "percent" : "amount", value: new Decimal(m[1]), text: text.trim() };
}

/** Whether the expected monthly cost rises by more than the threshold. A rise from 0 exceeds any percentage. */
export function exceedsThreshold(diff: CostDiff, threshold: Threshold): boolean {
  const delta = new Decimal(diff.monthlyCost.delta.expected);
  const before = new Decimal(diff.monthlyCost.before.expected);
  if (!delta.isPositive() || delta.isZero()) return false;
  if (threshold.kind === "amount") return delta.gt(threshold.value);
  if (before.lte(0)) return true;
  return delta.times(100).gt(before.times(threshold.value));
}

// --- reading the two sides -------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the parts of a report the diff reads; names the file and the JSON path of the first problem. */
function checkReport(value: unknown, file: string, where: string): CostReport {
  const fail = (at: string, problem: string): never => {
    throw diffErrors.notAReport(file, at, problem);
  };
  const obj = (v: unknown, at: string): Json => (isObject(v) ? v : fail(at, "expected an object"));
  const str = (v: unknown, at: string) => (typeof v === "string" ? v : fail(at, `expected a string, got ${JSON.stringify(v) ?? "nothing"}`));
  const dec = (v: unknown, at: string) => (isDecimalString(v) ? v : fail(at, `expected a decimal string such as "12.5", got ${JSON.stringify(v) ?? "nothing"}`));
  const arr = (v: unknown, at: string): unknown[] => (Array.isArray(v) ? v : fail(at, "expected a list"));
  const range = (v: unknown, at: string) => {
    const r = obj(v, at);
    for (const k of ["min", "expected", "max"]) dec(r[k], `${at}.${k}`);
  };
  const report = obj(value, where || "the top level");
  const at = (key: string) => (where ? `${where}.${key}` : key);
  if (report.formatVersion !== "1") fail(at("formatVersion"), `expected "1", got ${JSON.stringify(report.formatVersion) ?? "nothing"}`);
  if (report.currency !== "USD") fail(at("currency"), `expected "USD", got ${JSON.stringify(report.currency) ?? "nothing"}`);
  str(report.stack, at("stack"));
  range(report.monthlyCost, at("monthlyCost"));
  range(report.listMonthlyCost, at("listMonthlyCost"));
  arr(report.resources, at("resources")).forEach((rv, i) => {
    const rp = at(`resources[${i}]`);
    const r = obj(rv, rp);
    str(r.address, `${rp}.address`);
    str(r.type, `${rp}.type`);
    str(r.category, `${rp}.category`);
    const tags = obj(r.tags ?? {}, `${rp}.tags`);
    for (const [k, v] of Object.entries(tags)) str(v, `${rp}.tags.${k}`);
    range(r.monthlyCost, `${rp}.monthlyCost`);
    range(r.listMonthlyCost, `${rp}.listMonthlyCost`);
    arr(r.components, `${rp}.components`).forEach((cv, j) => {
      const cp = `${rp}.components[${j}]`;
      const c = obj(cv, cp);
      str(c.name, `${cp}.name`);
      str(c.unit, `${cp}.unit`);
      dec(c.unitPrice, `${cp}.unitPrice`);
      dec(c.listUnitPrice, `${cp}.listUnitPrice`);
      range(c.monthlyQuantity, `${cp}.monthlyQuantity`);
      range(c.monthlyCost, `${cp}.monthlyCost`);
      range(c.listMonthlyCost, `${cp}.listMonthlyCost`);
    });
  });
  arr(report.unpriced ?? [], at("unpriced")).forEach((uv, i) => {
    const u = obj(uv, at(`unpriced[${i}]`));
    str(u.address, at(`unpriced[${i}].address`));
    str(u.reason, at(`unpriced[${i}].reason`));
  });
  arr(report.findings ?? [], at("findings")).forEach((fv, i) => {
    const f = obj(fv, at(`findings[${i}]`));
    str(f.ruleId, at(`findings[${i}].ruleId`));
    if (!["error", "warning", "info"].includes(f.level as string)) fail(at(`findings[${i}].level`), `expected "error", "warning" or "info", got ${JSON.stringify(f.level) ?? "nothing"}`);
    str(f.message, at(`findings[${i}].message`));
    if (f.address !== undefined) str(f.address, at(`findings[${i}].address`));
  });
  return { ...(report as unknown as CostReport), unpriced: (report.unpriced as CostReport["unpriced"]) ?? [], findings: (report.findings as CostReport["findings"]) ?? [], priceBooks: (report.priceBooks as CostReport["priceBooks"]) ?? [] };
}

/** Reports from a JSON file: a single report, an estimate bundle, or (no formatVersion) Terraform JSON priced here. */
function reportsOfFile(file: string, price: () => PriceCatalog): CostReport[] {
  const shown = displayPath(file);
  const json = readJsonFile(file);
  if (isObject(json) && "formatVersion" in json) {
    if ("reports" in json) {
      if (!Array.isArray(json.reports)) throw diffErrors.notAReport(shown, "reports", "expected a list");
      return json.reports.map((r, i) => checkReport(r, shown, `reports[${i}]`));
    }
    return [checkReport(json, shown, "")];
  }
  return loadStacks(file).map((s) => estimate(s.document, { stack: s.stack, catalog: price(), registry: DEFAULT_REGISTRY }));
}

/** The report of one stack folder: its cost-report.json, else its cdk.tf.json priced here; none when it has neither. */
function reportOfStackFolder(folder: string, price: () => PriceCatalog): CostReport | undefined {
  const report = path.join(folder, "cost-report.json");
  if (fs.existsSync(report)) return checkReport(readJsonFile(report), displayPath(report), "");
  if (fs.existsSync(path.join(folder, "cdk.tf.json"))) {
    const [s] = loadStacks(folder);
    return estimate(s.document, { stack: s.stack, catalog: price(), registry: DEFAULT_REGISTRY });
  }
  return undefined;
}

/** Every report at a path (a cdktf.out folder, a stack folder, a report, a bundle, Terraform JSON), by stack. */
export function loadReports(input: string): CostReport[] {
  let catalog: PriceCatalog | undefined;
  const price = () => (catalog ??= catalogOf());
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw errors.unreadable(input, "no such file or folder");
  }
  let reports: CostReport[];
  if (stat.isFile()) reports = reportsOfFile(input, price);
  else {
    const stacksDir = path.join(input, "stacks");
    if (fs.existsSync(stacksDir) && fs.statSync(stacksDir).isDirectory()) {
      reports = fs.readdirSync(stacksDir).sort()
        .map((n) => path.join(stacksDir, n))
        .filter((p) => fs.statSync(p).isDirectory())
        .map((p) => reportOfStackFolder(p, price))
        .filter((r): r is CostReport => r !== undefined);
    } else {
      const one = reportOfStackFolder(input, price);
      reports = one ? [one] : [];
    }
    // A cdktf.out folder may hold no stack (an app with none yet): that is zero cost, not bad input.
    const isCdktfOut = fs.existsSync(path.join(input, "manifest.json")) || fs.existsSync(stacksDir);
    if (reports.length === 0 && !isCdktfOut) throw diffErrors.nothingToDiff(input);
  }
  const seen = new Set<string>();
  for (const r of reports) {
    if (seen.has(r.stack)) throw diffErrors.duplicateStack(input, r.stack);
    seen.add(r.stack);
  }
  return reports;
}

export function runDiff(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS, "diff");
  if (args.flags.has("help")) {
    io.out(DIFF_HELP);
    return 0;
  }
  if (args.positional.length !== 2) throw diffErrors.arity(args.positional.length);
  const format = (args.options.get("format")?.[0] ?? "table") as Format;
  if (!FORMATS.includes(format)) throw diffErrors.badFormat(format);
  const thresholdText = args.options.get("fail-on-increase")?.[0];
  const threshold = thresholdText !== undefined ? parseThreshold(thresholdText) : undefined;
  const out = args.options.get("out")?.[0];
  const diff = diffReports(loadReports(args.positional[0]), loadReports(args.positional[1]));
  const text = format === "json" ? renderJson(diff) : format === "markdown" ? renderDiffMarkdown(diff) : renderDiffTable(diff, { color: io.color && !out });
  if (out) fs.writeFileSync(out, text);
  else io.out(text);
  if (threshold && exceedsThreshold(diff, threshold)) {
    const d = diff.monthlyCost;
    const percent = d.percent.expected === null ? "from $0.00" : formatPercent(d.percent.expected, { signed: true });
    io.err(`costkit diff: the expected monthly cost rises by ${formatUsd(new Decimal(d.delta.expected))} (${percent}), more than --fail-on-increase ${threshold.text} allows.\n`);
    return 1;
  }
  return 0;
}
