import { isObject } from "../own";
import * as fs from "fs";
import * as path from "path";
import { readJsonFile } from "../books";
import { isDecimalString } from "../money";
import { importErrors } from "./errors";

/** Where an import reads its prices: an AWS Price List offer file, or a Cloud Billing Catalog SKU list. */
export type ImportSource = "aws-offer" | "gcp-skus";
export const IMPORT_SOURCES: readonly ImportSource[] = ["aws-offer", "gcp-skus"];

/**
 * A mapping says, as data, which provider SKUs become which of our price ids (`pricing/import/mappings/*.json`).
 * Rules are tried in order; the first that matches a SKU decides its id, region and unit.
 *
 * ```json
 * { "formatVersion": "1", "from": "aws-offer", "description": "…",
 *   "rules": [{
 *     "id": "ec2-instance-hours",
 *     "description": "EC2 Linux on-demand shared-tenancy instance hours",
 *     "match": { "productFamily": "Compute Instance", "attributes.operatingSystem": "Linux",
 *                "attributes.usagetype": { "pattern": "BoxUsage:" } },
 *     "priceId": "aws/ec2/{attributes.instanceType}",
 *     "region": { "field": "attributes.regionCode" },
 *     "unit": { "from": "Hrs", "to": "hours" } }] }
 * ```
 * - `match`: field → condition, all must hold. A condition is a string (equals) or an object with any of `equals`,
 *   `oneOf`, `prefix`, `pattern` (a regular expression), `notPattern`. A list field (GCP `serviceRegions`) matches when
 *   one of its values does.
 * - `priceId`: our id, with `{field}` replaced by the SKU's value.
 * - `region`: `{ "value": "NA" }`, or `{ "field": …, "pattern"?: regex (its first group is the region), "map"?: {…},
 *   "default"?: … }`; a list field gives one price per region.
 * - `unit`: the provider's unit the rule expects (`from`), ours (`to`), and optionally `factor` (how many `from` make
 *   one `to`) when costkit's unit tables do not know the pair.
 * - `notes`: copied into every entry the rule makes.
 *
 * Fields: AWS `sku`, `productFamily`, `offerCode`, `attributes.<name>`; GCP `skuId`, `description`,
 * `category.<serviceDisplayName|resourceFamily|resourceGroup|usageType>`, `serviceRegions`, `geoTaxonomy.type`,
 * `geoTaxonomy.regions`, `usageUnit`.
 */
export interface Mapping {
  readonly from: ImportSource;
  readonly description?: string;
  readonly rules: readonly MappingRule[];
  readonly file: string;
}

export interface MappingRule {
  readonly index: number;
  readonly id: string;
  readonly description?: string;
  readonly match: readonly (readonly [string, Matcher])[];
  readonly priceId: string;
  readonly region: RegionSpec;
  readonly unit: { readonly from: string; readonly to: string; readonly factor?: string };
  readonly notes?: string;
}

export interface Matcher {
  readonly equals?: string;
  readonly oneOf?: readonly string[];
  readonly prefix?: string;
  readonly pattern?: RegExp;
  readonly notPattern?: RegExp;
}

export interface RegionSpec {
  readonly value?: string;
  readonly field?: string;
  readonly pattern?: RegExp;
  readonly map?: Readonly<Record<string, string>>;
  readonly default?: string;
}

/** What a rule can read of a SKU: a field's value, a list of values, or nothing. */
export type FieldReader = (field: string) => string | readonly string[] | undefined;

/** Our price ids, as the price book validation requires them. */
const PRICE_ID = /^[a-z0-9-]+\/[a-z0-9-]+\/[A-Za-z0-9._+-]+$/;
const MAPPING_KEYS = new Set(["formatVersion", "from", "description", "rules"]);
const RULE_KEYS = new Set(["id", "description", "match", "priceId", "region", "unit", "notes"]);
const MATCHER_KEYS = new Set(["equals", "oneOf", "prefix", "pattern", "notPattern"]);
const REGION_KEYS = new Set(["value", "field", "pattern", "map", "default"]);
const UNIT_KEYS = new Set(["from", "to", "factor"]);

