import { isObject } from "../own";
import type { Attributes } from "../attributes";
import { byString } from "../compare";
import { describeValue, errors, truncate } from "../errors";
import type { Evaluation } from "./evaluate";
import { BoundArguments, TerraformResolver } from "./resolver";
import { convertedValue, VariableDeclaration } from "./variables";
import { ExpressionError, LimitExceeded, Reference, Unknown, Value } from "./values";

/**
 * Module calls as Terraform reads them: a `module` block names a source, gives the module's variables their values
 * (arguments, evaluated where the call is), may repeat the module (`count`, `for_each`) and may pass it provider
 * configurations (`providers`). Reading the module's files is the caller's business (a ModuleReader): the engine
 * never touches the file system.
 */

/** How many levels of module calls are read (root → module.a is one); deeper is bad input naming the chain. */
export const MAX_MODULE_DEPTH = 16;

/** Arguments of a module block that are not the module's variables. */
const META_ARGUMENTS = new Set(["source", "version", "count", "for_each", "providers", "depends_on", "//"]);

/** One `module` block. */
export interface ModuleCall {
  readonly name: string;
  /** The source as written, when it is a string. */
  readonly source: string | undefined;
  readonly body: Readonly<Record<string, unknown>>;
}

/** A module's files, read and merged into one Terraform JSON object. */
export interface ModuleFound {
  readonly json: Record<string, unknown>;
  /** The module's folder as messages name it. */
  readonly file: string;
  /** The folder as the reader knows it: where the module's own calls are resolved from, and its identity in cycles. */
  readonly folder: string;
}

/** Why a module is not read; the whole reason of its unpriced entry. */
export interface ModuleNotFound {
  readonly reason: string;
}

/** Reads the module a call names (the file system side: pricing/module-folders.ts). */
export interface ModuleReader {
  /**
   * `from` is the folder of the calling module (as ModuleFound.folder, or the root's), `key` the call's place as
   * `terraform init` records it in .terraform/modules/modules.json: names of the calls from the root, dotted (`a.b`).
   */
  read(source: string, from: string, key: string): ModuleFound | ModuleNotFound;
}


/** True for a source Terraform reads from the local file system: it starts with `./` or `../`. */
export function isLocalSource(source: string): boolean {
  return source.startsWith("./") || source.startsWith("../");
}

/** The end of every reason a module is not expanded: what it means and how to price it anyway. */
export function notExpanded(why: string, fix?: string): string {
  return `${why}, so the resources this module creates are not priced; ${fix ? `${fix}, or ` : ""}estimate the plan instead (terraform show -json), which lists them`;
}

/** The reason for a module that is not read because no reader was given (a document read without its folder). */
export function notRead(source: string | undefined): string {
  return notExpanded(
    `costkit does not expand modules (${source ?? "no source"}) in a configuration read without its folder`,
    "estimate the configuration's folder or file (costkit estimate <path>), which expands local modules",
  );
}

/** The module calls of a configuration (`"module": {name: {source, …}}`, or a list of such objects), by name. */
export function moduleCalls(section: unknown, file: string): ModuleCall[] {
  if (section === undefined) return [];
  const out: ModuleCall[] = [];
  for (const [i, part] of (Array.isArray(section) ? section : [section]).entries()) {
    if (!isObject(part)) throw errors.badTerraform(file, Array.isArray(section) ? `module[${i}]` : "module", `expected an object of module calls, got ${describeValue(part)}`);
    for (const name in part) {
      const call = part[name];
      const body = Array.isArray(call) ? call[0] : call;
      if (!isObject(body)) throw errors.badTerraform(file, `module.${name}`, `expected an object of the module's arguments, got ${describeValue(body)}`);
      out.push({ name, source: typeof body.source === "string" ? body.source : undefined, body });
    }
  }
  return out.sort((a, b) => byString(a.name, b.name));
}

/**
 * The module's variables bound to the call's arguments, each evaluated where the call is: a known value (converted
 * to the variable's declared type), a partly known one as it is, an unknown one as an Unknown that says which
 * argument it comes from, or the error that evaluating it gave. An argument the module does not declare is bad
 * input, as in Terraform. Variables without an argument keep their defaults (the module's resolver reads them).
 */
