import { Money } from "../money";
import type { Evaluation } from "./evaluate";
import {
  ExpressionError, isNumber, isObjectValue, isUnknown, LimitExceeded, LIMITS, Reference, Unknown, UnknownFacts, Value, valuesEqual,
} from "./values";

/**
 * References from one module instance to its own resources (`aws_subnet.public[0].availability_zone`,
 * `random_shuffle.zones.result`), as Terraform resolves them at plan: an attribute that the resource's configuration
 * sets has that value (evaluated where the resource is, with its own `count.index` or `each`); an attribute it does not
 * set is computed by the provider and known only after apply. A resource with `count` is a list of its instances, one
 * with `for_each` a map of them, once their number is known.
 *
 * The value read is the configured one. Providers may store a normalised form after apply (a self link for a name,
 * another letter case); before apply, Terraform plans the configured value, and it is the form the pricer of the
 * referenced resource reads too.
 */

/** The scope a resource's attributes are evaluated in (the module's resolver, or one of an instance). */
export interface InstanceScope {
  forInstance(name: "each" | "count", value: Value): InstanceScope;
  /** A value of Terraform JSON evaluated in this scope within `evaluation`'s budget. */
  evaluateWithin(json: unknown, evaluation: Evaluation): Value;
}

/** Arguments of a resource block that are not attributes of the resource. */
const META = new Set(["count", "for_each", "provider", "lifecycle", "depends_on", "//", "dynamic", "connection", "provisioner"]);

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Data sources whose list attribute holds at least `min` distinct elements whatever the provider returns, when their
 * block sets none of `unless` (filters that could return fewer).
 */
const DATA_LISTS: readonly { readonly type: string; readonly attribute: string; readonly min: number; readonly unless: readonly string[] }[] = [
  // "A region consists of three or more zones" (https://cloud.google.com/docs/geography-and-regions, read 2026-12-08);
  // a `status` filter (UP, DOWN) could leave fewer.
  { type: "google_compute_zones", attribute: "names", min: 3, unless: ["status"] },
];

