import { isObject } from "./own";
import { Attributes, LITERAL_VALUES } from "./attributes";
import { describeValue, errors, InputError, UnresolvedValue } from "./errors";
import { byString } from "./compare";
import { boundArguments, MAX_MODULE_DEPTH, ModuleCall, moduleCalls, ModuleInstance, ModuleReader, notExpanded, notRead, passedProviders } from "./terraform/modules";
import { forEachEntries, multiplicityOf } from "./terraform/multiplicity";
import { Money } from "./money";
import { ModuleReferences } from "./terraform/references";
import { BoundArguments, TerraformResolver } from "./terraform/resolver";
import { ExpressionError, LimitExceeded, Unknown, Value } from "./terraform/values";
import { variableDeclarations } from "./terraform/variables";

/**
 * The engine's view of Terraform: resources with their attributes, the provider configuration they use, and the
 * costkit metadata that constructs put under `"//".cost`. Built from Terraform JSON configuration (cdk.tf.json,
 * *.tf.json) or from a plan (`terraform show -json`); nothing here imports cdktf.
 */
export interface TfResource {
  /** `type.name`, with a module prefix and an instance key for plans (`module.a.aws_instance.web[0]`). */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly attrs: Attributes;
  /** How many instances: `count`, the keys of `for_each`, 1 otherwise; an UnresolvedValue when that is not known. */
  readonly multiplicity: number | UnresolvedValue;
  /** Attributes of the provider configuration the resource uses (region, zone, default tags). */
  readonly providerConfig: Attributes;
  /** Usage declared in the Terraform JSON (`"//".cost.usage`), as written. */
  readonly declaredUsage?: unknown;
  /** The construct path cdktf records in `"//".metadata.path` (for acknowledgements), when synthesized by cdktf. */
  readonly constructPath?: string;
  /** Cost-allocation tags set by the construct (`"//".cost.tags`), added to the resource's own labels or tags. */
  readonly costTags?: Readonly<Record<string, string>>;
  /** Category set by the construct (`"//".cost.category`), overriding the pricer's. */
  readonly category?: string;
  /** For cost-only items: the provider they bill through (`fastly`, `on-prem`). */
  readonly itemProvider?: string;
  /** For a block with `count` or `for_each` of known size: its instances one by one (`type.name[0]`,
   *  `type.name["key"]`), each with its own `count.index` or `each.key`/`each.value`. The engine prices them one by one
   *  when the block as a whole depends on those values. */
  readonly instances?: () => readonly TfResource[];
}

export interface TfDocument {
  readonly file: string;
  readonly kind: "config" | "plan";
  readonly resources: readonly TfResource[];
  /** Module calls that were not expanded (`module.<name>`): their resources are not in it, so they are reported unpriced. */
  readonly modules?: readonly UnexpandedModule[];
  /** The stack-level `"//".cost` block (drivers, the construct's declarations), if any. */
  readonly costMeta?: Readonly<Record<string, unknown>>;
}


/** True when a parsed JSON document is Terraform JSON configuration. */
export function isTerraformConfig(json: unknown): boolean {
  if (!isObject(json)) return false;
  const block = (v: unknown) => isObject(v) || Array.isArray(v); // Terraform's JSON syntax allows a block as a list
  return block(json.resource) || block(json.module) || isObject(json.terraform) || isObject(json.provider) || isObject((json["//"] as Record<string, unknown> | undefined)?.cost);
}

/** True when a parsed JSON document is a plan from `terraform show -json`. */
export function isTerraformPlan(json: unknown): boolean {
  return isObject(json) && typeof json.format_version === "string" && (Array.isArray(json.resource_changes) || isObject(json.planned_values));
}

function providerConfigs(json: Record<string, unknown>, resolver: TerraformResolver): Map<string, Attributes> {
  const out = new Map<string, Attributes>();
  const providers = isObject(json.provider) ? json.provider : {};
  for (const [name, value] of Object.entries(providers)) {
    const list = Array.isArray(value) ? value : [value];
    for (const cfg of list) {
      if (!isObject(cfg)) continue;
      const alias = typeof cfg.alias === "string" ? cfg.alias : undefined;
      out.set(alias ? `${name}.${alias}` : name, new Attributes(cfg, resolver, undefined, `provider.${name}`));
    }
  }
  return out;
}

