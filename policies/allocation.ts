import Decimal from "decimal.js";
import * as fs from "fs";
import * as path from "path";
import { AllocationMatch, ResolvedAllocation, ResolvedAllocationRule, SHARED, UNALLOCATED } from "../pricing/allocation";
import { CATEGORIES } from "../pricing/categories";
import { describeValue } from "../pricing/errors";
import { displayPath } from "../pricing/load";
import { decimalText, isDecimalString, Money, ONE, ZERO } from "../pricing/money";
import { nearest } from "../pricing/nearest";
import { readInputText } from "../pricing/read-input";
import { CostReport } from "../pricing/report";
import { driversOf } from "./budgets";
import { allocationErrors, BudgetPlace } from "./errors";
import { PlaceOf, readYamlWithPlaces, YamlPath } from "./yaml-places";

/**
 * Allocation rules as data (format: docs/allocation.md): the features cost is reported by, and rules that split shared
 * resources across them, by fixed shares or by a driver the stacks declare per feature (listening hours). FinOps keeps
 * them in `policies/allocation.yaml`, next to the budgets. Every problem is an InputError naming the file, the line and
 * the key (exit code 2); names that are close to a known one are suggested.
 */

/** How a rule splits: fixed shares per feature (summing to 1), or a driver the reports declare as `<driver>.<feature>`. */
export type AllocationSplit =
  | { readonly shares: Readonly<Record<string, string>> }
  | { readonly driver: string };

export interface AllocationRule {
  /** Stable id, shown in the FOCUS export's allocated rows. Letters, digits, `.`, `_`, `-`. */
  readonly id: string;
  readonly description?: string;
  /** Which shared resources the rule splits. @default - every shared resource no earlier rule selected */
  readonly match?: AllocationMatch;
  readonly split: AllocationSplit;
}

export interface AllocationRules {
  /** The features cost is reported by, in the order reports list them. */
  readonly features: readonly string[];
  /** Tried in order; the first that selects a shared resource splits it. */
  readonly rules: readonly AllocationRule[];
  /** The file the rules came from, for messages. */
  readonly file?: string;
  /** Where each rule's driver is in the file (for messages when it cannot be resolved against the reports). */
  readonly driverPlaces?: readonly (BudgetPlace | undefined)[];
}

const TOP_KEYS = ["features", "rules"] as const;
const RULE_KEYS = ["id", "description", "match", "split"] as const;
const MATCH_KEYS = ["stack", "category", "provider", "type", "address", "tag.<key>"] as const;
const SPLIT_KEYS = ["shares", "driver"] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const RULE_EXAMPLE = '- { id: cdn, match: { category: cdn }, split: { driver: monthlyListeningHoursByFeature } }';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function mapping(v: unknown, p: YamlPath, placeOf: PlaceOf, allowed: readonly string[], isAllowed: (k: string) => boolean = (k) => allowed.includes(k)): Record<string, unknown> {
  if (!isObject(v)) throw allocationErrors.wrongType(placeOf(p), "a mapping", describeValue(v));
  for (const key of Object.keys(v)) {
    if (!isAllowed(key)) throw allocationErrors.unknownKey(placeOf(p, key), key, allowed, nearest(allowed.filter((a) => !a.includes("<")), key, 1));
  }
  return v;
}

function text(v: unknown, p: YamlPath, placeOf: PlaceOf, what = "a string"): string {
  if (typeof v !== "string" || v.trim() === "") throw allocationErrors.wrongType(placeOf(p), what, describeValue(v));
  return v;
}

function firstAt(placeOf: PlaceOf, p: YamlPath): string {
  const at = placeOf(p);
  return at.line !== undefined ? `line ${at.line}` : at.path;
}