/** `data.TYPE.NAME.ATTR` or `data.TYPE.NAME[KEY].ATTR`, as an Unknown's subject names it. */
const DATA_SUBJECT = /^data\.([a-z0-9]+_[a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.([A-Za-z0-9_]+)$/;

export class ModuleReferences {
  private readonly blocks = new Map<string, Map<string, Record<string, unknown>>>();
  private readonly values = new Map<string, Value | ExpressionError>();
  private readonly pending = new Set<string>();
  private scope: InstanceScope | undefined;
  private opaqueView: ModuleReferences | undefined;
  /** `module.NAME` of this module's calls, once the reading sets it: undefined for a name it does not call. With
   *  `opaque`, the module instances' outputs are evaluated with opaque references too. */
  modules?: (name: string, opaque: boolean) => Value | undefined;

  /**
   * `resources` are the module's resource blocks, `data` its data section as written, `prefix` the module
   * instance's address from the root (`""`, `module.vpc.`, `module.db["a"].`).
   */
  constructor(
    private readonly resources: readonly { type: string; name: string; body: Record<string, unknown> }[],
    private readonly data: unknown,
    readonly prefix: string,
    /** Every attribute of a resource is unknown, as if computed (module outputs and arguments are still followed):
     *  for finding which resource an expression refers to, however it gets there. */
    readonly opaque = false,
  ) {
    for (const { type, name, body } of resources) {
      let byName = this.blocks.get(type);
      if (!byName) this.blocks.set(type, (byName = new Map()));
      byName.set(name, body);
    }
  }

  /** The same references with every resource attribute unknown (ModuleReferences.opaque). */
  opaqueReferences(): ModuleReferences {
    if (this.opaque) return this;
    if (!this.opaqueView) {
      const view = new ModuleReferences(this.resources, this.data, this.prefix, true);
      view.modules = (name) => this.modules?.(name, true);
      this.opaqueView = view;
    }
    return this.opaqueView;
  }

  get attached(): boolean {
    return this.scope !== undefined;
  }

  /** The module's resolver, once it exists (it holds these references). */
  attach(scope: InstanceScope): void {
    this.scope ??= scope;
  }

  /** The value of a reference rooted at a resource type of this module, else undefined. */
  reference(root: string, text: string, evaluation: Evaluation): Value | undefined {
    const modules = this.modules;
    if (root === "module" && modules) {
      return new NamedReference("module", (name) => modules(name, this.opaque) ?? new Unknown(text, `${text} is not known: this module calls no module "${name}"`));
    }
    const byName = this.blocks.get(root);
    if (!byName || !this.scope) return undefined;
    return new TypeReference(root, text, (name) => (byName.has(name) ? this.resource(root, name, evaluation) : undefined));
  }

  /** A resource as a value: one instance, a list (count) or map (for_each) of them, or Unknown when their number is. */
  private resource(type: string, name: string, evaluation: Evaluation): Value {
    const key = `${type}.${name}`;
    const cached = this.values.get(key);
    if (cached instanceof ExpressionError) throw cached;
    if (cached !== undefined) return cached;
    if (this.pending.has(key)) throw new ExpressionError(`the count or for_each of ${key} refers to ${key} itself`);
    this.pending.add(key);
    try {
      const v = this.instances(type, name, evaluation);
      this.values.set(key, v);
      return v;
    } catch (e) {
      if (e instanceof ExpressionError && !(e instanceof LimitExceeded)) this.values.set(key, e);
      throw e;
    } finally {
      this.pending.delete(key);
    }
  }

  private instances(type: string, name: string, evaluation: Evaluation): Value {
    const body = this.blocks.get(type)?.get(name) as Record<string, unknown>;
    const scope = this.scope as InstanceScope;
    const address = `${type}.${name}`;
    const instance = (key: string, s: InstanceScope) => new InstanceReference(type, body, `${address}${key}`, `${this.prefix}${address}`, s, this);
    const unknownNumber = (u: Unknown) => new Unknown(address, `the number of instances of ${address} is not known before apply: ${u.why}`, u.facts.resource ? { resource: u.facts.resource } : undefined);
    if (body.for_each !== undefined && body.for_each !== null) {
      const each = scope.evaluateWithin(body.for_each, evaluation);
      if (isUnknown(each)) return unknownNumber(each);
      const entries: [string, Value][] = [];
      if (isObjectValue(each)) entries.push(...each);
      else if (Array.isArray(each)) {
        for (const x of each as readonly Value[]) {
          if (isUnknown(x)) return unknownNumber(x);
          if (typeof x !== "string") throw new ExpressionError(`the for_each of ${address} must be a map or a set of strings`);
          entries.push([x, x]);
        }
      } else throw new ExpressionError(`the for_each of ${address} must be a map or a set of strings`);
      const out = new Map<string, Value>();
      for (const [k, v] of [...new Map(entries)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        out.set(k, instance(`[${JSON.stringify(k)}]`, scope.forInstance("each", new Map<string, Value>([["key", k], ["value", v]]))));
      }
      return out;
    }
    if (body.count !== undefined && body.count !== null) {
      const c = scope.evaluateWithin(body.count, evaluation);
      if (isUnknown(c)) return unknownNumber(c);
      const n = isNumber(c) ? c : typeof c === "string" && /^\s*\d+\s*$/.test(c) ? Number(c.trim()) : undefined;
      const count = typeof n === "number" ? n : n !== undefined && n.isInteger() && !n.isNegative() && n.lte(LIMITS.maxElements) ? n.toNumber() : undefined;
      if (count === undefined) throw new ExpressionError(`the count of ${address} must be a whole number, 0 or more`);
      if (count > LIMITS.maxElements) throw new LimitExceeded(`the count of ${address} is larger than costkit evaluates (${LIMITS.maxElements})`);
      return Array.from({ length: count }, (_, i) => instance(`[${i}]`, scope.forInstance("count", new Map<string, Value>([["index", new Money(i)]]))));
    }
    return instance("", scope);
  }

  /** At least how many distinct elements the data source list an Unknown stands for holds, if costkit knows. */
  dataListMinimum(u: Unknown): number | undefined {
    const m = DATA_SUBJECT.exec(u.subject);
    // Only a data source of this module read here (a value given by a caller names the caller's data source).
    if (!m || !u.why.startsWith(`${u.subject} is read from the provider`)) return undefined;
    const fact = DATA_LISTS.find((f) => f.type === m[1] && f.attribute === m[3]);
    if (!fact) return undefined;
    const block = dataBlock(this.data, m[1], m[2]);
    if (!block || fact.unless.some((k) => hasOwn.call(block, k))) return undefined;
    return fact.min;
  }
}

/** The body of `data.TYPE.NAME` in a data section as written (an object of types, or a list of such objects). */
function dataBlock(section: unknown, type: string, name: string): Record<string, unknown> | undefined {
  for (const part of Array.isArray(section) ? section : [section]) {
    if (typeof part !== "object" || part === null || !hasOwn.call(part, type)) continue;
    const byName = (part as Record<string, unknown>)[type];
    for (const names of Array.isArray(byName) ? byName : [byName]) {
      if (typeof names !== "object" || names === null || !hasOwn.call(names, name)) continue;
      const body = (names as Record<string, unknown>)[name];
      const one = Array.isArray(body) ? body[0] : body;
      if (typeof one === "object" && one !== null) return one as Record<string, unknown>;
    }
  }
  return undefined;
}

/** A name whose attributes are values (`module` in `module.vpc`). */
class NamedReference extends Reference {
  constructor(name: string, private readonly named: (name: string) => Value) {
    super(name, `${name} is not a value`);
  }

  attribute(name: string): Value {
    return this.named(name);
  }
}

const ID_TOKENS = new Map<string, object>();

/** The UnknownFacts.distinct token of the ids of one resource type. */
function idToken(type: string): object {
  let token = ID_TOKENS.get(type);
  if (!token) ID_TOKENS.set(type, (token = {}));
  return token;
}

/** `aws_subnet` in `aws_subnet.public.id`: its attributes are the module's resources of that type. */
class TypeReference extends Reference {
  constructor(type: string, private readonly text: string, private readonly named: (name: string) => Value | undefined) {
    super(type, `${type} is a resource type`);
  }

  /** A resource the files read do not declare (another file may): unknown, as the reference was before costkit
   *  followed references. */
  attribute(name: string): Value {
    return this.named(name) ?? new Unknown(this.text, `${this.text} is known only after apply`);
  }
}

/** One instance of a resource: its configured attributes known, the others after apply. */
class InstanceReference extends Reference {
  private readonly attributes = new Map<string, Value | ExpressionError>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly type: string,
    private readonly body: Record<string, unknown>,
    /** `aws_subnet.public[0]`, as the module refers to it. */
    private readonly address: string,
    /** `module.vpc.aws_subnet.public`: the resource (all instances) from the root. */
    private readonly absolute: string,
    private readonly scope: InstanceScope,
    private readonly module: ModuleReferences,
  ) {
    super(address, `${address} is known only after apply`, { notNull: true });
  }

  attribute(name: string, evaluation: Evaluation): Value {
    const cached = this.attributes.get(name);
    if (cached instanceof ExpressionError) throw cached;
    if (cached !== undefined) return cached;
    if (this.pending.has(name)) throw new ExpressionError(`${this.address}.${name} refers to itself`);
    this.pending.add(name);
    try {
      const v = this.read(name, evaluation);
      this.attributes.set(name, v);
      return v;
    } catch (e) {
      if (e instanceof ExpressionError && !(e instanceof LimitExceeded)) this.attributes.set(name, e);
      throw e;
    } finally {
      this.pending.delete(name);
    }
  }

  private read(name: string, evaluation: Evaluation): Value {
    if (this.module.opaque) return this.computed(name);
    const written = hasOwn.call(this.body, name) && !META.has(name) ? this.body[name] : undefined;
    // A block (an object, or a list of objects) or a map is not followed: only attributes set to a value are.
    const scalar = written !== undefined && written !== null && (typeof written !== "object" || (Array.isArray(written) && written.every((x) => typeof x !== "object" || x === null)));
    if (scalar) {
      const v = this.scope.evaluateWithin(written, evaluation);
      // Null is "not set": the provider may compute the attribute.
      if (v !== null) return v;
    }
    if (written === undefined && this.type === "random_shuffle" && name === "result") return this.shuffled(evaluation);
    return this.computed(name);
  }

  /** An attribute the configuration does not set: computed by the provider, known only after apply. */
  private computed(name: string): Unknown {
    const facts: UnknownFacts = {
      // Terraform requires every resource to have an id once created; the AWS provider sets the ARN of each resource
      // that has one from the object it creates.
      ...(name === "id" || (name === "arn" && this.type.startsWith("aws_")) ? { notNull: true } : {}),
      // Two resources of one type are two objects of the provider, with two ids.
      ...(name === "id" ? { distinct: idToken(this.type) } : {}),
      resource: { address: this.absolute, attribute: name },
    };
    return new Unknown(`${this.address}.${name}`, `${this.address}.${name} is known only after apply`, facts);
  }

  /**
   * random_shuffle's `result`: `result_count` strings picked from `input` (all of them when it is not set), repeated
   * only when more are asked for than the input holds, and none from an empty input
   * (registry.terraform.io/providers/hashicorp/random/latest/docs/resources/shuffle). Which strings is known only after
   * apply; how many is known when the input's length is, or when the input is a data source list known to be long
   * enough (DATA_LISTS). Picks from distinct inputs that are no more than the inputs are distinct from one another.
   */
  private shuffled(evaluation: Evaluation): Value {
    const subject = `${this.address}.result`;
    const input = this.attribute("input", evaluation);
    const countWritten = hasOwn.call(this.body, "result_count") ? this.attribute("result_count", evaluation) : undefined;
    const unknown = (why: string) => new Unknown(subject, why, { resource: { address: this.absolute, attribute: "result" } });
    if (countWritten !== undefined && isUnknown(countWritten)) return unknown(`${subject} is known only after apply (result_count is not known: ${countWritten.why})`);
    let count: number | undefined;
    if (countWritten !== undefined) {
      if (!isNumber(countWritten) || !countWritten.isInteger() || countWritten.isNegative()) throw new ExpressionError(`${this.address}.result_count must be a whole number, 0 or more`);
      if (countWritten.gt(LIMITS.maxElements)) throw new LimitExceeded(`${this.address}.result_count is larger than costkit evaluates (${LIMITS.maxElements})`);
      count = countWritten.toNumber();
    }
    let distinctInputs: number;
    let length: number;
    if (Array.isArray(input)) {
      const items = input as readonly Value[];
      if (items.length === 0) return [];
      length = count === undefined || count === 0 ? items.length : count;
      distinctInputs = items.some(isUnknown) ? 0 : items.filter((x, i) => items.findIndex((y) => valuesEqual(x, y)) === i).length;
    } else if (isUnknown(input)) {
      const min = this.module.dataListMinimum(input);
      if (min === undefined || count === undefined || count === 0) return unknown(`${subject} is known only after apply, and so is how many strings it holds (${input.why})`);
      length = count;
      distinctInputs = min;
    } else throw new ExpressionError(`${this.address}.input must be a list of strings`);
    const facts: UnknownFacts = { string: true, resource: { address: this.absolute, attribute: "result" }, ...(length <= distinctInputs ? { distinct: {} } : {}) };
    return Array.from({ length }, () => new Unknown(subject, `${subject} is known only after apply (random_shuffle picks ${length} at apply)`, facts));
  }
}
