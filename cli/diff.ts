import Decimal from "decimal.js";
import * as fs from "fs";
import * as path from "path";
import { stackFoldersOf } from "../pricing/load";
import { touchedRecommendations } from "../report/diff-recommendations";
import { isReportFile } from "../report/read";
import { recommendationsFor } from "./recommend";
import { errors } from "../pricing/errors";
import { formatUsd, Money } from "../pricing/money";
import { CostDiff, diffReports, formatChangePercent } from "../report/diff";
import { renderDiffMarkdown } from "../report/diff-markdown";
import { renderDiffTable } from "../report/diff-table";
import { renderJson } from "../report/json";
import { choiceOf, helpShown, helpText, OptionSpec, parseArgs } from "./args";
import { Io, writeOutputFile } from "./io";
import { loadCrossStackFindings, loadReports } from "./reports";

const OPTIONS: readonly OptionSpec[] = [
  { name: "format", value: "FORMAT", description: "table (default), markdown (the pull-request comment) or json" },
  { name: "fail-on-increase", value: "AMOUNT|PERCENT%", description: "exit 1 when the monthly cost rises by more than AMOUNT US dollars (\"500\") or PERCENT% of the base (\"5%\")" },
  { name: "basis", value: "expected|max", description: "the cost --fail-on-increase compares: expected (default) or max, the worst case autoscaling allows" },
  { name: "out", value: "FILE", description: "write the output to FILE instead of standard output" },
  { name: "help", description: "show this help" },
];

export const DIFF_HELP = helpText(
  "costkit diff <base> <head> [--format markdown|json|table] [--fail-on-increase AMOUNT|PERCENT%] [--basis expected|max] [--out FILE]",
  "Compares the cost of two versions of the infrastructure: added, removed and changed resources, totals, and the\n" +
    "policy findings new in <head>. <base> and <head> are each a cdktf.out folder (stacks/*/cost-report.json; a stack\n" +
    "with only cdk.tf.json is priced here), a stack folder, a cost-report.json, an estimate bundle\n" +
    "(`costkit estimate <cdktf.out> --format json`), or a Terraform JSON file or plan, priced here. Stacks match by\n" +
    "name; when each side is one stack and one of them is a file, they are compared as one stack (the head's name).\n" +
    "When <head> is Terraform (stacks with cdk.tf.json, a Terraform JSON file or plan), the output adds the savings\n" +
    "`costkit recommend` finds for the resources the change added or changed; a head of reports has none (no section).",
  OPTIONS,
  "--basis max fails a pull request that only raises autoscaling maxima (the expected cost unchanged, the worst case up).\n" +
    "A rise from $0 exceeds any PERCENT% threshold. The Markdown comment starts with <!-- costkit-comment --> and stays\n" +
    "under GitHub's 65,536-character limit, saying what it left out. The json diff: docs/report-format.md.\n" +
    "Exit codes: 0 ok; 1 the threshold is exceeded; 2 bad input or bad arguments.",
);

const FORMATS = ["table", "markdown", "json"] as const;

/** `--fail-on-increase`: an amount in USD, or a percentage of the base. */
export type Threshold = { readonly kind: "amount"; readonly value: Decimal; readonly text: string } | { readonly kind: "percent"; readonly value: Decimal; readonly text: string };

const diffErrors = {
  badThreshold: (seen: string) =>
    errors.badArgument(`--fail-on-increase must be an amount in US dollars ("500", "1234.50") or a percentage of the base ("5%"), got "${seen}".`),
  basisAlone: () => errors.badArgument("--basis says which cost --fail-on-increase compares; give --fail-on-increase too (\"--fail-on-increase 5% --basis max\")."),
  arity: (count: number) => errors.badArgument(`costkit diff takes <base> and <head>, got ${count} path${count === 1 ? "" : "s"}. See \`costkit diff --help\`.`),
};

