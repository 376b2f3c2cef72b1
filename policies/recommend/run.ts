import { byString } from "../../pricing/compare";
import { decimalText } from "../../pricing/money";
import { rangeFromJson } from "../../pricing/range";
import { Recommendation } from "../../pricing/recommendation";
import { CostReport, Finding } from "../../pricing/report";
import { acknowledgementsFromCostMeta, applyAcknowledgements } from "../acknowledgements";
import { effectiveRules } from "../evaluate-pack";
import { PackOverrides } from "../types";
import { SAVINGS_PACK } from "./pack";
import { Candidate, RecommendContext, RecommendPack } from "./types";

export interface RecommendOptions {
  readonly pack?: RecommendPack;
  readonly overrides?: PackOverrides;
  /** `YYYY-MM-DD`, for the expiry of acknowledgements. */
  readonly today: string;
}

/**
 * The recommendations of one stack: every rule of the pack proposes changes; each change is priced with the same
 * engine (ctx.reprice) and kept only when the changed resources are priced before and after and the expected saving is
 * positive. The saving is the exact difference of the two estimates' totals. Acknowledgements recorded in the stack
 * (`"//".cost.acknowledgements`, rule id `Savings-<id>`) mark the ones a team decided against.
 */
export function recommendStack(ctx: RecommendContext, opts: RecommendOptions): Recommendation[] {
  const pack = opts.pack ?? SAVINGS_PACK;
  const out: Recommendation[] = [];
  // The pack machinery of the FinOps rules: levels, parameters and their overrides are checked the same way.
  for (const { ruleId, entry, level, params } of effectiveRules(pack as never, opts.overrides)) {
    if (level === "off") continue;
    const rule = entry.rule as unknown as (c: RecommendContext, p: unknown) => readonly Candidate[];
    for (const c of rule(ctx, params)) {
      const r = priced(ctx, ruleId, c);
      if (r) out.push(r);
    }
  }
  return acknowledged(ctx, out, opts.today).sort(bySaving);
}

/** Largest expected saving first; ties in id order. */
export function bySaving(a: Recommendation, b: Recommendation): number {
  const d = rangeFromJson(b.monthlySaving).expected.cmp(rangeFromJson(a.monthlySaving).expected);
  return d !== 0 ? d : byString(a.id, b.id);
}

/** A candidate priced: both configurations priced for every address it touches, and a positive expected saving. */
function priced(ctx: RecommendContext, rule: string, c: Candidate): Recommendation | undefined {
  const after = ctx.reprice(c.document, c.books);
  const before = c.books ? ctx.reprice(ctx.document, c.books) : ctx.report;
  // Every touched resource is priced in both (or in neither, as a free resource such as a lifecycle configuration).
  const touched = (r: CostReport) => c.addresses.map((a) => r.resources.find((x) => x.address === a));
  const beforeLines = touched(before), afterLines = touched(after);
  if (beforeLines.some((r, i) => (r === undefined) !== (afterLines[i] === undefined))) return undefined;
  if (beforeLines.every((r) => r === undefined)) return undefined;
  const unpriced = (r: CostReport) => r.unpriced.filter((u) => c.addresses.includes(u.address)).length;
  if (unpriced(after) > unpriced(before)) return undefined; // the change made something unpriceable: no priced after
  const b = rangeFromJson(before.monthlyCost), a = rangeFromJson(after.monthlyCost);
  const diffs = [b.min.minus(a.min), b.expected.minus(a.expected), b.max.minus(a.max)];
  if (!diffs[1].gt(0)) return undefined;
  const sorted = [...diffs].sort((x, y) => x.cmp(y));
  const first = ctx.document.resources.find((r) => r.address === c.addresses[0]);
  return {
    id: `${rule}:${ctx.stack}:${c.addresses[0]}`,
    rule,
    level: "warning",
    subject: { stack: ctx.stack, ...(first?.constructPath ? { constructPath: first.constructPath } : {}), addresses: c.addresses },
    change: c.change,
    monthlySaving: { min: decimalText(sorted[0]), expected: decimalText(diffs[1]), max: decimalText(sorted[2]) },
    before: beforeLines.filter((r) => r !== undefined).map((r) => r!),
    after: afterLines.filter((r) => r !== undefined).map((r) => r!),
    assumptions: c.assumptions,
    confidence: c.confidence,
    ...(c.details ? { details: c.details } : {}),
  };
}

/** Marks the recommendations an acknowledgement in the stack covers (by rule id and construct path), as findings are. */
function acknowledged(ctx: RecommendContext, recs: Recommendation[], today: string): Recommendation[] {
  const acks = acknowledgementsFromCostMeta(ctx.document.costMeta, ctx.document.file);
  if (acks.length === 0) return recs;
  const paths = new Map(ctx.document.resources.map((r) => [r.address, r.constructPath]));
  const findings: Finding[] = recs.map((r) => ({ ruleId: r.rule, level: "warning", address: r.subject.addresses[0], message: r.change }));
  const marked = applyAcknowledgements(findings, acks, (a) => paths.get(a), ctx.stack, today);
  return recs.map((r, i) => (marked[i].acknowledged ? { ...r, acknowledged: marked[i].acknowledged } : r));
}
