import { isObject } from "../pricing/own";
import Decimal from "decimal.js";
import { allocateRange, featureSplit, ResolvedAllocation, teamOf } from "../pricing/allocation";
import { CATEGORIES, Category } from "../pricing/categories";
import { describeValue } from "../pricing/errors";
import { Geo, GEOS } from "../pricing/geo";
import { displayPath } from "../pricing/load";
import { decimalText, isDecimalString, Money, ZERO } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { readInputText } from "../pricing/read-input";
import { CostReport, Finding } from "../pricing/report";
import { BudgetPlace, findingMessages, policyErrors } from "./errors";
import { pathText, PlaceOf, readYamlWithPlaces, YamlPath } from "./yaml-places";

/**
 * Budgets: monthly limits on what a scope of the footprint costs, or on its cost per unit of a business driver (per
 * monthly active user). FinOps keeps them in `policies/budgets.yaml` (format: docs/budgets.md); code can build the same
 * budgets with `budget({...})`. A budget over its limit is a finding `Budget-<id>`.
 */

export type BudgetLevel = "error" | "warning";
export type BudgetBasis = "expected" | "max";

/**
 * What a budget covers. Every key narrows it; none means every resource of every stack. `tag.<key>` matches the
 * resource's tags or labels (`tag.team: ml`).
 */
export interface BudgetScope {
  /** One stack; a budget with it is stack-scoped (checked at that stack's synth). */
  readonly stack?: string;
  readonly category?: Category;
  /** `google`, `aws`, `fastly`, `on-prem`… as the report names the provider. */
  readonly provider?: string;
  /** Cost lines of this geo: a line's own geo (CDN egress by viewer geo), else its resource's. */
  readonly geo?: Geo;
  readonly [tag: `tag.${string}`]: string | undefined;
}

/** A limit on the cost per unit of a driver the reports record (`monthlyActiveUsers`, by geo `monthlyActiveUsers.EU`). */
export interface PerUnitLimit {
  readonly driver: string;
  /** US dollars per unit, a decimal string (`"0.14"`). */
  readonly max: string;
}

export interface Budget {
  /** Stable id, shown in findings (`Budget-<id>`) and named by acknowledgements. Letters, digits, `.`, `_`, `-`. */
  readonly id: string;
  readonly description?: string;
  /** @default - every resource of every stack */
  readonly scope?: BudgetScope;
  /** Monthly limit in US dollars, a decimal string (`"65000000"`). A budget has `monthly` or `perUnit`. */
  readonly monthly?: string;
  readonly perUnit?: PerUnitLimit;
  /** @default "error" */
  readonly level?: BudgetLevel;
  /** Which bound of the estimate is held to the limit: the expected cost, or the worst case of autoscaling. @default "expected" */
  readonly basis?: BudgetBasis;
}

const BUDGET_KEYS = ["id", "description", "scope", "monthly", "perUnit", "level", "basis"] as const;
const SCOPE_KEYS = ["stack", "category", "provider", "geo", "tag.<key>"] as const;
const PER_UNIT_KEYS = ["driver", "max"] as const;
const LEVELS: readonly BudgetLevel[] = ["error", "warning"];
const BASES: readonly BudgetBasis[] = ["expected", "max"];
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

// --- validation, shared by the YAML file and the TypeScript API --------------------------------------------------------

type Path = YamlPath;


function str(v: unknown, path: Path, placeOf: PlaceOf): string {
  if (typeof v !== "string") throw policyErrors.budgetsWrongType(placeOf(path), "a string", describeValue(v));
  return v;
}

function amount(v: unknown, path: Path, placeOf: PlaceOf): string {
  if (typeof v !== "string" || !isDecimalString(v.trim()) || v.trim().startsWith("-")) throw policyErrors.budgetsBadAmount(placeOf(path), describeValue(v));
  return decimalText(new Money(v.trim()));
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: Path, placeOf: PlaceOf): T {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) throw policyErrors.budgetsBadEnum(placeOf(path), describeValue(v), allowed);
  return v as T;
}

function mapping(v: unknown, path: Path, placeOf: PlaceOf, allowed: readonly string[], isAllowed: (k: string) => boolean): Record<string, unknown> {
  if (!isObject(v)) throw policyErrors.budgetsWrongType(placeOf(path), "a mapping", describeValue(v));
  for (const key of Object.keys(v)) if (!isAllowed(key)) throw policyErrors.budgetsUnknownKey(placeOf(path, key), key, allowed);
  return v;
}

