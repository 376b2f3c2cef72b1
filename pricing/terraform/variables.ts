import { isObject } from "../own";
import { describeValue, errors } from "../errors";
import { decimalText } from "../money";
import { convertToType, parseTypeConstraint, TypeConstraint } from "./types";
import { ExpressionError, fromJson, isNumber, parseNumber, toJson, Unknown, Value } from "./values";

/** A `variable` block as costkit reads it: whether it has a default (null counts: "not set"), and its type. */
export interface VariableDeclaration {
  readonly hasDefault: boolean;
  readonly default?: unknown;
  /** The type as written in JSON (`"number"`, `"list(string)"`), if any. */
  readonly type?: string;
  /** The type read, for structural types (`map(object({…}))`); absent when there is none or costkit cannot read it. */
  readonly constraint?: TypeConstraint;
  /** `nullable = false`: a null value given to the variable means its default. */
  readonly nonNullable?: boolean;
}


/** The `variable` section of Terraform JSON (`{name: {default, type}}`, or a list of such objects), by name. */
export function variableDeclarations(section: unknown, file: string): Map<string, VariableDeclaration> {
  const out = new Map<string, VariableDeclaration>();
  if (section === undefined) return out;
  const parts = Array.isArray(section) ? section : [section];
  for (const [i, part] of parts.entries()) {
    if (!isObject(part)) throw errors.badTerraform(file, Array.isArray(section) ? `variable[${i}]` : "variable", `expected an object of variable blocks, got ${describeValue(part)}`);
    for (const name of Object.keys(part)) {
      const raw = part[name];
      const body = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
      if (!isObject(body)) throw errors.badTerraform(file, `variable.${name}`, `expected an object (default, type, description), got ${describeValue(body)}`);
      const type = typeof body.type === "string" ? body.type.replace(/^\$\{(.*)\}$/s, "$1").trim() : undefined;
      out.set(name, {
        hasDefault: Object.prototype.hasOwnProperty.call(body, "default"), default: body.default,
        ...(type ? { type } : {}),
        ...(type && STRUCTURAL.test(type) ? constraintOf(type) : {}),
        ...(body.nullable === false || body.nullable === "false" ? { nonNullable: true } : {}),
      });
    }
  }
  return out;
}

/** A type that is not a primitive: a collection or structure, whose conversion fills optional attributes. */
const STRUCTURAL = /^(list|set|map|tuple|object)\s*\(/;

/** A structural type as costkit reads it; a type it cannot read is taken as `any` (values as written). */
function constraintOf(type: string): { constraint: TypeConstraint } | Record<string, never> {
  try {
    return { constraint: parseTypeConstraint(type) };
  } catch (e) {
    if (e instanceof ExpressionError) return {};
    throw e;
  }
}

/**
 * A variable's value with its declared type applied as Terraform converts values: a `number` variable
 * given `"3"` (from --var or tfvars) is 3, a `bool` given `"true"` is true, a `string` given 5 is "5"; an object type
 * fills the optional attributes left out (null, or the default of `optional(T, default)`). Null stays null ("not
 * set"), unless the variable is `nullable = false`: then it is the default. Values of types costkit does not read are
 * taken as written.
 */
export function variableValue(name: string, declaration: VariableDeclaration, json: unknown): Value {
  return convertedValue(name, declaration, fromJson(json));
}

/** As variableValue, for a value already evaluated (unknown parts stay unknown). */
export function convertedValue(name: string, declaration: VariableDeclaration, v: Value): Value {
  if (v === null && declaration.nonNullable && declaration.hasDefault && declaration.default !== null) return variableValue(name, declaration, declaration.default);
  if (v === null || v instanceof Unknown || declaration.type === undefined) return v;
  if (declaration.constraint) return convertToType(v, declaration.constraint, `var.${name}`);
  const bad = (what: string) => new ExpressionError(`var.${name} is declared ${declaration.type} but its value is ${what}`);
  switch (declaration.type) {
    case "number": {
      if (typeof v === "string") {
        const n = parseNumber(v);
        if (!n) throw bad(`the string "${v.slice(0, 40)}"`);
        return n;
      }
      if (!isNumber(v)) throw bad(describeValue(toJson(v)));
      return v;
    }
    case "bool":
      if (v === "true" || v === "false") return v === "true";
      if (typeof v !== "boolean") throw bad(describeValue(toJson(v)));
      return v;
    case "string":
      if (typeof v === "boolean") return String(v);
      if (isNumber(v)) return decimalText(v);
      if (typeof v !== "string") throw bad(describeValue(toJson(v)));
      return v;
    default:
      return v;
  }
}
