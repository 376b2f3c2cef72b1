import Decimal from "decimal.js";
import { describeValue, errors } from "./errors";
import { isDecimalString, money } from "./money";
import { fixed, Range, range } from "./range";
import { byString } from "./compare";

/**
 * Usage: what a resource's configuration cannot say (traffic, stored bytes, requests, load). Each pricer declares its
 * keys; a key nobody declares is an error, never ignored (Infracost ignores typos silently; we do not).
 */
export type UsageKeyType =
  /** A non-negative quantity: a number, a decimal string, or {min, expected, max}. */
  | "quantity"
  /** A mapping from names (allowed names in `keys`) to quantities, e.g. egress by viewer geo. */
  | "quantity-map"
  /** One of `values`. */
  | "enum";

export interface UsageKeyDef {
  /** camelCase, unit last: `monthlyEgressGb`, `storageGib`, `monthlyRequests`. */
  readonly name: string;
  readonly type: UsageKeyType;
  /** Unit of the quantity (plural): `GB`, `GiB-months`, `requests`, `hours`. */
  readonly unit: string;
  readonly description: string;
  /** Used when the usage declares nothing; without a default the line is usage-based and shown as depending on usage. */
  readonly default?: number | string | Readonly<Record<string, number | string>>;
  /** For "quantity-map": the allowed names. */
  readonly keys?: readonly string[];
  /** For "enum": the allowed values. */
  readonly values?: readonly string[];
  /** For "quantity": the most it can be (730 hours in a month); more is an error naming the key. */
  readonly max?: number;
  /** Keys that say the same thing another way (`storageGib` for `storageGibByClass`): giving both in one place is an error. */
  readonly excludes?: readonly string[];
}

export type UsageValue = Range | ReadonlyMap<string, Range> | string;

/** Validated usage for one resource. Accessors only take declared keys. */
export class UsageValues {
  constructor(private readonly defs: readonly UsageKeyDef[], private readonly values: ReadonlyMap<string, UsageValue>) {}

  private def(name: string): UsageKeyDef {
    const d = this.defs.find((k) => k.name === name);
    if (!d) throw new Error(`usage key "${name}" is not declared by this pricer (a costkit defect)`);
    return d;
  }

  /** True when the usage (not a default) gives the key. */
  declared(name: string): boolean {
    this.def(name);
    return this.values.has(name);
  }

  /** A quantity, from usage or the key's default; undefined when neither gives one. */
  quantity(name: string): Range | undefined {
    const d = this.def(name);
    const v = this.values.get(name);
    if (v !== undefined) return v as Range;
    if (d.default !== undefined && typeof d.default !== "object") return fixed(d.default);
    return undefined;
  }

  quantityMap(name: string): ReadonlyMap<string, Range> | undefined {
    const d = this.def(name);
    const v = this.values.get(name);
    if (v !== undefined) return v as ReadonlyMap<string, Range>;
    if (d.default !== undefined && typeof d.default === "object") {
      return new Map(Object.entries(d.default).map(([k, x]) => [k, fixed(x)]));
    }
    return undefined;
  }

  enumValue(name: string): string | undefined {
    const d = this.def(name);
    const v = this.values.get(name);
    if (v !== undefined) return v as string;
    return typeof d.default === "string" ? d.default : undefined;
  }

  /** True when the usage gives no key (every value is a default). */
  isEmpty(): boolean {
    return this.values.size === 0;
  }

  /** The usage as plain JSON, for recording in reports. */
  toJson(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.values.size === 0) return out;
    for (const [k, v] of [...this.values.entries()].sort(([a], [b]) => byString(a, b))) {
      if (typeof v === "string") out[k] = v;
      else if (v instanceof Map) out[k] = Object.fromEntries([...v.entries()].map(([kk, r]) => [kk, rangeText(r)])); // canonical order
      else out[k] = rangeText(v as Range);
    }
    return out;
  }
}

function rangeText(r: Range): string | { min: string; expected: string; max: string } {
  if (r.min.eq(r.max)) return r.expected.toFixed();
  return { min: r.min.toFixed(), expected: r.expected.toFixed(), max: r.max.toFixed() };
}