function validateScope(v: unknown, path: Path, placeOf: PlaceOf): BudgetScope {
  const m = mapping(v, path, placeOf, SCOPE_KEYS, (k) => (SCOPE_KEYS as readonly string[]).includes(k) || k.startsWith("tag."));
  const out: Record<string, string> = {};
  if (m.stack !== undefined) out.stack = str(m.stack, [...path, "stack"], placeOf);
  if (m.category !== undefined) out.category = oneOf(m.category, CATEGORIES, [...path, "category"], placeOf);
  if (m.provider !== undefined) out.provider = str(m.provider, [...path, "provider"], placeOf);
  if (m.geo !== undefined) out.geo = oneOf(m.geo, GEOS, [...path, "geo"], placeOf);
  for (const key of Object.keys(m).filter((k) => k.startsWith("tag.")).sort()) {
    if (key === "tag.") throw policyErrors.budgetsEmptyTagKey(placeOf(path, key));
    out[key] = str(m[key], [...path, key], placeOf);
  }
  return out as BudgetScope;
}

function validateBudgetAt(v: unknown, path: Path, placeOf: PlaceOf): Budget {
  const m = mapping(v, path, placeOf, BUDGET_KEYS, (k) => (BUDGET_KEYS as readonly string[]).includes(k));
  if (m.id === undefined) throw policyErrors.budgetsMissingKey(placeOf(path), "id");
  const id = str(m.id, [...path, "id"], placeOf);
  if (!ID.test(id)) throw policyErrors.budgetsBadId(placeOf([...path, "id"]), describeValue(id));
  const description = m.description !== undefined ? str(m.description, [...path, "description"], placeOf) : undefined;
  const scope = m.scope !== undefined ? validateScope(m.scope, [...path, "scope"], placeOf) : undefined;
  const monthly = m.monthly !== undefined ? amount(m.monthly, [...path, "monthly"], placeOf) : undefined;
  let perUnit: PerUnitLimit | undefined;
  if (m.perUnit !== undefined) {
    const p = mapping(m.perUnit, [...path, "perUnit"], placeOf, PER_UNIT_KEYS, (k) => (PER_UNIT_KEYS as readonly string[]).includes(k));
    if (p.driver === undefined) throw policyErrors.budgetsMissingKey(placeOf([...path, "perUnit"]), "driver");
    if (p.max === undefined) throw policyErrors.budgetsMissingKey(placeOf([...path, "perUnit"]), "max");
    const driver = str(p.driver, [...path, "perUnit", "driver"], placeOf);
    if (driver.trim() === "") throw policyErrors.budgetsWrongType(placeOf([...path, "perUnit", "driver"]), "a driver name such as monthlyActiveUsers", "an empty string");
    perUnit = { driver, max: amount(p.max, [...path, "perUnit", "max"], placeOf) };
  }
  if (monthly === undefined && perUnit === undefined) throw policyErrors.budgetsNoLimit(placeOf(path), id);
  if (monthly !== undefined && perUnit !== undefined) throw policyErrors.budgetsBothLimits(placeOf(path), id);
  const level = m.level !== undefined ? oneOf(m.level, LEVELS, [...path, "level"], placeOf) : "error";
  const basis = m.basis !== undefined ? oneOf(m.basis, BASES, [...path, "basis"], placeOf) : "expected";
  return {
    id,
    ...(description !== undefined ? { description } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(monthly !== undefined ? { monthly } : {}),
    ...(perUnit !== undefined ? { perUnit } : {}),
    level,
    basis,
  };
}

function checkUniqueIds(list: readonly Budget[], placeOf: (i: number) => BudgetPlace): void {
  const first = new Map<string, number>();
  list.forEach((b, i) => {
    const seen = first.get(b.id);
    if (seen !== undefined) {
      const at = placeOf(seen);
      throw policyErrors.budgetsDuplicateId(placeOf(i), b.id, at.line !== undefined ? `line ${at.line}` : at.path);
    }
    first.set(b.id, i);
  });
}

// --- the TypeScript API ------------------------------------------------------------------------------------------------

const objectPlace = (root: string): PlaceOf => (path, key) => ({ path: pathText([root, ...path], key) });

/** A budget in code, validated like the YAML file (unknown keys, amounts, enums); defaults filled in. */
export function budget(b: Budget): Budget {
  const root = isObject(b) && typeof b.id === "string" ? `budget("${b.id}")` : "budget";
  return validateBudgetAt(b, [], objectPlace(root));
}

/** Budgets in code: each validated, ids unique. */
export function validateBudgets(list: readonly Budget[]): Budget[] {
  const out = list.map((b, i) => validateBudgetAt(b, [i], objectPlace("budgets")));
  checkUniqueIds(out, (i) => ({ path: `budgets[${i}] (id "${out[i].id}")` }));
  return out;
}

// --- the YAML file -------------------------------------------------------------------------------------------------------

export interface ParseBudgetsOptions {
  /** Every stack there is (a synth's): a budget scoped to another stack is then an error, not a budget that checks nothing. */
  readonly stacks?: readonly string[];
}

/** Parses a budgets file (YAML, or JSON). Every problem is an InputError naming the file, the line and the key path. */
export function parseBudgets(text: string, file: string, opts: ParseBudgetsOptions = {}): Budget[] {
  const { value: json, placeOf } = readYamlWithPlaces(text, file, (line, detail) => policyErrors.budgetsSyntax(file, line, detail));
  if (json === undefined || json === null) throw policyErrors.budgetsEmpty(file);
  const top = mapping(json ?? undefined, [], placeOf, ["budgets"], (k) => k === "budgets");
  if (top.budgets === undefined) throw policyErrors.budgetsMissingKey(placeOf([]), "budgets");
  if (!Array.isArray(top.budgets)) throw policyErrors.budgetsWrongType(placeOf(["budgets"]), "a list of budgets", describeValue(top.budgets));
  const list = top.budgets.map((b, i) => validateBudgetAt(b, ["budgets", i], placeOf));
  checkUniqueIds(list, (i) => placeOf(["budgets", i, "id"]));
  const unknown = opts.stacks !== undefined ? unknownBudgetStack(list, opts.stacks) : undefined;
  if (unknown) throw policyErrors.budgetsUnknownStack(placeOf(["budgets", unknown.index, "scope"], "stack"), unknown.budget.scope!.stack!, unknown.stacks);
  return list;
}

/** The first budget scoped to a stack that is not among `stacks` (it would check nothing), with the stacks sorted. */
export function unknownBudgetStack(budgets: readonly Budget[], stacks: readonly string[]): { index: number; budget: Budget; stacks: string[] } | undefined {
  const index = budgets.findIndex((b) => b.scope?.stack !== undefined && !stacks.includes(b.scope.stack));
  return index < 0 ? undefined : { index, budget: budgets[index], stacks: [...stacks].sort() };
}

/** Reads and parses a budgets file. */
export function loadBudgetsFile(file: string, opts: ParseBudgetsOptions = {}): Budget[] {
  const text = readInputText(file); // its problems are InputErrors naming the file
  return parseBudgets(text, displayPath(file), opts);
}

// --- evaluation ------------------------------------------------------------------------------------------------------------

/** Whether a budget is checked within one stack (`scope.stack`), rather than across all the stacks of a synth. */
export function isStackScoped(b: Budget): boolean {
  return b.scope?.stack !== undefined;
}

/** The budgets scoped to one stack: what a stack's synth evaluates on its own report. */
export function budgetsForStack(budgets: readonly Budget[], stack: string): Budget[] {
  return budgets.filter((b) => b.scope?.stack === stack);
}

/** The budgets that span stacks: evaluated once every stack's report is known. */
export function crossStackBudgets(budgets: readonly Budget[]): Budget[] {
  return budgets.filter((b) => !isStackScoped(b));
}

/** `category cdn, geo EU`, or `all stacks`. */
export function describeScope(scope: BudgetScope | undefined): string {
  const s = scope ?? {};
  const parts: string[] = [];
  if (s.stack !== undefined) parts.push(`stack ${s.stack}`);
  if (s.category !== undefined) parts.push(`category ${s.category}`);
  if (s.provider !== undefined) parts.push(`provider ${s.provider}`);
  if (s.geo !== undefined) parts.push(`geo ${s.geo}`);
  for (const key of Object.keys(s).filter((k) => k.startsWith("tag.")).sort()) parts.push(`${key.slice(4)}=${s[key as `tag.${string}`]}`);
  return parts.length ? parts.join(", ") : "all stacks";
}

type Acc = { min: Decimal; expected: Decimal; max: Decimal };

/** Adds a range, as written in a report or as decimals (a split's parts, exact: no text in between). */
function add(a: Acc, r: RangeJson | Readonly<Acc>): void {
  a.min = a.min.plus(r.min);
  a.expected = a.expected.plus(r.expected);
  a.max = a.max.plus(r.max);
}

const toJson = (a: Acc): RangeJson => ({ min: decimalText(a.min), expected: decimalText(a.expected), max: decimalText(a.max) });

/**
 * The monthly cost in a budget's scope over several reports, exact; and how many resources it covers. `tag.feature`
 * and `tag.team` select allocated cost (pricing/allocation.ts): a shared resource counts with the part its allocation
 * rule gives the feature, so a feature's budget sees the same figure as the summary's byTag.feature.
 */
export function amountInScope(scope: BudgetScope | undefined, reports: readonly CostReport[], allocation?: ResolvedAllocation): { cost: RangeJson; resources: number } {
  const s = scope ?? {};
  const tags = Object.keys(s).filter((k) => k.startsWith("tag.") && k !== "tag.feature" && k !== "tag.team").map((k) => [k.slice(4), s[k as `tag.${string}`]] as const);
  const feature = s["tag.feature"], team = s["tag.team"];
  const acc: Acc = { min: ZERO, expected: ZERO, max: ZERO };
  let resources = 0;
  for (const report of reports) {
    if (s.stack !== undefined && report.stack !== s.stack) continue;
    for (const r of report.resources) {
      if (s.provider !== undefined && r.provider !== s.provider) continue;
      if (tags.some(([k, v]) => r.tags[k] !== v)) continue;
      if (team !== undefined && teamOf(r) !== team) continue;
      // lines carry their own geo (CDN egress by viewer geo) and category (internet egress is network)
      const lines = s.geo === undefined && s.category === undefined ? r.components
        : r.components.filter((c) => (s.geo === undefined || (c.geo ?? r.geo) === s.geo) && (s.category === undefined || (c.category ?? r.category) === s.category));
      if (lines.length === 0 && (s.geo !== undefined || s.category !== undefined)) continue;
      const sum: Acc = { min: ZERO, expected: ZERO, max: ZERO };
      if (feature === undefined) for (const c of lines) add(sum, c.monthlyCost);
      else {
        // each line split on its own, as the summary's byTag.feature and the FOCUS export split them
        const split = featureSplit(report.stack, r, allocation);
        const parts = lines.map((c) => allocateRange(c.monthlyCost, split).find(([f]) => f === feature)).filter((p) => p !== undefined);
        if (parts.length === 0) continue;
        for (const [, part] of parts) add(sum, part);
      }
      add(acc, lines.length === 0 ? r.monthlyCost : sum);
      resources++;
    }
  }
  return { cost: toJson(acc), resources };
}

/** Drivers of several reports, in stack order, the first report to declare a key winning (as the cost summary does). */
export function driversOf(reports: readonly CostReport[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of [...reports].sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0))) {
    for (const [k, v] of Object.entries(r.drivers ?? {})) if (!(k in out)) out[k] = v;
  }
  return out;
}

