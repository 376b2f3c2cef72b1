import { TerraformResource, Token } from "cdktf";
import { IConstruct } from "constructs";
import { Cost } from "./cost";

/**
 * Props checks shared by the compute constructs (GKE, serverless, fleets, on-prem): every problem is collected, then
 * thrown once, each message naming the prop, the value, what is allowed and the fix.
 */

/** True when a value is known at synth (not a cdktf token). */
export function literal(value: unknown): boolean {
  return !Token.isUnresolved(value);
}

export function isCount(v: number): boolean {
  return Number.isInteger(v) && v >= 0;
}

export function isPositive(v: number): boolean {
  return Number.isFinite(v) && v > 0;
}

/** Checks a number prop when it is given and known: a token where a number is needed, or a value out of bounds. */
export function checkNumber(problems: string[], value: number | undefined, prop: string, ok: (v: number) => boolean, allowed: string, mustBeKnown = true): void {
  if (value === undefined) return;
  if (!literal(value)) {
    if (mustBeKnown) problems.push(`${prop} is a token; the construct sizes its resources from it at synth, so it must be a number`);
    return;
  }
  if (typeof value !== "number" || !ok(value)) problems.push(`${prop} (${String(value)}) must be ${allowed}`);
}

/** Label keys and values as GCP accepts them (lowercase letters, digits, `_` and `-`; keys start with a letter). */
export function checkLabels(labels: Record<string, string> | undefined, prop: string, problems: string[]): void {
  if (!labels || !literal(labels)) return;
  for (const [k, v] of Object.entries(labels)) {
    if (!/^[a-z][a-z0-9_-]{0,62}$/.test(k)) problems.push(`${prop} key "${k}" must be lowercase letters, digits, "_" or "-", starting with a letter (at most 63)`);
    if (literal(v) && !/^[a-z0-9_-]{0,63}$/.test(v)) problems.push(`${prop}["${k}"] value "${v}" must be lowercase letters, digits, "_" or "-" (at most 63)`);
  }
}

/** Throws one error listing every problem, with the construct's path. */
export function invalidProps(scope: IConstruct, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const kind = scope.constructor.name;
  throw new Error(`${kind} at ${scope.node.path} has invalid props:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
}

/** Declares the usage keys that are given (a key left out keeps its line usage-based). */
export function attachUsage(resource: TerraformResource, usage: Readonly<Record<string, number | undefined>>): void {
  const given = Object.fromEntries(Object.entries(usage).filter(([, v]) => v !== undefined));
  if (Object.keys(given).length > 0) Cost.usage(resource, given);
}
