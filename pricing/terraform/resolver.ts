import { ExpressionResolver, UnknownItem } from "../attributes";
import { UnevaluableValue, UnresolvedValue } from "../errors";
import { DIFFERS_PER_INSTANCE, Evaluation, Scope } from "./evaluate";
import type { ModuleReferences } from "./references";
import { parseTemplate } from "./parse";
import { VariableDeclaration, variableValue } from "./variables";
import { checkedList, ExpressionError, firstUnknown, fromJson, isObjectValue, isUnknown, LimitExceeded, toJson, Unknown, Value } from "./values";
import { Money } from "../money";

const hasOwn = Object.prototype.hasOwnProperty;

/** The variables a module call gives values, each evaluated where the call is on first use (within the evaluation
 *  that asks, so that chains of modules stay within one budget); undefined for a variable the call does not set. */
export interface BoundArguments {
  get(name: string, evaluation: Evaluation): Value | ExpressionError | undefined;
  /** The same arguments evaluated where the call is with references opaque (TerraformResolver.referencesUnknown). */
  opaque?(): BoundArguments;
}

const NO_ARGUMENTS: BoundArguments = { get: () => undefined };

/**
 * Resolves the `${…}` templates of a Terraform JSON configuration the way Terraform would before planning: variables
 * (supplied values, else defaults; a null default is "not set"), locals, operators, conditionals and the common
 * functions are evaluated; what refers to resources, data sources, modules or variables without a value stays
 * unknown (UnresolvedValue, with the expression and what is unknown); what costkit cannot evaluate is an
 * UnevaluableValue saying why.
 */
export class TerraformResolver implements ExpressionResolver, Scope {
  /** Each local's value, evaluated once: a local may refer to others many times over, and evaluating them again at
   *  each reference would grow exponentially with the depth of such references. */
  private readonly locals = new Map<string, Value | ExpressionError>();
  private readonly evaluatingLocals = new Set<string>();

  constructor(
    private readonly declarations: ReadonlyMap<string, VariableDeclaration>,
    private readonly localsJson: Readonly<Record<string, unknown>>,
    /** Values given from outside (tfvars files, --var), by variable name, as JSON. */
    private readonly supplied: ReadonlyMap<string, unknown> = new Map(),
    /** A child module's variables bound to the arguments of its call, evaluated where the call is (unknowns kept). */
    private readonly bound: BoundArguments = NO_ARGUMENTS,
    /** Names with a value in this resolver only: `each` or `count` of one instance of a resource (forInstance), the
     *  iterator of a dynamic block (withName). */
    private readonly names: ReadonlyMap<string, Value> = new Map(),
    /** The module's own resources, for references to them (`aws_subnet.public[0].availability_zone`). */
    private readonly references?: ModuleReferences,
  ) {
    if (references && names.size === 0) references.attach(this);
  }

  /** A resolver for one instance of a resource: `each.key`/`each.value` or `count.index` have that instance's values. */
  forInstance(name: "each" | "count", value: Value): TerraformResolver {
    return new TerraformResolver(this.declarations, this.localsJson, this.supplied, this.bound, new Map([...this.names, [name, value]]), this.references);
  }

  withName(name: string, value: unknown): TerraformResolver {
    return new TerraformResolver(this.declarations, this.localsJson, this.supplied, this.bound, new Map([...this.names, [name, fromJson(value)]]), this.references);
  }

  instanceName(name: string): Value | undefined {
    return this.names.get(name);
  }

  private opaque: TerraformResolver | undefined;

  referencesUnknown(): TerraformResolver {
    if (!this.references && !this.bound.opaque) return this;
    if (this.references?.opaque) return this;
    if (this.opaque) return this.opaque;
    const bound = this.bound.opaque?.() ?? this.bound;
    const view = this.references?.opaqueReferences();
    // The view evaluates resources' count and for_each in a resolver without instance names, which attaches itself.
    if (view && !view.attached && this.names.size > 0) new TerraformResolver(this.declarations, this.localsJson, this.supplied, bound, new Map(), view);
    return (this.opaque = new TerraformResolver(this.declarations, this.localsJson, this.supplied, bound, this.names, view));
  }

  reference(root: string, text: string, evaluation: Evaluation): Value | undefined {
    return this.references?.reference(root, text, evaluation);
  }

  evaluateWithin(json: unknown, within: Evaluation): Value {
    const ev = new Evaluation(this, within);
    return ev.nested(() => this.jsonExpression(json, ev));
  }

  resolve(value: string, path: string): unknown {
    if (value.indexOf("${") === -1 && value.indexOf("%{") === -1) return value; // the common case: a literal
    return this.known(this.guarded(() => new Evaluation(this).evaluate(parseTemplate(value))), path, value);
  }

  resolveItems(value: string, path: string): unknown[] {
    const result = this.guarded(() => new Evaluation(this).evaluate(parseTemplate(value)));
    if (!Array.isArray(result)) {
      const v = this.known(result, path, value);
      return v === undefined || v === null ? [] : [v];
    }
    return (result as readonly Value[]).map((x, i) => {
      const u = firstUnknown(x);
      if (!u) return toJson(x);
      const whole = x === u ? u : undefined;
      return new UnknownItem(new UnresolvedValue(`${path}.${i}`, value, u.why, u.subject, this.resourceOf(u)), whole?.facts.distinct, whole);
    });
  }

