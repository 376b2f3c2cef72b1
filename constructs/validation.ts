import { Token } from "cdktf";
import { IConstruct } from "constructs";
import { Unpriceable } from "../pricing/errors";
import { closeMatch } from "../pricing/nearest";
import { ConstructError, ConstructProblem, constructErrors } from "./errors";

/**
 * The props checks every construct uses: each construct validates in its constructor with one `PropsCheck`, which
 * collects every problem (the prop, the value, what is allowed, the fix) and throws them once as a `ConstructError`.
 * Unresolved tokens are skipped where Terraform resolves them, and reported where the construct needs the value at
 * synth.
 */

/** True when a value is known at synth (not a cdktf token). */
export function literal(value: unknown): boolean {
  return !Token.isUnresolved(value);
}

/**
 * A fact looked up from a literal name (a machine type, a TPU slice): undefined when the name is a token or costkit
 * does not know it (the lookup throws Unpriceable, whose reason goes to `unknown`, e.g. to report it as a problem).
 */
export function lookup<T>(name: string, find: (name: string) => T, unknown?: (reason: string) => void): T | undefined {
  if (!literal(name)) return undefined;
  try {
    return find(name);
  } catch (e) {
    if (!(e instanceof Unpriceable)) throw e;
    unknown?.(e.message);
    return undefined;
  }
}

/** What a number prop allows: the test and its wording after "must be". */
export interface NumberRule {
  readonly ok: (v: number) => boolean;
  readonly allowed: string;
}

const unit = (u: string | undefined) => (u ? ` ${u}` : "");

/** The usual number rules; `u` is the unit shown after the bound ("GB", "seconds"). */
export const rules = {
  /** ≥ min. */
  atLeast: (min: number, u?: string): NumberRule => ({ ok: (v) => v >= min, allowed: `≥ ${min}${unit(u)}` }),
  /** > min. */
  above: (min: number, u?: string): NumberRule => ({ ok: (v) => v > min, allowed: `> ${min}${unit(u)}` }),
  /** From min to max, both included. */
  between: (min: number, max: number, u?: string): NumberRule => ({ ok: (v) => v >= min && v <= max, allowed: `from ${min} to ${max}${unit(u)}` }),
  /** A whole number ≥ min, or from min to max. */
  whole: (min = 0, max?: number, u?: string): NumberRule => ({
    ok: (v) => Number.isInteger(v) && v >= min && (max === undefined || v <= max),
    allowed: max === undefined ? `a whole number ≥ ${min}${unit(u)}` : `a whole number${u ? ` of ${u}` : ""} from ${min} to ${max}`,
  }),
  /** A share: from 0 to 1 (`example` shows it, "0.92 for 92 %"). */
  fraction: (example = "0.5 for 50 %"): NumberRule => ({ ok: (v) => v >= 0 && v <= 1, allowed: `from 0 to 1 (${example})` }),
  /** One of a fixed list of numbers. */
  oneOf: (values: readonly number[], suffix = ""): NumberRule => ({ ok: (v) => values.includes(v), allowed: `one of ${values.join(", ")}${suffix ? ` ${suffix}` : ""}` }),
};

/**
 * What a number prop does when it is a token: `skip` (Terraform resolves it; the construct does not use it), `sizes`
 * (the construct sizes resources from it at synth: a problem), `usage` (usage never reaches Terraform: a problem).
 */
export type TokenPolicy = "skip" | "sizes" | "usage";

/** Label keys and values as GCP accepts them (lowercase letters, digits, `_` and `-`; keys start with a letter). */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

/** Collects the problems of one construct's props; `throwIfAny()` throws them all at once. */
export class PropsCheck {
  private readonly found: ConstructProblem[] = [];

  constructor(private readonly scope: IConstruct) {}

  /** The problems found so far (a later check may depend on none before it). */
  get count(): number {
    return this.found.length;
  }

  /** A problem with one prop; the message names the prop, the value, what is allowed and the fix. */
  add(prop: string, message: string): void {
    this.found.push({ prop, message });
  }

  /** A number prop, when given: a number that meets the rule (tokens as `tokens` says). True when it is fine. */
  number(prop: string, value: unknown, rule: NumberRule, tokens: TokenPolicy = "sizes"): boolean {
    if (value === undefined) return true;
    if (!literal(value)) {
      if (tokens === "sizes") this.add(prop, constructErrors.sizingToken(prop));
      if (tokens === "usage") this.add(prop, constructErrors.usageToken(prop));
      return tokens === "skip";
    }
    if (typeof value === "number" && Number.isFinite(value) && rule.ok(value)) return true;
    this.add(prop, constructErrors.notAllowed(prop, value, rule.allowed));
    return false;
  }

  /** The lower bound of a range is at most its upper bound (when both are known numbers). */
  minMax(minProp: string, min: number | undefined, maxProp: string, max: number | undefined): void {
    if (min === undefined || max === undefined || !literal(min) || !literal(max) || !(min > max)) return;
    this.add(minProp, constructErrors.minAboveMax(minProp, min, maxProp, max));
  }

  /** A string prop, when given and known, is one of `allowed`; a near miss gets a "did you mean". */
  oneOf(prop: string, value: string | undefined, allowed: readonly string[], note?: string): boolean {
    if (value === undefined || !literal(value) || allowed.includes(value)) return true;
    this.add(prop, constructErrors.notOneOf(prop, value, allowed, typeof value === "string" ? closeMatch(allowed, value) : undefined, note));
    return false;
  }

  /** The keys of a map prop are all known; unknown keys are problems with a "did you mean". True when all are. */
  keys(prop: string, map: object | undefined, what: string, allowed: readonly string[]): boolean {
    let ok = true;
    for (const key of Object.keys(map ?? {})) {
      if (allowed.includes(key)) continue;
      this.add(prop, constructErrors.unknownKey(prop, what, key, allowed, closeMatch(allowed, key)));
      ok = false;
    }
    return ok;
  }

  /** A string prop, when given and known, matches a pattern; `allowed` says what it must be, for people. */
  pattern(prop: string, value: string | undefined, re: RegExp, allowed: string): boolean {
    if (value === undefined || !literal(value) || re.test(value)) return true;
    this.add(prop, constructErrors.notAllowed(prop, value, allowed));
    return false;
  }

  /** Labels (GCP) or tags, when given and known: keys and values as GCP accepts them. */
  labels(prop: string, labels: Readonly<Record<string, string>> | undefined): void {
    if (!labels || !literal(labels)) return;
    for (const [k, v] of Object.entries(labels)) {
      if (!LABEL_KEY.test(k)) this.add(`${prop}.${k}`, constructErrors.labelKey(prop, k));
      if (literal(v) && !LABEL_VALUE.test(v)) this.add(`${prop}.${k}`, constructErrors.labelValue(prop, k, v));
    }
  }

  /** A value the construct needs at synth is not a token (`why`: what the construct does with it). */
  known(prop: string, value: unknown, why: string): boolean {
    if (literal(value)) return true;
    this.add(prop, constructErrors.literalNeeded(prop, why));
    return false;
  }

  /** Throws every problem found, once, naming the construct; does nothing when there is none. */
  throwIfAny(): void {
    if (this.found.length > 0) throw ConstructError.invalidProps(this.scope, this.found);
  }
}