/** The folder of the mappings shipped with costkit (next to the sources, also when running from dist/). */
export function mappingsFolder(): string {
  const candidates = [path.join(__dirname, "mappings"), path.join(__dirname, "..", "..", "..", "pricing", "import", "mappings")];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`costkit's import mappings are missing (looked in ${candidates.join(", ")})`);
}

/** The mapping shipped for a source: `mappings/aws.json` or `mappings/gcp.json`. */
export function defaultMappingFile(from: ImportSource): string {
  return path.join(mappingsFolder(), from === "aws-offer" ? "aws.json" : "gcp.json");
}

export function loadMapping(file: string, from: ImportSource): Mapping {
  const mapping = parseMapping(readJsonFile(file), file);
  if (mapping.from !== from) throw importErrors.mappingForOtherSource(file, mapping.from, from);
  return mapping;
}


/** Validates a parsed mapping; every problem names the file and the rule. */
export function parseMapping(json: unknown, file: string): Mapping {
  const bad = (where: string, detail: string) => importErrors.badMapping(file, where, detail);
  if (!isObject(json)) throw bad("the top level", "expected an object");
  for (const key of Object.keys(json)) if (!MAPPING_KEYS.has(key)) throw bad(key, `unknown key "${key}"`);
  if (json.formatVersion !== "1") throw bad("formatVersion", `expected "1", got ${JSON.stringify(json.formatVersion)}`);
  if (!IMPORT_SOURCES.includes(json.from as ImportSource)) throw bad("from", `expected one of ${IMPORT_SOURCES.join(", ")}, got ${JSON.stringify(json.from)}`);
  if (json.description !== undefined && typeof json.description !== "string") throw bad("description", "expected a string");
  if (!Array.isArray(json.rules) || json.rules.length === 0) throw bad("rules", "expected a non-empty list of rules");
  const ids = new Set<string>();
  const rules = json.rules.map((raw: unknown, index: number): MappingRule => {
    const label = isObject(raw) && typeof raw.id === "string" ? ` (${raw.id})` : "";
    const where = `rules[${index}]${label}`;
    if (!isObject(raw)) throw bad(where, "expected an object");
    for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) throw bad(where, `unknown key "${key}"`);
    if (typeof raw.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(raw.id)) throw bad(where, `id must be a kebab-case name, got ${JSON.stringify(raw.id)}`);
    if (ids.has(raw.id)) throw bad(where, `duplicate rule id "${raw.id}"`);
    ids.add(raw.id);
    for (const key of ["description", "notes"] as const) if (raw[key] !== undefined && typeof raw[key] !== "string") throw bad(`${where}.${key}`, "expected a string");
    if (!isObject(raw.match) || Object.keys(raw.match).length === 0) throw bad(`${where}.match`, "expected an object of field → condition, with at least one field");
    const match = Object.entries(raw.match).map(([field, cond]) => [field, matcherOf(cond, `${where}.match.${field}`, bad)] as const);
    if (typeof raw.priceId !== "string" || !/^[a-z0-9-]+\/[a-z0-9-]+\/\S+$/.test(raw.priceId)) {
      throw bad(`${where}.priceId`, `expected an id template like "aws/ec2/{attributes.instanceType}", got ${JSON.stringify(raw.priceId)}`);
    }
    const unit = raw.unit;
    if (!isObject(unit)) throw bad(`${where}.unit`, 'expected { "from": <provider unit>, "to": <our unit> }');
    for (const key of Object.keys(unit)) if (!UNIT_KEYS.has(key)) throw bad(`${where}.unit`, `unknown key "${key}"`);
    if (typeof unit.from !== "string" || unit.from === "") throw bad(`${where}.unit.from`, "expected the provider's unit, e.g. \"Hrs\" or \"GiBy.mo\"");
    if (typeof unit.to !== "string" || unit.to === "") throw bad(`${where}.unit.to`, "expected our unit, e.g. \"hours\" or \"GiB-months\"");
    if (unit.factor !== undefined && (!isDecimalString(unit.factor) || Number(unit.factor) <= 0)) throw bad(`${where}.unit.factor`, "expected a positive decimal string");
    return {
      index, id: raw.id, match, priceId: raw.priceId, region: regionOf(raw.region, `${where}.region`, bad),
      unit: { from: unit.from, to: unit.to, ...(unit.factor !== undefined ? { factor: unit.factor as string } : {}) },
      ...(raw.description !== undefined ? { description: raw.description as string } : {}),
      ...(raw.notes !== undefined ? { notes: raw.notes as string } : {}),
    };
  });
  return { from: json.from as ImportSource, ...(json.description !== undefined ? { description: json.description as string } : {}), rules, file };
}

