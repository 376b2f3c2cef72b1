import { isObject } from "../own";
import { describeValue, errors } from "../errors";
import { decimalText } from "../money";
import { ExpressionError, fromJson, isNumber, parseNumber, Value } from "./values";

/** A `variable` block as costkit reads it: whether it has a default (null counts: "not set"), and its type. */
export interface VariableDeclaration {
  readonly hasDefault: boolean;
  readonly default?: unknown;
  /** The type as written in JSON (`"number"`, `"list(string)"`), if any. */
  readonly type?: string;
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
      out.set(name, { hasDefault: Object.prototype.hasOwnProperty.call(body, "default"), default: body.default, ...(type ? { type } : {}) });
    }
  }
  return out;
}

/**
 * A variable's value with its declared primitive type applied as Terraform converts values: a `number` variable
 * given `"3"` (from --var or tfvars) is 3, a `bool` given `"true"` is true, a `string` given 5 is "5". Null stays null
 * ("not set"). Other types are taken as written.
 */
export function variableValue(name: string, declaration: VariableDeclaration, json: unknown): Value {
  const v = fromJson(json);
  if (v === null || declaration.type === undefined) return v;
  const bad = (what: string) => new ExpressionError(`var.${name} is declared ${declaration.type} but its value is ${what}`);
  switch (declaration.type) {
    case "number": {
      if (typeof v === "string") {
        const n = parseNumber(v);
        if (!n) throw bad(`the string "${v.slice(0, 40)}"`);
        return n;
      }
      if (!isNumber(v)) throw bad(describeValue(json));
      return v;
    }
    case "bool":
      if (v === "true" || v === "false") return v === "true";
      if (typeof v !== "boolean") throw bad(describeValue(json));
      return v;
    case "string":
      if (typeof v === "boolean") return String(v);
      if (isNumber(v)) return decimalText(v);
      if (typeof v !== "string") throw bad(describeValue(json));
      return v;
    default:
      return v;
  }
}
