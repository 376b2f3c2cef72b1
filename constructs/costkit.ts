import * as fs from "fs";
import * as path from "path";
import { IConstruct } from "constructs";
import { catalogForDocument } from "../pricing/books";
import { estimator } from "../pricing/estimate";
import { InputError } from "../pricing/errors";
import { CostReport, Finding } from "../pricing/report";
import { billingProviders } from "../pricing/registry";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { readTerraformConfig } from "../pricing/terraform";
import { writeFileAtomic } from "../pricing/write-atomic";
import { formatRange } from "../report/format";
import { renderHtml } from "../report/html";
import { renderJson } from "../report/json";
import { renderMarkdown } from "../report/markdown";
import { summarize, withRecommendations } from "../report/summary";
import { acknowledgementsFromCostMeta, costkitToday } from "../policies/acknowledgements";
import { AllocationRules, defaultAllocationFile, loadAllocationFile, resolveAllocation } from "../policies/allocation";
import { Budget, budgetsForStack, loadBudgetsFile, unknownBudgetStack } from "../policies/budgets";
import { embeddedPolicyOf } from "../policies/embedded";
import { CheckOptions, crossStackFindings, stackFindings, StackUnderCheck } from "../policies/check-stacks";
import { Pack, PackOverrides } from "../policies/types";
import { policyErrors } from "../policies/errors";
import { Acknowledge } from "./acknowledge";
import { ConstructError, constructErrors } from "./errors";
import { AppLike, CdkLibrary, cdkOf, StackSynthesizerLike, SynthesisSessionLike, TerraformResourceLike, TerraformStackLike } from "./cdk";
import { renderSummaryMarkdown } from "../report/summary-markdown";
import { renderSynthSummary } from "../report/synth-summary";
import { Progress } from "../report/progress";
import type { Recommendation } from "../pricing/recommendation";

/** A policy evaluated at synth over each stack's report (budgets and rules plug in here). */
export interface ReportPolicy {
  evaluate(report: CostReport, context: { readonly stack: TerraformStackLike }): Finding[];
}

export interface CostkitProps {
  /** The rule pack evaluated for every stack (`FINOPS_PACK` from policies/). @default - no rule pack */
  readonly pack?: Pack;
  /** Levels and parameters per rule of the pack (`{ "FinOps-AS1": { params: { maxMonthly: "2000000" } } }`). @default - the pack's */
  readonly packOverrides?: PackOverrides;
  /** A budgets file (`policies/budgets.yaml`), validated when costkit is enabled. @default - none */
  readonly budgetsFile?: string;
  /** Budgets as code, in addition to the file's. @default - none */
  readonly budgets?: readonly Budget[];
  /**
   * Allocation rules (docs/allocation.md): how shared resources are split across features in cost-summary.json's
   * byTag.feature, the reports and budgets scoped by `tag.feature`. Validated when costkit is enabled; `false` for none.
   * @default - `allocation.yaml` beside `budgetsFile`, when it exists; else cost goes by the feature and team tags alone
   */
  readonly allocationFile?: string | false;
  /** More policies evaluated for every stack; their error findings fail `cdktf synth`. @default - none */
  readonly policies?: readonly ReportPolicy[];
  /**
   * Print one summary after the synth (the total, each stack with its report, the findings grouped by rule, the report
   * paths) instead of one cdktf annotation per finding; error findings still fail the synth, as short annotations.
   * @default - true when the cdktf CLI runs the app (it sets CDKTF_OUTDIR), false otherwise
   */
  readonly consoleSummary?: boolean;
  /**
   * Add the Savings recommendations (`costkit recommend`: commitments, Spot, machine sizes, storage classes, the CDN
   * split, each priced before and after) to cost-summary.md, cost-report.html and cost-summary.json (`recommendations`,
   * docs/report-format.md; absent when off). Each is priced with the stack's own
   * books, so synth takes longer by a few estimates of the stacks concerned. @default false
   */
  readonly recommendations?: boolean;
}

