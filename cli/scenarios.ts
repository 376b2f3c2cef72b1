import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { errors } from "../pricing/errors";
import { BASELINE, loadScenarioFile, overridesJson, Scenario } from "../pricing/scenario-file";
import { defaultAllocationFile, loadAllocationFile } from "../policies/allocation";
import { loadBudgetsFile } from "../policies/budgets";
import { budgetHeaders, budgetOutcomes } from "../policies/budget-outcomes";
import { renderJson } from "../report/json";
import { compareScenarios, ScenarioRun } from "../report/scenario-comparison";
import { renderScenarioHtml } from "../report/scenario-html";
import { renderScenarioMarkdown } from "../report/scenario-markdown";
import { appCommandOf, runScenarios, validateWithApp } from "../report/scenario-runner";
import { helpShown, helpText, OptionSpec, parseArgs } from "./args";
import { DEFAULT_BUDGETS_FILE } from "./check";
import { Io, writeOutputFile } from "./io";

const OPTIONS: readonly OptionSpec[] = [
  { name: "output", value: "DIR", description: "where comparison.json, comparison.md and comparison.html go; default: scenarios.out" },
  { name: "scenarios", value: "DIR", description: "the folder of scenario files (every *.yaml in it, unless files are given); default: scenarios" },
  { name: "budgets", value: "FILE", description: "budgets each scenario is held to; default: policies/budgets.yaml in the app's folder, when it exists" },
  { name: "allocation", value: "FILE", description: "allocation rules for budgets scoped by tag.feature; default: allocation.yaml beside the budgets file, when it exists" },
  { name: "jobs", value: "N", description: "how many synths run at once; default: the number of cores" },
  { name: "app-dir", value: "DIR", description: "the app's folder (with cdktf.json); default: the working directory" },
  { name: "help", description: "show this help" },
];

export const SCENARIOS_HELP = helpText(
  "costkit scenarios [<scenario.yaml>…] [--output DIR] [--scenarios DIR] [--budgets FILE] [--allocation FILE] [--jobs N] [--app-dir DIR]",
  "Compares what-if scenarios of an app's business drivers (users by geo, listening hours, bitrates, cache hit rates…).\n" +
    "Synthesizes the app once for its own drivers (the baseline) and once per scenario file (scenarios/<name>.yaml), in\n" +
    "parallel, each into a temporary folder (cdktf.out is not touched; the app command of cdktf.json runs without the\n" +
    "cdktf CLI; the file reaches the app through COSTKIT_SCENARIO). Writes comparison.json, comparison.md and\n" +
    "comparison.html: each scenario's monthly cost (min, expected, max), by category, provider and geo, its unit metrics\n" +
    "(cost per monthly active user, per listening hour, per GB delivered), its delta to the baseline, and the budgets it\n" +
    "breaks. Progress goes to stderr.",
  OPTIONS,
  "Scenario file format: docs/scenarios.md. A bad scenario file exits 2 naming the file, the line and the key.\n" +
    "Exit codes: 0 compared (a scenario over a budget is reported, not a failure); 2 bad input or bad arguments.",
);

/** The scenario files: those given, else every *.yaml / *.yml of the folder, by name. */
function scenarioFiles(given: readonly string[], dir: string): string[] {
  if (given.length > 0) return [...given];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw errors.badArgument(`no scenario folder ${dir}: put scenario files in ${dir}/ (docs/scenarios.md), give --scenarios DIR, or name the files.`);
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}

export async function runScenariosCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, OPTIONS, "scenarios");
  if (helpShown(args, SCENARIOS_HELP, io)) return 0;
  const appDir = args.options.get("app-dir")?.[0] ?? ".";
  const jobsText = args.options.get("jobs")?.[0];
  const jobs = jobsText === undefined ? os.availableParallelism() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1) throw errors.badArgument(`--jobs must be a whole number of 1 or more, got "${jobsText}"`);
  const output = args.options.get("output")?.[0] ?? path.join(appDir, "scenarios.out");
  const budgetsFile = args.options.get("budgets")?.[0] ?? (fs.existsSync(path.join(appDir, DEFAULT_BUDGETS_FILE)) ? path.join(appDir, DEFAULT_BUDGETS_FILE) : undefined);

  const app = appCommandOf(appDir);
  const files = scenarioFiles(args.positional, args.options.get("scenarios")?.[0] ?? path.join(appDir, "scenarios"));
  // The files' own shape first (fast, in this process), then their drivers against the app's (one run of the app).
  const scenarios: Scenario[] = files.map((f) => loadScenarioFile(f));
  const names = new Map<string, string>();
  for (const s of scenarios) {
    if (names.has(s.name)) throw errors.badArgument(`two scenario files are named "${s.name}" (${names.get(s.name)} and ${s.file}); give each scenario its own name.`);
    names.set(s.name, s.file);
  }
  const budgets = budgetsFile !== undefined ? loadBudgetsFile(budgetsFile) : [];
  const allocationFile = args.options.get("allocation")?.[0] ?? defaultAllocationFile(budgetsFile);
  const allocation = allocationFile !== undefined ? loadAllocationFile(allocationFile) : undefined;
  const progress = (line: string) => io.err(`costkit scenarios: ${line}\n`);
  progress(`checking ${scenarios.length} scenario file${scenarios.length === 1 ? "" : "s"} against the app's drivers…`);
  await validateWithApp(app, files);

  const started = process.hrtime.bigint();
  const outputs = await runScenarios(app, [{ name: BASELINE }, ...scenarios.map((s) => ({ name: s.name, file: s.file }))], { jobs, progress });
  const runs: ScenarioRun[] = outputs.map((o, i) => {
    const s = i === 0 ? undefined : scenarios[i - 1];
    return {
      name: o.name,
      description: s?.description ?? "The drivers as the app sets them.",
      ...(s ? { file: s.file, overrides: overridesJson(s.drivers), sources: s.sources } : {}),
      reports: o.reports,
      budgets: budgetOutcomes(budgets, o.reports, allocation),
    };
  });
  const comparison = compareScenarios(runs, budgetHeaders(budgets));
  writeOutputFile(path.join(output, "comparison.json"), renderJson(comparison), "--output");
  writeOutputFile(path.join(output, "comparison.md"), renderScenarioMarkdown(comparison), "--output");
  writeOutputFile(path.join(output, "comparison.html"), renderScenarioHtml(comparison), "--output");
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  progress(`${runs.length} synths in ${seconds.toFixed(1)} s; wrote ${path.join(output, "comparison.json")}, comparison.md and comparison.html`);
  io.out(`${renderScenarioMarkdown(comparison).split("\n## ")[0].trimEnd()}\n`);
  return 0;
}
