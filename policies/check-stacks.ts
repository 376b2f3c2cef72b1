import { InputError } from "../pricing/errors";
import { CostReport, Finding } from "../pricing/report";
import { TfDocument } from "../pricing/terraform";
import { Acknowledgement, applyAcknowledgements } from "./acknowledgements";
import { AllocationRules, resolveAllocation } from "./allocation";
import { Budget, budgetsForStack, describeScope, evaluateBudgets, EvaluateBudgetsOptions, isStackScoped } from "./budgets";
import { evaluatePack } from "./evaluate-pack";
import { FINOPS_PACK } from "./packs/finops";
import { Pack, PackOverrides } from "./types";

/**
 * The whole policy pass over priced stacks, shared by `cdktf synth` (constructs) and `costkit check` (cli): the pack on
 * each stack's report, stack-scoped budgets on their stack, budgets across stacks over all of them, acknowledgements
 * applied. Pure: reports, documents, acknowledgements and today in; findings out.
 */

/** One priced stack and the acknowledgements it declares. */
export interface StackUnderCheck {
  readonly report: CostReport;
  /** The Terraform the report was priced from, when at hand (rules may read it; construct paths come from it). */
  readonly document?: TfDocument;
  readonly acknowledgements: readonly Acknowledgement[];
  /** Construct path of a resource. @default - the resource's `"//".metadata.path` in `document` */
  readonly addressToPath?: (address: string) => string | undefined;
  /** Construct path of the stack, for stack-level findings. @default - the report's stack name */
  readonly stackPath?: string;
}

export interface CheckOptions {
  /** `YYYY-MM-DD`, for acknowledgement expiry (costkitToday()). */
  readonly today: string;
  /** The rule pack; `null` for none. @default FINOPS_PACK */
  readonly pack?: Pack | null;
  readonly overrides?: PackOverrides;
  /** @default - none */
  readonly budgets?: readonly Budget[];
  /** The budgets file, named in budget findings. */
  readonly budgetsFile?: string;
  /** Allocation rules: budgets scoped by `tag.feature` hold the feature's allocated cost to their limit. @default - none (tags only) */
  readonly allocation?: AllocationRules;
}

/** Options for evaluating budgets over reports: the file for messages, the allocation when a budget needs it. */
export function budgetOptions(budgets: readonly Budget[], reports: readonly CostReport[], opts: Pick<CheckOptions, "budgetsFile" | "allocation">): EvaluateBudgetsOptions {
  // Drivers are resolved only for budgets that read allocated cost: a stack's synth knows only its own drivers.
  const needs = opts.allocation !== undefined && budgets.some((b) => b.scope?.["tag.feature"] !== undefined);
  const base = opts.budgetsFile ? { file: opts.budgetsFile } : {};
  if (!needs) return base;
  try {
    return { ...base, allocation: resolveAllocation(opts.allocation!, reports) };
  } catch (e) {
    // Drivers the reports do not declare: those budgets cannot be checked, an error finding each (as a per-unit
    // budget whose driver is missing), not the end of the whole check.
    if (!(e instanceof InputError)) throw e;
    return { ...base, allocationProblem: e.message };
  }
}

/** A finding with what it is about, for listings: the stack (rule findings, stack-scoped budgets) and a subject line. */
export interface StackFinding extends Finding {
  readonly stack?: string;
  readonly subject: string;
}

/** Resource address → construct path, from a document's `"//".metadata.path`. */
export function constructPathsOf(document: TfDocument | undefined): (address: string) => string | undefined {
  const paths = new Map((document?.resources ?? []).filter((r) => r.constructPath !== undefined).map((r) => [r.address, r.constructPath!]));
  return (address) => paths.get(address);
}

function acknowledge(findings: readonly Finding[], s: StackUnderCheck, today: string): Finding[] {
  return applyAcknowledgements(findings, s.acknowledgements, s.addressToPath ?? constructPathsOf(s.document), s.stackPath ?? s.report.stack, today);
}

/**
 * The findings of one stack, for its report: the pack's, then its stack-scoped budgets' (over its own report, drivers
 * included), acknowledgements applied. What a stack's synth records and annotates.
 */
export function stackFindings(s: StackUnderCheck, opts: CheckOptions): Finding[] {
  const chosen = opts.pack === undefined ? FINOPS_PACK : opts.pack;
  const pack = chosen ? evaluatePack(chosen, { report: s.report, ...(s.document ? { document: s.document } : {}) }, opts.overrides) : [];
  const own = budgetsForStack(opts.budgets ?? [], s.report.stack);
  const budgets = evaluateBudgets(own, [s.report], budgetOptions(own, [s.report], opts));
  return acknowledge([...pack, ...budgets], s, opts.today);
}

/**
 * The findings of the budgets across stacks, over every stack's report — and a warning for each stack-scoped budget
 * naming a stack that is not among them. Acknowledged only by an acknowledgement covering the whole app (path `""`),
 * from any stack: no single stack owns a cross-stack total.
 */
export function crossStackFindings(stacks: readonly StackUnderCheck[], opts: CheckOptions): Finding[] {
  const names = new Set(stacks.map((s) => s.report.stack));
  const budgets = (opts.budgets ?? []).filter((b) => !isStackScoped(b) || !names.has(b.scope!.stack!));
  const reports = stacks.map((s) => s.report);
  const found = evaluateBudgets(budgets, reports, budgetOptions(budgets, reports, opts));
  return applyAcknowledgements(found, stacks.flatMap((s) => s.acknowledgements), () => undefined, "", opts.today);
}

/** Every finding of a set of stacks, with its stack and subject: unacknowledged errors first, then warnings, info, acknowledged. */
export function checkStacks(stacks: readonly StackUnderCheck[], opts: CheckOptions): StackFinding[] {
  const out: StackFinding[] = [];
  const budgetsById = new Map((opts.budgets ?? []).map((b) => [`Budget-${b.id}`, b]));
  const subjectOf = (f: Finding, stack?: string): string => {
    const b = budgetsById.get(f.ruleId);
    if (b) return describeScope(b.scope);
    return f.address ? `${stack}: ${f.address}` : `stack ${stack}`;
  };
  for (const s of stacks) for (const f of stackFindings(s, opts)) out.push({ ...f, stack: s.report.stack, subject: subjectOf(f, s.report.stack) });
  for (const f of crossStackFindings(stacks, opts)) out.push({ ...f, subject: subjectOf(f) });
  const rank = (f: Finding) => (f.acknowledged ? 3 : f.level === "error" ? 0 : f.level === "warning" ? 1 : 2);
  return out.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([f]) => f);
}
