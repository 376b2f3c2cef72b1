import { catalogForDocument } from "../pricing/books";
import { estimate } from "../pricing/estimate";
import { StackInput } from "../pricing/load";
import { CostReport } from "../pricing/report";
import { billingProviders } from "../pricing/registry";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { UsageFile } from "../pricing/usage";
import { costkitToday } from "../policies/acknowledgements";
import { embeddedFindings } from "../policies/embedded";
import { loadReports as readReports } from "../report/read";

export { loadCrossStackFindings } from "../report/read";

/**
 * How the CLI commands get reports: Terraform priced as synth prices it (the checked-in books, extra books, the books
 * the stack embeds, and the findings of the policy it records), or reports written by synth, checked.
 */
export interface PriceOptions {
  readonly extraBooks?: readonly string[];
  readonly usage?: UsageFile;
  /** Evaluate the policy the stack records (`"//".cost.policy`). @default true */
  readonly findings?: boolean;
}

/** One stack priced as `cdktf synth` priced it. */
export function priceStack(s: StackInput, opts: PriceOptions = {}): CostReport {
  const report = estimate(s.document, {
    stack: s.stack, catalog: catalogForDocument(s.document, opts.extraBooks ?? [], billingProviders(s.document, DEFAULT_REGISTRY)), registry: DEFAULT_REGISTRY,
    ...(opts.usage ? { usage: opts.usage } : {}),
  });
  return opts.findings === false ? report : { ...report, findings: embeddedFindings(report, s.document, costkitToday()) };
}

/** Every report at a path (see report/read.ts), a stack without a report priced as synth prices it. */
export function loadReports(input: string): CostReport[] {
  return readReports(input, (s) => priceStack(s));
}
