import * as fs from "fs";
import * as path from "path";
import { closest, distance } from "fastest-levenshtein";
import { isMap, isScalar, isSeq, LineCounter, Node, parseDocument, Scalar, YAMLMap } from "yaml";
import { describeValue } from "./errors";
import { decimalText, isDecimalString, Money, ONE, ZERO } from "./money";
import { DiscountJson } from "./price-book";
import { readInputText } from "./read-input";
import { ScenarioPlace, scenarioErrors } from "./scenario-errors";
import { byString } from "./compare";

/**
 * Scenario files: a named, reviewed what-if (`scenarios/<name>.yaml`) that overrides an app's business drivers (users by
 * geo, listening hours, bitrate mix, cache hit rates…) and may add price books and discounts, with the source of each
 * figure. `costkit scenarios` synthesizes the app once per scenario (the app reads the file named by COSTKIT_SCENARIO)
 * and compares the reports. Format: docs/scenarios.md.
 *
 * Numbers are read exactly: an override keeps the decimal text it was written with (`0.92`, `800_000_000` → `800000000`);
 * the app converts a quantity to its own number type only when it applies the override, and money stays text.
 */

/** The environment variable that names the scenario file an app synthesizes (none: the baseline drivers). */
export const SCENARIO_ENV = "COSTKIT_SCENARIO";
/** Set to 1 with SCENARIO_ENV naming one or more files (joined with the path delimiter): the app validates them and exits. */
export const SCENARIO_VALIDATE_ENV = "COSTKIT_SCENARIO_VALIDATE";
/** The line an app prints on stdout when COSTKIT_SCENARIO_VALIDATE=1 found its scenario files valid. */
export const VALIDATED_MARKER = "costkit: scenario files valid";
/** The name of the drivers as the app sets them. */
export const BASELINE = "baseline";

/** What a scenario may override: the app's drivers with their baseline values, and what each kind of value must be. */
export interface DriverSchema {
  /** The baseline drivers: every key a scenario may set; each value's type (number, string, boolean, map, list) is the type of its overrides. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Maps of shares that must add up to 1, as dotted paths (`*` matches one key): `bitrateMix.*`. A scenario replaces such a map whole. */
  readonly shareMaps?: readonly string[];
  /** Numbers that are fractions from 0 to 1 (cache hit rates, shares of a whole). */
  readonly fractions?: readonly string[];
  /** Maps whose keys go beyond the baseline's, with every key allowed: `{ "bitrateMix.*": ["opus96", "ogg160", …] }`. */
  readonly openMaps?: Readonly<Record<string, readonly string[]>>;
}

/** A driver value as a scenario gives it: numbers as exact decimal text, so nothing passes through a float here. */
export type DriverValue = { readonly number: string } | string | boolean | readonly DriverValue[] | { readonly [key: string]: DriverValue };

export interface Scenario {
  readonly name: string;
  /** The file, as given (relative to the working directory). */
  readonly file: string;
  readonly description: string;
  /** The overrides, nested as in the drivers; numbers as `{ number: "<exact text>" }`. */
  readonly drivers: Readonly<Record<string, DriverValue>>;
  /** Where each figure comes from, by dotted path (a parent's source covers what is under it). */
  readonly sources: Readonly<Record<string, string>>;
  /** Price books the scenario adds, as paths relative to the working directory. */
  readonly priceBooks: readonly string[];
  readonly discounts: readonly DiscountJson[];
  /** When the discounts take effect (required with discounts). */
  readonly effectiveDate?: string;
}

const TOP_KEYS = ["name", "description", "drivers", "sources", "priceBooks", "discounts", "effectiveDate"] as const;
const DISCOUNT_KEYS = ["id", "description", "percent", "scope", "source"] as const;
const DISCOUNT_SCOPE_KEYS = ["provider", "priceIds", "excludePriceIds", "regions"] as const;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$/;
const YAML_NUMBER = /^[-+]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][-+]?\d+)?$/;
const MAX_EXPONENT = 1000;

/** The scenario's name from its file: `scenarios/2026.yaml` → `2026`. */
export function scenarioNameOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/, "");
}

const isNumber = (v: unknown): v is { number: string } => typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { number?: unknown }).number === "string";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function kindOf(v: unknown): "number" | "string" | "boolean" | "list" | "map" {
  if (typeof v === "number") return "number";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "boolean";
  if (Array.isArray(v)) return "list";
  return "map";
}