/** Files costkit writes; removed at the start of a synth so that a failed synth never leaves reports that look current. */
export const STACK_REPORT_FILES = ["cost-report.json", "cost-report.md"] as const;
export const ROOT_REPORT_FILES = ["cost-summary.json", "cost-summary.md", "cost-report.html"] as const;

interface StackState {
  readonly props: CostkitProps;
  /**
   * The stacks registered together (the app's, or 1): the root reports are written once all are done, by the last
   * stack, or by the app's validation when it evaluates budgets across stacks (it adds their findings).
   */
  readonly group: { readonly size: number; readonly summaryAtValidation: boolean };
  readonly check: CheckOptions;
  /** The findings go to the console summary; only errors become (short) annotations. */
  readonly consoleSummary: boolean;
  /** Pricing the app's stacks one by one, shown on a terminal. */
  readonly progress?: Progress;
  /** The stack could not be priced (bad input inside it, reported as an error annotation): no report is written. */
  failed?: boolean;
  report?: CostReport;
  underCheck?: StackUnderCheck;
  /** The stack's Savings recommendations, when the props ask for them. */
  recommendations?: Recommendation[];
  /** The stack's Terraform as priced in this synth's validation, for cdktf to write. */
  terraform?: unknown;
}

/**
 * The Savings recommendations' modules (with the LP solver and the yaml parser), loaded when a synth asks for
 * recommendations: most do not, and loading them is about 0.04 s of CPU, a tenth of what costkit adds to the synth of a
 * 1,000-resource app (`npm run bench:synth`).
 */
function savings() {
  return {
    ...(require("../policies/recommend/run") as typeof import("../policies/recommend/run")),
    ...(require("../policies/recommend/context") as typeof import("../policies/recommend/context")),
    ...(require("../report/recommendations") as typeof import("../report/recommendations")),
  };
}

const ENABLED = Symbol.for("costkit/enabled");
const stacks = new WeakMap<TerraformStackLike, StackState>();
/** Reports of the stacks synthesized so far, per output folder (one synth session). */
const sessions = new Map<string, Map<string, CostReport>>();
/** Their recommendations, when asked for (per output folder, by stack). */
const sessionRecommendations = new Map<string, Map<string, Recommendation[]>>();

function stackFile(stack: TerraformStackLike): string {
  return `stacks/${stack.node.id}/cdk.tf.json`;
}

/** Prices a stack's resolved Terraform (after all aspects), applies the policies, reports through Annotations. */
function evaluate(stack: TerraformStackLike, state: StackState): CostReport {
  const file = stackFile(stack);
  const terraform = stack.toTerraform();
  state.terraform = terraform;
  const doc = readTerraformConfig(terraform, file);
  const catalog = catalogForDocument(doc, [], billingProviders(doc, DEFAULT_REGISTRY));
  const price = estimator({ stack: stack.node.id, catalog, registry: DEFAULT_REGISTRY });
  const base = price(doc);
  const underCheck: StackUnderCheck = {
    report: base, document: doc, acknowledgements: acknowledgementsFromCostMeta(doc.costMeta, file), stackPath: stack.node.path,
  };
  const findings: Finding[] = [
    ...stackFindings(underCheck, state.check),
    ...(state.props.policies ?? []).flatMap((p) => p.evaluate(base, { stack })),
  ];
  const report: CostReport = { ...base, findings };
  state.underCheck = { ...underCheck, report };
  if (state.props.recommendations) {
    const { recommendStack, stackContext } = savings();
    state.recommendations = recommendStack(stackContext(stack.node.id, doc, { priced: { report: base, estimate: price } }), { today: costkitToday() });
  }
  const cdk = cdkOf(stack);
  const annotations = cdk.Annotations.of(stack);
  if (state.consoleSummary) {
    for (const f of findings.filter((x) => x.level === "error" && !x.acknowledged)) errorLine(stack, shortError(f, `stacks/${stack.node.id}/cost-report.md`));
    return report;
  }
  annotations.addInfo(`[costkit] ${stack.node.id}: monthly cost ${formatRange(report.monthlyCost)} (${report.resources.length} priced, ${report.free.length} free, ${report.unpriced.length} unpriced lines)`);
  const unpricedByAddress = new Map<string, string[]>();
  for (const u of report.unpriced) unpricedByAddress.set(u.address, [...(unpricedByAddress.get(u.address) ?? []), u.component ? `${u.component}: ${u.reason}` : u.reason]);
  for (const [address, reasons] of unpricedByAddress) annotations.addWarning(`[costkit] ${address} is not (fully) priced: ${reasons.join("; ")}`);
  for (const f of findings) {
    const { level, message } = annotationOf(cdk, f);
    if (level === cdk.AnnotationMetadataEntryType.ERROR) annotations.addError(message);
    else if (level === cdk.AnnotationMetadataEntryType.WARN) annotations.addWarning(message);
    else annotations.addInfo(message);
  }
  return report;
}