/** Plans hold values, not expressions: their strings are taken as written. */
const EMPTY_RESOLVER = LITERAL_VALUES;

/** `google_compute_disk` → `google`. */
function typePrefix(type: string): string {
  return type.split("_")[0];
}

function providerKeyOf(type: string, explicit: unknown): string {
  if (typeof explicit === "string" && explicit !== "") return explicit.replace(/^\$\{(.*)\}$/, "$1");
  return typePrefix(type);
}

/**
 * Every resource block of a `resource` section in each form Terraform's JSON syntax allows: `{type: {name: body}}`,
 * the section or a type as a list of such objects, and a body as a list (of one: two blocks with one address are an
 * error, as in Terraform). Anything else is bad input naming the path. Blocks come in document order.
 */
export function forEachResourceBlock(section: unknown, file: string, visit: (type: string, name: string, body: Record<string, unknown>) => void): void {
  const bad = (where: string, what: string, seen: unknown) => errors.badTerraform(file, where, `expected ${what}, got ${describeValue(seen)}`);
  // Keys of one object are unique; an address can only repeat when lists are involved, so only then is it tracked.
  const seen = new Set<string>();
  const block = (type: string, name: string, body: unknown, inList: boolean) => {
    if (Array.isArray(body)) {
      if (body.length !== 1) throw errors.badTerraform(file, `resource.${type}.${name}`, `${body.length} blocks have this address; a resource address must be unique`);
      body = body[0];
    }
    if (!isObject(body)) throw bad(`resource.${type}.${name}`, "an object of the resource's arguments", body);
    if (inList) {
      if (seen.has(`${type}.${name}`)) throw errors.badTerraform(file, `resource.${type}.${name}`, "the resource is defined twice; a resource address must be unique");
      seen.add(`${type}.${name}`);
    }
    visit(type, name, body);
  };
  const types = (obj: unknown, where: string, inList: boolean) => {
    if (!isObject(obj)) throw bad(where, "an object of resource types", obj);
    for (const type in obj) {
      const byName = obj[type];
      if (!Array.isArray(byName)) {
        if (!isObject(byName)) throw bad(`resource.${type}`, "an object of resource names", byName);
        for (const name in byName) block(type, name, byName[name], inList);
        continue;
      }
      byName.forEach((names, i) => {
        if (!isObject(names)) throw bad(`resource.${type}[${i}]`, "an object of resource names", names);
        for (const name in names) block(type, name, names[name], true);
      });
    }
  };
  if (section === undefined) return;
  if (Array.isArray(section)) section.forEach((part, i) => types(part, `resource[${i}]`, true));
  else types(section, "resource", false);
}

/** Values for a configuration's variables from outside it (tfvars files, --var), by name, as JSON. */
export interface TerraformReadOptions {
  readonly variables?: ReadonlyMap<string, unknown>;
  /**
   * Reads the modules that module calls name, from `folder` (the root module's folder); without it every module call
   * is reported unexpanded.
   */
  readonly modules?: { readonly reader: ModuleReader; readonly folder: string };
}

/** A module call that is not expanded, reported unpriced with the reason. */
export interface UnexpandedModule {
  readonly address: string;
  readonly source: string;
  readonly reason: string;
}

/** One module being read: the root, or a module a call names (with what the call gives it). */
interface ModuleScope {
  readonly json: Record<string, unknown>;
  /** The module's file or folder as messages name it. */
  readonly file: string;
  /** `""` for the root, `module.a.` for a module, `module.a.module.b.` for one it calls. */
  readonly prefix: string;
  /** The dotted call names (`a.b`), as .terraform/modules/modules.json keys them; `""` for the root. */
  readonly key: string;
  /** The module calls that led here with the folders they read, root first (for cycles and the depth limit). */
  readonly chain: readonly { readonly address: string; readonly source: string; readonly folder: string }[];
  readonly supplied?: ReadonlyMap<string, unknown>;
  readonly bound?: BoundArguments;
  /** Provider configurations the caller passes (by this module's keys); the module's own blocks win. */
  readonly providers?: ReadonlyMap<string, Attributes>;
  /** How many instances of the module: the calls' count/for_each multiplied down the chain. */
  readonly instances: number | UnresolvedValue;
}