const KIND_TEXT = { number: "a number", string: "a decimal number or text", boolean: "true or false", list: "a list", map: "a mapping" } as const;

/** Whether a dotted path matches a pattern whose `*` stands for one key. */
function matches(pattern: string, dotted: string): boolean {
  const p = pattern.split("."), d = dotted.split(".");
  return p.length === d.length && p.every((x, i) => x === "*" || x === d[i]);
}

/** Parses and validates a scenario file's text. Without a schema, drivers are read but not checked against the app's. */
export function parseScenario(text: string, file: string, schema?: DriverSchema): Scenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const detail = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
    throw scenarioErrors.syntax(file, e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line, detail);
  }
  const lineOf = (n: Node | null | undefined): number | undefined => (n?.range ? lineCounter.linePos(n.range[0]).line : undefined);
  const place = (p: string, n?: Node | null): ScenarioPlace => ({ file, line: lineOf(n), path: p || "the top level" });
  const stem = scenarioNameOf(file);
  if (!FILE_NAME.test(path.basename(file))) throw scenarioErrors.badFileName(file);

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) throw scenarioErrors.empty(file);
  if (!isMap(root)) throw scenarioErrors.wrongType(place("", root), "a mapping of name, description, drivers, sources…", describeNode(root));
  const top = entries(root, "", place, TOP_KEYS);

  const text1 = (key: string): string | undefined => {
    const e = top.get(key);
    if (!e) return undefined;
    if (!isScalar(e.value) || typeof e.value.value !== "string") throw scenarioErrors.wrongType(place(key, e.value ?? e.key), "text (quote it in YAML)", describeNode(e.value));
    if (e.value.value.trim() === "") throw scenarioErrors.emptyText(place(key, e.value));
    return e.value.value;
  };
  const name = text1("name") ?? stem;
  if (name !== stem) throw scenarioErrors.badName(place("name", top.get("name")!.value), name, stem);
  if (name === BASELINE) throw scenarioErrors.reservedName(place(top.has("name") ? "name" : "", top.get("name")?.value ?? root), name);
  const description = text1("description");
  if (description === undefined) throw scenarioErrors.missingKey(place("", root), "description", '"description: <what the scenario assumes and why>"');
  const effectiveDate = text1("effectiveDate");
  if (effectiveDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate)) throw scenarioErrors.badDate(place("effectiveDate", top.get("effectiveDate")!.value), describeValue(effectiveDate));

  // drivers
  const drivers: Record<string, DriverValue> = {};
  const leaves: { path: string; node: Node }[] = [];
  const driversEntry = top.get("drivers");
  if (driversEntry) {
    const v = driversEntry.value;
    if (!isMap(v)) throw scenarioErrors.wrongType(place("drivers", v ?? driversEntry.key), "a mapping of driver names to values", describeNode(v));
    Object.assign(drivers, readDrivers(v, [], schema?.defaults, schema, place, leaves) as Record<string, DriverValue>);
  }

  // sources: every overridden figure has one, at its path or a parent's
  const sources: Record<string, string> = {};
  const sourcesEntry = top.get("sources");
  if (sourcesEntry) {
    const v = sourcesEntry.value;
    if (!isMap(v)) throw scenarioErrors.wrongType(place("sources", v ?? sourcesEntry.key), "a mapping of driver paths to where each figure comes from", describeNode(v));
    for (const pair of v.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const at = `sources.${key}`;
      if (!isScalar(pair.value) || typeof pair.value.value !== "string" || pair.value.value.trim() === "") throw scenarioErrors.wrongType(place(at, (pair.value as Node) ?? (pair.key as Node)), "the source as text", describeNode(pair.value as Node));
      if (!leaves.some((l) => l.path === key || l.path.startsWith(`${key}.`) || l.path.startsWith(`${key}[`))) throw scenarioErrors.sourceForNothing(place(at, pair.key as Node), key);
      sources[key] = pair.value.value;
    }
  }
  for (const leaf of leaves) {
    const covered = Object.keys(sources).some((k) => leaf.path === k || leaf.path.startsWith(`${k}.`) || leaf.path.startsWith(`${k}[`));
    if (!covered) throw scenarioErrors.missingSource(place(`drivers.${leaf.path}`, leaf.node), leaf.path);
  }

  // price books and discounts
  const priceBooks: string[] = [];
  const booksEntry = top.get("priceBooks");
  if (booksEntry) {
    const v = booksEntry.value;
    if (!isSeq(v)) throw scenarioErrors.wrongType(place("priceBooks", v ?? booksEntry.key), "a list of price book files", describeNode(v));
    v.items.forEach((item, i) => {
      const at = `priceBooks[${i}]`;
      if (!isScalar(item) || typeof item.value !== "string" || item.value === "") throw scenarioErrors.wrongType(place(at, item as Node), "a file path", describeNode(item as Node));
      const resolved = path.join(path.dirname(file), item.value);
      if (!fs.existsSync(resolved)) throw scenarioErrors.priceBookMissing(place(at, item as Node), resolved);
      priceBooks.push(resolved);
    });
  }
  const discounts: DiscountJson[] = [];
  const discountsEntry = top.get("discounts");
  if (discountsEntry) {
    const v = discountsEntry.value;
    if (!isSeq(v)) throw scenarioErrors.wrongType(place("discounts", v ?? discountsEntry.key), "a list of discounts", describeNode(v));
    v.items.forEach((item, i) => discounts.push(readDiscount(item as Node, `discounts[${i}]`, place)));
    if (discounts.length > 0 && effectiveDate === undefined) throw scenarioErrors.missingKey(place("", root), "effectiveDate", '"effectiveDate: YYYY-MM-DD", the day the discounts take effect');
  }
  if (leaves.length === 0 && priceBooks.length === 0 && discounts.length === 0) throw scenarioErrors.nothingChanged(place("", root));
  return { name, file, description, drivers, sources, priceBooks, discounts, ...(effectiveDate !== undefined ? { effectiveDate } : {}) };
}

