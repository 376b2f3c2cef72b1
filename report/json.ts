import { CostReport } from "../pricing/report";

/** The report as written to cost-report.json: two-space indentation, keys in contract order, a final newline. */
export function renderJson(value: CostReport | unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