/** Reads Terraform JSON configuration (the shape of cdk.tf.json), expanding module calls when given a reader. */
export function readTerraformConfig(json: unknown, file: string, options: TerraformReadOptions = {}): TfDocument {
  if (!isObject(json)) throw errors.notTerraformJson(file);
  const resources: TfResource[] = [];
  const modules: UnexpandedModule[] = [];
  const rootFolder = options.modules?.folder ?? "";
  const resolver = readModule(
    { json, file, prefix: "", key: "", chain: [{ address: "the root module", source: file, folder: rootFolder }], supplied: options.variables, instances: 1 },
    { options, resources, modules, prepared: new Map(), depth: 0 },
  );
  const rootMeta = isObject(json["//"]) && isObject(json["//"].cost) ? (json["//"].cost as Record<string, unknown>) : undefined;
  // Cost-only items (third-party CDN contracts, on-prem racks): priced like resources, with no Terraform behind them.
  const items = rootMeta && Array.isArray(rootMeta.items) ? rootMeta.items : [];
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || typeof item.type !== "string" || typeof item.name !== "string") {
      throw errors.badArgument(`${file}: "//".cost.items[${i}] needs a string "type" and "name"`);
    }
    const cost = isObject(item.usage) ? item.usage : undefined;
    resources.push({
      address: `${item.type}.${item.name}`, type: item.type, name: item.name, multiplicity: 1,
      attrs: new Attributes(isObject(item.attributes) ? item.attributes : {}, resolver),
      providerConfig: new Attributes({}, EMPTY_RESOLVER),
      ...(cost !== undefined ? { declaredUsage: cost } : {}),
      ...(typeof item.provider === "string" ? { itemProvider: item.provider } : {}),
      ...(typeof item.category === "string" ? { category: item.category } : {}),
    });
  }
  resources.sort((a, b) => byString(a.address, b.address));
  modules.sort((a, b) => byString(a.address, b.address));
  rejectDuplicateAddresses(resources, file);
  return { file, kind: "config", resources, ...(modules.length ? { modules } : {}), ...(rootMeta ? { costMeta: rootMeta } : {}) };
}

/**
 * Each instance of a block with count or for_each of known size: its address key (`[0]`, `["key"]`), and the value
 * of `count` or `each` in it.
 */
function instanceKeys(forEach: unknown, n: number, resolver: TerraformResolver, address: string, file: string): [string, "each" | "count", Value][] {
  if (forEach === undefined) return Array.from({ length: n }, (_, i) => [String(i), "count", new Map([["index", new Money(i)]])]);
  return forEachEntries(forEach, resolver, address, file).map(([k, value]) => [JSON.stringify(k), "each", new Map<string, Value>([["key", k], ["value", value]])]);
}

/** Instances of a resource in a module with `instances` instances. */
function times(own: number | UnresolvedValue, instances: number | UnresolvedValue): number | UnresolvedValue {
  if (instances instanceof UnresolvedValue) return instances;
  if (own instanceof UnresolvedValue) return own;
  return own * instances;
}

/** One reading of a configuration: what is shared by its modules. */
interface Reading {
  readonly options: TerraformReadOptions;
  readonly resources: TfResource[];
  readonly modules: UnexpandedModule[];
  /** Each module instance prepared, by address prefix (`""`, `module.a[0].`): its resolver is built once, whether a
   *  reference to one of its outputs or the reading of its resources asks first. */
  readonly prepared: Map<string, Prepared>;
  /** How many module values are being worked out one inside another (module counts that depend on other modules). */
  depth: number;
}

