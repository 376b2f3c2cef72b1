import { decimalText } from "../money";
import { Evaluation } from "./evaluate";
import { parseExpression } from "./parse";
import { Node } from "./syntax";
import { ExpressionError, isNumber, isObjectValue, isUnknown, parseNumber, typeName, Unknown, Value } from "./values";

/**
 * Type constraints of `variable` blocks as Terraform applies them to the values a variable gets
 * (developer.hashicorp.com/terraform/language/expressions/type-constraints): primitives convert (`"3"` → 3), and an
 * object type fills the attributes a value leaves out: `optional(T)` ones with null, `optional(T, default)` ones with
 * the default. Modules lean on this: `each.value.min_size` of a `map(object({min_size = optional(number, 1)}))`
 * variable is 1 when the caller left it out, where reading the value as written finds no attribute at all.
 */
export type TypeConstraint =
  | { readonly kind: "any" }
  | { readonly kind: "string" | "number" | "bool" }
  | { readonly kind: "list" | "set" | "map"; readonly element: TypeConstraint }
  | { readonly kind: "tuple"; readonly items: readonly TypeConstraint[] }
  | { readonly kind: "object"; readonly attributes: ReadonlyMap<string, ObjectAttribute> };

export interface ObjectAttribute {
  readonly type: TypeConstraint;
  readonly optional: boolean;
  /** The default of `optional(T, default)`, already converted to T; undefined for `optional(T)` and required ones. */
  readonly default?: Value;
}

const ANY: TypeConstraint = { kind: "any" };

/** No names resolve inside a type constraint: a default is a constant expression. */
const CONSTANT_SCOPE = {
  variable: (name: string): Value => {
    throw new ExpressionError(`a type constraint cannot refer to var.${name}`);
  },
  local: (name: string): Value => {
    throw new ExpressionError(`a type constraint cannot refer to local.${name}`);
  },
};

/** Reads a type constraint as written (`map(object({a = optional(number, 1)}))`); an ExpressionError when it is not one. */
export function parseTypeConstraint(text: string): TypeConstraint {
  return typeOf(parseExpression(withoutComments(text)));
}

/**
 * The text without its comments (`# …`, `// …` to the end of the line, `/* … *\/`), outside string literals: module
 * authors annotate the attributes of long object types, and HCL's JSON form keeps the type as written.
 */
export function withoutComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "#" || (c === "/" && text[i + 1] === "/")) {
      const end = text.indexOf("\n", i);
      if (end === -1) break;
      i = end - 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) break;
      out += " ";
      i = end + 1;
    } else out += c;
  }
  return out;
}

function typeOf(node: Node): TypeConstraint {
  if (node.kind === "name" && node.text === node.name) {
    if (node.name === "string" || node.name === "number" || node.name === "bool") return { kind: node.name };
    if (node.name === "any") return ANY;
  }
  if (node.kind === "call") {
    const one = () => {
      if (node.args.length !== 1) throw new ExpressionError(`${node.name}() in a type constraint takes 1 argument, got ${node.args.length}`);
      return node.args[0];
    };
    switch (node.name) {
      case "list":
      case "set":
      case "map":
        return { kind: node.name, element: typeOf(one()) };
      case "tuple": {
        const items = one();
        if (items.kind !== "tuple") throw new ExpressionError("tuple() in a type constraint takes a list of types");
        return { kind: "tuple", items: items.items.map(typeOf) };
      }
      case "object": {
        const body = one();
        if (body.kind !== "object") throw new ExpressionError("object() in a type constraint takes an object of attribute types");
        const attributes = new Map<string, ObjectAttribute>();
        for (const { key, value } of body.items) {
          if (key.kind !== "literal" || typeof key.value !== "string") throw new ExpressionError("an attribute name of object() in a type constraint must be a name");
          attributes.set(key.value, attributeOf(value));
        }
        return { kind: "object", attributes };
      }
    }
  }
  throw new ExpressionError("the type constraint is not one costkit reads (string, number, bool, any, list(), set(), map(), tuple(), object(), optional())");
}

function attributeOf(node: Node): ObjectAttribute {
  if (node.kind !== "call" || node.name !== "optional") return { type: typeOf(node), optional: false };
  if (node.args.length < 1 || node.args.length > 2) throw new ExpressionError(`optional() takes 1 or 2 arguments, got ${node.args.length}`);
  const type = typeOf(node.args[0]);
  if (node.args.length === 1) return { type, optional: true };
  const written = new Evaluation(CONSTANT_SCOPE).evaluate(node.args[1]);
  return { type, optional: true, default: written === null ? null : convertToType(written, type, "the default of optional()") };
}

/**
 * `value` converted to `type` as Terraform converts a variable's value. Unknown parts stay unknown; null stays null
 * (an omitted optional attribute is null, or its default). What cannot convert is an ExpressionError naming `where`.
 */
export function convertToType(value: Value, type: TypeConstraint, where: string): Value {
  if (isUnknown(value) || value === null || type.kind === "any") return value;
  const bad = (want: string) => new ExpressionError(`${where} should be ${want}, got ${describe(value)}`);
  switch (type.kind) {
    case "number": {
      if (isNumber(value)) return value;
      if (typeof value === "string") {
        const n = parseNumber(value);
        if (n) return n;
      }
      throw bad("a number");
    }
    case "bool":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      throw bad("a bool");
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "boolean") return String(value);
      if (isNumber(value)) return decimalText(value);
      throw bad("a string");
    case "list":
    case "set":
      if (!Array.isArray(value)) throw bad(`a ${type.kind}`);
      return (value as readonly Value[]).map((v, i) => convertToType(v, type.element, `${where}[${i}]`));
    case "tuple":
      if (!Array.isArray(value) || value.length !== type.items.length) throw bad(`a tuple of ${type.items.length}`);
      return (value as readonly Value[]).map((v, i) => convertToType(v, type.items[i], `${where}[${i}]`));
    case "map": {
      if (!isObjectValue(value)) throw bad("a map");
      const out = new Map<string, Value>();
      for (const [k, v] of value) out.set(k, convertToType(v, type.element, `${where}["${k.slice(0, 40)}"]`));
      return out;
    }
    case "object": {
      if (!isObjectValue(value)) throw bad("an object");
      // Attributes the type does not name are dropped, as Terraform's conversion drops them.
      const out = new Map<string, Value>();
      for (const [name, attribute] of type.attributes) {
        const given = value.has(name) ? (value.get(name) as Value) : undefined;
        if (given === undefined && !attribute.optional) throw new ExpressionError(`${where} has no attribute "${name}", which its type requires`);
        if (given === undefined || given === null) out.set(name, attribute.default ?? null);
        else out.set(name, convertToType(given, attribute.type, `${where}.${name}`));
      }
      return out;
    }
  }
}

function describe(v: Value): string {
  if (v instanceof Unknown) return v.subject;
  return typeof v === "string" ? `the string "${v.slice(0, 40)}"` : `a ${typeName(v)}`;
}