function describeNode(n: Node | null | undefined | unknown): string {
  if (n === null || n === undefined) return "nothing";
  if (isMap(n)) return "a mapping";
  if (isSeq(n)) return "a list";
  if (isScalar(n)) return describeValue(n.value);
  return "a value";
}

/** The pairs of a mapping by key, every key checked against `allowed`. */
function entries(map: YAMLMap, at: string, place: (p: string, n?: Node | null) => ScenarioPlace, allowed: readonly string[]): Map<string, { key: Node; value: Node | null }> {
  const out = new Map<string, { key: Node; value: Node | null }>();
  for (const pair of map.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const where = at ? `${at}.${key}` : key;
    if (!allowed.includes(key)) throw scenarioErrors.unknownKey(place(where, pair.key as Node), key, allowed);
    out.set(key, { key: pair.key as Node, value: (pair.value as Node | null) ?? null });
  }
  return out;
}

/** A number scalar's exact decimal text (`800_000_000` → `800000000`, `1e9` → `1000000000`). */
function exactNumber(s: Scalar, place: ScenarioPlace): string {
  const literal = (s.source !== undefined && YAML_NUMBER.test(s.source) ? s.source : String(s.value)).replace(/_/g, "");
  const exponent = /[eE]([-+]?\d+)$/.exec(literal);
  if (exponent && Math.abs(Number(exponent[1])) > MAX_EXPONENT) throw scenarioErrors.numberOutOfRange(place, literal);
  if (!isDecimalString(literal.replace(/^\+/, "")) && !/[eE]/.test(literal)) throw scenarioErrors.wrongType(place, "a finite number", literal);
  return decimalText(new Money(literal));
}