/** A module instance ready to evaluate: its resolver, provider configurations, resource blocks and calls. */
interface Prepared {
  readonly scope: ModuleScope;
  readonly resolver: TerraformResolver;
  readonly providers: Map<string, Attributes>;
  readonly blocks: readonly { type: string; name: string; body: Record<string, unknown> }[];
  readonly calls: readonly ModuleCall[];
  /** Each call's instances, worked out once (reading the module's files is not free). */
  readonly children: Map<string, Children | "pending">;
  /** `module.NAME` as a value, by name and whether references are opaque: made once, so outputs are read once. */
  readonly values: Map<string, Value | undefined>;
}

/** A module call's instances: the scope of each (with its address), or why the call is not read. */
type Children =
  | { readonly reason: string }
  | { readonly own: number | UnresolvedValue; readonly repeated: "count" | "for_each" | undefined; readonly instances: readonly { readonly at: string; readonly key: string; readonly scope: ModuleScope }[] };

/** How deep module values may be worked out one inside another before costkit stops with a reason. */
const MAX_MODULE_VALUE_DEPTH = 32;

function prepare(scope: ModuleScope, reading: Reading): Prepared {
  const cached = reading.prepared.get(scope.prefix);
  if (cached) return cached;
  const { json, file, prefix } = scope;
  const locals: Record<string, unknown> = Object.create(null);
  const localsBlocks = Array.isArray(json.locals) ? json.locals : json.locals !== undefined ? [json.locals] : [];
  for (const block of localsBlocks) if (isObject(block)) for (const k of Object.keys(block)) locals[k] = block[k];
  const declarations = variableDeclarations(json.variable, file);
  const blocks: { type: string; name: string; body: Record<string, unknown> }[] = [];
  forEachResourceBlock(json.resource, file, (type, name, body) => blocks.push({ type, name, body }));
  const references = new ModuleReferences(blocks, json.data, prefix);
  const resolver = new TerraformResolver(declarations, locals, scope.supplied, scope.bound, undefined, references);
  const providers = new Map(scope.providers ?? []);
  for (const [key, cfg] of providerConfigs(json, resolver)) providers.set(key, cfg);
  const prepared: Prepared = { scope, resolver, providers, blocks, calls: moduleCalls(json.module, file), children: new Map(), values: new Map() };
  references.modules = (name, opaque) => {
    const key = `${opaque ? "opaque " : ""}${name}`;
    if (prepared.values.has(key)) return prepared.values.get(key);
    const v = moduleValue(prepared, name, reading, opaque);
    prepared.values.set(key, v);
    return v;
  };
  reading.prepared.set(prefix, prepared);
  return prepared;
}

/** The instances of one module call of a prepared module (read once); InputError for calls Terraform would reject. */
function childrenOf(prepared: Prepared, call: ModuleCall, reading: Reading): Children {
  const known = prepared.children.get(call.name);
  if (known === "pending") throw new ExpressionError(`the count or for_each of module.${call.name} refers to module.${call.name} itself`);
  if (known) return known;
  prepared.children.set(call.name, "pending");
  try {
    const children = workOutChildren(prepared, call, reading);
    prepared.children.set(call.name, children);
    return children;
  } catch (e) {
    prepared.children.delete(call.name);
    throw e;
  }
}

