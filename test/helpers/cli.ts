import { main } from "../../cli/main";
import { Io } from "../../cli/io";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "./invariants";

/** Runs the CLI in-process and captures its output. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), color: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** `costkit estimate … --format json` of one stack, which must exit 0 with nothing on stderr and keep the report's
 *  invariants. */
export async function estimateJson(...args: string[]): Promise<CostReport> {
  const { code, out, err } = await runCli(["estimate", ...args, "--format", "json"]);
  expect(err).toBe("");
  expect(code).toBe(0);
  const report = JSON.parse(out) as CostReport;
  assertReportInvariants(report);
  return report;
}

/** The expected monthly cost of a resource of a report, undefined when it is not priced. */
export const costOf = (r: CostReport, address: string): string | undefined => r.resources.find((x) => x.address === address)?.monthlyCost.expected;