type Bad = (where: string, detail: string) => Error;

function regexOf(value: unknown, where: string, bad: Bad): RegExp {
  if (typeof value !== "string") throw bad(where, "expected a regular expression as a string");
  try {
    return new RegExp(value);
  } catch (e) {
    throw bad(where, `not a valid regular expression: ${(e as Error).message}`);
  }
}

function matcherOf(cond: unknown, where: string, bad: Bad): Matcher {
  if (typeof cond === "string") return { equals: cond };
  if (!isObject(cond) || Object.keys(cond).length === 0) throw bad(where, `expected a string or an object with ${[...MATCHER_KEYS].join(", ")}`);
  for (const key of Object.keys(cond)) if (!MATCHER_KEYS.has(key)) throw bad(where, `unknown condition "${key}"; conditions: ${[...MATCHER_KEYS].join(", ")}`);
  if (cond.equals !== undefined && typeof cond.equals !== "string") throw bad(`${where}.equals`, "expected a string");
  if (cond.prefix !== undefined && typeof cond.prefix !== "string") throw bad(`${where}.prefix`, "expected a string");
  if (cond.oneOf !== undefined && (!Array.isArray(cond.oneOf) || !cond.oneOf.every((v) => typeof v === "string"))) throw bad(`${where}.oneOf`, "expected a list of strings");
  return {
    ...(cond.equals !== undefined ? { equals: cond.equals as string } : {}),
    ...(cond.oneOf !== undefined ? { oneOf: cond.oneOf as string[] } : {}),
    ...(cond.prefix !== undefined ? { prefix: cond.prefix as string } : {}),
    ...(cond.pattern !== undefined ? { pattern: regexOf(cond.pattern, `${where}.pattern`, bad) } : {}),
    ...(cond.notPattern !== undefined ? { notPattern: regexOf(cond.notPattern, `${where}.notPattern`, bad) } : {}),
  };
}

function regionOf(raw: unknown, where: string, bad: Bad): RegionSpec {
  if (!isObject(raw)) throw bad(where, 'expected { "value": "<region>" } or { "field": "<field>", … }');
  for (const key of Object.keys(raw)) if (!REGION_KEYS.has(key)) throw bad(where, `unknown key "${key}"`);
  if ((raw.value === undefined) === (raw.field === undefined)) throw bad(where, 'give either "value" or "field"');
  if (raw.value !== undefined && (typeof raw.value !== "string" || raw.value === "")) throw bad(`${where}.value`, "expected a region, a geo or \"global\"");
  if (raw.field !== undefined && typeof raw.field !== "string") throw bad(`${where}.field`, "expected a field name");
  if (raw.default !== undefined && typeof raw.default !== "string") throw bad(`${where}.default`, "expected a string");
  if (raw.map !== undefined && (!isObject(raw.map) || !Object.values(raw.map).every((v) => typeof v === "string" && v !== ""))) {
    throw bad(`${where}.map`, "expected an object of provider value → region");
  }
  return {
    ...(raw.value !== undefined ? { value: raw.value as string } : {}),
    ...(raw.field !== undefined ? { field: raw.field as string } : {}),
    ...(raw.pattern !== undefined ? { pattern: regexOf(raw.pattern, `${where}.pattern`, bad) } : {}),
    ...(raw.map !== undefined ? { map: raw.map as Record<string, string> } : {}),
    ...(raw.default !== undefined ? { default: raw.default as string } : {}),
  };
}

