import Decimal from "decimal.js";
import * as fs from "fs";
import * as path from "path";
import { readJsonFile } from "../pricing/books";
import { InputError } from "../pricing/errors";
import { displayPath, loadStacks, stackFoldersOf, StackInput, statInput } from "../pricing/load";
import { CATEGORIES, isCategory } from "../pricing/categories";
import { isDecimalString, Money } from "../pricing/money";
import { CostReport, Finding } from "../pricing/report";

/**
 * Reading cost reports back: a cost-report.json, an estimate bundle, a cdktf.out folder (each stack's report, or its
 * Terraform priced by the caller), each checked against the contract of docs/report-format.md (shapes, ranges in order,
 * totals the exact sums of their parts) with the file and the JSON path of the first problem named.
 */

/** How the caller prices a stack that has Terraform but no report (the CLI prices it as synth would). */
export type PriceStack = (s: StackInput) => CostReport;

const reportErrors = {
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

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the parts of a report the diff reads; names the file and the JSON path of the first problem. */
export function checkReport(value: unknown, file: string, where: string): CostReport {
  const fail = (at: string, problem: string): never => {
    throw reportErrors.notAReport(file, at, problem);
  };
  const obj = (v: unknown, at: string): Json => (isObject(v) ? v : fail(at, "expected an object"));
  const str = (v: unknown, at: string) => (typeof v === "string" ? v : fail(at, `expected a string, got ${JSON.stringify(v) ?? "nothing"}`));
  const dec = (v: unknown, at: string) => (isDecimalString(v) ? v : fail(at, `expected a decimal string such as "12.5", got ${JSON.stringify(v) ?? "nothing"}`));
  const arr = (v: unknown, at: string): unknown[] => (Array.isArray(v) ? v : fail(at, "expected a list"));
  const category = (v: unknown, at: string) => (isCategory(v) ? v : fail(at, `expected one of ${CATEGORIES.join(", ")}, got ${JSON.stringify(v) ?? "nothing"}`));
  type Sum = [Decimal, Decimal, Decimal];
  const BOUND_KEYS = ["min", "expected", "max"] as const;
  /** Checks a range's shape and order; returns its bounds. */
  const range = (v: unknown, at: string): Sum => {
    const r = obj(v, at);
    for (const k of BOUND_KEYS) dec(r[k], `${at}.${k}`);
    const b = BOUND_KEYS.map((k) => new Money(r[k] as string)) as Sum; // 40 digits: sums are exact
    if (b[0].gt(b[1]) || b[1].gt(b[2])) fail(at, `the range is out of order (min ${r.min}, expected ${r.expected}, max ${r.max}); it needs min ≤ expected ≤ max`);
    return b;
  };
  const zero = (): Sum => [new Money(0), new Money(0), new Money(0)];
  const add = (a: Sum, b: Sum): Sum => [a[0].plus(b[0]), a[1].plus(b[1]), a[2].plus(b[2])];
  /** The contract's sums (docs/report-format.md): a total that is not the sum of its parts was edited or is not costkit's. */
  const sumsTo = (total: Sum, parts: Sum, at: string, of: string) => {
    BOUND_KEYS.forEach((k, i) => {
      if (!total[i].eq(parts[i])) fail(`${at}.${k}`, `${total[i].toFixed()} is not the sum of its ${of} (${parts[i].toFixed()})`);
    });
  };
  const report = obj(value, where || "the top level");
  const at = (key: string) => (where ? `${where}.${key}` : key);
  if (report.formatVersion !== "1") fail(at("formatVersion"), `expected "1", got ${JSON.stringify(report.formatVersion) ?? "nothing"}`);
  if (report.currency !== "USD") fail(at("currency"), `expected "USD", got ${JSON.stringify(report.currency) ?? "nothing"}`);
  str(report.stack, at("stack"));
  const total = range(report.monthlyCost, at("monthlyCost"));
  const listTotal = range(report.listMonthlyCost, at("listMonthlyCost"));
  let resourcesSum = zero(), resourcesListSum = zero();
  arr(report.resources, at("resources")).forEach((rv, i) => {
    const rp = at(`resources[${i}]`);
    const r = obj(rv, rp);
    str(r.address, `${rp}.address`);
    if (r.constructPath !== undefined) str(r.constructPath, `${rp}.constructPath`);
    str(r.type, `${rp}.type`);
    category(r.category, `${rp}.category`);
    const tags = obj(r.tags ?? {}, `${rp}.tags`);
    for (const [k, v] of Object.entries(tags)) str(v, `${rp}.tags.${k}`);
    const cost = range(r.monthlyCost, `${rp}.monthlyCost`);
    const listCost = range(r.listMonthlyCost, `${rp}.listMonthlyCost`);
    let linesSum = zero(), linesListSum = zero();
    arr(r.components, `${rp}.components`).forEach((cv, j) => {
      const cp = `${rp}.components[${j}]`;
      const c = obj(cv, cp);
      str(c.name, `${cp}.name`);
      str(c.unit, `${cp}.unit`);
      if (c.category !== undefined) category(c.category, `${cp}.category`);
      dec(c.unitPrice, `${cp}.unitPrice`);
      dec(c.listUnitPrice, `${cp}.listUnitPrice`);
      range(c.monthlyQuantity, `${cp}.monthlyQuantity`);
      linesSum = add(linesSum, range(c.monthlyCost, `${cp}.monthlyCost`));
      linesListSum = add(linesListSum, range(c.listMonthlyCost, `${cp}.listMonthlyCost`));
    });
    sumsTo(cost, linesSum, `${rp}.monthlyCost`, "components' monthlyCost");
    sumsTo(listCost, linesListSum, `${rp}.listMonthlyCost`, "components' listMonthlyCost");
    resourcesSum = add(resourcesSum, cost);
    resourcesListSum = add(resourcesListSum, listCost);
  });
  sumsTo(total, resourcesSum, at("monthlyCost"), "resources' monthlyCost");
  sumsTo(listTotal, resourcesListSum, at("listMonthlyCost"), "resources' listMonthlyCost");
  arr(report.unpriced ?? [], at("unpriced")).forEach((uv, i) => {
    const u = obj(uv, at(`unpriced[${i}]`));
    str(u.address, at(`unpriced[${i}].address`));
    str(u.reason, at(`unpriced[${i}].reason`));
  });
  arr(report.priceBooks ?? [], at("priceBooks")).forEach((bv, i) => {
    const b = obj(bv, at(`priceBooks[${i}]`));
    str(b.id, at(`priceBooks[${i}].id`));
    str(b.effectiveDate, at(`priceBooks[${i}].effectiveDate`));
  });
  checkFindings(report.findings ?? [], at("findings"), fail);
  return { ...(report as unknown as CostReport), unpriced: (report.unpriced as CostReport["unpriced"]) ?? [], findings: (report.findings as CostReport["findings"]) ?? [], priceBooks: (report.priceBooks as CostReport["priceBooks"]) ?? [] };
}

/** A JSON file that holds reports (a cost-report.json or an estimate bundle) rather than Terraform. */
export function isReportFile(input: string): boolean {
  if (!/\.json$/i.test(input) || !fs.statSync(input).isFile()) return false;
  const json = readJsonFile(input);
  return isObject(json) && "formatVersion" in json && !("format_version" in json);
}

/** Reports from a JSON file: a single report, an estimate bundle, or (no formatVersion) Terraform JSON priced here. */
function reportsOfFile(file: string, price: PriceStack): CostReport[] {
  const shown = displayPath(file);
  const json = readJsonFile(file);
  if (isObject(json) && "formatVersion" in json) {
    if ("reports" in json) {
      if (!Array.isArray(json.reports)) throw reportErrors.notAReport(shown, "reports", "expected a list");
      return json.reports.map((r, i) => checkReport(r, shown, `reports[${i}]`));
    }
    return [checkReport(json, shown, "")];
  }
  return loadStacks(file).map(price);
}

/** The report of one stack folder: its cost-report.json, else its cdk.tf.json priced here; none when it has neither. */
function reportOfStackFolder(folder: string, price: PriceStack): CostReport | undefined {
  const report = path.join(folder, "cost-report.json");
  if (fs.existsSync(report)) return checkReport(readJsonFile(report), displayPath(report), "");
  if (fs.existsSync(path.join(folder, "cdk.tf.json"))) {
    const [s] = loadStacks(folder);
    return price(s);
  }
  return undefined;
}

/** Checks a list of findings (a report's, or a summary's across stacks): rule id, level, message, address. */
function checkFindings(list: unknown, at: string, fail: (at: string, problem: string) => never): Finding[] {
  if (!Array.isArray(list)) return fail(at, "expected a list");
  const text = (v: unknown, where: string) => (typeof v === "string" ? v : fail(where, `expected a string, got ${JSON.stringify(v) ?? "nothing"}`));
  list.forEach((fv, i) => {
    const where = `${at}[${i}]`;
    if (!isObject(fv)) return fail(where, "expected an object");
    text(fv.ruleId, `${where}.ruleId`);
    if (!["error", "warning", "info"].includes(fv.level as string)) fail(`${where}.level`, `expected "error", "warning" or "info", got ${JSON.stringify(fv.level) ?? "nothing"}`);
    text(fv.message, `${where}.message`);
    if (fv.address !== undefined) text(fv.address, `${where}.address`);
  });
  return list as Finding[];
}

/**
 * The findings of budgets across stacks that a synth recorded in `<cdktf.out>/cost-summary.json` (none for any other
 * input, or when the synth checked no such budget). Synth removes old reports first, so the summary is the same
 * synth's as the stacks' reports.
 */
export function loadCrossStackFindings(input: string): Finding[] {
  const file = path.join(input, "cost-summary.json");
  if (!fs.existsSync(file) || !fs.statSync(input).isDirectory()) return [];
  const shown = displayPath(file);
  const summary = readJsonFile(file);
  const fail = (at: string, problem: string): never => {
    throw new InputError(`${shown} is not a valid cost summary: at ${at}, ${problem}. Synthesize again, or pass the stacks' reports instead of the folder.`, shown, at);
  };
  if (!isObject(summary)) return fail("the top level", "expected an object");
  return checkFindings(summary.crossStackFindings ?? [], "crossStackFindings", fail);
}

/** Every report at a path (a cdktf.out folder, a stack folder, a report, a bundle, Terraform JSON priced by `price`), by stack. */
export function loadReports(input: string, price: PriceStack): CostReport[] {
  const stat = statInput(input);
  let reports: CostReport[];
  if (stat.isFile()) reports = reportsOfFile(input, price);
  else {
    const folders = stackFoldersOf(input);
    if (folders !== undefined) {
      reports = folders.map((f) => reportOfStackFolder(f.folder, price)).filter((r): r is CostReport => r !== undefined);
    } else {
      const one = reportOfStackFolder(input, price);
      reports = one ? [one] : [];
    }
    // A cdktf.out folder may hold no stack (an app with none yet): that is zero cost, not bad input.
    const isCdktfOut = fs.existsSync(path.join(input, "manifest.json")) || folders !== undefined;
    if (reports.length === 0 && !isCdktfOut) throw reportErrors.nothingToDiff(input);
  }
  const seen = new Set<string>();
  for (const r of reports) {
    if (seen.has(r.stack)) throw reportErrors.duplicateStack(input, r.stack);
    seen.add(r.stack);
  }
  return reports;
}
