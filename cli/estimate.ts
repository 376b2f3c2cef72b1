import * as fs from "fs";
import { catalogForDocument } from "../pricing/books";
import { errors } from "../pricing/errors";
import { checkUsageFileTargets, estimate, totalOf } from "../pricing/estimate";
import { loadStacks, loadUsageFile } from "../pricing/load";
import { formatUsd } from "../pricing/money";
import { rangeToJson } from "../pricing/range";
import { CostReport } from "../pricing/report";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { EMPTY_USAGE } from "../pricing/usage";
import { formatRange } from "../report/format";
import { renderJson } from "../report/json";
import { renderMarkdown } from "../report/markdown";
import { renderTable } from "../report/table";
import { helpText, OptionSpec, parseArgs } from "./args";
import { Io } from "./io";
import { usageTemplate } from "./usage-template";

const OPTIONS: readonly OptionSpec[] = [
  { name: "usage", value: "FILE", description: "usage file (YAML or JSON) keyed by resource address, with per-type defaults" },
  { name: "price-book", value: "FILE", repeatable: true, description: "extra price book; later books win, override books set effective prices over list prices" },
  { name: "format", value: "FORMAT", description: "table (default), json or markdown" },
  { name: "out", value: "FILE", description: "write the output to FILE instead of standard output" },
  { name: "usage-template", description: "print a usage file skeleton for the resources found, every key documented, and exit" },
  { name: "help", description: "show this help" },
];

export const ESTIMATE_HELP = helpText(
  "costkit estimate <path> [--usage FILE] [--price-book FILE…] [--format table|json|markdown] [--out FILE]",
  "Prices Terraform before it ships. <path> is a cdktf.out folder (every stack), a stack folder (cdk.tf.json),\na *.tf.json file, a folder of *.tf.json files, or a plan from `terraform show -json`.",
  OPTIONS,
  "Exit codes: 0 ok; 1 a policy error in a report; 2 bad input or bad arguments.",
);

const FORMATS = ["table", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];

/** Several stacks in JSON: their reports in stack order, and the total. */
export interface EstimateBundle {
  readonly formatVersion: "1";
  readonly currency: "USD";
  readonly monthlyCost: { min: string; expected: string; max: string };
  readonly reports: readonly CostReport[];
}

export function runEstimate(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS, "estimate");
  if (args.flags.has("help")) {
    io.out(ESTIMATE_HELP);
    return 0;
  }
  if (args.positional.length !== 1) throw errors.badArgument(`costkit estimate takes one <path>, got ${args.positional.length}. See \`costkit estimate --help\`.`);
  const format = (args.options.get("format")?.[0] ?? "table") as Format;
  if (!FORMATS.includes(format)) throw errors.badArgument(`--format must be one of ${FORMATS.join(", ")}, got "${format}"`);
  const stacks = loadStacks(args.positional[0]);
  const write = (text: string) => {
    const out = args.options.get("out")?.[0];
    if (out) fs.writeFileSync(out, text);
    else io.out(text);
  };
  if (args.flags.has("usage-template")) {
    write(usageTemplate(stacks, DEFAULT_REGISTRY));
    return 0;
  }
  const usageFile = args.options.get("usage")?.[0];
  const usage = usageFile ? loadUsageFile(usageFile) : EMPTY_USAGE;
  checkUsageFileTargets(usage, stacks.map((s) => s.document), DEFAULT_REGISTRY);
  const extraBooks = args.options.get("price-book") ?? [];
  const reports = stacks.map((s) => estimate(s.document, { stack: s.stack, catalog: catalogForDocument(s.document, extraBooks), registry: DEFAULT_REGISTRY, usage }));
  const toFile = args.options.has("out");
  if (format === "json") {
    if (reports.length === 1) write(renderJson(reports[0]));
    else {
      const bundle: EstimateBundle = { formatVersion: "1", currency: "USD", monthlyCost: rangeToJson(totalOf(reports)), reports };
      write(renderJson(bundle));
    }
  } else if (format === "markdown") {
    const parts = reports.map(renderMarkdown);
    if (reports.length > 1) parts.unshift(`# Monthly cost of ${reports.length} stacks: ${formatRange(rangeToJson(totalOf(reports)))}\n`);
    write(parts.join("\n"));
  } else {
    const parts = reports.map((r) => renderTable(r, { color: io.color && !toFile }));
    if (reports.length > 1) {
      const total = totalOf(reports);
      parts.push(`Total of ${reports.length} stacks: ${formatUsd(total.expected)}${total.min.eq(total.max) ? "" : ` (${formatUsd(total.min)} – ${formatUsd(total.max)})`}\n`);
    }
    write(parts.join("\n"));
  }
  return reports.some((r) => r.findings.some((f) => f.level === "error" && !f.acknowledged)) ? 1 : 0;
}