export function parseThreshold(text: string): Threshold {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) throw diffErrors.badThreshold(text);
  return { kind: m[2] ? "percent" : "amount", value: new Money(m[1]), text: text.trim() };
}

const BASES = ["expected", "max"] as const;
/** Which monthly cost a threshold compares: the expected one, or the worst case (max) autoscaling allows. */
export type Basis = (typeof BASES)[number];

/** Whether the monthly cost (expected, or max) rises by more than the threshold. A rise from 0 exceeds any percentage. */
export function exceedsThreshold(diff: CostDiff, threshold: Threshold, basis: Basis = "expected"): boolean {
  const delta = new Money(diff.monthlyCost.delta[basis]);
  const before = new Money(diff.monthlyCost.before[basis]);
  if (!delta.isPositive() || delta.isZero()) return false;
  if (threshold.kind === "amount") return delta.gt(threshold.value);
  if (before.lte(0)) return true;
  return delta.times(100).gt(before.times(threshold.value));
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether the head is Terraform that `costkit recommend` reads: a Terraform JSON file or plan, or a folder whose every
 * stack has its cdk.tf.json. Reports (a cost-report.json, a bundle, stacks with only their report) are not: their
 * recommendations cannot be computed, and the comment leaves them out.
 */
function hasTerraform(input: string): boolean {
  if (isFile(input)) return !isReportFile(input);
  const folders = stackFoldersOf(input) ?? [{ folder: input }];
  return folders.length > 0 && folders.every((f) => isFile(path.join(f.folder, "cdk.tf.json")));
}

export function runDiff(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS, "diff");
  if (helpShown(args, DIFF_HELP, io)) return 0;
  if (args.positional.length !== 2) throw diffErrors.arity(args.positional.length);
  const format = choiceOf(args, "format", FORMATS, "table");
  const thresholdText = args.options.get("fail-on-increase")?.[0];
  const threshold = thresholdText !== undefined ? parseThreshold(thresholdText) : undefined;
  const basis = choiceOf(args, "basis", BASES, "expected");
  if (args.options.has("basis") && threshold === undefined) throw diffErrors.basisAlone();
  const out = args.options.get("out")?.[0];
  const [basePath, headPath] = args.positional;
  let baseReports = loadReports(basePath);
  const headReports = loadReports(headPath);
  // Two single stacks given as files (main.tf.json before and after, or two report files) are the same stack whatever
  // their file names: compare them as one, under the head's name, not as one removed and one added.
  if (baseReports.length === 1 && headReports.length === 1 && baseReports[0].stack !== headReports[0].stack && (isFile(basePath) || isFile(headPath))) {
    baseReports = [{ ...baseReports[0], stack: headReports[0].stack }];
  }
  const plain = diffReports(baseReports, headReports, {
    baseCrossStack: loadCrossStackFindings(basePath),
    headCrossStack: loadCrossStackFindings(headPath),
  });
  const recommendations = hasTerraform(headPath) ? touchedRecommendations(plain, recommendationsFor(headPath)) : [];
  const diff: CostDiff = recommendations.length > 0 ? { ...plain, recommendations } : plain;
  const text = format === "json" ? renderJson(diff) : format === "markdown" ? renderDiffMarkdown(diff) : renderDiffTable(diff, { color: io.color && !out });
  if (out !== undefined) writeOutputFile(out, text);
  else io.out(text);
  if (threshold && exceedsThreshold(diff, threshold, basis)) {
    const d = diff.monthlyCost;
    const percent = formatChangePercent(d, basis);
    const what = basis === "max" ? "worst-case (max)" : "expected";
    const flags = `--fail-on-increase ${threshold.text}${args.options.has("basis") ? ` --basis ${basis}` : ""}`;
    io.err(`costkit diff: the ${what} monthly cost rises by ${formatUsd(new Money(d.delta[basis]))} (${percent}), more than ${flags} allows.\n`);
    return 1;
  }
  return 0;
}
