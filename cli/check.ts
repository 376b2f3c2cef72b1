import * as fs from "fs";
import * as path from "path";
import { errors } from "../pricing/errors";
import { displayPath, loadStacks } from "../pricing/load";
import { acknowledgementsFromCostMeta, acknowledgementsOfFindings, costkitToday } from "../policies/acknowledgements";
import { defaultAllocationFile, loadAllocationFile } from "../policies/allocation";
import { loadBudgetsFile } from "../policies/budgets";
import { checkStacks, StackFinding, StackUnderCheck } from "../policies/check-stacks";
import { FINOPS_PACK } from "../policies/packs/finops";
import { escapeMarkdownCell } from "../report/escape";
import { constructPaths, countFindings, groupFindings } from "../report/findings";
import { pluralize } from "../report/format";
import { renderJson } from "../report/json";
import { renderFindingsMarkdown } from "../report/markdown";
import { isReportFile } from "../report/read";
import { safeTerminalText as safe } from "../report/safe-text";
import { renderFindingsText } from "../report/table";
import { choiceOf, helpShown, helpText, onePath, OptionSpec, parseArgs } from "./args";
import { loadReports, priceStack } from "./reports";
import { Io } from "./io";

const OPTIONS: readonly OptionSpec[] = [
  { name: "budgets", value: "FILE", description: "budgets file (YAML); default: policies/budgets.yaml in the working directory, when it exists" },
  { name: "allocation", value: "FILE", description: "allocation rules (YAML) for budgets scoped by tag.feature; default: allocation.yaml beside the budgets file, when it exists" },
  { name: "format", value: "FORMAT", description: "table (default), json or markdown" },
  { name: "help", description: "show this help" },
];

/** Where `costkit check` looks for budgets when `--budgets` is not given. */
export const DEFAULT_BUDGETS_FILE = path.join("policies", "budgets.yaml");

export const CHECK_HELP = helpText(
  "costkit check <path> [--budgets FILE] [--allocation FILE] [--format table|json|markdown]",
  "Holds infrastructure to its budgets and to the FinOps guardrail pack, outside synth. <path> is what `costkit estimate`\n" +
    "takes (a cdktf.out folder, a stack folder, a *.tf.json file or folder, a plan JSON), priced here, or a\n" +
    "cost-report.json or estimate bundle (`costkit estimate <cdktf.out> --format json`). The pack runs on each stack's\n" +
    "report; the budgets run over all of them. Acknowledgements recorded in the Terraform JSON (\"//\".cost.acknowledgements)\n" +
    "or in the reports' findings apply; an expired one (after its `expires` day; today is COSTKIT_TODAY if set, else the\n" +
    "UTC date) does not.",
  OPTIONS,
  "Rules and their defaults: policies/RULES.md. Budgets file format: docs/budgets.md. A budget scoped by tag.feature\n" +
    "holds the feature's allocated cost (its tagged resources and its share of shared ones): docs/allocation.md.\n" +
    "Exit codes: 0 no unacknowledged error finding; 1 at least one; 2 bad input or bad arguments (a malformed budgets\n" +
    "file is named with the line).",
);

const FORMATS = ["table", "json", "markdown"] as const;

/**
 * The stacks at a path: reports as they are (their recorded acknowledgements re-applied by address), or Terraform
 * priced here (its `"//".cost.acknowledgements` applied by construct path).
 */
function loadChecked(input: string): StackUnderCheck[] {
  if (!fs.existsSync(input)) throw errors.unreadable(input, "no such file or folder");
  if (isReportFile(input)) {
    return loadReports(input).map((report) => ({ report, acknowledgements: acknowledgementsOfFindings(report.findings, report.stack), addressToPath: (a: string) => a }));
  }
  return loadStacks(input).map((s) => ({
    report: priceStack(s, { findings: false }), // check evaluates its own pack and budgets
    document: s.document,
    acknowledgements: acknowledgementsFromCostMeta(s.document.costMeta, s.document.file),
  }));
}

interface CheckRun {
  readonly stacks: readonly string[];
  readonly budgetsFile?: string;
  readonly budgets: number;
  readonly today: string;
  readonly findings: readonly StackFinding[];
  readonly pathOf: (stack: string | undefined, address: string) => string | undefined;
}

function header(run: CheckRun): string {
  return `${pluralize(run.stacks.length, "stack")} (${run.stacks.join(", ")}); pack ${FINOPS_PACK.id} (${pluralize(FINOPS_PACK.rules.length, "rule")}); ${run.budgetsFile ? `${pluralize(run.budgets, "budget")} from ${run.budgetsFile}` : "no budgets file"}; today ${run.today}`;
}

function summaryLine(run: CheckRun): string {
  const c = countFindings(run.findings);
  return `${pluralize(c.errors, "error")}, ${pluralize(c.warnings, "warning")}, ${c.info} info, ${c.acknowledged} acknowledged`;
}

/** The findings as every report shows them: grouped by rule, the remediation once, each subject under it. */
function groupsOf(run: CheckRun) {
  return groupFindings(run.findings.map((f) => ({ ...(f.stack !== undefined ? { stack: f.stack } : {}), finding: f, ...(f.address === undefined ? { subject: f.subject } : {}) })));
}

function renderCheckTable(run: CheckRun): string {
  const out = [`costkit check: ${safe(header(run))}`, ""];
  if (run.findings.length === 0) out.push("No findings.");
  else out.push(...renderFindingsText(groupsOf(run), { pathOf: run.pathOf }));
  out.push("", summaryLine(run));
  return out.join("\n") + "\n";
}

function renderCheckMarkdown(run: CheckRun): string {
  const out = ["## costkit check", "", escapeMarkdownCell(header(run)), "", `**${summaryLine(run)}**`, ""];
  if (run.findings.length === 0) out.push("No findings.");
  else out.push(...renderFindingsMarkdown(groupsOf(run), { pathOf: run.pathOf, heading: "### Findings" }));
  return out.join("\n").trimEnd() + "\n";
}

export function runCheck(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS, "check");
  if (helpShown(args, CHECK_HELP, io)) return 0;
  const target = onePath(args, "check");
  const format = choiceOf(args, "format", FORMATS, "table");
  const today = costkitToday();
  const given = args.options.get("budgets")?.[0];
  const budgetsPath = given ?? (fs.existsSync(DEFAULT_BUDGETS_FILE) ? DEFAULT_BUDGETS_FILE : undefined);
  const budgets = budgetsPath ? loadBudgetsFile(budgetsPath) : [];
  const budgetsFile = budgetsPath ? displayPath(budgetsPath) : undefined;
  const allocationPath = args.options.get("allocation")?.[0] ?? defaultAllocationFile(budgetsPath);
  const allocation = allocationPath !== undefined ? loadAllocationFile(allocationPath) : undefined;
  const stacks = loadChecked(target);
  const findings = checkStacks(stacks, { today, budgets, ...(budgetsFile ? { budgetsFile } : {}), ...(allocation ? { allocation } : {}) });
  const run: CheckRun = { stacks: stacks.map((s) => s.report.stack), ...(budgetsFile ? { budgetsFile } : {}), budgets: budgets.length, today, findings, pathOf: constructPaths(stacks.map((s) => s.report)) };
  if (format === "json") {
    io.out(renderJson({ formatVersion: "1", today, budgetsFile: budgetsFile ?? null, stacks: run.stacks, counts: countFindings(findings), findings }));
  } else if (format === "markdown") io.out(renderCheckMarkdown(run));
  else io.out(renderCheckTable(run));
  return countFindings(findings).errors > 0 ? 1 : 0;
}
