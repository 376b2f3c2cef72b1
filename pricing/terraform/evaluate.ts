import Decimal from "decimal.js";
import { decimalText, Money } from "../money";
import { callFunction, sortedKeys } from "./functions";
import { Node, SPLAT_ITEM } from "./syntax";
import {
  asBool, asNumber, asString, checkedList, checkedNumber, checkedString, ExpressionError, firstDerived, firstUnknown,
  isNumber, isObjectValue, isUnknown, LimitExceeded, LIMITS, ObjectValue, Reference, typeName, Unknown, Value, valuesEqual,
} from "./values";

/** Where `var.` and `local.` names come from. Each throws ExpressionError for a name that is not declared. */
export interface Scope {
  variable(name: string, evaluation: Evaluation): Value;
  local(name: string, evaluation: Evaluation): Value;
  /** The value of a name bound outside expressions (`each`, `count` for one instance of a resource, a dynamic block's
   *  iterator); undefined otherwise. */
  instanceName?(name: string): Value | undefined;
  /** The value of a reference rooted at `root` (a resource type, `module`), or undefined when the scope does not
   *  follow it; `text` is the reference as written. */
  reference?(root: string, text: string, evaluation: Evaluation): Value | undefined;
}

/** Why `each.…` and `count.index` are unknown for a resource read as a whole: the engine then prices it per instance. */
export const DIFFERS_PER_INSTANCE = "differs from one instance to the next";

/** Names bound by for expressions and splats, innermost first. */
interface Binding {
  readonly name: string;
  readonly value: Value;
  readonly parent: Binding | undefined;
}

/** Why a reference costkit does not follow is unknown, by its first name. */
function unknownReference(root: string, text: string): Unknown {
  if (root === "data") return new Unknown(text, `${text} is read from the provider when Terraform plans`);
  if (root === "module") return new Unknown(text, `${text} is an output of a module, which costkit does not read`);
  if (root === "count" || root === "each") return new Unknown(text, `${text} ${DIFFERS_PER_INSTANCE}`);
  if (root === "path" || root === "terraform" || root === "self") return new Unknown(text, `${text} is not known to costkit`);
  return new Unknown(text, `${text} is known only after apply`);
}

/**
 * One evaluation: a budget of steps and nesting shared by everything it evaluates (locals included), so that a
 * hostile configuration costs bounded time and stack.
 */
export class Evaluation {
  /** Steps and nesting, shared with the evaluations this one starts in other scopes (a module's output, another
   *  resource's attribute), so that following references stays within one budget. */
  private readonly budget: { steps: number; depth: number };

  constructor(readonly scope: Scope, within?: Evaluation) {
    this.budget = within ? within.budget : { steps: 0, depth: 0 };
  }

  /** Runs `f` one level deeper (locals use it too). */
  nested<T>(f: () => T): T {
    const budget = this.budget;
    if (++budget.depth > LIMITS.maxEvaluationDepth) {
      budget.depth--;
      throw new LimitExceeded(`the evaluation nests deeper than ${LIMITS.maxEvaluationDepth} levels (locals, outputs or attributes referring to one another?)`);
    }
    try {
      return f();
    } finally {
      budget.depth--;
    }
  }

  private step(n = 1): void {
    this.budget.steps += n;
    if (this.budget.steps > LIMITS.maxSteps) throw new LimitExceeded(`the evaluation takes more than ${LIMITS.maxSteps} steps`);
  }

  evaluate(node: Node, bindings?: Binding): Value {
    return this.nested(() => this.eval(node, bindings));
  }

  private eval(node: Node, b: Binding | undefined): Value {
    this.step();
    switch (node.kind) {
      case "literal":
        return node.value;
      case "template":
        return this.template(node.parts, b);
      case "variable":
        return this.scope.variable(node.name, this);
      case "local":
        return this.scope.local(node.name, this);
      case "name": {
        for (let x = b; x; x = x.parent) if (x.name === node.name) return x.value;
        return this.scope.instanceName?.(node.name) ?? this.scope.reference?.(node.name, node.text, this) ?? unknownReference(node.name, node.text);
      }
      case "attribute":
        return this.attribute(this.evaluate(node.target, b), node.name);
      case "index": {
        const target = this.evaluate(node.target, b);
        const key = this.evaluate(node.key, b);
        return this.index(target, key);
      }
      case "splat": {
        const target = this.evaluate(node.target, b);
        if (isUnknown(target) && !(target instanceof Reference)) return target.derived();
        // A value that is not a list is a list of itself (a resource without count: `aws_instance.web[*].id`).
        const items = target === null ? [] : Array.isArray(target) ? (target as readonly Value[]) : [target];
        this.step(items.length);
        return items.map((item) => this.evaluate(node.each, { name: SPLAT_ITEM, value: item, parent: b }));
      }
      case "unary": {
        const v = this.evaluate(node.operand, b);
        if (isUnknown(v)) return v.derived();
        return node.op === "!" ? !asBool(v, "the operand of !") : checkedNumber(asNumber(v, "the operand of -").neg());
      }
      case "binary":
        return this.binary(node, b);
      case "conditional": {
        const c = this.evaluate(node.condition, b);
        if (isUnknown(c)) return c.derived();
        return this.evaluate(asBool(c, "the condition") ? node.then : node.else, b);
      }
      case "call":
        return this.call(node, b);
      case "tuple":
        return checkedList(node.items.map((item) => this.evaluate(item, b)));
      case "object": {
        const out = new Map<string, Value>();
        for (const { key, value } of node.items) {
          const k = this.evaluate(key, b);
          if (isUnknown(k)) return k.derived();
          out.set(asString(k, "an object key"), this.evaluate(value, b));
        }
        return out;
      }
      case "for":
        return this.forExpression(node, b);
    }
  }

