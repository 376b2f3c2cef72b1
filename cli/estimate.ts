import { loadAllocationFile, resolveAllocation } from "../policies/allocation";
import { errors } from "../pricing/errors";
import { checkUsageFileTargets } from "../pricing/estimate";
import { loadStacks, loadUsageFile } from "../pricing/load";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { EMPTY_USAGE } from "../pricing/usage";
import { DEFAULT_FOCUS_PERIOD, isFocusPeriod } from "../report/focus";
import { loadCrossStackFindings } from "../report/read";
import { OUTPUT_FORMATS, outputFormat } from "../report/renderers";
import { helpShown, helpText, onePath, OptionSpec, parseArgs } from "./args";
import { Progress } from "../report/progress";
import { Io, progressStream, writeOutputFile } from "./io";
import { priceStack } from "./reports";

export type { EstimateBundle } from "../report/json";

const FORMAT_NAMES = OUTPUT_FORMATS.map((f) => f.name);
const FORMAT_LIST = `${OUTPUT_FORMATS.slice(0, -1).map((f) => f.description).join(", ")} or ${OUTPUT_FORMATS[OUTPUT_FORMATS.length - 1].description}`;
import { usageTemplate } from "./usage-template";

const OPTIONS: readonly OptionSpec[] = [
  { name: "usage", value: "FILE", description: "usage file (YAML or JSON) keyed by resource address, with per-type defaults" },
  { name: "var-file", value: "FILE", repeatable: true, description: "variable values (JSON tfvars), after terraform.tfvars.json and *.auto.tfvars.json beside the configuration" },
  { name: "var", value: "NAME=VALUE", repeatable: true, description: "a variable's value; wins over every file" },
  { name: "price-book", value: "FILE", repeatable: true, description: "extra price book; later books win, override books set effective prices over list prices" },
  { name: "format", value: "FORMAT", description: FORMAT_LIST },
  { name: "allocation", value: "FILE", description: "allocation rules (YAML) splitting shared resources across features, for the html and focus-csv formats (policies/allocation.yaml in the reference app)" },
  { name: "period", value: "YYYY-MM", description: `charge period of the focus-csv rows (default ${DEFAULT_FOCUS_PERIOD}): a nominal month` },
  { name: "out", value: "FILE", description: "write the output to FILE instead of standard output" },
  { name: "usage-template", description: "print a usage file skeleton for the resources found, every key documented, and exit" },
  { name: "help", description: "show this help" },
];

export const ESTIMATE_HELP = helpText(
  `costkit estimate <path> [--usage FILE] [--var-file FILE…] [--var NAME=VALUE…] [--price-book FILE…] [--format ${FORMAT_NAMES.join("|")}] [--allocation FILE] [--period YYYY-MM] [--out FILE]`,
  "Prices Terraform before it ships. <path> is a cdktf.out folder (every stack), a stack folder (cdk.tf.json),\na Terraform module (a folder of *.tf or *.tf.json files, local modules expanded, or one such file),\n" +
    "or a plan from `terraform show -json`.",
  OPTIONS,
  "Price books, in precedence order: the checked-in list books, then each --price-book in the order given, then the\n" +
    "books a stack embeds. A later list book replaces an earlier list price of the same id and region (a fresh import\n" +
    "wins over the checked-in book); an override book sets the effective price over the list price, which stays in the\n" +
    "report as ListCost; discounts then apply to effective prices. Book ids must be unique; a bad book exits 2 naming\n" +
    "the book and the entry.\n\n" +
    "focus-csv: one row per cost line, the expected month (ListCost, EffectiveCost = BilledCost); a usage-based line with\n" +
    "no usage declared is a row with quantity 0; unpriced and free resources have no row. With allocation rules\n" +
    "(docs/allocation.md), a line of a shared resource that a rule splits is one row per feature, each with its exact\n" +
    "part (x_AllocatedMethodId, x_AllocatedTags); the html report shows cost by feature and team.\n\n" +
    "With a cdktf.out folder, the findings of budgets across stacks that the synth recorded (cost-summary.json) are shown\n" +
    "too, unless --usage or --price-book prices the stacks differently from the synth.\n\n" +
    "Docs (in the costkit package and repository): usage keys of every priced type, docs/usage-keys.md; the json\n" +
    "report, docs/report-format.md; every command, docs/cli.md.\n" +
    "Exit codes: 0 ok; 1 a policy error in a report; 2 bad input or bad arguments.",
);

export function runEstimate(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS, "estimate");
  if (helpShown(args, ESTIMATE_HELP, io)) return 0;
  const target = onePath(args, "estimate");
  const formatName = args.options.get("format")?.[0] ?? "table";
  const format = outputFormat(formatName);
  if (format === undefined) throw errors.badArgument(`--format must be one of ${FORMAT_NAMES.join(", ")}, got "${formatName}"`);
  const period = args.options.get("period")?.[0] ?? DEFAULT_FOCUS_PERIOD;
  if (!isFocusPeriod(period)) throw errors.badArgument(`--period must be a month YYYY-MM (e.g. ${DEFAULT_FOCUS_PERIOD}), got "${period}"`);
  const stacks = loadStacks(target, { varFiles: args.options.get("var-file") ?? [], vars: args.options.get("var") ?? [] });
  const write = (text: string) => {
    const out = args.options.get("out")?.[0];
    if (out !== undefined) writeOutputFile(out, text);
    else io.out(text);
  };
  if (args.flags.has("usage-template")) {
    // The skeleton is YAML for the resources found; options that shape a priced report would be silently ignored.
    const ignored = ["usage", "format", "price-book", "period"].filter((o) => args.options.has(o));
    if (ignored.length > 0) throw errors.badArgument(`--usage-template prints a usage skeleton (YAML) and prices nothing, so it takes no ${ignored.map((o) => `--${o}`).join(", ")}. Run it without them.`);
    write(usageTemplate(stacks, DEFAULT_REGISTRY));
    return 0;
  }
  const usageFile = args.options.get("usage")?.[0];
  const usage = usageFile ? loadUsageFile(usageFile) : EMPTY_USAGE;
  checkUsageFileTargets(usage, stacks.map((s) => s.document), DEFAULT_REGISTRY);
  const extraBooks = args.options.get("price-book") ?? [];
  // Priced as synth priced it, with the findings of the policy the stack records ("//".cost.policy).
  const progress = new Progress("pricing stack", stacks.length, progressStream(io));
  const reports = stacks.map((s) => progress.item(s.stack, () => priceStack(s, { extraBooks, usage })));
  // Only when named: estimate prices any Terraform, whose stacks need not declare the rules' drivers. It shapes only the
  // formats that show cost by feature, so it is read (and checked) only for them.
  const allocationFile = args.options.get("allocation")?.[0];
  const allocation = allocationFile !== undefined && (format.name === "html" || format.name === "focus-csv") ? resolveAllocation(loadAllocationFile(allocationFile), reports) : undefined;
  // The findings of budgets across stacks, as the synth recorded them, when the stacks are priced as it priced them.
  const samePricing = !args.options.has("usage") && !args.options.has("price-book");
  const crossStack = samePricing ? loadCrossStackFindings(target) : [];
  write(format.render({ reports, crossStack, color: io.color && !args.options.has("out"), period, ...(allocation !== undefined ? { allocation } : {}) }));
  return [...reports.flatMap((r) => r.findings), ...crossStack].some((f) => f.level === "error" && !f.acknowledged) ? 1 : 0;
}