/**
 * The value of a driver for a scope: `<driver>.<geo>` for a geo; else `<driver>`, `<driver>.all`, or the sum of its
 * geos (as report/summary.ts computes the overall unit metrics). Undefined when none is declared.
 */
export function driverValue(driver: string, geo: Geo | undefined, drivers: Readonly<Record<string, string>>): { key: string; value: Decimal; tried: string[] } | { key: undefined; tried: string[] } {
  if (geo !== undefined) {
    const key = `${driver}.${geo}`;
    return drivers[key] !== undefined ? { key, value: new Money(drivers[key]), tried: [key] } : { key: undefined, tried: [key] };
  }
  const tried = [driver, `${driver}.all`];
  for (const key of tried) if (drivers[key] !== undefined) return { key, value: new Money(drivers[key]), tried };
  const geoKeys = GEOS.map((g) => `${driver}.${g}`).filter((k) => drivers[k] !== undefined);
  tried.push(`${driver}.<geo>`);
  if (geoKeys.length === 0) return { key: undefined, tried };
  return { key: `${driver} (Σ ${geoKeys.join(" + ")})`, value: geoKeys.reduce((s, k) => s.plus(drivers[k]), ZERO), tried };
}

export interface EvaluateBudgetsOptions {
  /** The budgets file, named in messages ("raise the limit in policies/budgets.yaml"). */
  readonly file?: string;
  /** Allocation rules for `tag.feature` scopes (shared resources split across features). @default - tags only */
  readonly allocation?: ResolvedAllocation;
  /** Why the allocation rules could not be resolved against these reports: budgets scoped by tag.feature then fail. */
  readonly allocationProblem?: string;
}

