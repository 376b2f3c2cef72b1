import { checkUsageFileTargets } from "../pricing/estimate";
import { loadStacks, loadUsageFile } from "../pricing/load";
import { Recommendation } from "../pricing/recommendation";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { EMPTY_USAGE } from "../pricing/usage";
import { costkitToday } from "../policies/acknowledgements";
import { loadCdnConstraints } from "../policies/recommend/cdn-constraints";
import { stackContext } from "../policies/recommend/context";
import { bySaving, recommendStack } from "../policies/recommend/run";
import { renderRecommendationsJson, renderRecommendationsMarkdown, renderRecommendationsTable } from "../report/recommendations";
import { choiceOf, helpShown, helpText, onePath, OptionSpec, parseArgs } from "./args";
import { Io, writeOutputFile } from "./io";

const OPTIONS: readonly OptionSpec[] = [
  { name: "usage", value: "FILE", description: "usage file (YAML or JSON) keyed by resource address, with per-type defaults" },
  { name: "var-file", value: "FILE", repeatable: true, description: "variable values (JSON tfvars), after terraform.tfvars.json and *.auto.tfvars.json beside the configuration" },
  { name: "var", value: "NAME=VALUE", repeatable: true, description: "a variable's value; wins over every file" },
  { name: "price-book", value: "FILE", repeatable: true, description: "extra price book, as for estimate" },
  { name: "cdn-constraints", value: "FILE", description: "YAML constraints of the multi-CDN split (shares per CDN and geo, contract minimums, contract rates); see docs/recommendations.md" },
  { name: "format", value: "FORMAT", description: "table (default), json or markdown" },
  { name: "out", value: "FILE", description: "write the output to FILE instead of standard output" },
  { name: "help", description: "show this help" },
];

export const RECOMMEND_HELP = helpText(
  "costkit recommend <path> [--usage FILE] [--var-file FILE…] [--var NAME=VALUE…] [--price-book FILE…] [--cdn-constraints FILE] [--format table|json|markdown] [--out FILE]",
  "Finds changes that lower the bill: commitments sized from each pool's minimum, Spot nodes for interruptible work,\n" +
    "smaller machines for idle ones, cheaper storage classes, the multi-CDN traffic split. <path> is what estimate reads\n" +
    "(a cdktf.out folder, a stack folder, Terraform JSON or a plan). Each change is priced with the same engine, books and\n" +
    "usage (the stack as it is, then with the change) and listed only when both are priced and it saves money: its saving\n" +
    "is the exact difference of the two estimates. Largest saving first.",
  OPTIONS,
  "The rules are the Savings pack (policies/RULES.md); acknowledge one with Acknowledge.of(scope).rule(\"Savings-<id>\", …).\n" +
    "The json format is described in docs/recommendations.md.\n" +
    "Exit codes: 0 ok (with or without recommendations); 2 bad input or bad arguments.",
);

const FORMATS = ["table", "json", "markdown"] as const;

export interface RecommendInputs {
  readonly extraBooks?: readonly string[];
  readonly usageFile?: string;
  readonly cdnConstraintsFile?: string;
  readonly varFiles?: readonly string[];
  readonly vars?: readonly string[];
}

/** The recommendations for every stack at a path, largest saving first. */
export function recommendationsFor(input: string, opts: RecommendInputs = {}): Recommendation[] {
  const stacks = loadStacks(input, { varFiles: opts.varFiles ?? [], vars: opts.vars ?? [] });
  const usage = opts.usageFile ? loadUsageFile(opts.usageFile) : EMPTY_USAGE;
  checkUsageFileTargets(usage, stacks.map((s) => s.document), DEFAULT_REGISTRY);
  const data = opts.cdnConstraintsFile ? { cdnConstraints: loadCdnConstraints(opts.cdnConstraintsFile) } : {};
  const today = costkitToday();
  const out: Recommendation[] = [];
  for (const s of stacks) out.push(...recommendStack(stackContext(s.stack, s.document, { extraBooks: opts.extraBooks, usage, data }), { today }));
  return out.sort(bySaving);
}

export function runRecommend(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS, "recommend");
  if (helpShown(args, RECOMMEND_HELP, io)) return 0;
  const target = onePath(args, "recommend");
  const format = choiceOf(args, "format", FORMATS, "table");
  const recs = recommendationsFor(target, {
    extraBooks: args.options.get("price-book") ?? [],
    usageFile: args.options.get("usage")?.[0],
    cdnConstraintsFile: args.options.get("cdn-constraints")?.[0],
    varFiles: args.options.get("var-file") ?? [],
    vars: args.options.get("var") ?? [],
  });
  const text = format === "json" ? renderRecommendationsJson(recs) : format === "markdown" ? renderRecommendationsMarkdown(recs) : renderRecommendationsTable(recs);
  const out = args.options.get("out")?.[0];
  if (out !== undefined) writeOutputFile(out, text);
  else io.out(text);
  return 0;
}
