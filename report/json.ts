import { CostReport } from "../pricing/report";
import { totalRange } from "./format";
import type { OutputFormat } from "./renderers";

/** The report as written to cost-report.json: two-space indentation, keys in contract order, a final newline. */
export function renderJson(value: CostReport | unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Several stacks in JSON: their reports in stack order, and the total. */
export interface EstimateBundle {
  readonly formatVersion: "1";
  readonly currency: "USD";
  readonly monthlyCost: { min: string; expected: string; max: string };
  readonly reports: readonly CostReport[];
}

/** One stack: its report; several: an estimate bundle. */
export const jsonFormat: OutputFormat = {
  name: "json",
  description: "json",
  render: ({ reports }) => {
    if (reports.length === 1) return renderJson(reports[0]);
    const bundle: EstimateBundle = { formatVersion: "1", currency: "USD", monthlyCost: totalRange(reports.map((r) => r.monthlyCost)), reports };
    return renderJson(bundle);
  },
};