/**
 * Holds the reports of one or more stacks to budgets, in budget order. A budget over its limit at its basis (the
 * expected cost, or the max) is a finding `Budget-<id>` at the budget's level. A per-unit budget whose driver is not
 * declared (or is 0) is an error finding saying which driver to declare. A stack-scoped budget naming a stack no report
 * is for is a warning; a budget scoped by provider or tag that matches no priced resource is an info finding (its amount is $0).
 */
export function evaluateBudgets(budgets: readonly Budget[], reports: readonly CostReport[], opts: EvaluateBudgetsOptions = {}): Finding[] {
  const checked = validateBudgets(budgets);
  const drivers = driversOf(reports);
  const stacks = reports.map((r) => r.stack).sort();
  const findings: Finding[] = [];
  for (const b of checked) {
    const ruleId = `Budget-${b.id}`;
    const level = b.level ?? "error";
    const basis = b.basis ?? "expected";
    const subject = describeScope(b.scope);
    if (b.scope?.stack !== undefined && !stacks.includes(b.scope.stack)) {
      findings.push({ ruleId, level: "warning", message: findingMessages.budgetUnknownStack({ id: b.id, stack: b.scope.stack, stacks }) });
      continue;
    }
    if (opts.allocationProblem !== undefined && b.scope?.["tag.feature"] !== undefined) {
      findings.push({ ruleId, level: "error", message: findingMessages.budgetCannotAllocate({ id: b.id, subject, problem: opts.allocationProblem }) });
      continue;
    }
    const { cost, resources } = amountInScope(b.scope, reports, opts.allocation);
    // Category and geo are checked against their lists; a provider or tag matching nothing is usually a typo.
    const typoProne = b.scope !== undefined && Object.keys(b.scope).some((k) => k === "provider" || k.startsWith("tag."));
    if (resources === 0 && typoProne) {
      findings.push({ ruleId, level: "info", message: findingMessages.budgetMatchesNothing({ id: b.id, subject }) });
    }
    if (b.monthly !== undefined) {
      if (new Money(cost[basis]).gt(b.monthly)) {
        findings.push({ ruleId, level, message: findingMessages.budgetExceeded({ id: b.id, subject, what: "monthly cost", limit: b.monthly, estimate: cost, basis, ...(opts.file ? { file: opts.file } : {}), ...(b.scope?.stack !== undefined ? { stack: b.scope.stack } : {}) }) });
      }
      continue;
    }
    const perUnit = b.perUnit!;
    const d = driverValue(perUnit.driver, b.scope?.geo, drivers);
    if (d.key === undefined) {
      findings.push({ ruleId, level: "error", message: findingMessages.budgetMissingDriver({ id: b.id, subject, driver: b.scope?.geo ? `${perUnit.driver}.${b.scope.geo}` : perUnit.driver, tried: d.tried, known: Object.keys(drivers) }) });
      continue;
    }
    if (d.value.isZero()) {
      findings.push({ ruleId, level: "error", message: findingMessages.budgetZeroDriver({ id: b.id, subject, driver: d.key }) });
      continue;
    }
    const per: RangeJson = {
      min: decimalText(new Money(cost.min).div(d.value)),
      expected: decimalText(new Money(cost.expected).div(d.value)),
      max: decimalText(new Money(cost.max).div(d.value)),
    };
    if (new Money(per[basis]).gt(perUnit.max)) {
      findings.push({ ruleId, level, message: findingMessages.budgetExceeded({ id: b.id, subject, what: `monthly cost per unit of ${d.key}`, limit: perUnit.max, estimate: per, basis, ...(opts.file ? { file: opts.file } : {}), ...(b.scope?.stack !== undefined ? { stack: b.scope.stack } : {}) }) });
    }
  }
  return findings;
}