function validateFeatures(v: unknown, placeOf: PlaceOf): string[] {
  if (v === undefined) throw allocationErrors.missingKey(placeOf([]), "features", "features: [music-streaming, podcasts]");
  if (!Array.isArray(v) || v.length === 0) throw allocationErrors.wrongType(placeOf(["features"]), "a non-empty list of feature names", describeValue(v));
  const seen = new Map<string, number>();
  return v.map((f, i) => {
    const name = text(f, ["features", i], placeOf, "a feature name");
    if (name === UNALLOCATED || name === SHARED) throw allocationErrors.reservedFeature(placeOf(["features", i]), name);
    if (seen.has(name)) throw allocationErrors.duplicate(placeOf(["features", i]), "feature", name, firstAt(placeOf, ["features", seen.get(name)!]));
    seen.set(name, i);
    return name;
  });
}

function validateMatch(v: unknown, p: YamlPath, placeOf: PlaceOf): AllocationMatch {
  const m = mapping(v, p, placeOf, MATCH_KEYS, (k) => (MATCH_KEYS as readonly string[]).includes(k) || (k.startsWith("tag.") && k.length > 4));
  const out: Record<string, string> = {};
  for (const key of Object.keys(m).sort()) {
    const value = text(m[key], [...p, key], placeOf);
    if (key === "category" && !(CATEGORIES as readonly string[]).includes(value)) throw allocationErrors.badEnum(placeOf([...p, key]), describeValue(value), CATEGORIES);
    out[key] = value;
  }
  return out as AllocationMatch;
}

function share(v: unknown, p: YamlPath, placeOf: PlaceOf): string {
  const t = typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "string" ? v.trim() : undefined;
  if (t === undefined || !isDecimalString(t) || new Money(t).isNegative() || new Money(t).gt(ONE)) throw allocationErrors.badShare(placeOf(p), describeValue(v));
  return decimalText(new Money(t));
}

function validateSplit(v: unknown, p: YamlPath, placeOf: PlaceOf, features: readonly string[]): AllocationSplit {
  const m = mapping(v, p, placeOf, SPLIT_KEYS);
  const given = SPLIT_KEYS.filter((k) => m[k] !== undefined);
  if (given.length !== 1) throw allocationErrors.splitNeedsOne(placeOf(p), given.length ? `both` : "neither");
  if (m.driver !== undefined) return { driver: text(m.driver, [...p, "driver"], placeOf, "a driver name such as monthlyListeningHoursByFeature") };
  const sp = [...p, "shares"];
  const raw = mapping(m.shares, sp, placeOf, features, () => true);
  if (Object.keys(raw).length === 0) throw allocationErrors.noShares(placeOf(sp));
  const shares = new Map<string, string>(); // not an object: a feature may be called "__proto__"
  let sum: Decimal = ZERO;
  for (const [name, value] of Object.entries(raw)) {
    if (!features.includes(name)) throw allocationErrors.unknownFeature(placeOf(sp, name), name, features, nearest(features, name, 1));
    const s = share(value, [...sp, name], placeOf);
    shares.set(name, s);
    sum = sum.plus(s);
  }
  if (!sum.eq(ONE)) throw allocationErrors.sharesNotOne(placeOf(sp), decimalText(sum));
  return { shares: Object.fromEntries(shares) };
}

