import { UnevaluableValue, Unpriceable, UnresolvedValue } from "./errors";

/** Resolves the `${…}` templates of attribute strings (pricing/terraform/resolver.ts evaluates Terraform's). */
export interface ExpressionResolver {
  /** Returns the resolved value, or throws UnresolvedValue. */
  resolve(value: string, path: string): unknown;
  /** A resolver where `name` has a value (the iterator of a dynamic block: `name.key`, `name.value`). */
  withName?(name: string, value: unknown): ExpressionResolver;
  /** The same resolver, except that references to resources are unknown even where the configuration sets the
   *  attribute: for finding which resource an expression refers to. */
  referencesUnknown?(): ExpressionResolver;
  /** A list whose length is known before apply, its elements known (as `resolve` gives them) or UnknownItem; throws
   *  UnresolvedValue when the length is not known. */
  resolveItems?(value: string, path: string): unknown[];
  /** One resolver per element of a dynamic block's `for_each` (a list or map whose length is known, even if parts of
   *  its elements are not), each with `iterator.key` and `iterator.value` set; throws UnresolvedValue when the
   *  elements are not known. */
  dynamicIterations?(forEach: string, path: string, iterator: string): ExpressionResolver[];
}

/** An element of a list that is known only after apply (Attributes.items): what reading it throws. */
export class UnknownItem {
  constructor(
    readonly error: UnresolvedValue,
    /** Items of one list carrying the same token are known to differ from one another unless they have the same
     *  `identity` (the same value read twice). */
    readonly distinct?: object,
    readonly identity?: object,
  ) {}
}

/** A resource attribute as a reference names it: `aws_launch_template.this[0].id` (not data., var., module. …). */
const RESOURCE_ATTRIBUTE = /^([a-z0-9]+_[a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.([A-Za-z0-9_.]+)$/;

/** For values that hold no expressions (plans): strings are taken as written. */
export const LITERAL_VALUES: ExpressionResolver = { resolve: (value) => value };

/** The value `read` returns, or `fallback` when it is not known before apply (UnresolvedValue); other errors pass. */
export function knownOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnresolvedValue) return fallback;
    throw e;
  }
}

/** The value `read` returns, or undefined when it is not known before apply (UnresolvedValue); other errors pass. */
export function known<T>(read: () => T): T | undefined {
  return knownOr(read, undefined);
}

/** The value `read` returns, or `fallback` when it is not known before apply or cannot be priced (UnresolvedValue,
 *  Unpriceable): for what only refines a result, such as a category, while `price` reports the problem itself. */
export function knownOrPriceableOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnresolvedValue || e instanceof Unpriceable) return fallback;
    throw e;
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Null is Terraform's "not set" (`region = var.region` with a null default): absent, so defaults apply. */
function notSet(v: unknown): unknown {
  return v === null ? undefined : v;
}

/** A path segment that is a list index (`0`, `12`). */
function isIndex(seg: string): boolean {
  return /^\d+$/.test(seg);
}

/**
 * Read access to a resource's attributes, the same for Terraform JSON configuration (blocks as objects or lists) and
 * plan JSON (blocks always lists, unknowns in `after_unknown`). Paths are dotted: `autoscaling.min_node_count`,
 * `node_config.0.machine_type`. A value that cannot be known before apply throws UnresolvedValue naming the path, so
 * the engine reports the affected line as unpriced, never as zero.
 */
export class Attributes {
  constructor(
    private readonly root: unknown,
    private readonly resolver: ExpressionResolver,
    private readonly unknown: unknown = undefined,
    private readonly prefix = "",
  ) {}

  private full(path: string): string {
    return this.prefix ? `${this.prefix}.${path}` : path;
  }