/** Reads the drivers under `node`, checking each against the schema's baseline value when there is one. */
function readDrivers(node: Node, at: readonly string[], base: unknown, schema: DriverSchema | undefined, place: (p: string, n?: Node | null) => ScenarioPlace, leaves: { path: string; node: Node }[]): DriverValue {
  const dotted = at.join(".");
  const where = `drivers${dotted ? `.${dotted}` : ""}`;
  const expected = base === undefined ? undefined : kindOf(base);
  if (isMap(node)) {
    if (expected !== undefined && expected !== "map") throw scenarioErrors.wrongType(place(where, node), KIND_TEXT[expected], "a mapping");
    const baseMap = isRecord(base) ? base : undefined;
    const open = schema && dotted ? Object.entries(schema.openMaps ?? {}).find(([p]) => matches(p, dotted))?.[1] : undefined;
    const known = baseMap ? [...new Set([...Object.keys(baseMap), ...(open ?? [])])] : [];
    const out: Record<string, DriverValue> = {};
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const child = [...at, key];
      if (baseMap && !known.includes(key)) {
        const suggestion = known.length > 0 ? closest(key, known) : undefined;
        const near = suggestion !== undefined && distance(key, suggestion) <= Math.max(2, Math.floor(key.length / 3)) ? suggestion : undefined;
        throw scenarioErrors.unknownDriver(place(`drivers.${child.join(".")}`, pair.key as Node), key, near, [...known].sort(byString));
      }
      const value = pair.value as Node | null;
      const baseChild = baseMap ? (key in baseMap ? baseMap[key] : sampleOf(baseMap)) : undefined;
      if (value === null) throw scenarioErrors.wrongType(place(`drivers.${child.join(".")}`, pair.key as Node), baseChild === undefined ? "a value" : KIND_TEXT[kindOf(baseChild)], "nothing");
      out[key] = readDrivers(value, child, baseChild, schema, place, leaves);
    }
    if (schema && dotted && (schema.shareMaps ?? []).some((p) => matches(p, dotted))) {
      const sum = Object.values(out).reduce<Money>((s, v) => s.plus(isNumber(v) ? v.number : 0), ZERO);
      if (!sum.eq(ONE)) throw scenarioErrors.sharesSum(place(where, node), decimalText(sum));
    }
    return out;
  }
  if (isSeq(node)) {
    if (expected !== undefined && expected !== "list") throw scenarioErrors.wrongType(place(where, node), KIND_TEXT[expected], "a list");
    const sample = Array.isArray(base) ? base[0] : undefined;
    leaves.push({ path: dotted, node });
    const inner: { path: string; node: Node }[] = [];
    return node.items.map((item, i) => {
      const v = readDrivers(item as Node, [...at.slice(0, -1), `${at[at.length - 1]}[${i}]`], sample, schema, place, inner);
      if (isRecord(sample) && isRecord(v) && !isNumber(v)) {
        const missing = Object.keys(sample).find((k) => !(k in v));
        if (missing) throw scenarioErrors.missingKey(place(`drivers.${dotted}[${i}]`, item as Node), missing, `"${missing}" to every entry of the list (it replaces the baseline list whole)`);
      }
      return v;
    });
  }
  if (!isScalar(node)) throw scenarioErrors.wrongType(place(where, node), expected ? KIND_TEXT[expected] : "a value", "an unsupported YAML value");
  leaves.push({ path: dotted, node });
  const v = node.value;
  if (typeof v === "number") {
    const text = exactNumber(node, place(where, node));
    if (expected !== undefined && expected !== "number" && expected !== "string") throw scenarioErrors.wrongType(place(where, node), KIND_TEXT[expected], `number ${text}`);
    if (new Money(text).isNegative()) throw scenarioErrors.negative(place(where, node), text);
    if (schema && (schema.fractions ?? []).some((p) => matches(p, dotted)) && new Money(text).gt(1)) throw scenarioErrors.notFraction(place(where, node), text);
    return expected === "string" ? text : { number: text };
  }
  if (typeof v === "string") {
    if (expected === "number") throw scenarioErrors.wrongType(place(where, node), KIND_TEXT.number, describeValue(v));
    if (expected === "string" && isDecimalString(String(base))) {
      if (!isDecimalString(v.trim())) throw scenarioErrors.badDecimal(place(where, node), describeValue(v));
      if (v.trim().startsWith("-")) throw scenarioErrors.negative(place(where, node), v.trim());
      return decimalText(new Money(v.trim()));
    }
    if (expected !== undefined && expected !== "string") throw scenarioErrors.wrongType(place(where, node), KIND_TEXT[expected], describeValue(v));
    return v;
  }
  if (typeof v === "boolean") {
    if (expected !== undefined && expected !== "boolean") throw scenarioErrors.wrongType(place(where, node), KIND_TEXT[expected], describeValue(v));
    return v;
  }
  throw scenarioErrors.wrongType(place(where, node), expected ? KIND_TEXT[expected] : "a value", describeValue(v));
}

/** The value a key of an open map takes its type from: the map's first value. */
function sampleOf(map: Record<string, unknown>): unknown {
  return Object.values(map)[0];
}

