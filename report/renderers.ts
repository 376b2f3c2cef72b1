import { ResolvedAllocation } from "../pricing/allocation";
import { CostReport, Finding } from "../pricing/report";
import { focusFormat } from "./focus";
import { htmlFormat } from "./html";
import { jsonFormat } from "./json";
import { markdownFormat } from "./markdown";
import { tableFormat } from "./table";

/** What every output format renders: the stacks' reports and the findings of budgets across them. */
export interface RenderInput {
  readonly reports: readonly CostReport[];
  /** Findings of budgets that span stacks (recorded by the synth in cost-summary.json). */
  readonly crossStack: readonly Finding[];
  /** ANSI colour, for the terminal. */
  readonly color: boolean;
  /** The charge period of FOCUS rows, `YYYY-MM`. */
  readonly period: string;
  /** Allocation rules resolved over the reports (cost by feature and team), when given. */
  readonly allocation?: ResolvedAllocation;
}

/** An output format of `costkit estimate`: its name (the `--format` value), what it is, and how it renders. */
export interface OutputFormat {
  readonly name: string;
  readonly description: string;
  readonly render: (input: RenderInput) => string;
}

/** Every output format, in the order --help lists them. A new format is one file that exports an OutputFormat, and one line here. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = [tableFormat, jsonFormat, markdownFormat, htmlFormat, focusFormat];

export function outputFormat(name: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((f) => f.name === name);
}