  /** The raw (resolved) value at a path, undefined when absent. */
  get(path: string): unknown {
    const root = this.root;
    // The common read: one attribute name of a configuration block (no path, no list, no unknowns to follow).
    if (this.unknown === undefined && typeof root === "object" && root !== null && !Array.isArray(root) && path.indexOf(".") === -1 && !isIndex(path)) {
      const v = (root as Record<string, unknown>)[path];
      if (typeof v === "string") return v.indexOf("${") !== -1 ? notSet(this.resolver.resolve(v, this.full(path))) : v;
      // Not Object.prototype's (JSON values are never functions; `__proto__` may be an own key of parsed JSON).
      if ((typeof v === "function" || path === "__proto__") && !hasOwn.call(root, path)) return undefined;
      return v === null ? undefined : v; // null is Terraform's "not set"
    }
    let cur: unknown = root;
    let unk: unknown = this.unknown;
    const segs = path.split(".");
    for (let i = 0; i < segs.length; i++) {
      if (unk === true) throw new UnresolvedValue(this.upTo(segs, i), "known after apply");
      if (typeof cur === "string" && cur.indexOf("${") !== -1) cur = this.resolver.resolve(cur, this.upTo(segs, i));
      if (cur === undefined || cur === null) return undefined;
      const index = isIndex(segs[i]) ? Number(segs[i]) : -1;
      if (Array.isArray(cur)) {
        if (index >= 0) {
          cur = cur[index];
          unk = Array.isArray(unk) ? unk[index] : unk === true ? true : undefined;
          continue;
        }
        cur = cur[0];
        unk = Array.isArray(unk) ? unk[0] : unk === true ? true : undefined;
      } else if (index >= 0 && typeof cur === "object") {
        if (index !== 0) return undefined;
        continue; // a single block written as an object is its own element 0
      }
      if (typeof cur !== "object" || cur === null) return undefined;
      const seg = segs[i];
      const next = (cur as Record<string, unknown>)[seg];
      cur = (typeof next === "function" || seg === "__proto__") && !hasOwn.call(cur, seg) ? undefined : next; // never Object.prototype's
      if (unk !== undefined) unk = typeof unk === "object" && unk !== null && !Array.isArray(unk) ? (unk as Record<string, unknown>)[segs[i]] : undefined;
    }
    if (unk === true) throw new UnresolvedValue(this.full(path), "known after apply");
    if (typeof cur === "string" && cur.indexOf("${") !== -1) return notSet(this.resolver.resolve(cur, this.full(path)));
    return cur === null ? undefined : cur;
  }

