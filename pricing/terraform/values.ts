import Decimal from "decimal.js";
import { decimalText, Money } from "../money";
import type { Evaluation } from "./evaluate";

/**
 * The values of Terraform expressions as costkit evaluates them: null, booleans, exact decimal numbers, strings,
 * lists (tuples and sets too), objects and maps (a Map: keys are data, never properties, so `constructor` or
 * `__proto__` cannot reach Object.prototype), and Unknown for what is only known at plan or apply.
 */
export type Value = null | boolean | Decimal | string | readonly Value[] | ObjectValue | Unknown;
export type ObjectValue = ReadonlyMap<string, Value>;

/**
 * What is known about an unknown value besides its being unknown. All optional: an Unknown with no facts is a value
 * read from a reference (a resource attribute, a data source, a variable with no value) about which nothing is known.
 */
export interface UnknownFacts {
  /** The result of an operation on unknown operands (`upper(var.x)`, `var.x.y`): once they are known, the operation
   *  may still fail, so `try()` cannot choose the argument that holds it. A value read from a reference cannot fail. */
  readonly derived?: boolean;
  /** Known not to be null (a resource's `id`, which Terraform requires every resource to have). */
  readonly notNull?: boolean;
  /** Known to be a string (an element of a `list(string)` attribute). */
  readonly string?: boolean;
  /** Unknowns that carry the same token and are not the same Unknown object are known to differ from one another:
   *  the picks of a random_shuffle from distinct inputs, the ids of different resources of one type. The same object
   *  twice (`[aws_subnet.a.id, aws_subnet.a.id]`) is the same value. */
  readonly distinct?: object;
  /** The resource attribute the value stands for: the resource's address from the root (`module.db.aws_db_instance.this`). */
  readonly resource?: { readonly address: string; readonly attribute: string };
}

const NO_FACTS: UnknownFacts = Object.freeze({});

/** A value known only at plan or apply (a resource attribute, a variable with no value), with why. */
export class Unknown {
  /** `subject` is the reference as written (`var.size`, `aws_vpc.main.id`). */
  constructor(readonly subject: string, readonly why: string, readonly facts: UnknownFacts = NO_FACTS) {}

  /** The unknown result of an operation on this value: same subject and reason, only `resource` kept. */
  derived(): Unknown {
    if (this.facts.derived && !(this instanceof Reference)) return this;
    return new Unknown(this.subject, this.why, this.facts.resource ? { derived: true, resource: this.facts.resource } : DERIVED);
  }
}

const DERIVED: UnknownFacts = Object.freeze({ derived: true });

/**
 * A resource or module instance (or a resource type, or `module`) that an expression refers to: unknown as a whole
 * (its computed attributes are known only after apply), but its attributes can be read one by one (`attribute`):
 * those the configuration sets are known at plan, as Terraform knows them.
 */
export abstract class Reference extends Unknown {
  abstract attribute(name: string, evaluation: Evaluation): Value;
}

/** What goes wrong in an expression: bad syntax, a type error, an unknown function, a limit passed. */
export class ExpressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExpressionError";
  }
}

/** A limit of LIMITS passed: never caught by `try` or `can`. */
export class LimitExceeded extends ExpressionError {
  constructor(message: string) {
    super(message);
    this.name = "LimitExceeded";
  }
}

/** Limits that keep hostile input cheap: nesting, text and collection sizes, and the work one expression may do. */
export const LIMITS = {
  /** Characters of one expression or template. */
  maxSourceLength: 65_536,
  /** Nested expressions (brackets, calls, operators) in one parse, and nested evaluations across locals. */
  maxDepth: 64,
  maxEvaluationDepth: 256,
  /** Characters of a string value made by a template or a function. */
  maxStringLength: 1_048_576,
  /** Elements of one list or map. */
  maxElements: 100_000,
  /** Decimal exponent of a number (|x| < 10^1000). */
  maxExponent: 1_000,
  /** Steps (nodes evaluated, elements copied) of one evaluation. */
  maxSteps: 1_000_000,
} as const;

export function isUnknown(v: Value): v is Unknown {
  return v instanceof Unknown;
}

export function isObjectValue(v: Value): v is ObjectValue {
  return v instanceof Map;
}

export function isNumber(v: Value): v is Decimal {
  return v instanceof Money || Decimal.isDecimal(v);
}

/** The first Unknown inside a value that is the result of an operation (UnknownFacts.derived), if any. */
export function firstDerived(v: Value): Unknown | undefined {
  if (v instanceof Unknown) return v.facts.derived ? v : undefined;
  if (Array.isArray(v)) {
    for (const x of v as readonly Value[]) {
      const u = firstDerived(x);
      if (u) return u;
    }
  } else if (v instanceof Map) {
    for (const x of v.values()) {
      const u = firstDerived(x);
      if (u) return u;
    }
  }
  return undefined;
}

/** The first Unknown anywhere inside a value, if any. */
export function firstUnknown(v: Value): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v as readonly Value[]) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (v instanceof Map) {
    for (const x of v.values()) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  }
  return undefined;
}

/** A number checked against the exponent limit. */
export function checkedNumber(d: Decimal): Decimal {
  if (!d.isFinite()) throw new ExpressionError("the result is not a finite number");
  if (!d.isZero() && Math.abs(d.e) > LIMITS.maxExponent) throw new LimitExceeded(`the number is out of range (magnitude 10^${d.e}; costkit allows up to 10^${LIMITS.maxExponent})`);
  return d;
}