function workOutChildren(prepared: Prepared, call: ModuleCall, reading: Reading): Children {
  const { scope, resolver, providers } = prepared;
  const { options } = reading;
  const file = scope.file;
  const address = `${scope.prefix}module.${call.name}`;
  if (!options.modules) return { reason: notRead(call.source) };
  if (call.source === undefined) return { reason: notExpanded("the module call has no source") };
  const here = scope.chain[scope.chain.length - 1];
  const key = scope.key === "" ? call.name : `${scope.key}.${call.name}`;
  const found = options.modules.reader.read(call.source, here.folder, key);
  if ("reason" in found) return { reason: found.reason };
  const chain = [...scope.chain, { address, source: call.source, folder: found.folder }];
  const described = () => chain.map((c) => `${c.address} (${c.source})`).join(" → ");
  if (scope.chain.some((c) => c.folder === found.folder)) throw errors.moduleCycle(file, address, described());
  if (chain.length - 1 > MAX_MODULE_DEPTH) throw errors.moduleTooDeep(file, address, described(), MAX_MODULE_DEPTH);
  const declarations = variableDeclarations(found.json.variable, found.file);
  const own = multiplicityOf(call.body.count, call.body.for_each, resolver, address, file);
  const child = (at: string, bound: BoundArguments, instances: number | UnresolvedValue): ModuleScope => ({
    json: found.json, file: found.file, prefix: `${at}.`, key, chain, bound, providers: passedProviders(call, providers), instances,
  });
  const repeated = call.body.for_each !== undefined ? "for_each" : call.body.count !== undefined ? "count" : undefined;
  if (typeof own === "number" && repeated) {
    // Module instances as Terraform addresses them (module.a[0], module.a["key"]), each with its own arguments:
    // `each.value.instance_types` of a map of node groups gives each instance its own machines.
    return {
      own, repeated,
      instances: instanceKeys(call.body.for_each, own, resolver, address, file).map(([k, name, value]) => {
        const at = `${address}[${k}]`;
        const bound = boundArguments(call, at, declarations, resolver.forInstance(name, value), file, found.file);
        const keyValue = name === "each" ? ((value as ReadonlyMap<string, Value>).get("key") as string) : k;
        return { at, key: keyValue, scope: child(at, bound, scope.instances) };
      }),
    };
  }
  return { own, repeated: undefined, instances: [{ at: address, key: "", scope: child(address, boundArguments(call, address, declarations, resolver, file, found.file), times(own, scope.instances)) }] };
}

/**
 * `module.NAME` as a value where the module is: one instance, a list (count) or map (for_each) of instances whose
 * attributes are the module's outputs, each evaluated in its instance on first use. What cannot be read is unknown,
 * saying why (a module not read, a number of instances not known); calls Terraform would reject are reported by the
 * reading itself, so here they are only unknown.
 */
function moduleValue(prepared: Prepared, name: string, reading: Reading, opaque: boolean): Value | undefined {
  const call = prepared.calls.find((c) => c.name === name);
  if (!call) return undefined;
  const address = `module.${name}`;
  if (reading.depth >= MAX_MODULE_VALUE_DEPTH) throw new LimitExceeded(`module values depend on one another more than ${MAX_MODULE_VALUE_DEPTH} deep (at ${prepared.scope.prefix}${address})`);
  reading.depth++;
  let children: Children;
  try {
    children = childrenOf(prepared, call, reading);
  } catch (e) {
    if (e instanceof InputError) return new Unknown(address, `${address} cannot be read: ${e.message}`);
    throw e;
  } finally {
    reading.depth--;
  }
  if ("reason" in children) return new Unknown(address, `${address} is not read by costkit: ${children.reason}`);
  if (children.own instanceof UnresolvedValue) return new Unknown(address, `the number of instances of ${address} is not known before apply: ${children.own.message}`);
  const resolverOf = (c: { scope: ModuleScope }) => () => (opaque ? prepare(c.scope, reading).resolver.referencesUnknown() : prepare(c.scope, reading).resolver);
  const instance = (c: { at: string; scope: ModuleScope }) => new ModuleInstance(c.at.slice(prepared.scope.prefix.length), c.scope.json, c.scope.file, resolverOf(c));
  if (children.repeated === "count") return children.instances.map(instance);
  if (children.repeated === "for_each") return new Map(children.instances.map((c) => [c.key, instance(c)]));
  return instance(children.instances[0]);
}

/**
 * Reads one module's resources into `resources` (addresses under the module's prefix), then the modules it calls,
 * depth first; calls that are not read go to `modules` with the reason. Returns the module's resolver.
 */