export function boundArguments(
  call: ModuleCall, address: string, declarations: ReadonlyMap<string, VariableDeclaration>, parent: TerraformResolver, file: string, moduleFile: string,
): BoundArguments {
  for (const name of Object.keys(call.body)) {
    if (!META_ARGUMENTS.has(name) && !declarations.has(name)) {
      throw errors.moduleArgumentUndeclared(file, `${address}.${name}`, name, moduleFile, [...declarations.keys()].sort(byString));
    }
  }
  return argumentsEvaluatedBy(parent);

  function argumentsEvaluatedBy(where: TerraformResolver): BoundArguments {
  const values = new Map<string, Value | ExpressionError>();
  const pending = new Set<string>();
  let opaque: BoundArguments | undefined;
  return {
    opaque: () => (opaque ??= where === where.referencesUnknown() ? argumentsEvaluatedBy(where) : argumentsEvaluatedBy(where.referencesUnknown())),
    get(name: string, evaluation: Evaluation): Value | ExpressionError | undefined {
      if (META_ARGUMENTS.has(name) || !hasOwn.call(call.body, name)) return undefined;
      const cached = values.get(name);
      if (cached !== undefined) return cached;
      if (pending.has(name)) return new ExpressionError(`var.${name} of ${address} refers to itself (through its module's outputs)`);
      pending.add(name);
      try {
        const v = bind(name, evaluation, where);
        if (!(v instanceof LimitExceeded)) values.set(name, v); // a limit depends on where it was evaluated from
        return v;
      } finally {
        pending.delete(name);
      }
    },
  };
  }

  function bind(name: string, evaluation: Evaluation, where: TerraformResolver): Value | ExpressionError {
    const declaration = declarations.get(name) as VariableDeclaration;
    const json = call.body[name];
    const written = truncate(typeof json === "string" ? json : JSON.stringify(json) ?? "", 80);
    let value: Value | ExpressionError;
    try {
      value = where.evaluateWithin(json, evaluation);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      value = e;
    }
    const given = `var.${name} is given by ${address} as ${written}`;
    if (value instanceof LimitExceeded) return value;
    if (value instanceof ExpressionError) return new ExpressionError(`${given}, which costkit cannot evaluate: ${value.message}`);
    // What is known of the value (not null, which resource it is) goes with it.
    if (value instanceof Unknown && !(value instanceof Reference)) return new Unknown(written.replace(/^\$\{(.*)\}$/s, "$1"), `${given}, and ${value.why}`, value.facts);
    try {
      return convertedValue(name, declaration, value);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      return new ExpressionError(`${given}: ${e.message}`);
    }
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The provider configurations a module gets from its caller, by the module's own keys (`aws`, `aws.east`): the
 * caller's default (unaliased) configurations, as Terraform passes them implicitly, then those the call maps by
 * name (`providers = { aws = aws.west }`). A mapping that is not a plain provider name, or names a configuration the
 * caller does not have, keeps the default. (Terraform passes only the mapped ones once `providers` is set; costkit
 * keeps the defaults for the others, which only matters for a module Terraform would reject.)
 */
export function passedProviders(call: ModuleCall, caller: ReadonlyMap<string, Attributes>): Map<string, Attributes> {
  const out = new Map<string, Attributes>();
  for (const [key, cfg] of caller) if (!key.includes(".")) out.set(key, cfg);
  const map = call.body.providers;
  if (!isObject(map)) return out;
  for (const [key, ref] of Object.entries(map)) {
    const name = typeof ref === "string" ? ref.replace(/^\$\{(.*)\}$/s, "$1").trim() : "";
    const cfg = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)?$/.test(name) ? caller.get(name) : undefined;
    if (cfg) out.set(key, cfg);
  }
  return out;
}

/** The `value` of an output block of a module's JSON (`output: {name: {value}}`, or a list of such objects). */
function outputValue(json: Readonly<Record<string, unknown>>, name: string): { value: unknown } | undefined {
  const section = json.output;
  for (const part of Array.isArray(section) ? section : [section]) {
    if (!isObject(part) || !hasOwn.call(part, name)) continue;
    const block = part[name];
    const body = Array.isArray(block) ? block[0] : block;
    if (isObject(body) && hasOwn.call(body, "value")) return { value: body.value };
  }
  return undefined;
}

/**
 * One instance of a module call (`module.vpc`, `module.db["a"]`) as a value: its attributes are the module's outputs,
 * each evaluated in that instance on first use, within the evaluation that asks. An output that refers to what is known
 * only after apply (an id, an ARN) stays unknown, with what is known of it (not null, which resource it is).
 */
export class ModuleInstance extends Reference {
  private readonly outputs = new Map<string, Value | ExpressionError>();
  private readonly pending = new Set<string>();

  constructor(
    /** The instance's address as the calling module names it (`module.vpc`, `module.db["a"]`). */
    private readonly address: string,
    private readonly json: Readonly<Record<string, unknown>>,
    private readonly file: string,
    /** The instance's resolver, or (opaque) the one whose resource attributes are all unknown. */
    private readonly resolver: () => TerraformResolver,
  ) {
    super(address, `${address} is a module instance, whose outputs costkit reads one by one`, { notNull: true });
  }

  attribute(name: string, evaluation: Evaluation): Value {
    const cached = this.outputs.get(name);
    if (cached instanceof ExpressionError) throw cached;
    if (cached !== undefined) return cached;
    if (this.pending.has(name)) throw new ExpressionError(`${this.address}.${name} refers to itself (outputs and arguments of modules in a cycle)`);
    const written = outputValue(this.json, name);
    if (!written) throw new ExpressionError(`${this.address} has no output "${name}" (${this.file})`);
    this.pending.add(name);
    try {
      const v = this.evaluate(name, written.value, evaluation);
      this.outputs.set(name, v);
      return v;
    } catch (e) {
      if (e instanceof ExpressionError && !(e instanceof LimitExceeded)) {
        const error = new ExpressionError(`${this.address}.${name}: ${e.message}`);
        this.outputs.set(name, error);
        throw error;
      }
      throw e;
    } finally {
      this.pending.delete(name);
    }
  }

  private evaluate(name: string, json: unknown, evaluation: Evaluation): Value {
    const v = this.resolver().evaluateWithin(json, evaluation);
    if (!(v instanceof Unknown) || v instanceof Reference) return v;
    const written = truncate(typeof json === "string" ? json : JSON.stringify(json) ?? "", 80);
    return new Unknown(`${this.address}.${name}`, `${this.address}.${name} is ${written} in its module, and ${v.why}`, v.facts);
  }
}
