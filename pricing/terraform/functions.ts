import Decimal from "decimal.js";
import { decimalText, Money } from "../money";
import {
  asBool, asList, asNumber, asObject, asString, checkedList, checkedNumber, checkedString, ExpressionError, firstUnknown,
  fromJson, isNumber, isObjectValue, isUnknown, LimitExceeded, LIMITS, ObjectValue, parseNumber, typeName, Unknown, Value, valuesEqual,
} from "./values";

/**
 * Terraform's built-in functions that configurations use to compute sizes, counts, names and regions, evaluated as
 * Terraform documents them (developer.hashicorp.com/terraform/language/functions). `try` and `can` take their
 * arguments unevaluated and live in the evaluator.
 */
interface TfFunction {
  readonly min: number;
  readonly max: number;
  /** True when unknown elements inside the arguments do not matter (only an argument that is itself unknown does). */
  readonly shallow?: boolean;
  readonly call: (args: readonly Value[]) => Value;
  /** What is known of the result when some arguments are unknown (a list's length), else undefined: called before
   *  the arguments are checked for unknowns. */
  readonly partly?: (args: readonly Value[]) => Value | undefined;
}

const VARIADIC = Number.POSITIVE_INFINITY;

function fn(min: number, max: number, call: (args: readonly Value[]) => Value, shallow = false, partly?: (args: readonly Value[]) => Value | undefined): TfFunction {
  return { min, max, call, shallow, ...(partly ? { partly } : {}) };
}

/**
 * `slice(list, start, end)` of a list known only after apply, with known bounds: a list of end − start unknown
 * elements. Terraform fails the plan when the list is shorter, so whatever it creates has exactly that many
 * (`slice(data.aws_availability_zones.available.names, 0, 3)` is 3 zones). Inside `try()` the elements count as
 * results of an operation, so `try()` does not choose the slice over its fallback.
 */
function sliceOfUnknown([list, start, end]: readonly Value[]): Value | undefined {
  if (!isUnknown(list) || isUnknown(start) || isUnknown(end)) return undefined;
  const from = asNumber(start, "argument 2 of slice()"), to = asNumber(end, "argument 3 of slice()");
  if (!from.isInteger() || !to.isInteger() || from.isNegative() || to.lessThan(from)) {
    throw new ExpressionError(`slice(): the indexes must be whole numbers with 0 ≤ start ≤ end, got ${decimalText(from)} and ${decimalText(to)}`);
  }
  const n = to.minus(from);
  if (n.gt(LIMITS.maxElements)) throw new LimitExceeded(`slice() would make more than ${LIMITS.maxElements} elements`);
  const element = list.derived();
  return Array.from({ length: n.toNumber() }, () => element);
}

/**
 * `distinct(list)` (and `toset`) of a list of unknowns known to differ from one another unless they are the same
 * Unknown (UnknownFacts.distinct: the ids of resources of one type): the list without the repeats.
 */
function distinctUnknowns([list]: readonly Value[]): Value | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = list as readonly Value[];
  if (items.length === 0 || !items.every(isUnknown)) return undefined;
  const token = (items[0] as Unknown).facts.distinct;
  if (token === undefined || !(items as readonly Unknown[]).every((u) => u.facts.distinct === token && !u.facts.derived)) return undefined;
  return [...new Set(items)];
}

/**
 * `sort(list)` of a list whose elements are strings, some known only after apply: the same number of strings, each
 * unknown (where each lands is not known). Elements that are known to differ from one another still do.
 */
function sortOfUnknowns([list]: readonly Value[]): Value | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = list as readonly Value[];
  const unknowns = items.filter(isUnknown);
  if (unknowns.length === 0) return undefined;
  if (!items.every((v) => typeof v === "string" || (isUnknown(v) && v.facts.string === true && !v.facts.derived))) return undefined;
  if (unknowns.length === items.length) return items; // a permutation of unknowns is as unknown as they are
  const first = unknowns[0];
  const element = new Unknown(first.subject, first.why, { string: true });
  return items.map(() => element);
}

const arg = (name: string, i: number) => `argument ${i + 1} of ${name}()`;

function numbers(name: string, args: readonly Value[]): Decimal[] {
  if (args.length === 0) throw new ExpressionError(`${name}() needs at least one number`);
  return args.map((a, i) => asNumber(a, arg(name, i)));
}