  /** The full path of the first `i` segments, for messages. */
  private upTo(segs: readonly string[], i: number): string {
    return this.full(segs.slice(0, i).join("."));
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /** True when the attribute is set, even to a value known only after apply (`vpn_gateway = google_x.y.id`): for
   *  choices that depend on which attribute is written, not on its value. */
  isSet(path: string): boolean {
    try {
      return this.has(path);
    } catch (e) {
      if (e instanceof UnresolvedValue) return true;
      throw e;
    }
  }

  str(path: string): string | undefined {
    const v = this.get(path);
    if (v === undefined) return undefined;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    throw new UnresolvedValue(this.full(path), `expected a string, got ${JSON.stringify(v).slice(0, 60)}`);
  }

  /** A number (or a numeric string, as variables give them). A value that is known but not a finite number cannot be
   *  priced (Unpriceable, naming the path and the value); only expressions are unknown before apply. */
  num(path: string): number | undefined {
    const v = this.get(path);
    if (v === undefined) return undefined;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new Unpriceable(`${this.full(path)} is not a finite number (${v}); fix the value in the configuration`);
      return v;
    }
    if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Unpriceable(`${this.full(path)} is too large to price (${v.trim().length} digits); fix the value in the configuration`);
      return n;
    }
    throw new Unpriceable(`${this.full(path)} must be a number, got ${JSON.stringify(v)?.slice(0, 60) ?? String(v)}; fix the value in the configuration`);
  }

  bool(path: string): boolean | undefined {
    const v = this.get(path);
    if (v === undefined) return undefined;
    if (typeof v === "boolean") return v;
    if (v === "true") return true;
    if (v === "false") return false;
    throw new UnresolvedValue(this.full(path), `expected a boolean, got ${JSON.stringify(v).slice(0, 60)}`);
  }

  /** A list of scalars (or an empty list when absent). */
  list(path: string): unknown[] {
    const v = this.get(path);
    if (v === undefined) return [];
    if (!Array.isArray(v)) return [v];
    return v.map((x, i) => (typeof x === "string" ? this.resolver.resolve(x, `${this.full(path)}.${i}`) : x));
  }

  /**
   * The list at a path when its length is known before apply, even if some elements are not (`[aws_subnet.a.id,
   * aws_subnet.b.id]`, three zones a random_shuffle picks at apply): known elements as `list` gives them, the others
   * as UnknownItem. Throws UnresolvedValue when the length is not known; an empty list when absent. For pricers that
   * count (zones, subnets) rather than read the elements.
   */
  items(path: string): unknown[] {
    try {
      return this.list(path);
    } catch (e) {
      if (!(e instanceof UnresolvedValue) || this.unknown !== undefined || path.indexOf(".") !== -1) throw e;
      const root = this.root;
      const raw = typeof root === "object" && root !== null && !Array.isArray(root) && hasOwn.call(root, path) ? (root as Record<string, unknown>)[path] : undefined;
      const one = (x: unknown, at: string): unknown => {
        if (typeof x !== "string" || x.indexOf("${") === -1) return x;
        try {
          return this.resolver.resolve(x, at);
        } catch (err) {
          if (err instanceof UnresolvedValue && !(err instanceof UnevaluableValue)) return new UnknownItem(err);
          throw err;
        }
      };
      if (Array.isArray(raw)) return raw.map((x, i) => one(x, `${this.full(path)}.${i}`));
      if (typeof raw === "string" && this.resolver.resolveItems) return this.resolver.resolveItems(raw, this.full(path));
      throw e;
    }
  }

  /** The nested blocks at a path (a single block written as an object counts as one), then those its `dynamic`
   *  blocks generate. */
  blocks(path: string): Attributes[] {
    const dynamic = this.dynamicBlocks(path);
    const v = this.get(path);
    if (v === undefined || v === null) return dynamic;
    const unk = this.unknown === undefined ? undefined : this.unknownAt(path);
    if (Array.isArray(v)) return [...v.map((b, i) => new Attributes(b, this.resolver, Array.isArray(unk) ? unk[i] : undefined, `${this.full(path)}.${i}`)), ...dynamic];
    if (typeof v === "object") return [new Attributes(v, this.resolver, unk, this.full(path)), ...dynamic];
    throw new UnresolvedValue(this.full(path), `expected a block, got ${JSON.stringify(v).slice(0, 60)}`);
  }

  /**
   * The blocks that `dynamic "<name>" { for_each = …; content { … } }` generates at a path, one per element of its
   * for_each, each reading `<iterator>.key` and `<iterator>.value` (the iterator is the block's name unless
   * `iterator` says otherwise). A for_each known only after apply throws UnresolvedValue: the blocks are never
   * silently left out. Plans hold the generated blocks themselves, so there is nothing to do there.
   */
  private dynamicBlocks(path: string): Attributes[] {
    const dot = path.lastIndexOf(".");
    const parent = dot === -1 ? this : this.block(path.slice(0, dot));
    const name = path.slice(dot + 1);
    const root = parent?.root;
    const specs = Array.isArray(root) ? (root[0] as Record<string, unknown> | undefined)?.dynamic : typeof root === "object" && root !== null ? (root as Record<string, unknown>).dynamic : undefined;
    if (parent === undefined || typeof specs !== "object" || specs === null || !hasOwn.call(specs, name)) return [];
    const resolver = parent.resolver;
    if (!resolver.withName) return [];
    const out: Attributes[] = [];
    const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
    for (const [d, spec] of list((specs as Record<string, unknown>)[name]).entries()) {
      if (typeof spec !== "object" || spec === null) continue;
      const { for_each: forEach, iterator, content } = spec as Record<string, unknown>;
      const where = `${parent.full(`dynamic.${name}.${d}`)}`;
      // `iterator = vol` is a bare name; Terraform's JSON syntax (and the HCL converter) writes it as "vol" or "${vol}"
      const iter = typeof iterator === "string" ? iterator.replace(/^\$\{\s*(.*?)\s*\}$/, "$1") : name;
      const body = list(content)[0];
      if (typeof forEach === "string" && forEach.indexOf("${") !== -1 && resolver.dynamicIterations) {
        // Elements whose parts are known only after apply still make blocks; only what reads those parts is unknown.
        for (const each of resolver.dynamicIterations(forEach, `${where}.for_each`, iter)) out.push(new Attributes(body ?? {}, each, undefined, `${where}.content`));
        continue;
      }
      const collection = typeof forEach === "string" ? resolver.resolve(forEach, `${where}.for_each`) : forEach;
      const entries: [unknown, unknown][] = Array.isArray(collection)
        ? collection.map((x, i) => [i, x])
        : typeof collection === "object" && collection !== null ? Object.entries(collection) : [];
      for (const [key, value] of entries) {
        out.push(new Attributes(body ?? {}, resolver.withName(iter, { key, value }), undefined, `${where}.content`));
      }
    }
    return out;
  }

  /** The first block at a path, if any. */
  block(path: string): Attributes | undefined {
    return this.blocks(path)[0];
  }

  /** String-keyed map attribute (labels, tags); values that are not scalars are skipped, values unknown before apply
   *  read "(known after apply)", and a map that is itself unknown before apply (`"${var.tags}"`) reads as empty. */
  stringMap(path: string): Record<string, string> {
    const v = knownOr(() => this.get(path), undefined);
    if (typeof v !== "object" || v === null || Array.isArray(v)) return {};
    const map = v as Record<string, unknown>;
    // The common case, every value a literal string: the map is returned as it is (reports are never edited in place).
    let literal = true;
    for (const k in map) {
      const x = map[k];
      if (typeof x !== "string" || x.indexOf("${") !== -1 || !hasOwn.call(map, k)) {
        literal = false;
        break;
      }
    }
    if (literal) return map as Record<string, string>;
    const out: Record<string, string> = {};
    for (const k of Object.keys(map)) {
      const x = map[k];
      if (typeof x === "string" && x.indexOf("${") === -1) {
        out[k] = x; // a literal: nothing to resolve
        continue;
      }
      try {
        const r = typeof x === "string" ? this.resolver.resolve(x, `${this.full(path)}.${k}`) : x;
        if (typeof r === "string" || typeof r === "number" || typeof r === "boolean") out[k] = String(r);
      } catch (e) {
        if (!(e instanceof UnresolvedValue)) throw e;
        out[k] = "(known after apply)";
      }
    }
    return out;
  }

  private unknownAt(path: string): unknown {
    let unk = this.unknown;
    for (const seg of path.split(".")) {
      if (unk === undefined || unk === true) return unk;
      if (Array.isArray(unk)) unk = /^\d+$/.test(seg) ? unk[Number(seg)] : (unk[0] as Record<string, unknown> | undefined)?.[seg];
      else if (typeof unk === "object" && unk !== null) unk = (unk as Record<string, unknown>)[seg];
      else return undefined;
    }
    return unk;
  }

  /**
   * When the value at a path is a single reference to another resource (`${google_container_cluster.main.name}`),
   * the referenced resource's address and attribute; undefined otherwise. Lets a pricer read what it refers to.
   */
  reference(path: string): { address: string; attribute: string } | undefined {
    let cur: unknown = this.root;
    for (const seg of path.split(".")) {
      if (Array.isArray(cur)) cur = /^\d+$/.test(seg) ? cur[Number(seg)] : (cur[0] as Record<string, unknown> | undefined)?.[seg];
      else if (typeof cur === "object" && cur !== null) cur = /^\d+$/.test(seg) && seg === "0" ? cur : (cur as Record<string, unknown>)[seg];
      else return undefined;
    }
    if (typeof cur !== "string") return undefined;
    const m = /^\$\{([a-z0-9]+_[a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.([A-Za-z0-9_.]+)\}$/.exec(cur);
    if (m) return { address: `${m[1]}.${m[2]}`, attribute: m[3] };
    if (cur.indexOf("${") === -1) return undefined;
    // Written through locals, conditionals and try() (`local.template_id`, where the local is
    // `var.create ? try(aws_launch_template.this[0].id, null) : var.id`): evaluated, the value is the one attribute
    // of a resource that is known only after apply.
    try {
      (this.resolver.referencesUnknown?.() ?? this.resolver).resolve(cur, this.full(path));
    } catch (e) {
      if (e instanceof UnresolvedValue && e.resource) return { address: e.resource.address, attribute: e.resource.attribute };
      const r = e instanceof UnresolvedValue && e.subject !== undefined ? RESOURCE_ATTRIBUTE.exec(e.subject) : null;
      if (r) return { address: `${r[1]}.${r[2]}`, attribute: r[3] };
      if (!(e instanceof UnresolvedValue)) throw e;
    }
    return undefined;
  }

  /** The plain object behind these attributes (for recording). */
  raw(): unknown {
    return this.root;
  }

  /**
   * The same attributes with the values at some dotted paths replaced (`{"node_config.0.spot": true}`), read with the
   * same resolver: how a recommendation describes a changed configuration to price. Blocks written as one object are
   * their own element 0; the original is not changed.
   */
  with(changes: Readonly<Record<string, unknown>>): Attributes {
    const root = structuredClone(this.root ?? {}) as Record<string, unknown>;
    for (const [path, value] of Object.entries(changes)) {
      const segs = path.split(".");
      let cur: unknown = root;
      segs.forEach((seg, i) => {
        const last = i === segs.length - 1;
        if (isIndex(seg)) {
          if (Array.isArray(cur)) {
            if (last) cur[Number(seg)] = value;
            else cur = cur[Number(seg)];
          }
          return; // a single block written as an object is its own element 0
        }
        if (Array.isArray(cur)) cur = cur[0];
        const o = cur as Record<string, unknown>;
        if (last) o[seg] = value;
        else {
          if (typeof o[seg] !== "object" || o[seg] === null) o[seg] = {};
          cur = o[seg];
        }
      });
    }
    return new Attributes(root, this.resolver, this.unknown, this.prefix);
  }
}