/** Parses an allocation file (YAML, or JSON). Every problem is an InputError naming the file, the line and the key path. */
export function parseAllocation(source: string, file: string): AllocationRules {
  const { value, placeOf } = readYamlWithPlaces(source, file, (line, detail) => allocationErrors.syntax(file, line, detail));
  if (value === undefined || value === null) throw allocationErrors.empty(file);
  const top = mapping(value, [], placeOf, TOP_KEYS);
  const features = validateFeatures(top.features, placeOf);
  if (top.rules === undefined) throw allocationErrors.missingKey(placeOf([]), "rules", `rules: [${RULE_EXAMPLE.slice(2)}] (or rules: [] for none)`);
  if (!Array.isArray(top.rules)) throw allocationErrors.wrongType(placeOf(["rules"]), "a list of rules", describeValue(top.rules));
  const ids = new Map<string, number>();
  const driverPlaces: (BudgetPlace | undefined)[] = [];
  const rules = top.rules.map((rv, i): AllocationRule => {
    const p: YamlPath = ["rules", i];
    const r = mapping(rv, p, placeOf, RULE_KEYS);
    if (r.id === undefined) throw allocationErrors.missingKey(placeOf(p), "id", RULE_EXAMPLE);
    const id = text(r.id, [...p, "id"], placeOf);
    if (!ID.test(id)) throw allocationErrors.badId(placeOf([...p, "id"]), describeValue(id));
    if (ids.has(id)) throw allocationErrors.duplicate(placeOf([...p, "id"]), "rule id", id, firstAt(placeOf, ["rules", ids.get(id)!, "id"]));
    ids.set(id, i);
    if (r.split === undefined) throw allocationErrors.missingKey(placeOf(p), "split", RULE_EXAMPLE);
    const split = validateSplit(r.split, [...p, "split"], placeOf, features);
    driverPlaces.push("driver" in split ? placeOf([...p, "split", "driver"]) : undefined);
    return {
      id,
      ...(r.description !== undefined ? { description: text(r.description, [...p, "description"], placeOf) } : {}),
      ...(r.match !== undefined ? { match: validateMatch(r.match, [...p, "match"], placeOf) } : {}),
      split,
    };
  });
  return { features, rules, file, driverPlaces };
}

/** Reads and parses an allocation file. */
export function loadAllocationFile(file: string): AllocationRules {
  return parseAllocation(readInputText(file), displayPath(file));
}

/** Where `cdktf synth` and the CLI look for allocation rules when none is named: beside the budgets file. */
export function defaultAllocationFile(budgetsFile: string | undefined): string | undefined {
  if (budgetsFile === undefined) return undefined;
  const candidate = path.join(path.dirname(budgetsFile), "allocation.yaml");
  return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * The rules with their drivers read from the reports (`<driver>.<feature>` as the stacks declare them): weights per
 * feature, in the rule's order. A driver no report declares, one naming an unknown feature, a negative value or only
 * zeros is an InputError at the rule's line.
 */
export function resolveAllocation(rules: AllocationRules, reports: readonly CostReport[]): ResolvedAllocation {
  const drivers = driversOf(reports);
  const resolved = rules.rules.map((rule, i): ResolvedAllocationRule => {
    const match = rule.match ?? {};
    if ("shares" in rule.split) {
      return { id: rule.id, match, weights: Object.entries(rule.split.shares).map(([f, s]) => [f, new Money(s)] as const) };
    }
    const driver = rule.split.driver;
    const place = rules.driverPlaces?.[i] ?? { ...(rules.file ? { file: rules.file } : {}), path: `rules[${i}].split.driver` };
    const prefix = `${driver}.`;
    const keys = Object.keys(drivers).filter((k) => k.startsWith(prefix)).sort();
    if (keys.length === 0) throw allocationErrors.driverMissing(place, driver, Object.keys(drivers));
    const weights: (readonly [string, Decimal])[] = [];
    for (const key of keys) {
      const name = key.slice(prefix.length);
      if (!rules.features.includes(name)) throw allocationErrors.driverUnknownFeature(place, key, name, rules.features, nearest(rules.features, name, 1));
      const value = drivers[key];
      if (!isDecimalString(value) || new Money(value).isNegative()) throw allocationErrors.driverBadValue(place, key, describeValue(value));
      weights.push([name, new Money(value)]);
    }
    weights.sort(([a], [b]) => rules.features.indexOf(a) - rules.features.indexOf(b));
    if (weights.every(([, w]) => w.isZero())) throw allocationErrors.driverAllZero(place, driver);
    return { id: rule.id, match, weights };
  });
  return { features: rules.features, rules: resolved };
}