  private template(parts: readonly (string | Node)[], b: Binding | undefined): Value {
    if (parts.length === 1 && typeof parts[0] !== "string") return this.evaluate(parts[0], b);
    let out = "";
    let unknown: Unknown | undefined;
    for (const p of parts) {
      if (typeof p === "string") out += p;
      else {
        const v = this.evaluate(p, b);
        const u = firstUnknown(v);
        if (u) unknown ??= u.derived(); // keep reading: a later error is still an error
        else out += asString(v, "a value in the string template");
      }
      checkedString(out);
    }
    return unknown ?? out;
  }

  private attribute(target: Value, name: string): Value {
    if (target instanceof Reference) return target.attribute(name, this);
    if (isUnknown(target)) return target.derived();
    if (isObjectValue(target)) {
      if (!target.has(name)) throw new ExpressionError(`the object has no attribute "${name}"`);
      return target.get(name) as Value;
    }
    throw new ExpressionError(`cannot read the attribute "${name}" of ${target === null ? "null" : `a ${typeName(target)}`}`);
  }

  private index(target: Value, key: Value): Value {
    if (isUnknown(target)) return target.derived();
    if (isUnknown(key)) return key.derived();
    if (Array.isArray(target)) {
      const list = target as readonly Value[];
      const i = asNumber(key, "a list index");
      if (!i.isInteger() || i.isNegative() || i.gte(list.length)) throw new ExpressionError(`the index ${decimalText(i)} is out of range for a list of ${list.length}`);
      return list[i.toNumber()];
    }
    if (isObjectValue(target)) {
      const k = asString(key, "a map key");
      if (!target.has(k)) throw new ExpressionError(`the map has no key "${k.slice(0, 60)}"`);
      return target.get(k) as Value;
    }
    throw new ExpressionError(`cannot index ${target === null ? "null" : `a ${typeName(target)}`}`);
  }

  private binary(node: Extract<Node, { kind: "binary" }>, b: Binding | undefined): Value {
    const left = this.evaluate(node.left, b);
    const op = node.op;
    if (op === "&&" || op === "||") {
      // A known left side that decides the result makes the right side irrelevant, even when it is unknown.
      if (!isUnknown(left) && asBool(left, `the left side of ${op}`) === (op === "||")) return op === "||";
      const right = this.evaluate(node.right, b);
      if (isUnknown(left)) return isUnknown(right) || asBool(right, `the right side of ${op}`) !== (op === "||") ? left.derived() : op === "||";
      if (isUnknown(right)) return right.derived();
      return asBool(right, `the right side of ${op}`);
    }
    const right = this.evaluate(node.right, b);
    if (op === "==" || op === "!=") {
      // A value compared with null is known to differ from it once the value itself is known, even when parts of it
      // are not (`var.volumes != null` for a map holding an unknown key id): Terraform decides such tests at plan.
      // So is an unknown value known not to be null (a resource's id).
      const settled = (v: Value) => !isUnknown(v) || v.facts.notNull === true;
      if ((left === null && settled(right)) || (right === null && settled(left))) return (left === right) === (op === "==");
      const u = firstUnknown(left) ?? firstUnknown(right);
      if (u) return u.derived();
      return valuesEqual(left, right) === (op === "==");
    }
    if (isUnknown(left)) return left.derived();
    if (isUnknown(right)) return right.derived();
    const x = asNumber(left, `the left side of ${op}`);
    const y = asNumber(right, `the right side of ${op}`);
    switch (op) {
      case "<": return x.lt(y);
      case ">": return x.gt(y);
      case "<=": return x.lte(y);
      case ">=": return x.gte(y);
      case "+": return checkedNumber(x.plus(y));
      case "-": return checkedNumber(x.minus(y));
      case "*": return checkedNumber(x.times(y));
      case "/":
        if (y.isZero()) throw new ExpressionError("division by zero");
        return checkedNumber(x.div(y));
      case "%":
        if (y.isZero()) throw new ExpressionError("modulo by zero");
        return checkedNumber(x.mod(y));
    }
  }

