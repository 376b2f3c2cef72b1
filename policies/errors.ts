import Decimal from "decimal.js";
import { InputError } from "../pricing/errors";
import { formatUsd, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";

/**
 * User-facing messages of the policies layer, built by the named factories below: bad input (budgets files and
 * objects, acknowledgements, pack overrides) as InputError (exit code 2), and the text of findings. Each says what went
 * wrong, the value seen, what is allowed, how to fix it, and where.
 */

/** `$0.108` for amounts under a dollar (per-unit costs need more than cents), `$1,234.50` otherwise. */
export function formatAmount(value: Decimal | string): string {
  const d = new Money(value);
  if (d.abs().gte(1) || d.isZero()) return formatUsd(d);
  const places = Math.max(2, Math.min(d.decimalPlaces(), 4));
  return `${d.isNegative() ? "-" : ""}$${d.abs().toFixed(places)}`;
}

/** `$10.00`, or `$12.00 (min $10.00, max $30.00)` when the range is open. */
export function formatAmountRange(r: RangeJson): string {
  if (new Money(r.min).eq(r.max)) return formatAmount(r.expected);
  return `${formatAmount(r.expected)} (min ${formatAmount(r.min)}, max ${formatAmount(r.max)})`;
}

/** Where a budget problem is: `policies/budgets.yaml, line 7 (budgets[1].scope)`, or the budget object's id. */
export interface BudgetPlace {
  readonly file?: string;
  readonly line?: number;
  /** The path inside the file or object: `budgets[1].scope.geo`. */
  readonly path: string;
}

function placeText(p: BudgetPlace): string {
  const parts = [p.file, p.line !== undefined ? `line ${p.line}` : undefined].filter((x) => x !== undefined).join(", ");
  return parts ? `${parts} (${p.path})` : p.path;
}

function budgetError(p: BudgetPlace, problem: string, fix: string): InputError {
  return new InputError(`budgets: ${placeText(p)}: ${problem}. ${fix} The budgets format: docs/budgets.md.`, p.file, p.line !== undefined ? `line ${p.line}, ${p.path}` : p.path);
}

const ACK_EXAMPLE = 'Acknowledge.of(scope).rule("FinOps-AS1", { reason: "burst capacity for launch week, FINOPS-123", expires: "2026-03-31" })';

export const policyErrors = {
  // budgets files and objects
  budgetsSyntax: (file: string, line: number | undefined, detail: string) =>
    new InputError(`${file} is not valid YAML${line !== undefined ? ` at line ${line}` : ""}: ${detail}. Fix the syntax there.`, file, line !== undefined ? `line ${line}` : undefined),
  budgetsUnknownKey: (p: BudgetPlace, key: string, allowed: readonly string[]) =>
    budgetError(p, `unknown key "${key}"`, `Allowed keys here: ${allowed.join(", ")}. Fix the spelling or remove the key.`),
  budgetsWrongType: (p: BudgetPlace, expected: string, seen: string) =>
    budgetError(p, `expected ${expected}, got ${seen}`, "Change the value to that type."),
  budgetsBadAmount: (p: BudgetPlace, seen: string) =>
    budgetError(p, `the amount must be a decimal string of US dollars, 0 or more, such as "65000000" or "0.14" (quoted in YAML), got ${seen}`, "Write the amount as a quoted decimal, without a currency sign, separators or exponent."),
  budgetsBadEnum: (p: BudgetPlace, seen: string, allowed: readonly string[]) =>
    budgetError(p, `got ${seen}`, `Allowed values: ${allowed.join(", ")}.`),
  budgetsEmpty: (file: string) =>
    budgetError({ file, path: "the top level" }, "the file is empty", 'Give it a list of budgets: "budgets:" with one entry per budget (see README, Policies).'),
  budgetsUnknownStack: (p: BudgetPlace, stack: string, stacks: readonly string[]) =>
    budgetError(p, `no stack is called "${stack}" (the stacks are ${stacks.join(", ") || "none"}), so the budget would check nothing`, "Fix the stack name, or remove the budget."),
  budgetsMissingKey: (p: BudgetPlace, key: string) =>
    budgetError(p, `"${key}" is missing`, `Every budget needs "${key}".`),
  budgetsNoLimit: (p: BudgetPlace, id: string) =>
    budgetError(p, `budget "${id}" has neither "monthly" nor "perUnit"`, 'Give it a monthly limit (monthly: "10000") or a per-unit limit (perUnit: { driver: monthlyActiveUsers, max: "0.14" }).'),
  budgetsBothLimits: (p: BudgetPlace, id: string) =>
    budgetError(p, `budget "${id}" has both "monthly" and "perUnit"`, "A budget holds one limit: split it into two budgets with their own ids."),
  budgetsDuplicateId: (p: BudgetPlace, id: string, firstAt: string) =>
    budgetError(p, `the id "${id}" is used twice (first at ${firstAt})`, "Budget ids are stable names shown in findings and acknowledgements: give each budget its own id."),
  budgetsBadId: (p: BudgetPlace, seen: string) =>
    budgetError(p, `the id must start with a letter or digit and hold only letters, digits, ".", "_" and "-", got ${seen}`, 'Use an id such as "eu-cost-per-user".'),
  budgetsEmptyTagKey: (p: BudgetPlace) =>
    budgetError(p, 'a tag scope needs the tag key after "tag." (tag.team: ml)', "Name the tag."),

  // acknowledgements
  ackShortReason: (ruleId: string, path: string, reason: string) =>
    new InputError(
      `the acknowledgement of ${ruleId} at ${path === "" ? "the app" : `"${path}"`} has a reason of ${reason.trim().length} characters ("${reason}"); a reason needs 10 characters or more. Say why the finding is accepted and who decided, e.g. ${ACK_EXAMPLE}.`,
      undefined,
      path,
    ),
  ackBadExpiry: (ruleId: string, path: string, seen: string) =>
    new InputError(
      `the acknowledgement of ${ruleId} at ${path === "" ? "the app" : `"${path}"`} expires on "${seen}", which is not a date; write it as YYYY-MM-DD (e.g. "2026-03-31").`,
      undefined,
      path,
    ),
  ackBadRuleId: (path: string, seen: string) =>
    new InputError(`an acknowledgement at ${path === "" ? "the app" : `"${path}"`} names the rule ${seen}; give the finding's rule id, such as "FinOps-AS1" or "Budget-platform-total".`, undefined, path),
  ackBadShape: (file: string, where: string, detail: string) =>
    new InputError(`acknowledgements in ${file} are invalid at ${where}: ${detail}. Each is { path, ruleId, reason, expires? }.`, file, where),
  badToday: (seen: string, source: string) =>
    new InputError(`${source} is "${seen}", which is not a date; write it as YYYY-MM-DD.`),

  // packs
  unknownOverride: (packId: string, key: string, ids: readonly string[]) =>
    new InputError(`an override names rule "${key}", which pack ${packId} does not have. Rules of ${packId}: ${ids.join(", ")}.`),
  badOverrideLevel: (ruleId: string, seen: string) =>
    new InputError(`the override of ${ruleId} sets level "${seen}"; allowed: error, warning, off.`),
  unknownOverrideParam: (ruleId: string, key: string, known: readonly string[]) =>
    new InputError(`the override of ${ruleId} sets parameter "${key}", which the rule does not take. Its parameters: ${known.length ? known.join(", ") : "none"}.`),
};

// --- findings ----------------------------------------------------------------------------------------------------

/** How to accept a finding on purpose: shown in every finding, so the reader never has to look it up. */
export function acknowledgeHint(ruleId: string, scope = "scope"): string {
  return `To accept it on purpose: Acknowledge.of(${scope}).rule("${ruleId}", { reason, expires })`;
}

/** Where a budget's finding is acknowledged: its stack for a stack-scoped budget, the app for one across stacks. */
function budgetAckScope(stack: string | undefined): string {
  return stack === undefined ? "app" : `<stack ${stack}>`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

/** `monthlyActiveUsers.EU` → `{ "monthlyActiveUsers": { "EU": <value> } }`. */
function driverExample(driver: string): string {
  const [base, ...rest] = driver.split(".");
  return rest.length ? `{ "${base}": { "${rest.join(".")}": <value> } }` : `{ "${base}": <value> } or by geo { "${base}": { "NA": <value>, "EU": <value>, … } }`;
}

export const findingMessages = {
  /** A rule's violation, with the pack's explanation of the fix. */
  ruleViolation: (ruleId: string, violation: string, explanation: string) =>
    `${sentence(violation)} ${sentence(explanation)} ${acknowledgeHint(ruleId)}.`,
  /** A rule that threw: reported, never a crashed synth. */
  ruleFailed: (ruleId: string, detail: string) =>
    `rule failed: ${detail}. The rule could not check this stack; fix its parameters, or report the defect with the report that triggers it. ${acknowledgeHint(ruleId)}.`,
  /** A budget over its limit. */
  budgetExceeded: (o: { id: string; subject: string; what: string; limit: string; estimate: RangeJson; basis: "expected" | "max"; file?: string; stack?: string }) =>
    `budget "${o.id}" (${o.subject}) is exceeded: the ${o.basis === "max" ? "worst-case (max)" : "expected"} ${o.what} is ${formatAmount(o.basis === "max" ? o.estimate.max : o.estimate.expected)}, ${formatAmount(new Money(o.basis === "max" ? o.estimate.max : o.estimate.expected).minus(o.limit))} over the limit of ${formatAmount(o.limit)}; estimate ${formatAmountRange(o.estimate)}. ` +
    `Reduce the cost in scope, or raise the limit in ${o.file ?? "the budgets"} with FinOps' agreement. ${acknowledgeHint(`Budget-${o.id}`, budgetAckScope(o.stack))}.`,
  /** A per-unit budget whose driver no report declares. */
  budgetMissingDriver: (o: { id: string; subject: string; driver: string; tried: readonly string[]; known: readonly string[] }) =>
    `budget "${o.id}" (${o.subject}) divides by the driver ${o.driver}, but no report declares it (looked for ${o.tried.join(", ")}; drivers declared: ${o.known.length ? o.known.join(", ") : "none"}). ` +
    `Declare it in the stack's drivers ("//".cost.drivers, e.g. ${driverExample(o.driver)}), or fix the driver's name in the budget.`,
  /** A per-unit budget whose driver is 0. */
  budgetZeroDriver: (o: { id: string; subject: string; driver: string }) =>
    `budget "${o.id}" (${o.subject}) divides by the driver ${o.driver}, which is 0: the cost per unit is undefined. Declare the driver's real value in the stack's drivers ("//".cost.drivers).`,
  /** A stack-scoped budget naming a stack that no report is for. */
  budgetUnknownStack: (o: { id: string; stack: string; stacks: readonly string[] }) =>
    `budget "${o.id}" is scoped to stack "${o.stack}", but no report is for that stack (stacks: ${o.stacks.join(", ") || "none"}): the budget checks nothing. Fix the stack name in the budget, or remove the budget.`,
  /** A budget scoped by tag.feature whose allocation rules cannot be applied to the reports (a driver they lack). */
  budgetCannotAllocate: (o: { id: string; subject: string; problem: string }) =>
    `budget "${o.id}" (${o.subject}) holds allocated cost, but the allocation rules cannot be applied to these reports: ${o.problem}`,
  /** A budget whose scope covers no priced resource (a typo in a provider or tag is the usual cause). */
  budgetMatchesNothing: (o: { id: string; subject: string }) =>
    `budget "${o.id}" (${o.subject}) matches no priced resource, so it checks $0; if that is not intended, fix its scope.`,
  /** Appended to a finding whose only acknowledgements have expired. */
  acknowledgementExpired: (date: string, reason: string) => ` (acknowledgement expired on ${date}: "${reason}"; renew it with a new expiry, or fix the finding.)`,
};

// --- allocation files (policies/allocation.yaml) --------------------------------------------------------------------

function allocationError(p: BudgetPlace, problem: string, fix: string): InputError {
  return new InputError(`allocation: ${placeText(p)}: ${problem}. ${fix} The allocation format: docs/allocation.md.`, p.file, p.line !== undefined ? `line ${p.line}, ${p.path}` : p.path);
}

/** `; did you mean "podcasts"?`, or nothing when no name is close. */
function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
}

export const allocationErrors = {
  syntax: (file: string, line: number | undefined, detail: string) =>
    new InputError(`${file} is not valid YAML${line !== undefined ? ` at line ${line}` : ""}: ${detail}. Fix the syntax there.`, file, line !== undefined ? `line ${line}` : undefined),
  empty: (file: string) =>
    allocationError({ file, path: "the top level" }, "the file is empty", 'Give it "features:" (the list of feature names) and "rules:" (how shared resources are split).'),
  unknownKey: (p: BudgetPlace, key: string, allowed: readonly string[], suggestions: readonly string[]) =>
    allocationError(p, `unknown key "${key}"`, `Allowed keys here: ${allowed.join(", ")}.${didYouMean(suggestions)} Fix the spelling or remove the key.`),
  wrongType: (p: BudgetPlace, expected: string, seen: string) =>
    allocationError(p, `expected ${expected}, got ${seen}`, "Change the value to that type."),
  missingKey: (p: BudgetPlace, key: string, example: string) =>
    allocationError(p, `"${key}" is missing`, `Add it, e.g. ${example}.`),
  badId: (p: BudgetPlace, seen: string) =>
    allocationError(p, `the id must start with a letter or digit and hold only letters, digits, ".", "_" and "-", got ${seen}`, 'Use an id such as "cdn-by-listening".'),
  duplicate: (p: BudgetPlace, what: string, name: string, firstAt: string) =>
    allocationError(p, `the ${what} "${name}" is given twice (first at ${firstAt})`, `Give each ${what} once.`),
  badEnum: (p: BudgetPlace, seen: string, allowed: readonly string[]) =>
    allocationError(p, `got ${seen}`, `Allowed values: ${allowed.join(", ")}.`),
  reservedFeature: (p: BudgetPlace, name: string) =>
    allocationError(p, `"${name}" cannot be a feature: costkit uses it for cost that is not (yet) split`, "Name the feature otherwise."),
  splitNeedsOne: (p: BudgetPlace, seen: string) =>
    allocationError(p, `a split has exactly one of "shares" and "driver", got ${seen}`, 'Write split: { shares: { music-streaming: "0.8", podcasts: "0.2" } } or split: { driver: monthlyListeningHoursByFeature }.'),
  badShare: (p: BudgetPlace, seen: string) =>
    allocationError(p, `a share is a decimal from 0 to 1, such as "0.25" (quoted, or a plain number), got ${seen}`, "Write the share as a fraction of the whole."),
  sharesNotOne: (p: BudgetPlace, sum: string) =>
    allocationError(p, `the shares sum to ${sum}, not 1`, "Adjust them so that they sum to exactly 1 (each feature's fraction of the resource's cost)."),
  noShares: (p: BudgetPlace) =>
    allocationError(p, "the shares are empty", "Give at least one feature a share (the shares sum to 1)."),
  unknownFeature: (p: BudgetPlace, name: string, features: readonly string[], suggestions: readonly string[]) =>
    allocationError(p, `"${name}" is not a feature of this file (features: ${features.join(", ")})`, `${didYouMean(suggestions).trim()} Fix the name, or add the feature to "features".`.trim()),
  driverMissing: (p: BudgetPlace, driver: string, known: readonly string[]) =>
    allocationError(p, `no stack declares the driver "${driver}" by feature (looked for ${driver}.<feature>; drivers declared: ${known.length ? known.join(", ") : "none"})`, `Declare it in a stack's drivers (StackCost.of(stack).drivers({ ${driver}: { "<feature>": <value>, … } })), or fix the driver's name.`),
  driverUnknownFeature: (p: BudgetPlace, key: string, name: string, features: readonly string[], suggestions: readonly string[]) =>
    allocationError(p, `the driver value ${key} names "${name}", which is not a feature of this file (features: ${features.join(", ")})`, `${didYouMean(suggestions).trim()} Rename the driver's key, or add the feature to "features".`.trim()),
  driverBadValue: (p: BudgetPlace, key: string, seen: string) =>
    allocationError(p, `the driver value ${key} is ${seen}; a driver value is a number 0 or more`, "Fix the value the stack declares."),
  driverAllZero: (p: BudgetPlace, driver: string) =>
    allocationError(p, `every value of the driver "${driver}" is 0, so it cannot split anything`, "Declare real values for the driver, or split by fixed shares."),
};