/** Strings sort by code unit (`<`), numbers by value; sets of other values keep their first-seen order. */
function toSet(list: readonly Value[]): Value[] {
  const out: Value[] = [];
  for (const v of list) if (!out.some((x) => valuesEqual(x, v))) out.push(v);
  if (out.every((v) => typeof v === "string")) return (out as string[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (out.every(isNumber)) return (out as Decimal[]).sort((a, b) => a.comparedTo(b));
  return out;
}

/** The keys of a map in Terraform's (lexical) order. */
export function sortedKeys(map: ObjectValue): string[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function sortedMap(map: ObjectValue): Map<string, Value> {
  return new Map(sortedKeys(map).map((k) => [k, map.get(k) as Value]));
}

/** `format`: verbs %s, %d, %v, %f (with an optional precision, `%.2f`) and %%. */
function format(spec: string, args: readonly Value[]): string {
  let out = "";
  let next = 0;
  const take = (verb: string): Value => {
    if (next >= args.length) throw new ExpressionError(`format(): not enough arguments for the verb %${verb}`);
    return args[next++];
  };
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    let j = i + 1;
    let precision: number | undefined;
    if (spec[j] === ".") {
      j++;
      const from = j;
      while (j < spec.length && spec.charCodeAt(j) >= 48 && spec.charCodeAt(j) <= 57 && j - from < 3) j++;
      precision = j > from ? Number(spec.slice(from, j)) : 0;
    }
    const verb = spec[j];
    i = j;
    if (verb === "%" && precision === undefined) out += "%";
    else if (verb === "s") out += asString(take(verb), "a %s argument of format()");
    else if (verb === "d") {
      const n = asNumber(take(verb), "a %d argument of format()");
      if (!n.isInteger()) throw new ExpressionError(`format(): %d needs a whole number, got ${decimalText(n)}`);
      out += decimalText(n);
    } else if (verb === "f") out += asNumber(take(verb), "a %f argument of format()").toFixed(precision ?? 6);
    else if (verb === "v") {
      const v = take(verb);
      out += typeof v === "string" || typeof v === "boolean" || isNumber(v) ? asString(v, "") : JSON.stringify(plain(v));
    } else throw new ExpressionError(`format(): costkit evaluates the verbs %s, %d, %v, %f and %%, not %${verb ?? ""}`);
    checkedString(out);
  }
  if (next < args.length) throw new ExpressionError(`format(): ${args.length - next} argument(s) left over for "${spec.slice(0, 40)}"`);
  return out;
}

/** A value as JSON-able data (for %v of a collection). */
function plain(v: Value): unknown {
  if (isNumber(v)) return Number(decimalText(v));
  if (Array.isArray(v)) return (v as readonly Value[]).map(plain);
  if (isObjectValue(v)) return Object.fromEntries([...sortedMap(v)].map(([k, x]) => [k, plain(x)]));
  return v;
}

/** The first element that is itself unknown in a list or the lists it holds (not inside maps). */
function unknownInLists(list: readonly Value[], depth: number): Unknown | undefined {
  if (depth > 64) return undefined; // flatten() reports the depth
  for (const v of list) {
    if (isUnknown(v)) return v;
    if (Array.isArray(v)) {
      const u = unknownInLists(v as readonly Value[], depth + 1);
      if (u) return u;
    }
  }
  return undefined;
}

function flatten(list: readonly Value[], out: Value[], depth: number): Value[] {
  if (depth > 64) throw new ExpressionError("flatten(): the list nests too deeply");
  for (const v of list) {
    if (Array.isArray(v)) flatten(v as readonly Value[], out, depth + 1);
    else out.push(v);
  }
  return checkedList(out);
}

/** An IPv4 prefix `a.b.c.d/n` as its address (masked to the prefix) and length; IPv6 is not evaluated. */
function ipv4Prefix(text: string, name: string): { base: number; bits: number } {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!m) throw new ExpressionError(`${name}(): costkit evaluates IPv4 prefixes (10.0.0.0/16), got "${text.slice(0, 60)}"`);
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) throw new ExpressionError(`${name}(): "${text.slice(0, 60)}" is not a valid IPv4 prefix`);
  const address = octets.reduce((a, o) => a * 256 + o, 0);
  const size = 2 ** (32 - bits);
  return { base: address - (address % size), bits };
}