  private call(node: Extract<Node, { kind: "call" }>, b: Binding | undefined): Value {
    if (node.name === "try" || node.name === "can") return this.tryOrCan(node, b);
    let args = node.args.map((a) => this.evaluate(a, b));
    if (node.expandLast) {
      const last = args[args.length - 1];
      if (isUnknown(last)) return last.derived();
      if (!Array.isArray(last)) throw new ExpressionError(`"..." expands a list, got ${last === null ? "null" : `a ${typeName(last)}`}`);
      args = checkedList([...args.slice(0, -1), ...(last as readonly Value[])]);
    }
    return callFunction(node.name, args);
  }

  /** `try(a, b, …)`: the first argument that evaluates without an error; `can(a)`: whether it does. */
  private tryOrCan(node: Extract<Node, { kind: "call" }>, b: Binding | undefined): Value {
    if (node.expandLast) throw new ExpressionError(`${node.name}() takes no "..."`);
    if (node.name === "can" && node.args.length !== 1) throw new ExpressionError(`can() takes 1 argument, got ${node.args.length}`);
    if (node.args.length === 0) throw new ExpressionError("try() takes at least 1 argument, got 0");
    let last: ExpressionError | undefined;
    for (const a of node.args) {
      let v: Value;
      try {
        v = this.evaluate(a, b);
      } catch (e) {
        if (!(e instanceof ExpressionError) || e instanceof LimitExceeded) throw e;
        last = e;
        continue;
      }
      // An unknown result could still turn out to be an error, and then the next argument would be the result: the
      // result is unknown. A list or object whose unknown parts are values read from references, not the results of
      // operations on them (UnknownFacts.derived), cannot fail: its shape is the result (`try(sort(x.result), [])`).
      if (isUnknown(v)) return node.name === "can" ? v.derived() : v;
      const failing = firstDerived(v);
      if (failing) return failing;
      return node.name === "can" ? true : v;
    }
    if (node.name === "can") return false;
    throw new ExpressionError(`try(): every argument failed; the last: ${last?.message ?? ""}`);
  }

  private forExpression(node: Extract<Node, { kind: "for" }>, b: Binding | undefined): Value {
    const coll = this.evaluate(node.collection, b);
    if (isUnknown(coll)) return coll.derived();
    const pairs: [Value, Value][] = Array.isArray(coll)
      ? (coll as readonly Value[]).map((v, i) => [new Money(i), v])
      : isObjectValue(coll)
        ? sortedKeys(coll).map((k) => [k, (coll as ObjectValue).get(k) as Value])
        : (() => {
            throw new ExpressionError(`a for expression needs a list, set or map, got ${coll === null ? "null" : `a ${typeName(coll)}`}`);
          })();
    this.step(pairs.length);
    const list: Value[] = [];
    const map = new Map<string, Value>();
    const groups = new Map<string, Value[]>();
    for (const [k, v] of pairs) {
      let scope: Binding = { name: node.valueName, value: v, parent: b };
      if (node.keyName !== undefined) scope = { name: node.keyName, value: k, parent: scope };
      if (node.condition) {
        const c = this.evaluate(node.condition, scope);
        if (isUnknown(c)) return c.derived();
        if (!asBool(c, "the if condition of a for expression")) continue;
      }
      if (node.keyBody === undefined) {
        list.push(this.evaluate(node.body, scope));
        continue;
      }
      const key = this.evaluate(node.keyBody, scope);
      if (isUnknown(key)) return key.derived();
      const ks = asString(key, "a key of a for expression");
      const value = this.evaluate(node.body, scope);
      if (node.grouping) {
        const g = groups.get(ks);
        if (g) g.push(value);
        else groups.set(ks, [value]);
      } else {
        if (map.has(ks)) throw new ExpressionError(`the for expression gives the key "${ks.slice(0, 60)}" twice; add "..." to group the values`);
        map.set(ks, value);
      }
    }
    if (node.keyBody === undefined) return checkedList(list);
    return node.grouping ? new Map([...groups].map(([k, g]) => [k, g])) : map;
  }
}

/** Reads numbers for callers that need a JS number (counts): exact whole numbers only. */
export function wholeNumber(v: Value): number | undefined {
  if (!isNumber(v)) return undefined;
  const d = v as Decimal;
  return d.isInteger() && d.abs().lte(Number.MAX_SAFE_INTEGER) ? d.toNumber() : undefined;
}
