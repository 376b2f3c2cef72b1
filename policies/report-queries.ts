import Decimal from "decimal.js";
import { Money, isDecimalString } from "../pricing/money";
import { ComponentCost, ResourceCost } from "../pricing/report";

/**
 * Small questions the rules ask of a report, in one place so that each rule file stays one pure function: decimal
 * parameters, usage values, storage volumes, and the qualifier of a line's name.
 */

/** A decimal parameter of a rule (`"250000"`); a bad value throws, which the pack reports as "rule failed". */
export function decimalParam(value: unknown, name: string): Decimal {
  if (typeof value === "number" && Number.isFinite(value)) return new Money(value);
  if (!isDecimalString(value)) throw new Error(`parameter ${name} must be a decimal string such as "1000", got ${JSON.stringify(value)}`);
  return new Money(value);
}

/** A whole-number parameter of a rule (`0`); a bad value throws. */
export function countParam(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new Error(`parameter ${name} must be a whole number 0 or more, got ${JSON.stringify(value)}`);
  return value;
}

/** A list-of-strings parameter of a rule (`["team", "feature"]`); a bad value throws. */
export function stringListParam(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) throw new Error(`parameter ${name} must be a list of non-empty strings, got ${JSON.stringify(value)}`);
  return value as string[];
}

/**
 * The expected value of the first of `keys` in a resource's usage, as the report records it (a decimal string, or a
 * range `{min, expected, max}`); undefined when none is declared.
 */
export function usageExpected(resource: ResourceCost, keys: readonly string[]): { key: string; value: Decimal } | undefined {
  for (const key of keys) {
    const v = resource.usage?.[key];
    if (v === undefined) continue;
    if (typeof v === "number") return { key, value: new Money(v) };
    if (typeof v === "string" && isDecimalString(v.trim())) return { key, value: new Money(v.trim()) };
    if (typeof v === "object" && v !== null && isDecimalString((v as { expected?: unknown }).expected)) return { key, value: new Money((v as { expected: string }).expected) };
    throw new Error(`usage ${key} of ${resource.address} is not a number or a range: ${JSON.stringify(v)}`);
  }
  return undefined;
}

/** The bracketed part of a line's name, split at commas: `Storage (GLACIER, from lifecycle)` → `["GLACIER", "from lifecycle"]`. */
export function qualifiers(component: ComponentCost): string[] {
  const m = /\(([^()]*)\)\s*$/.exec(component.name);
  return m ? m[1].split(",").map((s) => s.trim()) : [];
}

/** Storage lines of a bucket: the lines whose pricer set their `storageClass`. */
export function storageLines(resource: ResourceCost): ComponentCost[] {
  return resource.components.filter((c) => c.storageClass !== undefined);
}

const BYTES: Record<string, Decimal> = {
  GB: new Money(10).pow(9),
  TB: new Money(10).pow(12),
  GiB: new Money(2).pow(30),
  TiB: new Money(2).pow(40),
};
const TIB = BYTES.TiB;

/** A storage quantity in TiB-months from its unit (`GiB-months`, `GB-months`, `TB-months`…); throws on an unknown unit. */
export function toTib(quantity: Decimal, unit: string): Decimal {
  const m = /^(GB|TB|GiB|TiB)-months$/.exec(unit);
  if (!m) throw new Error(`cannot read a storage volume in ${unit}`);
  return quantity.times(BYTES[m[1]]).div(TIB);
}