/** A finding as a cdktf annotation: errors and warnings at their level, acknowledged findings as info with the reason. */
function annotationOf(cdk: CdkLibrary, f: Finding): { level: string; message: string } {
  const { INFO, WARN, ERROR } = cdk.AnnotationMetadataEntryType;
  const text = `[${f.ruleId}]${f.address ? ` ${f.address}:` : ""} ${f.message}`;
  if (f.acknowledged) return { level: INFO, message: `${text} (acknowledged: ${f.acknowledged.reason}${f.acknowledged.expires ? `, until ${f.acknowledged.expires}` : ""})` };
  const level = f.level === "error" ? ERROR : f.level === "warning" ? WARN : INFO;
  return { level, message: text };
}

/** The resource whose Terraform address (`aws_s3_bucket.assets`) a message names, so an error shows its construct path. */
function constructNamedIn(stack: TerraformStackLike, message: string): IConstruct | undefined {
  const cdk = cdkOf(stack);
  for (const c of stack.node.findAll()) {
    if (!cdk.TerraformResource.isTerraformResource(c)) continue;
    const resource = c as TerraformResourceLike;
    const address = `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
    const at = message.indexOf(address);
    if (at >= 0 && !/[\w-]/.test(message.charAt(at + address.length))) return c;
  }
  return undefined;
}

/** An error annotation without the stack trace cdktf records by default: the CLI prints it as one line. */
function errorLine(scope: IConstruct, message: string): void {
  scope.node.addMetadata(cdkOf(scope).AnnotationMetadataEntryType.ERROR, message);
}

/** An error finding as a one-line annotation, when the console summary carries its details. */
function shortError(f: Finding, report: string): string {
  return `[${f.ruleId}]${f.address ? ` ${f.address}` : ""} fails: details in the costkit summary above and in ${report}`;
}

function removeIfPresent(file: string): void {
  fs.rmSync(file, { force: true });
}

/** Wraps a stack's synthesizer: clears old reports, lets cdktf write cdk.tf.json, then writes the cost reports. */
class CostReportSynthesizer implements StackSynthesizerLike {
  constructor(private readonly stack: TerraformStackLike, private readonly inner: StackSynthesizerLike, private readonly state: StackState) {}

  synthesize(session: SynthesisSessionLike): void {
    const dir = path.join(session.outdir, session.manifest.forStack(this.stack).workingDirectory);
    let reports = sessions.get(session.outdir);
    if (!reports) {
      reports = new Map();
      sessions.set(session.outdir, reports);
      sessionRecommendations.delete(session.outdir);
      for (const f of ROOT_REPORT_FILES) removeIfPresent(path.join(session.outdir, f));
    }
    for (const f of STACK_REPORT_FILES) removeIfPresent(path.join(dir, f));
    this.state.report = undefined;
    this.state.failed = false;
    this.state.terraform = undefined;
    // cdktf writes cdk.tf.json from stack.toTerraform(), which resolves every token of the stack again. Our validation
    // resolved it after the aspects ran, and neither validations nor custom synthesis change the stack, so the
    // Terraform priced is the Terraform written, resolved once (0.08 s of CPU in the reference app's synth).
    const stack = this.stack as { toTerraform(): unknown };
    stack.toTerraform = () => this.state.terraform ?? Object.getPrototypeOf(this.stack).toTerraform.call(this.stack);
    try {
      this.inner.synthesize(session); // aspects, validations (our evaluation), annotations, cdk.tf.json; throws on failure
    } finally {
      delete (stack as { toTerraform?: unknown }).toTerraform;
      this.state.terraform = undefined;
    }
    if (this.state.failed) return;
    const report = this.state.report ?? evaluate(this.stack, this.state);
    fs.mkdirSync(dir, { recursive: true });
    writeFileAtomic(path.join(dir, "cost-report.json"), renderJson(report));
    writeFileAtomic(path.join(dir, "cost-report.md"), renderMarkdown(report));
    reports.set(this.stack.node.id, report);
    if (this.state.recommendations) {
      const recs = sessionRecommendations.get(session.outdir) ?? new Map<string, Recommendation[]>();
      recs.set(this.stack.node.id, this.state.recommendations);
      sessionRecommendations.set(session.outdir, recs);
    }
    if (reports.size >= this.state.group.size && !this.state.group.summaryAtValidation) writeRootReports(session.outdir, [...reports.values()], [], this.state.check.allocation);
  }
}

/**
 * cost-summary.json/.md and cost-report.html at the root of the output, from every stack synthesized so far, shared
 * resources split by the allocation rules (whose drivers are read from the reports: a driver no stack declares is an
 * InputError).
 */
function writeRootReports(outdir: string, reports: readonly CostReport[], crossStack: readonly Finding[], allocation: AllocationRules | undefined): void {
  const all = [...reports].sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
  const summary = summarize(all, crossStack, allocation ? resolveAllocation(allocation, all) : undefined);
  const byStack = sessionRecommendations.get(outdir);
  const md = renderSummaryMarkdown(summary, all);
  const html = renderHtml(all, summary);
  if (!byStack) {
    writeFileAtomic(path.join(outdir, "cost-summary.json"), renderJson(summary));
    writeFileAtomic(path.join(outdir, "cost-summary.md"), md);
    writeFileAtomic(path.join(outdir, "cost-report.html"), html);
    return;
  }
  const { bySaving, renderRecommendationsHtml, renderRecommendationsMarkdown } = savings();
  const recs = [...byStack.values()].flat().sort(bySaving);
  writeFileAtomic(path.join(outdir, "cost-summary.json"), renderJson(withRecommendations(summary, recs)));
  writeFileAtomic(path.join(outdir, "cost-summary.md"), `${md}\n${renderRecommendationsMarkdown(recs)}`);
  const at = html.lastIndexOf("</body>");
  writeFileAtomic(path.join(outdir, "cost-report.html"), at >= 0 ? `${html.slice(0, at)}${renderRecommendationsHtml(recs)}${html.slice(at)}` : html);
}

/**
 * Removes every report costkit wrote into an output folder (each stack's, and the root's): called when a synth starts,
 * before anything can fail, so that a synth that fails (a stack's validation, a bad budgets file) or runs without
 * costkit never leaves an earlier run's report beside new Terraform.
 */
export function removeReports(outdir: string): void {
  for (const f of ROOT_REPORT_FILES) removeIfPresent(path.join(outdir, f));
  const stacksDir = path.join(outdir, "stacks");
  let names: string[];
  try {
    names = fs.readdirSync(stacksDir);
  } catch {
    return; // no output yet
  }
  for (const name of names) for (const f of STACK_REPORT_FILES) removeIfPresent(path.join(stacksDir, name, f));
}

function checkOptionsOf(props: CostkitProps, stackIds?: readonly string[]): CheckOptions {
  // Budgets scoped to a stack the app does not have check nothing: an error, like any other mistake in a budget.
  const unknown = stackIds !== undefined ? unknownBudgetStack(props.budgets ?? [], stackIds) : undefined;
  if (unknown) throw policyErrors.budgetsUnknownStack({ path: `budgets[${unknown.index}] (id "${unknown.budget.id}").scope.stack` }, unknown.budget.scope!.stack!, unknown.stacks);
  const budgets = [...(props.budgetsFile ? loadBudgetsFile(props.budgetsFile, stackIds !== undefined ? { stacks: stackIds } : {}) : []), ...(props.budgets ?? [])];
  const allocationFile = props.allocationFile === false ? undefined : props.allocationFile ?? defaultAllocationFile(props.budgetsFile);
  return {
    ...(allocationFile !== undefined ? { allocation: loadAllocationFile(allocationFile) } : {}),
    today: costkitToday(),
    pack: props.pack ?? null,
    ...(props.packOverrides ? { overrides: props.packOverrides } : {}),
    ...(budgets.length ? { budgets } : {}),
    ...(props.budgetsFile ? { budgetsFile: props.budgetsFile } : {}),
  };
}

function register(stack: TerraformStackLike, props: CostkitProps, check: CheckOptions, group: StackState["group"], consoleSummary = false, progress?: Progress): void {
  if (stacks.has(stack)) return;
  const state: StackState = { props, check, group, consoleSummary, ...(progress ? { progress } : {}) };
  // What this stack is checked against travels with it, so that `costkit estimate` reproduces its findings.
  const policy = embeddedPolicyOf(props.pack, props.packOverrides, budgetsForStack(check.budgets ?? [], stack.node.id));
  if (policy) stack.addOverride("//.cost.policy", policy);
  stacks.set(stack, state);
  stack.node.addValidation({
    validate: () => {
      try {
        state.report = state.progress ? state.progress.item(stack.node.id, () => evaluate(stack, state)) : evaluate(stack, state);
      } catch (e) {
        // Bad input inside the stack (an invalid embedded price book, bad usage): a clear synth error, not a crash.
        if (!(e instanceof InputError)) throw e;
        if (!state.consoleSummary) return [`[costkit] ${e.message}`];
        // Under the cdktf CLI: one error line on the construct at fault (its path shows), no stack trace.
        state.failed = true;
        errorLine(constructNamedIn(stack, e.message) ?? stack, `[costkit] ${e.message}`);
      }
      return [];
    },
  });
  stack.synthesizer = new CostReportSynthesizer(stack, stack.synthesizer, state);
}

/** The stacks of an app, in the order of its construct tree. */
function stacksOf(app: IConstruct): TerraformStackLike[] {
  const cdk = cdkOf(app);
  return app.node.findAll().filter((c): c is TerraformStackLike => cdk.TerraformStack.isStack(c));
}

/** Where findings on budgets across stacks show in manifest.json and the cdktf CLI's output. */
export const CROSS_STACK_PATH = "costkit (budgets across stacks)";

/**
 * Findings on budgets across stacks, as the stacks' own are: annotations in manifest.json, which the cdktf CLI prints
 * (and exits 1 on errors). They go on the first stack's entry (the manifest has no app-level list), under their own
 * construct path. Under the cdktf CLI (CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS) the synth then completes, so every
 * stack, every report and manifest.json are written and a pull request still gets its cost diff with the errors; run
 * any other way, errors fail the app's validation, as cdktf fails a stack's error annotations.
 */
function reportCrossStackFindings(app: AppLike, findings: readonly Finding[], consoleSummary: boolean): string[] {
  const cdk = cdkOf(app);
  const first = stacksOf(app).sort((a, b) => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0))[0];
  const annotations = first ? app.manifest.forStack(first).annotations : [];
  const errors: string[] = [];
  for (const f of findings) {
    const full = annotationOf(cdk, f);
    if (consoleSummary && full.level !== cdk.AnnotationMetadataEntryType.ERROR) continue;
    const annotation = consoleSummary ? { level: full.level, message: shortError(f, "cost-summary.md") } : full;
    annotations.push({ constructPath: CROSS_STACK_PATH, ...annotation });
    if (annotation.level === cdk.AnnotationMetadataEntryType.ERROR) errors.push(`[costkit] ${annotation.message}`);
  }
  return process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS ? [] : errors;
}

/**
 * costkit for a whole app, in one call after the stacks are defined: at synth, every stack is priced after all its
 * aspects ran, policies are applied, results go to cdktf annotations (errors fail `cdktf synth`), and
 * `cost-report.json`/`.md` are written beside each `cdk.tf.json` with `cost-summary.json`/`.md` at the root.
 * Set the environment variable `COSTKIT=off` to synthesize without costkit (for comparisons).
 */
export class Costkit {
  static enable(app: AppLike, props: CostkitProps = {}): void {
    // First, before anything can fail: the reports of an earlier synth go (a synth without costkit writes none).
    removeReports(app.outdir);
    if (process.env.COSTKIT === "off") return;
    const marked = app as unknown as Record<symbol, boolean>;
    if (marked[ENABLED]) throw ConstructError.misuse(app, "Costkit.enable", constructErrors.enabledTwice());
    marked[ENABLED] = true;
    const all = () => stacksOf(app);
    const consoleSummary = props.consoleSummary ?? process.env.CDKTF_OUTDIR !== undefined;
    const check = checkOptionsOf(props, all().map((s) => s.node.id));
    // Root reports are written by the app's validation when it has budgets across stacks to add, or allocation rules
    // (whose drivers may be missing: an error there is a clear synth error, not a crash).
    const group = { size: all().length, summaryAtValidation: ((check.budgets ?? []).length > 0 || check.allocation !== undefined) && !app.skipValidation };
    // On a terminal, "costkit: pricing stack 3/7 (edge)" while the stacks are priced (nothing in logs or under the CLI).
    const progress = new Progress("pricing stack", group.size);
    for (const s of all()) {
      Acknowledge.inherit(app, s);
      register(s, props, check, group, consoleSummary, progress);
    }
    let crossStack: readonly Finding[] = [];
    // After every stack is written: budgets across stacks (the platform total, categories, cost per user), and stacks
    // defined after enable(), which would otherwise go unpriced silently. Errors fail the synth.
    app.node.addValidation({
      validate: () => {
        const late = all().filter((s) => !stacks.has(s)).map((s) => `[costkit] stack ${s.node.id} was defined after Costkit.enable(); call Costkit.enable(app) after defining every stack.`);
        if (late.length) return late;
        // A stack that could not be priced has its error already; budgets over the others would be misleading.
        if (all().some((s) => stacks.get(s)?.failed)) return [];
        const checked = all().map((s) => stacks.get(s)?.underCheck).filter((u): u is StackUnderCheck => u !== undefined);
        if (checked.length === 0 || (!(check.budgets ?? []).length && check.allocation === undefined)) return [];
        try {
          const findings = (check.budgets ?? []).length ? crossStackFindings(checked, check) : [];
          crossStack = findings;
          writeRootReports(app.outdir, checked.map((c) => c.report), findings, check.allocation);
          return reportCrossStackFindings(app, findings, consoleSummary);
        } catch (e) {
          // A driver of the allocation rules that no stack declares: one error line naming the file, line and key.
          if (!(e instanceof InputError)) throw e;
          return [`[costkit] ${e.message}`];
        }
      },
    });
    if (consoleSummary) {
      // After the synth has written every stack and report: one block on standard output, which the cdktf CLI prints.
      const synth = app.synth.bind(app);
      app.synth = () => {
        synth();
        const failed = all().filter((s) => stacks.get(s)?.failed).map((s) => s.node.id);
        if (failed.length > 0) {
          process.stdout.write(`costkit: ${failed.join(", ")} could not be priced (the error is below); no cost report was written for ${failed.length === 1 ? "it" : "them"}.\n`);
          return;
        }
        const reports = all().map((s) => stacks.get(s)?.report).filter((r): r is CostReport => r !== undefined);
        if (reports.length === 0) return;
        const outdir = path.relative(process.cwd(), app.outdir) || ".";
        process.stdout.write(renderSynthSummary(reports, crossStack, { outdir }));
      };
    }
  }

  /** Registers a single stack (for tests with Testing.fullSynth). */
  static enableStack(stack: TerraformStackLike, props: CostkitProps = {}): void {
    if (process.env.COSTKIT === "off") return;
    register(stack, props, checkOptionsOf(props), { size: 1, summaryAtValidation: false });
  }

  /** The report computed for a stack in the last synth, if any. */
  static reportOf(stack: TerraformStackLike): CostReport | undefined {
    return stacks.get(stack)?.report;
  }
}