  dynamicIterations(forEach: string, path: string, iterator: string): TerraformResolver[] {
    const result = this.guarded(() => new Evaluation(this).evaluate(parseTemplate(forEach)));
    if (result instanceof ExpressionError || isUnknown(result) || !(Array.isArray(result) || isObjectValue(result))) {
      this.known(result, path, forEach); // throws for errors and unknowns
      return []; // null, or a value that is not a collection: no blocks, as costkit read such for_each before
    }
    const entries: [Value, Value][] = Array.isArray(result)
      ? (result as readonly Value[]).map((v, i) => [new Money(i), v])
      : [...(result as ReadonlyMap<string, Value>)];
    checkedList(entries);
    return entries.map(([key, value]) => new TerraformResolver(this.declarations, this.localsJson, this.supplied, this.bound, new Map([...this.names, [iterator, new Map<string, Value>([["key", key], ["value", value]])]]), this.references));
  }

  /** A JSON value of the configuration as Terraform's JSON syntax reads it (strings are templates), e.g. for_each. */
  resolveJson(json: unknown, path: string): unknown {
    if (typeof json === "string") return this.resolve(json, path);
    return this.known(this.evaluateJson(json), path, JSON.stringify(json) ?? "");
  }

  /**
   * A JSON value of the configuration evaluated as resolveJson does, but returned as it is: unknown parts stay
   * Unknown and an error is returned, not thrown (a module call's arguments, which its module evaluates further).
   */
  evaluateJson(json: unknown): Value | ExpressionError {
    return this.guarded(() => {
      const ev = new Evaluation(this);
      return ev.nested(() => this.jsonExpression(json, ev));
    });
  }

  private guarded(evaluate: () => Value): Value | ExpressionError {
    try {
      return evaluate();
    } catch (e) {
      if (e instanceof ExpressionError) return e;
      throw e;
    }
  }

  private known(result: Value | ExpressionError, path: string, expression: string): unknown {
    if (result instanceof ExpressionError) throw new UnevaluableValue(path, expression, result.message);
    const unknown = firstUnknown(result);
    // A lone reference says itself what is unknown; the detail is for longer expressions, and for values that differ
    // per instance (the engine reads that detail to price the instances one by one).
    if (unknown) {
      const lone = expression === `\${${unknown.subject}}` && !unknown.why.endsWith(DIFFERS_PER_INSTANCE);
      throw new UnresolvedValue(path, expression, lone ? undefined : unknown.why, unknown.subject, this.resourceOf(unknown));
    }
    return toJson(result);
  }

  /** The resource attribute an unknown stands for, addressed as UnresolvedValue.resource says. */
  private resourceOf(u: Unknown): { address: string; attribute: string } | undefined {
    const r = u.facts.resource;
    if (!r) return undefined;
    const prefix = this.references?.prefix ?? "";
    const own = r.address.startsWith(prefix) && !r.address.startsWith("module.", prefix.length);
    if (own) return { address: r.address.slice(prefix.length), attribute: r.attribute };
    // From the root: unambiguous only when it is in a module (a root resource's address would read as this module's).
    return r.address.startsWith("module.") ? r : undefined;
  }

  variable(name: string, evaluation: Evaluation): Value {
    const declaration = this.declarations.get(name);
    // Not declared in the files read (another file may declare it): unknown, as Terraform cannot plan it either.
    if (!declaration) return new Unknown(`var.${name}`, `var.${name} is not declared (the files read have no variable "${name}" block)`);
    const bound = this.bound.get(name, evaluation);
    const v = bound !== undefined ? bound : this.guarded(() => {
      if (this.supplied.has(name)) return variableValue(name, declaration, this.supplied.get(name));
      if (!declaration.hasDefault) return new Unknown(`var.${name}`, `var.${name} has no value (no default); give it one in terraform.tfvars.json, a *.auto.tfvars.json file or with --var-file`);
      return variableValue(name, declaration, declaration.default);
    });
    if (v instanceof ExpressionError) throw v;
    return v;
  }

  local(name: string, evaluation: Evaluation): Value {
    const cached = this.locals.get(name);
    if (cached instanceof ExpressionError) throw cached;
    if (cached !== undefined) return cached;
    if (!hasOwn.call(this.localsJson, name)) return new Unknown(`local.${name}`, `local.${name} is not declared (no locals block of the files read sets "${name}")`);
    if (this.evaluatingLocals.has(name)) throw new ExpressionError(`local.${name} refers to itself`);
    this.evaluatingLocals.add(name);
    try {
      const v = evaluation.nested(() => this.jsonExpression(this.localsJson[name], evaluation));
      this.locals.set(name, v);
      return v;
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      if (e instanceof LimitExceeded) throw e; // depends on where it was evaluated from: not kept
      const error = e.message.startsWith("local.") ? e : new ExpressionError(`local.${name}: ${e.message}`);
      this.locals.set(name, error);
      throw error;
    } finally {
      this.evaluatingLocals.delete(name);
    }
  }

  /** Terraform's JSON syntax: strings are templates, arrays tuples, objects objects (their keys literal). */
  private jsonExpression(json: unknown, evaluation: Evaluation): Value {
    if (typeof json === "string") return evaluation.evaluate(parseTemplate(json));
    if (Array.isArray(json)) return json.map((x) => evaluation.nested(() => this.jsonExpression(x, evaluation)));
    if (typeof json === "object" && json !== null) {
      const out = new Map<string, Value>();
      for (const k of Object.keys(json)) out.set(k, evaluation.nested(() => this.jsonExpression((json as Record<string, unknown>)[k], evaluation)));
      return out;
    }
    return fromJson(json);
  }
}