function readModule(scope: ModuleScope, reading: Reading): TerraformResolver {
  const prepared = prepare(scope, reading);
  const { resolver, providers, blocks } = prepared;
  const { file, prefix } = scope;
  const { resources, modules } = reading;
  for (const { type, name, body } of blocks) {
    const address = `${prefix}${type}.${name}`;
    // Meta-arguments (count, for_each, provider, lifecycle, depends_on, "//") are read here; they cannot be attribute
    // names, so the attributes are the body as it is (no copy).
    const { count, for_each: forEach, provider, "//": meta } = body;
    const own = multiplicityOf(count, forEach, resolver, address, file);
    const multiplicity = times(own, scope.instances);
    const providerKey = providerKeyOf(type, provider);
    const providerConfig = providers.get(providerKey) ?? providers.get(typePrefix(type)) ?? new Attributes({}, EMPTY_RESOLVER);
    const cost = isObject(meta) && isObject(meta.cost) ? meta.cost : undefined;
    const constructPath = isObject(meta) && isObject(meta.metadata) && typeof meta.metadata.path === "string" ? meta.metadata.path : undefined;
    const resource: { -readonly [K in keyof TfResource]: TfResource[K] } = {
      address, type, name, multiplicity, providerConfig,
      attrs: new Attributes(body, resolver, undefined, ""),
    };
    if (constructPath) resource.constructPath = constructPath;
    if (cost?.usage !== undefined) resource.declaredUsage = cost.usage;
    if (typeof cost?.category === "string") resource.category = cost.category;
    if (isObject(cost?.tags)) resource.costTags = Object.fromEntries(Object.entries(cost.tags).map(([k, v]) => [k, String(v)]));
    const instancesOfModule = scope.instances;
    if (typeof own === "number" && own > 0 && typeof instancesOfModule === "number" && (count !== undefined || forEach !== undefined)) {
      // Priced instance by instance when a value differs between them (estimate asks only then).
      resource.instances = () => instanceKeys(forEach, own, resolver, address, file).map(([key, name, value]) => {
        const instance: { -readonly [K in keyof TfResource]: TfResource[K] } = {
          ...resource, address: `${address}[${key}]`, multiplicity: instancesOfModule,
          attrs: new Attributes(body, resolver.forInstance(name, value), undefined, ""),
        };
        delete instance.instances;
        return instance;
      });
    }
    resources.push(resource);
  }
  for (const call of prepared.calls) {
    const children = childrenOf(prepared, call, reading);
    if ("reason" in children) {
      modules.push({ address: `${prefix}module.${call.name}`, source: call.source ?? "(no source)", reason: children.reason });
      continue;
    }
    for (const c of children.instances) readModule(c.scope, reading);
  }
  return resolver;
}