function valueMatches(value: string, m: Matcher): boolean {
  if (m.equals !== undefined && value !== m.equals) return false;
  if (m.oneOf !== undefined && !m.oneOf.includes(value)) return false;
  if (m.prefix !== undefined && !value.startsWith(m.prefix)) return false;
  if (m.pattern !== undefined && !m.pattern.test(value)) return false;
  if (m.notPattern !== undefined && m.notPattern.test(value)) return false;
  return true;
}

/** Whether every condition of the rule holds for the SKU. */
export function ruleMatches(rule: MappingRule, read: FieldReader): boolean {
  return rule.match.every(([field, m]) => {
    const v = read(field);
    if (v === undefined) return false;
    return typeof v === "string" ? valueMatches(v, m) : v.some((x) => valueMatches(x, m));
  });
}

/** The rule's price id for a SKU, or why it has none (a `{field}` the SKU lacks). */
export function priceIdOf(rule: MappingRule, read: FieldReader): { id: string } | { problem: string } {
  const problems: string[] = [];
  const id = rule.priceId.replace(/\{([^{}]+)\}/g, (_all, field: string) => {
    const v = read(field);
    if (typeof v !== "string" || v === "") {
      problems.push(`the SKU has no ${field} for the id template ${rule.priceId}`);
      return "";
    }
    return v;
  });
  if (problems.length) return { problem: problems[0] };
  if (!PRICE_ID.test(id)) return { problem: `the id template ${rule.priceId} gives "${id}", which is not a price id (<provider>/<service>/<item>)` };
  return { id };
}

/** The regions the rule gives a SKU (one per value of a list field), or why it gives none. */
export function regionsOf(rule: MappingRule, read: FieldReader): { regions: string[] } | { problem: string } {
  const spec = rule.region;
  if (spec.value !== undefined) return { regions: [spec.value] };
  const raw = read(spec.field!);
  const values = raw === undefined ? [] : typeof raw === "string" ? [raw] : [...raw];
  const out: string[] = [];
  const dropped: string[] = [];
  for (const v of values) {
    let r: string | undefined = v;
    if (spec.pattern) {
      const m = spec.pattern.exec(v);
      r = m ? m[1] ?? m[0] : undefined;
    }
    if (r !== undefined && spec.map) r = spec.map[r];
    if (r === undefined || r === "") dropped.push(v);
    else if (!out.includes(r)) out.push(r);
  }
  if (out.length === 0 && spec.default !== undefined) out.push(spec.default);
  if (out.length === 0) {
    return { problem: values.length ? `${spec.field} ${dropped.map((d) => JSON.stringify(d)).join(", ")} gives no region the rule knows` : `the SKU has no ${spec.field}` };
  }
  return { regions: out.sort() };
}

/**
 * A regular expression that matches the ids a rule can make: `aws/ec2/{…}` → `^aws/ec2/[A-Za-z0-9._+-]+$`; a placeholder
 * whose field the rule matches with `equals` or `oneOf` stands for those values only.
 */
export function templatePattern(rule: MappingRule): RegExp {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = rule.priceId.split(/(\{[^{}]+\})/).map((part) => {
    const m = /^\{([^{}]+)\}$/.exec(part);
    if (!m) return escape(part);
    const matcher = rule.match.find(([field]) => field === m[1])?.[1];
    const values = matcher?.oneOf ?? (matcher?.equals !== undefined ? [matcher.equals] : undefined);
    return values ? `(${values.map(escape).join("|")})` : "[A-Za-z0-9._+-]+";
  });
  return new RegExp(`^${source.join("")}$`);
}