function readDiscount(node: Node, at: string, place: (p: string, n?: Node | null) => ScenarioPlace): DiscountJson {
  if (!isMap(node)) throw scenarioErrors.wrongType(place(at, node), "a discount (id, description, percent, scope, source)", describeNode(node));
  const e = entries(node, at, place, DISCOUNT_KEYS);
  const text = (key: string): string => {
    const x = e.get(key);
    if (!x) throw scenarioErrors.missingKey(place(at, node), key, `"${key}:" to the discount`);
    if (!isScalar(x.value) || (typeof x.value.value !== "string" && typeof x.value.value !== "number")) throw scenarioErrors.wrongType(place(`${at}.${key}`, x.value ?? x.key), "text", describeNode(x.value));
    return typeof x.value.value === "number" ? exactNumber(x.value, place(`${at}.${key}`, x.value)) : x.value.value;
  };
  const percent = text("percent").trim();
  if (!isDecimalString(percent) || new Money(percent).isNegative() || new Money(percent).gt(100)) throw scenarioErrors.badDecimal(place(`${at}.percent`, e.get("percent")!.value), `${describeValue(percent)} (a percent from 0 to 100)`);
  const scopeEntry = e.get("scope");
  if (!scopeEntry) throw scenarioErrors.missingKey(place(at, node), "scope", '"scope:" (provider, priceIds, excludePriceIds, regions)');
  if (!isMap(scopeEntry.value)) throw scenarioErrors.wrongType(place(`${at}.scope`, scopeEntry.value ?? scopeEntry.key), "a mapping", describeNode(scopeEntry.value));
  const s = entries(scopeEntry.value, `${at}.scope`, place, DISCOUNT_SCOPE_KEYS);
  const scope: Record<string, string | string[]> = {};
  for (const [key, x] of s) {
    if (key === "provider") {
      if (!isScalar(x.value) || typeof x.value.value !== "string") throw scenarioErrors.wrongType(place(`${at}.scope.provider`, x.value ?? x.key), "text", describeNode(x.value));
      scope.provider = x.value.value;
    } else {
      if (!isSeq(x.value) || !x.value.items.every((i) => isScalar(i) && typeof i.value === "string")) throw scenarioErrors.wrongType(place(`${at}.scope.${key}`, x.value ?? x.key), "a list of text", describeNode(x.value));
      scope[key] = x.value.items.map((i) => String((i as Scalar).value));
    }
  }
  return { id: text("id"), description: text("description"), percent: decimalText(new Money(percent)), scope, source: text("source") };
}

/** Reads and validates a scenario file. */
export function loadScenarioFile(file: string, schema?: DriverSchema): Scenario {
  return parseScenario(readInputText(file), file, schema);
}

/**
 * The drivers with a scenario's overrides applied: maps merge key by key, except share maps and lists, which the
 * scenario replaces whole; a number becomes the type of the baseline value (a JS number for a quantity, decimal text
 * for a string such as a rate in dollars).
 */
export function applyOverrides<T>(defaults: T, overrides: Readonly<Record<string, DriverValue>>, schema: DriverSchema, at: readonly string[] = []): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const dotted = [...at, key].join(".");
    const base = out[key];
    const whole = (schema.shareMaps ?? []).some((p) => matches(p, dotted));
    out[key] = toValue(value, base, schema, [...at, key], whole);
  }
  return out as T;
}

function toValue(value: DriverValue, base: unknown, schema: DriverSchema, at: readonly string[], whole: boolean): unknown {
  if (isNumber(value)) return typeof base === "string" ? value.number : Number(value.number);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    const sample = Array.isArray(base) ? base[0] : undefined;
    return value.map((v) => toValue(v, sample, schema, at, true));
  }
  const map = value as Record<string, DriverValue>;
  if (whole || !isRecord(base)) {
    const sample = isRecord(base) ? sampleOf(base) : undefined;
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toValue(v, isRecord(base) && k in base ? base[k] : sample, schema, [...at, k], false)]));
  }
  return applyOverrides(base, map, schema, at);
}

/** The overrides as plain JSON for reports: numbers as their exact decimal text. */
export function overridesJson(value: Readonly<Record<string, DriverValue>>): Record<string, unknown> {
  const conv = (v: DriverValue): unknown => (isNumber(v) ? v.number : Array.isArray(v) ? v.map(conv) : typeof v === "object" ? Object.fromEntries(Object.entries(v as Record<string, DriverValue>).map(([k, x]) => [k, conv(x)])) : v);
  return conv(value as DriverValue) as Record<string, unknown>;
}
