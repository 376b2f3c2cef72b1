import { CostReport } from "../pricing/report";
import { TfDocument } from "../pricing/terraform";

/**
 * How a rule's violations are reported: `error` fails `cdktf synth` and `costkit check` (exit 1) unless acknowledged,
 * `warning` is printed, `off` skips the rule. Set by the pack or per rule (or by the caller's overrides), never inside
 * the rule: the same rule can be advisory in one pack and mandatory in another (Sentinel, CrossGuard, cdk-nag).
 */
export type Level = "error" | "warning" | "off";
export const LEVELS: readonly Level[] = ["error", "warning", "off"];

/** What a rule sees: one stack's cost report and, when it was priced here, the Terraform document behind it. */
export interface RuleContext {
  readonly report: CostReport;
  readonly document?: TfDocument;
}

/** One non-compliant thing a rule found: the resource (when there is one) and what is wrong, with the values seen. */
export interface Violation {
  readonly address?: string;
  /** One or two sentences: what is wrong and the values seen. The pack adds how to fix it. */
  readonly message: string;
}

/**
 * A rule: one small pure function over a report, in its own file `policies/rules/<kebab-name>.ts`, named after the
 * file, with a one-line doc comment stating the compliant condition. It returns its violations (none when compliant)
 * and may throw: the pack turns a throw into an error finding.
 */
export type Rule<P = Record<string, never>> = (ctx: RuleContext, params: P) => readonly Violation[];

/** A rule as a pack binds it: its id within the pack, its level, its parameters and how to fix a violation. */
export interface PackRule<P = Record<string, never>> {
  readonly rule: Rule<P>;
  /** Short id within the pack (`AS1`); findings are `<pack>-<id>` (`FinOps-AS1`). */
  readonly id: string;
  /** @default - the pack's level */
  readonly level?: Level;
  /** The rule's parameters; callers may override each of them (`evaluatePack`'s overrides). */
  readonly params: P;
  /** How to fix a violation (or when to acknowledge it), written to the reader of the finding. */
  readonly explanation: string;
}

/** A pack of rules with stable ids (cdk-nag's NagPack, CrossGuard's PolicyPack). */
export interface Pack {
  /** `FinOps`: the prefix of every finding's ruleId. */
  readonly id: string;
  /** What the pack is for (rendered into RULES.md). */
  readonly description?: string;
  /** Level of the rules that set none. @default "warning" */
  readonly level?: Level;
  // Each entry is typed by its rule's parameters where it is written (`packRule`); the list holds them all.
  readonly rules: readonly PackRule<any>[];
}

/** A pack entry, its params checked against the rule's parameter type. */
export function packRule<P>(entry: PackRule<P>): PackRule<P> {
  return entry;
}

/** A caller's change to one rule of a pack: a new level, or a level and some parameters. */
export type RuleOverride = Level | { readonly level?: Level; readonly params?: Readonly<Record<string, unknown>> };

/** Overrides keyed by the rule's id in the pack (`AS1`) or its finding id (`FinOps-AS1`). */
export type PackOverrides = Readonly<Record<string, RuleOverride>>;