export function checkedString(s: string): string {
  if (s.length > LIMITS.maxStringLength) throw new LimitExceeded(`a string of ${s.length} characters is longer than costkit evaluates (${LIMITS.maxStringLength})`);
  return s;
}

export function checkedList<T>(list: T[]): T[] {
  if (list.length > LIMITS.maxElements) throw new LimitExceeded(`a collection of ${list.length} elements is larger than costkit evaluates (${LIMITS.maxElements})`);
  return list;
}

/** A JSON value (variable defaults, tfvars) as a Value: numbers exact, objects as Maps of their own keys. */
export function fromJson(json: unknown, depth = 0): Value {
  if (depth > LIMITS.maxDepth) throw new LimitExceeded(`the value nests deeper than ${LIMITS.maxDepth} levels`);
  if (json === null || json === undefined) return null;
  if (typeof json === "boolean" || typeof json === "string") return json;
  if (typeof json === "number") {
    if (!Number.isFinite(json)) throw new ExpressionError(`${json} is not a finite number`);
    return checkedNumber(new Money(json));
  }
  if (Array.isArray(json)) return checkedList(json.map((x) => fromJson(x, depth + 1)));
  if (typeof json === "object") {
    const out = new Map<string, Value>();
    for (const k of Object.keys(json)) out.set(k, fromJson((json as Record<string, unknown>)[k], depth + 1));
    checkedList([...out.keys()]);
    return out;
  }
  throw new ExpressionError(`a ${typeof json} is not a Terraform value`);
}

/**
 * A known value as JSON for attribute reads: numbers as JS numbers when that is exact, else as decimal strings (which
 * attribute reads accept as numbers); objects without a prototype. Unknowns must be ruled out first.
 */
export function toJson(v: Value): unknown {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Unknown) throw new Error("toJson of an unknown value"); // callers check firstUnknown first
  if (Array.isArray(v)) return (v as readonly Value[]).map(toJson);
  if (v instanceof Map) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of v) out[k] = toJson(x);
    return out;
  }
  const d = v as Decimal;
  const text = decimalText(d);
  const n = d.toNumber();
  return String(n) === text ? n : text;
}

/** How a value is named in messages. */
export function typeName(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "string";
  if (v instanceof Unknown) return "unknown";
  if (Array.isArray(v)) return "list";
  if (v instanceof Map) return "object";
  return "number";
}

/** Terraform's equality: same type and same value, collections element by element (no conversion). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (isNumber(a) && isNumber(b)) return a.eq(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = a as readonly Value[];
    const y = b as readonly Value[];
    return x.length === y.length && x.every((v, i) => valuesEqual(v, y[i]));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !valuesEqual(v, b.get(k) as Value)) return false;
    return true;
  }
  return false;
}

/** HCL number syntax (and the strings Terraform converts to numbers): digits, an optional fraction and exponent. */
export function parseNumber(text: string): Decimal | undefined {
  const s = text.trim();
  let i = 0;
  const n = s.length;
  if (i < n && (s[i] === "-" || s[i] === "+")) i++;
  const digitsFrom = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  let digits = i - digitsFrom;
  if (i < n && s[i] === ".") {
    i++;
    const f = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    digits += i - f;
  }
  if (digits === 0) return undefined;
  if (i < n && (s[i] === "e" || s[i] === "E")) {
    i++;
    if (i < n && (s[i] === "-" || s[i] === "+")) i++;
    const e = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === e || i - e > 6) return undefined;
  }
  if (i !== n || n > 400) return undefined;
  return checkedNumber(new Money(s.startsWith("+") ? s.slice(1) : s));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A value as text in a template or a string function: strings, numbers and booleans convert; nothing else does. */
export function asString(v: Value, what: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (isNumber(v)) return decimalText(v);
  if (v === null) throw new ExpressionError(`${what} is null`);
  throw new ExpressionError(`${what} must be a string, got a${typeName(v) === "object" ? "n" : ""} ${typeName(v)}`);
}

export function asNumber(v: Value, what: string): Decimal {
  if (isNumber(v)) return v;
  if (typeof v === "string") {
    const d = parseNumber(v);
    if (d) return d;
    throw new ExpressionError(`${what} must be a number, got the string "${v.length > 40 ? v.slice(0, 39) + "…" : v}"`);
  }
  if (v === null) throw new ExpressionError(`${what} is null`);
  throw new ExpressionError(`${what} must be a number, got a ${typeName(v)}`);
}

export function asBool(v: Value, what: string): boolean {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  if (v === null) throw new ExpressionError(`${what} is null`);
  throw new ExpressionError(`${what} must be a bool, got ${typeof v === "string" ? `the string "${v.slice(0, 40)}"` : `a ${typeName(v)}`}`);
}

export function asList(v: Value, what: string): readonly Value[] {
  if (Array.isArray(v)) return v as readonly Value[];
  if (v === null) throw new ExpressionError(`${what} is null`);
  throw new ExpressionError(`${what} must be a list, got a ${typeName(v)}`);
}

export function asObject(v: Value, what: string): ObjectValue {
  if (v instanceof Map) return v;
  if (v === null) throw new ExpressionError(`${what} is null`);
  throw new ExpressionError(`${what} must be a map or object, got a ${typeName(v)}`);
}