function ipv4Text(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/** A whole number argument within [min, max]. */
function wholeIn(v: Value, what: string, min: number, max: number): number {
  const n = asNumber(v, what);
  if (!n.isInteger() || n.lt(min) || n.gt(max)) throw new ExpressionError(`${what} must be a whole number from ${min} to ${max}, got ${decimalText(n)}`);
  return n.toNumber();
}

/** `cidrsubnet(prefix, newbits, netnum)`: the netnum-th subnet of newbits more bits. */
function cidrsubnet(prefix: Value, newbits: Value, netnum: Value): string {
  const p = ipv4Prefix(asString(prefix, "argument 1 of cidrsubnet()"), "cidrsubnet");
  const extra = wholeIn(newbits, "argument 2 of cidrsubnet()", 0, 32 - p.bits);
  const n = wholeIn(netnum, "argument 3 of cidrsubnet()", 0, 2 ** extra - 1);
  const bits = p.bits + extra;
  return `${ipv4Text(p.base + n * 2 ** (32 - bits))}/${bits}`;
}

/** Go's path.Clean, which Terraform's path functions apply (Unix separators). */
function cleanPath(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(part);
  }
  const joined = out.join("/");
  return rooted ? `/${joined}` : joined === "" ? "." : joined;
}

/** `basename` as Go's filepath.Base: the last element, trailing slashes dropped; "." for "", "/" for slashes only. */
function basename(p: string): string {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** `dirname` as Go's filepath.Dir: all but the last element, cleaned. */
function dirname(p: string): string {
  return cleanPath(p.slice(0, p.lastIndexOf("/") + 1));
}

/** Go's strings.Title, which `title` applies: a letter after a separator (space, ASCII punctuation) is upper-cased. */
function title(s: string): string {
  let out = "";
  let separated = true;
  for (const ch of s) {
    out += separated ? ch.toUpperCase() : ch;
    const c = ch.codePointAt(0) as number;
    separated = c < 128 ? !/[A-Za-z0-9_]/.test(ch) : /\s/u.test(ch);
  }
  return out;
}

/** `jsonencode`: objects with their keys in lexical order, as Terraform writes them. */
function jsonText(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return JSON.stringify(v);
  if (isNumber(v)) return decimalText(v);
  if (Array.isArray(v)) return `[${(v as readonly Value[]).map(jsonText).join(",")}]`;
  if (isObjectValue(v)) return `{${sortedKeys(v).map((k) => `${JSON.stringify(k)}:${jsonText(v.get(k) as Value)}`).join(",")}}`;
  throw new ExpressionError("jsonencode(): the value is not known");
}

/** Sets as Terraform's set functions make them: distinct elements, strings and numbers in order. */
function setsOf(name: string, args: readonly Value[]): Value[][] {
  return args.map((a, i) => toSet(asList(a, arg(name, i))));
}

/** Known only when Terraform applies: the result is unknown, never a guess. */
function atApply(name: string, why: string): TfFunction {
  return fn(0, 0, () => new Unknown(`${name}()`, `${name}() ${why}`));
}

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map<string, TfFunction>([
  ["basename", fn(1, 1, ([p]) => basename(asString(p, "argument of basename()")))],
  ["dirname", fn(1, 1, ([p]) => dirname(asString(p, "argument of dirname()")))],
  ["title", fn(1, 1, ([t]) => title(asString(t, "argument of title()")))],
  ["chomp", fn(1, 1, ([t]) => asString(t, "argument of chomp()").replace(/(\r\n|\r|\n)+$/, ""))],
  ["strrev", fn(1, 1, ([t]) => [...asString(t, "argument of strrev()")].reverse().join(""))],
  ["trim", fn(2, 2, ([t, cut]) => {
    const chars = new Set([...asString(cut, "argument 2 of trim()")]);
    const list = [...asString(t, "argument 1 of trim()")];
    let from = 0, to = list.length;
    while (from < to && chars.has(list[from])) from++;
    while (to > from && chars.has(list[to - 1])) to--;
    return list.slice(from, to).join("");
  })],
  ["jsonencode", fn(1, 1, ([v]) => checkedString(jsonText(v)))],
  ["jsondecode", fn(1, 1, ([t]) => {
    const text = asString(t, "argument of jsondecode()");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ExpressionError(`jsondecode(): "${text.slice(0, 40)}" is not JSON`);
    }
    return fromJson(parsed);
  })],
  ["base64encode", fn(1, 1, ([t]) => checkedString(Buffer.from(asString(t, "argument of base64encode()"), "utf8").toString("base64")))],
  ["base64decode", fn(1, 1, ([t]) => {
    const text = asString(t, "argument of base64decode()");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new ExpressionError("base64decode(): the argument is not base64");
    const bytes = Buffer.from(text, "base64");
    const decoded = bytes.toString("utf8");
    if (!Buffer.from(decoded, "utf8").equals(bytes)) throw new ExpressionError("base64decode(): the decoded bytes are not UTF-8 text");
    return decoded;
  })],
  ["setunion", fn(1, VARIADIC, (args) => toSet(setsOf("setunion", args).flat()))],
  ["setintersection", fn(1, VARIADIC, (args) => {
    const [first, ...rest] = setsOf("setintersection", args);
    return first.filter((x) => rest.every((set) => set.some((y) => valuesEqual(x, y))));
  })],
  ["setsubtract", fn(2, 2, (args) => {
    const [a, b] = setsOf("setsubtract", args);
    return a.filter((x) => !b.some((y) => valuesEqual(x, y)));
  })],
  ["alltrue", fn(1, 1, ([l]) => asList(l, "argument of alltrue()").every((v, i) => asBool(v, `element ${i} of alltrue()`)))],
  ["anytrue", fn(1, 1, ([l]) => asList(l, "argument of anytrue()").some((v, i) => asBool(v, `element ${i} of anytrue()`)))],
  ["index", fn(2, 2, ([l, v]) => {
    const i = asList(l, "argument 1 of index()").findIndex((x) => valuesEqual(x, v));
    if (i === -1) throw new ExpressionError("index(): the list does not hold the value");
    return new Money(i);
  })],
  ["formatlist", fn(1, VARIADIC, ([spec, ...rest]) => {
    const f = asString(spec, "argument 1 of formatlist()");
    const lengths = rest.filter((a) => Array.isArray(a)).map((a) => (a as readonly Value[]).length);
    if (lengths.some((n) => n !== lengths[0])) throw new ExpressionError("formatlist(): the lists must all have the same length");
    const n = lengths.length === 0 ? 1 : lengths[0];
    return checkedList(Array.from({ length: n }, (_, i) => format(f, rest.map((a) => (Array.isArray(a) ? (a as readonly Value[])[i] : a)))));
  })],
  ["signum", fn(1, 1, ([n]) => new Money(asNumber(n, "argument of signum()").comparedTo(0)))],
  ["pow", fn(2, 2, ([x, y]) => {
    const b = asNumber(x, "argument 1 of pow()"), e = asNumber(y, "argument 2 of pow()");
    if (e.abs().gt(LIMITS.maxExponent)) throw new LimitExceeded(`pow(): the exponent ${decimalText(e)} is larger than costkit evaluates`);
    return checkedNumber(b.pow(e));
  })],
  ["parseint", fn(2, 2, ([t, b]) => {
    const text = asString(t, "argument 1 of parseint()");
    const base = wholeIn(b, "argument 2 of parseint()", 2, 62);
    const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const negative = text.startsWith("-");
    const body = negative || text.startsWith("+") ? text.slice(1) : text;
    if (body === "" || body.length > 200) throw new ExpressionError(`parseint(): cannot parse "${text.slice(0, 40)}" in base ${base}`);
    let n = new Money(0);
    for (const ch of body) {
      const d = base <= 36 ? digits.indexOf(ch.toLowerCase()) : digits.indexOf(ch);
      if (d === -1 || d >= base) throw new ExpressionError(`parseint(): cannot parse "${text.slice(0, 40)}" in base ${base}`);
      n = n.times(base).plus(d);
    }
    return checkedNumber(negative ? n.neg() : n);
  })],
  ["timestamp", atApply("timestamp", "is the time Terraform applies the configuration")],
  ["uuid", atApply("uuid", "is a random identifier Terraform makes when it applies the configuration")],
  ["cidrsubnet", fn(3, 3, ([prefix, newbits, netnum]) => cidrsubnet(prefix, newbits, netnum))],
  ["cidrhost", fn(2, 2, ([prefix, hostnum]) => {
    const p = ipv4Prefix(asString(prefix, "argument 1 of cidrhost()"), "cidrhost");
    const size = 2 ** (32 - p.bits);
    const h = wholeIn(hostnum, "argument 2 of cidrhost()", -size, size - 1);
    return ipv4Text(p.base + (h < 0 ? size + h : h));
  })],
  ["cidrsubnets", fn(1, VARIADIC, ([prefix, ...newbits]) => {
    const p = ipv4Prefix(asString(prefix, "argument 1 of cidrsubnets()"), "cidrsubnets");
    const end = p.base + 2 ** (32 - p.bits);
    let next = p.base;
    return newbits.map((nb, i) => {
      const bits = p.bits + wholeIn(nb, `argument ${i + 2} of cidrsubnets()`, 1, 32 - p.bits);
      const size = 2 ** (32 - bits);
      const start = Math.ceil(next / size) * size;
      if (start + size > end) throw new ExpressionError(`cidrsubnets(): not enough addresses left in ${asString(prefix, "")} for a /${bits}`);
      next = start + size;
      return `${ipv4Text(start)}/${bits}`;
    });
  })],
  ["zipmap", fn(2, 2, ([keys, values]) => {
    const k = asList(keys, "argument 1 of zipmap()"), v = asList(values, "argument 2 of zipmap()");
    const u = firstUnknown(k);
    if (u) return u.derived(); // the keys must be known
    if (k.length !== v.length) throw new ExpressionError(`zipmap(): ${k.length} keys but ${v.length} values`);
    return new Map(k.map((x, i) => [asString(x, `key ${i} of zipmap()`), v[i]]));
  }, true)],
  ["range", fn(1, 3, (args) => {
    const [start, limit, step] = args.length === 1 ? [new Money(0), asNumber(args[0], "argument of range()"), new Money(1)]
      : [asNumber(args[0], "argument 1 of range()"), asNumber(args[1], "argument 2 of range()"), args[2] === undefined ? null : asNumber(args[2], "argument 3 of range()")];
    const by = step ?? new Money(start.lte(limit) ? 1 : -1);
    if (by.isZero()) throw new ExpressionError("range(): the step must not be 0");
    const out: Value[] = [];
    for (let x = start; by.isPositive() ? x.lt(limit) : x.gt(limit); x = x.plus(by)) {
      out.push(x);
      if (out.length > LIMITS.maxElements) throw new LimitExceeded(`range() would make more than ${LIMITS.maxElements} elements`);
    }
    return out;
  })],
  ["nonsensitive", fn(1, 1, ([v]) => v, true)],
  ["sensitive", fn(1, 1, ([v]) => v, true)],
  ["lookup", fn(2, 3, ([map, key, dflt]) => {
    const m = asObject(map, "argument 1 of lookup()");
    const k = asString(key, "argument 2 of lookup()");
    if (m.has(k)) return m.get(k) as Value;
    if (dflt === undefined) throw new ExpressionError(`lookup(): the map has no key "${k.slice(0, 60)}" and no default is given`);
    return dflt;
  }, true)],
  ["coalesce", fn(1, VARIADIC, (args) => {
    for (const a of args) if (a !== null && a !== "") return a;
    throw new ExpressionError("coalesce(): every argument is null or an empty string");
  })],
  ["coalescelist", fn(1, VARIADIC, (args) => {
    for (const [i, a] of args.entries()) if (asList(a, arg("coalescelist", i)).length > 0) return a;
    throw new ExpressionError("coalescelist(): every list is empty");
  }, true)],
  ["length", fn(1, 1, ([v]) => {
    if (typeof v === "string") return new Money([...v].length);
    if (Array.isArray(v)) return new Money(v.length);
    if (isObjectValue(v)) return new Money(v.size);
    throw new ExpressionError(`length() takes a string, list or map, got ${v === null ? "null" : `a ${typeName(v)}`}`);
  }, true)],
  ["max", fn(1, VARIADIC, (args) => Decimal.max(...numbers("max", args)))],
  ["min", fn(1, VARIADIC, (args) => Decimal.min(...numbers("min", args)))],
  ["sum", fn(1, 1, ([list]) => {
    const l = asList(list, "argument 1 of sum()");
    if (l.length === 0) throw new ExpressionError("sum() of an empty list");
    return checkedNumber(l.reduce<Decimal>((s, v, i) => s.plus(asNumber(v, `element ${i} of sum()`)), new Money(0)));
  })],
  ["ceil", fn(1, 1, ([n]) => asNumber(n, "argument of ceil()").ceil())],
  ["floor", fn(1, 1, ([n]) => asNumber(n, "argument of floor()").floor())],
  ["abs", fn(1, 1, ([n]) => asNumber(n, "argument of abs()").abs())],
  ["format", fn(1, VARIADIC, ([spec, ...rest]) => format(asString(spec, "argument 1 of format()"), rest))],
  ["join", fn(2, VARIADIC, ([sep, ...lists]) => {
    const s = asString(sep, "argument 1 of join()");
    const parts: string[] = [];
    lists.forEach((l, i) => asList(l, arg("join", i + 1)).forEach((v, j) => parts.push(asString(v, `element ${j} of the list given to join()`))));
    return checkedString(parts.join(s));
  })],
  ["split", fn(2, 2, ([sep, str]) => {
    const s = asString(sep, "argument 1 of split()");
    const text = asString(str, "argument 2 of split()");
    return checkedList(s === "" ? [...text] : text.split(s));
  })],
  ["merge", fn(0, VARIADIC, (args) => {
    const out = new Map<string, Value>();
    args.forEach((a, i) => {
      if (a === null) return;
      for (const [k, v] of asObject(a, arg("merge", i))) out.set(k, v);
    });
    checkedList([...out.keys()]);
    return out;
  }, true)],
  ["tomap", fn(1, 1, ([v]) => (v === null ? null : asObject(v, "argument of tomap()")), true)],
  ["tolist", fn(1, 1, ([v]) => (v === null ? null : asList(v, "argument of tolist()")), true)],
  ["toset", fn(1, 1, ([v]) => (v === null ? null : toSet(asList(v, "argument of toset()"))), false, distinctUnknowns)],
  ["concat", fn(0, VARIADIC, (args) => checkedList(args.flatMap((a, i) => asList(a, arg("concat", i)))), true)],
  ["element", fn(2, 2, ([list, index]) => {
    const l = asList(list, "argument 1 of element()");
    const i = asNumber(index, "argument 2 of element()");
    if (!i.isInteger() || i.isNegative()) throw new ExpressionError(`element(): the index must be a whole number, 0 or more, got ${decimalText(i)}`);
    if (l.length === 0) throw new ExpressionError("element() of an empty list");
    return l[i.mod(l.length).toNumber()];
  }, true)],
  ["slice", fn(3, 3, ([list, start, end]) => {
    const l = asList(list, "argument 1 of slice()");
    const from = asNumber(start, "argument 2 of slice()"), to = asNumber(end, "argument 3 of slice()");
    if (!from.isInteger() || !to.isInteger() || from.isNegative() || to.lessThan(from) || to.greaterThan(l.length)) {
      throw new ExpressionError(`slice(): the indexes must be whole numbers with 0 ≤ start ≤ end ≤ ${l.length} (the list's length), got ${decimalText(from)} and ${decimalText(to)}`);
    }
    return l.slice(from.toNumber(), to.toNumber());
  }, true, sliceOfUnknown)],
  ["substr", fn(3, 3, ([str, offset, length]) => {
    const chars = [...asString(str, "argument 1 of substr()")];
    const o = asNumber(offset, "argument 2 of substr()"), n = asNumber(length, "argument 3 of substr()");
    if (!o.isInteger() || !n.isInteger()) throw new ExpressionError("substr(): the offset and length must be whole numbers");
    let from = o.toNumber();
    if (from < 0) from = Math.max(0, chars.length + from);
    if (from > chars.length) throw new ExpressionError(`substr(): offset ${decimalText(o)} is beyond the string's ${chars.length} characters`);
    const count = n.toNumber();
    if (count < -1) throw new ExpressionError("substr(): the length must be -1 (the rest) or 0 or more");
    return chars.slice(from, count === -1 ? chars.length : Math.min(chars.length, from + count)).join("");
  })],
  ["sort", fn(1, 1, ([l]) => asList(l, "argument of sort()").map((v, i) => asString(v, `element ${i} of the list given to sort()`)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), false, sortOfUnknowns)],
  ["reverse", fn(1, 1, ([l]) => [...asList(l, "argument of reverse()")].reverse(), true)],
  ["trimprefix", fn(2, 2, ([str, prefix]) => {
    const s = asString(str, "argument 1 of trimprefix()"), p = asString(prefix, "argument 2 of trimprefix()");
    return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
  })],
  ["trimsuffix", fn(2, 2, ([str, suffix]) => {
    const s = asString(str, "argument 1 of trimsuffix()"), x = asString(suffix, "argument 2 of trimsuffix()");
    return x !== "" && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
  })],
  ["contains", fn(2, 2, ([list, v]) => asList(list, "argument 1 of contains()").some((x) => valuesEqual(x, v)))],
  ["keys", fn(1, 1, ([m]) => sortedKeys(asObject(m, "argument of keys()")), true)],
  ["values", fn(1, 1, ([m]) => [...sortedMap(asObject(m, "argument of values()")).values()], true)],
  ["distinct", fn(1, 1, ([l]) => {
    const out: Value[] = [];
    for (const v of asList(l, "argument of distinct()")) if (!out.some((x) => valuesEqual(x, v))) out.push(v);
    return out;
  }, false, distinctUnknowns)],
  ["compact", fn(1, 1, ([l]) => asList(l, "argument of compact()").filter((v) => v !== null && v !== ""))],
  // An unknown element may turn out to be a list, which flatten() would open: the result is unknown. Unknowns inside
  // an element that is not a list (a map's values) do not matter.
  ["flatten", fn(1, 1, ([l]) => {
    const u = unknownInLists(asList(l, "argument of flatten()"), 0);
    return u ? u.derived() : flatten(asList(l, "argument of flatten()"), [], 0);
  }, true)],
  ["one", fn(1, 1, ([l]) => {
    const list = asList(l, "argument of one()");
    if (list.length > 1) throw new ExpressionError(`one() needs a list of at most one element, got ${list.length}`);
    return list.length === 0 ? null : list[0];
  }, true)],
  ["upper", fn(1, 1, ([s]) => asString(s, "argument of upper()").toUpperCase())],
  ["lower", fn(1, 1, ([s]) => asString(s, "argument of lower()").toLowerCase())],
  ["trimspace", fn(1, 1, ([s]) => asString(s, "argument of trimspace()").trim())],
  ["startswith", fn(2, 2, ([s, p]) => asString(s, "argument 1 of startswith()").startsWith(asString(p, "argument 2 of startswith()")))],
  ["endswith", fn(2, 2, ([s, p]) => asString(s, "argument 1 of endswith()").endsWith(asString(p, "argument 2 of endswith()")))],
  ["replace", fn(3, 3, ([str, sub, rep]) => {
    const s = asString(str, "argument 1 of replace()");
    const find = asString(sub, "argument 2 of replace()");
    const by = asString(rep, "argument 3 of replace()");
    if (find.length > 1 && find.startsWith("/") && find.endsWith("/")) throw new ExpressionError("replace() with a regular expression (/…/) is not evaluated by costkit");
    if (find === "") return s;
    return checkedString(s.split(find).join(by));
  })],
  ["tonumber", fn(1, 1, ([v]) => {
    if (v === null) return null;
    if (isNumber(v)) return v;
    if (typeof v === "string") {
      const n = parseNumber(v);
      if (n) return n;
    }
    throw new ExpressionError(`tonumber(): cannot convert ${typeof v === "string" ? `"${v.slice(0, 40)}"` : `a ${typeName(v)}`} to a number`);
  })],
  ["tostring", fn(1, 1, ([v]) => (v === null ? null : asString(v, "argument of tostring()")))],
  ["tobool", fn(1, 1, ([v]) => (v === null ? null : asBool(v, "argument of tobool()")))],
]);

/** Calls a built-in function with evaluated arguments. An unknown argument makes the result unknown. */
export function callFunction(name: string, args: readonly Value[]): Value {
  const f = FUNCTIONS.get(name);
  if (!f) {
    throw new ExpressionError(`costkit does not evaluate the function ${name}(); it evaluates ${[...FUNCTIONS.keys(), "try", "can"].sort().join(", ")}`);
  }
  if (args.length < f.min || args.length > f.max) {
    const want = f.max === VARIADIC ? `at least ${f.min}` : f.min === f.max ? `${f.min}` : `${f.min} or ${f.max}`;
    throw new ExpressionError(`${name}() takes ${want} argument${want === "1" ? "" : "s"}, got ${args.length}`);
  }
  const partly = f.partly?.(args);
  if (partly !== undefined) return partly;
  for (const a of args) {
    const u = f.shallow ? (isUnknown(a) ? a : undefined) : firstUnknown(a);
    if (u) return u.derived();
  }
  const out = f.call(args);
  return isNumber(out) ? checkedNumber(out) : out;
}