function parseQuantity(raw: unknown, file: string, where: string): Range {
  const one = (x: unknown, w: string): Decimal => {
    if (typeof x === "number") {
      if (!Number.isFinite(x)) throw errors.usageWrongType(file, w, "a finite number", describeValue(x));
      if (x < 0) throw errors.usageNegative(file, w, String(x));
      return money(x);
    }
    if (typeof x === "string") {
      const t = x.trim().replace(/_/g, "");
      if (!isDecimalString(t)) throw errors.usageWrongType(file, w, "a number or a decimal string", describeValue(x));
      const m = money(t);
      if (m.isNegative()) throw errors.usageNegative(file, w, x);
      return m;
    }
    throw errors.usageWrongType(file, w, "a number, a decimal string, or {min, expected, max}", describeValue(x));
  };
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (!["min", "expected", "max"].includes(k)) throw errors.usageWrongType(file, `${where}.${k}`, "one of min, expected, max", `the key "${k}"`);
    }
    if (o.expected === undefined) throw errors.usageWrongType(file, where, "a range with at least \"expected\"", describeValue(raw));
    const expected = one(o.expected, `${where}.expected`);
    const min = o.min === undefined ? expected : one(o.min, `${where}.min`);
    const max = o.max === undefined ? expected : one(o.max, `${where}.max`);
    if (min.gt(expected) || expected.gt(max)) throw errors.usageRangeOrder(file, where, `min ${min.toFixed()}, expected ${expected.toFixed()}, max ${max.toFixed()}`);
    return range(min, expected, max);
  }
  const v = one(raw, where);
  return { min: v, expected: v, max: v };
}

/** Validates raw usage for one resource against the keys its pricer declares. */
export function parseUsage(raw: unknown, defs: readonly UsageKeyDef[], file: string, where: string): Map<string, UsageValue> {
  const out = new Map<string, UsageValue>();
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== "object" || Array.isArray(raw)) throw errors.usageNotAnObject(file, where, describeValue(raw));
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const def = defs.find((d) => d.name === key);
    const w = `${where}.${key}`;
    if (!def) throw errors.unknownUsageKey(file, w, key, defs.map((d) => d.name));
    if (def.type === "quantity") {
      const q = parseQuantity(value, file, w);
      if (def.max !== undefined && q.max.gt(def.max)) throw errors.usageAboveMax(file, w, q.max.toFixed(), def.max, def.unit);
      out.set(key, q);
    }
    else if (def.type === "enum") {
      if (typeof value !== "string") throw errors.usageWrongType(file, w, `one of ${(def.values ?? []).join(", ")}`, describeValue(value));
      if (!(def.values ?? []).includes(value)) throw errors.usageUnknownEnumValue(file, w, value, def.values ?? []);
      out.set(key, value);
    } else {
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw errors.usageWrongType(file, w, "a mapping of names to quantities", describeValue(value));
      // Canonical order (the declared keys' order, else alphabetical), so that pricers iterating the map emit lines
      // in the same order whatever order the usage was written in (synth and `costkit estimate` must agree byte for byte).
      const entries = Object.entries(value as Record<string, unknown>);
      const rank = (k: string) => (def.keys ? def.keys.indexOf(k) : -1);
      entries.sort(([a], [b]) => rank(a) - rank(b) || byString(a, b));
      const m = new Map<string, Range>();
      for (const [k, v] of entries) {
        if (def.keys && !def.keys.includes(k)) throw errors.unknownUsageKey(file, `${w}.${k}`, k, [...def.keys]);
        m.set(k, parseQuantity(v, file, `${w}.${k}`));
      }
      out.set(key, m);
    }
  }
  for (const def of defs) {
    if (!out.has(def.name)) continue;
    for (const other of def.excludes ?? []) if (out.has(other)) throw errors.usageConflict(file, where, def.name, other);
  }
  return out;
}

/** A usage file (YAML or JSON), as Infracost's: per resource address, and defaults per resource type. */
export interface UsageFile {
  readonly file: string;
  readonly resourceUsage: Readonly<Record<string, unknown>>;
  readonly typeDefaults: Readonly<Record<string, unknown>>;
}

export const EMPTY_USAGE: UsageFile = { file: "(no usage file)", resourceUsage: {}, typeDefaults: {} };

export function usageFileFromJson(json: unknown, file: string): UsageFile {
  if (json === null || json === undefined) return { file, resourceUsage: {}, typeDefaults: {} };
  if (typeof json !== "object" || Array.isArray(json)) throw errors.usageNotAnObject(file, "the top level", describeValue(json));
  const o = json as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!["version", "resource_usage", "resource_type_default_usage"].includes(key)) throw errors.unknownUsageTopKey(file, key);
  // 1, or 0.1 as Infracost's usage files say (the same shape).
  if (o.version !== undefined && ![1, "1", 0.1, "0.1"].includes(o.version as number | string)) throw errors.usageWrongType(file, "version", "1 (or 0.1, as Infracost writes it)", describeValue(o.version));
  const section = (name: string): Record<string, unknown> => {
    const s = o[name];
    if (s === undefined || s === null) return {};
    if (typeof s !== "object" || Array.isArray(s)) throw errors.usageNotAnObject(file, name, describeValue(s));
    return s as Record<string, unknown>;
  };
  return { file, resourceUsage: section("resource_usage"), typeDefaults: section("resource_type_default_usage") };
}