/** Reads a plan from `terraform show -json`: the planned state of every managed resource that is not being destroyed. */
export function readTerraformPlan(json: unknown, file: string): TfDocument {
  if (!isObject(json)) throw errors.notTerraformJson(file);
  const configuration = isObject(json.configuration) ? json.configuration : {};
  const providerCfgs = new Map<string, Attributes>();
  const pc = isObject(configuration.provider_config) ? configuration.provider_config : {};
  for (const [key, cfg] of Object.entries(pc)) {
    if (!isObject(cfg)) continue;
    const values: Record<string, unknown> = {};
    const exprs = isObject(cfg.expressions) ? cfg.expressions : {};
    for (const [k, e] of Object.entries(exprs)) if (isObject(e) && "constant_value" in e) values[k] = e.constant_value;
    providerCfgs.set(key, new Attributes(values, EMPTY_RESOLVER, undefined, `provider.${key}`));
  }
  const providerKeyByAddress = new Map<string, string>();
  const walk = (mod: unknown, prefix: string) => {
    if (!isObject(mod)) return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (isObject(r) && typeof r.address === "string" && typeof r.provider_config_key === "string") providerKeyByAddress.set(prefix + r.address, r.provider_config_key);
    }
    if (isObject(mod.module_calls)) for (const [name, call] of Object.entries(mod.module_calls)) if (isObject(call)) walk(call.module, `${prefix}module.${name}.`);
  };
  walk(configuration.root_module, "");
  const resources: TfResource[] = [];
  const changes = Array.isArray(json.resource_changes) ? json.resource_changes : [];
  if (changes.length > 0) {
    for (const [i, rc] of changes.entries()) {
      // A change that is not an object would otherwise vanish from the estimate: a malformed plan, not an empty one.
      if (!isObject(rc)) throw errors.badTerraform(file, `resource_changes[${i}]`, `expected an object (one resource's change), got ${describeValue(rc)}`);
      if (rc.mode !== "managed") continue;
      if (!isObject(rc.change)) throw errors.badTerraform(file, `resource_changes[${i}].change`, `expected an object with "actions" and "after", got ${describeValue(rc.change)}`);
      const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
      if (rc.change.after === null || (actions.length === 1 && actions[0] === "delete")) continue;
      for (const key of ["address", "type", "name"] as const) {
        if (typeof rc[key] !== "string") throw errors.badTerraform(file, `resource_changes[${i}].${key}`, `expected a string, got ${describeValue(rc[key])}`);
      }
      const address = String(rc.address);
      if (rc.change.after !== undefined && !isObject(rc.change.after)) {
        throw errors.badTerraform(file, `resource_changes[${i}] (${address}).change.after`, `expected an object of the planned values, got ${describeValue(rc.change.after)}`);
      }
      const configAddress = address.replace(/\[[^\]]*\]/g, "");
      const key = providerKeyByAddress.get(configAddress) ?? String(rc.type).split("_")[0];
      resources.push({
        address, type: String(rc.type), name: String(rc.name), multiplicity: 1,
        attrs: new Attributes(rc.change.after ?? {}, EMPTY_RESOLVER, rc.change.after_unknown),
        providerConfig: providerCfgs.get(key) ?? providerCfgs.get(String(rc.type).split("_")[0]) ?? new Attributes({}, EMPTY_RESOLVER),
      });
    }
  } else {
    const collect = (mod: unknown) => {
      if (!isObject(mod)) return;
      for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
        if (!isObject(r) || r.mode !== "managed") continue;
        for (const key of ["address", "type", "name"] as const) {
          if (typeof r[key] !== "string") throw errors.badTerraform(file, `planned_values resource ${describeValue(r.address)}.${key}`, `expected a string, got ${describeValue(r[key])}`);
        }
        const address = String(r.address);
        const key = providerKeyByAddress.get(address.replace(/\[[^\]]*\]/g, "")) ?? String(r.type).split("_")[0];
        resources.push({
          address, type: String(r.type), name: String(r.name), multiplicity: 1,
          attrs: new Attributes(r.values ?? {}, EMPTY_RESOLVER),
          providerConfig: providerCfgs.get(key) ?? new Attributes({}, EMPTY_RESOLVER),
        });
      }
      for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) collect(child);
    };
    collect(isObject(json.planned_values) ? json.planned_values.root_module : undefined);
  }
  resources.sort((a, b) => byString(a.address, b.address));
  rejectDuplicateAddresses(resources, file);
  return { file, kind: "plan", resources };
}

/**
 * An address names one resource: two with the same address (a cost item named like a resource, a plan that lists one
 * twice) would be priced twice and could not be compared by `costkit diff`. `resources` is sorted by address.
 */
function rejectDuplicateAddresses(resources: readonly TfResource[], file: string): void {
  for (let i = 1; i < resources.length; i++) {
    if (resources[i].address === resources[i - 1].address) {
      throw errors.badTerraform(file, resources[i].address, "two resources have this address (a cost item named like a resource, or a plan that lists it twice); an address must name one resource");
    }
  }
}

/** Reads either form (a plan's variables are already applied: options are for configurations). */
export function readTerraform(json: unknown, file: string, options: TerraformReadOptions = {}): TfDocument {
  if (isTerraformPlan(json)) return readTerraformPlan(json, file);
  if (isTerraformConfig(json)) return readTerraformConfig(json, file, options);
  throw errors.notTerraformJson(file);
}
