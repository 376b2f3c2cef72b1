import Decimal from "decimal.js";
import { Category, isCategory } from "./categories";
import { errors, Unpriceable, UnresolvedValue } from "./errors";
import { FREE_TYPES } from "./free-types";
import { Geo, geoOfRegion, GLOBAL_REGION, isGeo, isKnownRegion } from "./geo";
import { decimalText, formatQuantity, ONE, ZERO } from "./money";
import { ResolvedPrice, PriceCatalog } from "./price-book";
import { ComponentSpec, CostLines, Pricer, ResourceInput, ResourceLookup } from "./pricer";
import { Range, rangeToJson, scaleRange, sumRanges, ZERO_RANGE } from "./range";
import { defaultRegion } from "./region";
import { ComponentCost, CostReport, FreeEntry, ResourceCost, UnpricedEntry } from "./report";
import { splitAcrossTiers, Tier } from "./tiers";
import { TfDocument, TfResource } from "./terraform";
import { EMPTY_USAGE, parseUsage, UsageFile, UsageValue, UsageValues } from "./usage";
import { COSTKIT_VERSION } from "./version";

export interface PricerRegistry {
  get(type: string): Pricer | undefined;
  types(): readonly string[];
}

export function registryOf(pricers: readonly Pricer[]): PricerRegistry {
  const byType = new Map<string, Pricer>();
  for (const p of pricers) {
    if (byType.has(p.type)) throw new Error(`two pricers for ${p.type} (a costkit defect)`);
    byType.set(p.type, p);
  }
  return { get: (t) => byType.get(t), types: () => [...byType.keys()].sort() };
}

export interface EstimateOptions {
  /** The stack name written into the report. */
  readonly stack: string;
  readonly catalog: PriceCatalog;
  readonly registry: PricerRegistry;
  readonly usage?: UsageFile;
}

interface PricedLine {
  readonly component: ComponentCost;
  readonly cost: Range;
  readonly listCost: Range;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Resolved usage of one resource: Terraform-declared (`"//".cost.usage`) < type defaults < per-address usage. */
export function usageFor(resource: TfResource, pricer: Pricer, usage: UsageFile, docFile: string): UsageValues {
  const merged = new Map<string, UsageValue>();
  if (resource.declaredUsage !== undefined) {
    for (const [k, v] of parseUsage(resource.declaredUsage, pricer.usage, docFile, `${resource.address}."//".cost.usage`)) merged.set(k, v);
  }
  const typeDefaults = usage.typeDefaults[resource.type];
  if (typeDefaults !== undefined) {
    for (const [k, v] of parseUsage(typeDefaults, pricer.usage, usage.file, `resource_type_default_usage.${resource.type}`)) merged.set(k, v);
  }
  const own = usage.resourceUsage[resource.address] ?? (resource.address.endsWith("]") ? usage.resourceUsage[resource.address.replace(/\[[^\]]*\]$/, "")] : undefined);
  if (own !== undefined) {
    for (const [k, v] of parseUsage(own, pricer.usage, usage.file, `resource_usage.${resource.address}`)) merged.set(k, v);
  }
  return new UsageValues(pricer.usage, merged);
}

/** Checks that every entry of a usage file names a resource or type that some document has and costkit prices. */
export function checkUsageFileTargets(usage: UsageFile, docs: readonly TfDocument[], registry: PricerRegistry): void {
  const addresses = new Set<string>();
  for (const d of docs) for (const r of d.resources) {
    addresses.add(r.address);
    addresses.add(r.address.replace(/\[[^\]]*\]$/, ""));
  }
  for (const type of Object.keys(usage.typeDefaults)) {
    if (!registry.get(type)) throw errors.usageUnknownResourceType(usage.file, `resource_type_default_usage.${type}`, type);
  }
  for (const address of Object.keys(usage.resourceUsage)) {
    if (!addresses.has(address)) {
      throw errors.badArgument(
        `usage for "${address}" (in ${usage.file}, at resource_usage.${address}), but no resource has that address. Addresses found: ${[...addresses].filter((a) => !a.includes("[")).slice(0, 8).join(", ")}${addresses.size > 8 ? ", …" : ""}. Fix the address or remove the entry.`,
      );
    }
  }
}

function tierLabel(index: number, tiers: readonly { start: Decimal }[], unit: string): string {
  const start = tiers[index].start;
  const next = index + 1 < tiers.length ? tiers[index + 1].start : undefined;
  if (index === 0) return `first ${formatQuantity(next!)} ${unit}`;
  if (next === undefined) return `over ${formatQuantity(start)} ${unit}`;
  return `next ${formatQuantity(next.minus(start))} ${unit}`;
}

/** `CDN egress (NA)` + `first 10 TiB` → `CDN egress (NA, first 10 TiB)`; without brackets they are added. */
function withQualifier(name: string, qualifier: string): string {
  const m = /^(.*)\(([^()]*)\)$/.exec(name);
  return m ? `${m[1]}(${m[2]}, ${qualifier})` : `${name} (${qualifier})`;
}

interface LineParts {
  readonly name: string;
  readonly unitPrice: Decimal;
  readonly listUnitPrice: Decimal;
  readonly quantity: Range;
  readonly cost: Range;
  readonly listCost: Range;
  readonly dependsOnUsage?: boolean;
}

/** A report line, its keys in the contract's order. */
/** A line's own category: the pricer's, else `network` for internet egress price ids (`<provider>/network/…`). */
function lineCategory(spec: ComponentSpec): Category | undefined {
  return spec.category ?? (spec.priceId.split("/")[1] === "network" ? "network" : undefined);
}

function componentOf(spec: ComponentSpec, price: ResolvedPrice, adjustments: readonly string[], usageBased: boolean, p: LineParts): PricedLine {
  return {
    component: {
      name: p.name,
      unit: spec.unit,
      unitPrice: decimalText(p.unitPrice),
      listUnitPrice: decimalText(p.listUnitPrice),
      monthlyQuantity: rangeToJson(p.quantity),
      monthlyCost: rangeToJson(p.cost),
      listMonthlyCost: rangeToJson(p.listCost),
      usageBased,
      priceId: price.priceId,
      ...(p.dependsOnUsage ? { dependsOnUsage: true as const } : {}),
      ...(spec.geo ? { geo: spec.geo } : {}),
      ...(lineCategory(spec) ? { category: lineCategory(spec) } : {}),
      ...(adjustments.length ? { adjustments } : {}),
    },
    cost: p.cost,
    listCost: p.listCost,
  };
}

interface Segment {
  readonly start: Decimal;
  readonly list: Decimal;
  readonly effective: Decimal;
}

/**
 * The segments a quantity is priced in: the union of the list card's and the effective card's tier starts (a flat
 * negotiated rate over a tiered list card, or the other way round), each with its list and effective price.
 */
const segmentCache = new WeakMap<ResolvedPrice, Segment[]>();

/** Segments of a resolved price, computed once per price (the catalog caches resolved prices). */
function segmentsOfPrice(price: ResolvedPrice): Segment[] {
  let segs = segmentCache.get(price);
  if (!segs) {
    segs = price.list.length === 1 && price.effective.length === 1
      ? [{ start: price.list[0].start, list: price.list[0].price, effective: price.effective[0].price }]
      : segmentsOf(price.list, price.effective);
    segmentCache.set(price, segs);
  }
  return segs;
}

function segmentsOf(list: readonly Tier[], effective: readonly Tier[]): Segment[] {
  const at = (card: readonly Tier[], x: Decimal) => {
    let price = card[0].price;
    for (const t of card) if (t.start.lte(x)) price = t.price;
    return price;
  };
  const starts = [...list, ...effective].map((t) => t.start).sort((a, b) => a.comparedTo(b)).filter((x, i, all) => i === 0 || !x.eq(all[i - 1]));
  return starts.map((start) => ({ start, list: at(list, start), effective: at(effective, start) }));
}

function priceLines(spec: ComponentSpec, price: ResolvedPrice, multiplicity: number): PricedLine[] {
  // Usage covered by a commitment or a negotiated rate earns no sustained-use discount (GCP applies SUD only to
  // on-demand usage that no commitment covers).
  const sud = price.appliedDiscounts.length > 0 || price.appliedOverride ? ZERO : spec.sustainedUseDiscount ?? ZERO;
  const adjustments = [...(price.appliedOverride ? [price.appliedOverride] : []), ...price.appliedDiscounts, ...(sud.isZero() ? [] : ["sustained-use"])];
  const usageBased = spec.usageBased ?? spec.quantity === undefined;
  const line = (p: LineParts) => componentOf(spec, price, adjustments, usageBased, p);
  const segments = segmentsOfPrice(price);
  const keep = ONE.minus(sud);
  const paid = (x: Decimal) => (sud.isZero() ? x : x.times(keep));
  if (spec.quantity === undefined) {
    const name = segments.length > 1 ? withQualifier(spec.name, tierLabel(0, segments, spec.unit)) : spec.name;
    return [line({ name, unitPrice: paid(segments[0].effective), listUnitPrice: segments[0].list, quantity: ZERO_RANGE, cost: ZERO_RANGE, listCost: ZERO_RANGE, dependsOnUsage: true })];
  }
  const q = multiplicity === 1 ? spec.quantity : scaleRange(spec.quantity, multiplicity);
  if (segments.length === 1) {
    const eff = paid(segments[0].effective);
    return [line({ name: spec.name, unitPrice: eff, listUnitPrice: segments[0].list, quantity: q, cost: scaleRange(q, eff), listCost: scaleRange(q, segments[0].list) })];
  }
  // Tiered: one line per tier the quantity reaches (the first always), so unitPrice × quantity = cost on every line.
  const cards: Tier[] = segments.map((t) => ({ start: t.start, price: t.list }));
  const split = { min: splitAcrossTiers(q.min, cards), expected: splitAcrossTiers(q.expected, cards), max: splitAcrossTiers(q.max, cards) };
  const out: PricedLine[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (i > 0 && split.max[i].isZero()) continue;
    const qi: Range = { min: split.min[i], expected: split.expected[i], max: split.max[i] };
    const eff = paid(segments[i].effective);
    out.push(line({
      name: withQualifier(spec.name, tierLabel(i, segments, spec.unit)),
      unitPrice: eff, listUnitPrice: segments[i].list,
      quantity: qi, cost: scaleRange(qi, eff), listCost: scaleRange(qi, segments[i].list),
    }));
  }
  return out;
}

function tagsOf(provider: string, r: TfResource): Record<string, string> {
  const tags: Record<string, string> = {};
  if (provider === "aws") {
    Object.assign(tags, r.providerConfig.block("default_tags")?.stringMap("tags") ?? {});
    Object.assign(tags, r.attrs.stringMap("tags"));
  } else if (provider === "google") {
    Object.assign(tags, r.providerConfig.stringMap("default_labels"));
    Object.assign(tags, r.attrs.stringMap("resource_labels"));
    Object.assign(tags, r.attrs.block("node_config")?.stringMap("resource_labels") ?? {});
    Object.assign(tags, r.attrs.stringMap("labels"));
  } else {
    Object.assign(tags, r.attrs.stringMap("tags"), r.attrs.stringMap("labels"));
  }
  Object.assign(tags, r.costTags ?? {});
  return Object.fromEntries(Object.entries(tags).sort(([a], [b]) => byString(a, b)));
}

function lookupOf(doc: TfDocument): ResourceLookup {
  const byAddress = new Map(doc.resources.map((r) => [r.address, r]));
  const byType = new Map<string, TfResource[]>();
  for (const r of doc.resources) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  return { get: (a) => byAddress.get(a), ofType: (t) => byType.get(t) ?? [] };
}

function describeRegions(regions: string[]): string {
  if (regions.length === 0) return "no region";
  return regions.length > 12 ? `${regions.slice(0, 12).join(", ")}, … (${regions.length} in all)` : regions.join(", ");
}

/** Prices one Terraform document (one stack) into a cost report. Pure: same input, byte-identical output. */
export function estimate(doc: TfDocument, opts: EstimateOptions): CostReport {
  const usage = opts.usage ?? EMPTY_USAGE;
  const lookup = lookupOf(doc);
  const resources: ResourceCost[] = [];
  const resourceTotals: Range[] = [];
  const resourceListTotals: Range[] = [];
  const unpriced: UnpricedEntry[] = [];
  const free: FreeEntry[] = [];
  const usedBooks = new Set<string>();
  for (const r of doc.resources) {
    const pricer = opts.registry.get(r.type);
    if (!pricer) {
      if (FREE_TYPES.has(r.type)) free.push({ address: r.address, type: r.type });
      else unpriced.push({ address: r.address, type: r.type, reason: `costkit has no pricer for ${r.type} yet` });
      continue;
    }
    if (r.multiplicity instanceof UnresolvedValue) {
      unpriced.push({ address: r.address, type: r.type, reason: `the number of instances is not known before apply: ${r.multiplicity.message}` });
      continue;
    }
    const provider = r.itemProvider ?? pricer.provider;
    const usageValues = usageFor(r, pricer, usage, doc.file);
    let region: string | undefined;
    let regionProblem: string | undefined;
    try {
      const base = { address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig, document: lookup };
      region = pricer.region ? pricer.region(base) : defaultRegion(provider, r.attrs, r.providerConfig);
      if (region === undefined) regionProblem = `the region is not set (set it on the resource or on the ${provider} provider)`;
      else if (!isKnownRegion(provider, region) && !isGeo(region)) {
        regionProblem = `unknown ${provider} region "${region}"`;
      }
    } catch (e) {
      if (e instanceof Unpriceable) regionProblem = e.message;
      else if (e instanceof UnresolvedValue) regionProblem = `the region is not known before apply: ${e.message}`;
      else throw e;
    }
    const input: ResourceInput = {
      address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig,
      region: regionProblem ? undefined : region, usage: usageValues, document: lookup,
    };
    const lines = new CostLines();
    try {
      pricer.price(input, lines);
    } catch (e) {
      if (e instanceof UnresolvedValue || e instanceof Unpriceable) {
        unpriced.push({ address: r.address, type: r.type, reason: e.message });
        continue;
      }
      throw e;
    }
    const unpricedBefore = unpriced.length;
    for (const u of lines.unpriced) unpriced.push({ address: r.address, type: r.type, ...u });
    const priced: PricedLine[] = [];
    for (const spec of lines.components) {
      const specRegion = spec.region ?? (regionProblem ? undefined : region);
      if (specRegion === undefined) {
        unpriced.push({ address: r.address, type: r.type, component: spec.name, reason: regionProblem ?? "the region is not set" });
        continue;
      }
      const price = opts.catalog.resolve(spec.priceId, specRegion, provider);
      if (!price) {
        const regions = opts.catalog.regionsOf(spec.priceId);
        const reason = regions.length
          ? `no price for ${spec.priceId} in ${specRegion}; the price books have it for ${describeRegions(regions)}`
          : `no price book has ${spec.priceId}`;
        unpriced.push({ address: r.address, type: r.type, component: spec.name, reason });
        continue;
      }
      if (price.unit !== spec.unit) {
        throw errors.badPriceBook(
          price.bookIds.join(", "), `${spec.priceId}@${price.region}`,
          `the unit is "${price.unit}", but ${r.type} prices "${spec.name}" per "${spec.unit}"; give the entry the unit "${spec.unit}" (and a price per ${spec.unit})`,
        );
      }
      for (const id of price.bookIds) usedBooks.add(id);
      priced.push(...priceLines(spec, price, r.multiplicity));
    }
    if (priced.length === 0 && lines.components.length + lines.unpriced.length > 0 && unpriced.length === unpricedBefore) {
      unpriced.push({ address: r.address, type: r.type, reason: "no cost line could be priced" });
    }
    if (priced.length === 0) {
      if (lines.components.length === 0 && lines.unpriced.length === 0) free.push({ address: r.address, type: r.type });
      continue;
    }
    const geo: Geo | null = (region && !regionProblem ? geoOfRegion(provider, region) ?? (isGeo(region) ? region : undefined) : undefined) ?? null;
    const category: Category = isCategory(r.category) ? r.category : typeof pricer.category === "function" ? pricer.category(input) : pricer.category;
    const usageJson = usageValues.toJson();
    const total = sumRanges(priced.map((p) => p.cost));
    const listTotal = sumRanges(priced.map((p) => p.listCost));
    resourceTotals.push(total);
    resourceListTotals.push(listTotal);
    resources.push({
      address: r.address, type: r.type, provider,
      region: regionProblem ? null : region === GLOBAL_REGION ? GLOBAL_REGION : region ?? null,
      geo, category, tags: tagsOf(provider, r),
      monthlyCost: rangeToJson(total),
      listMonthlyCost: rangeToJson(listTotal),
      components: priced.map((p) => (p.component.category === category ? (({ category: _c, ...rest }) => rest)(p.component) : p.component)),
      ...(Object.keys(usageJson).length ? { usage: usageJson } : {}),
    });
  }
  const drivers = doc.costMeta?.drivers;
  return {
    formatVersion: "1",
    generator: { name: "costkit", version: COSTKIT_VERSION },
    currency: "USD",
    priceBooks: opts.catalog.bookRefs(usedBooks),
    stack: opts.stack,
    monthlyCost: rangeToJson(sumRanges(resourceTotals)),
    listMonthlyCost: rangeToJson(sumRanges(resourceListTotals)),
    resources,
    unpriced: unpriced.sort((a, b) => byString(a.address, b.address) || byString(a.component ?? "", b.component ?? "") || byString(a.reason, b.reason)),
    free,
    findings: [],
    ...(drivers && typeof drivers === "object" ? { drivers: driversOf(drivers as Record<string, unknown>) } : {}),
  };
}

function rangeFromStrings(r: { min: string; expected: string; max: string }): Range {
  return { min: new Decimal(r.min), expected: new Decimal(r.expected), max: new Decimal(r.max) };
}

/** Drivers flattened to dotted keys with decimal-string values: `{monthlyActiveUsers: {NA: 1}}` → `monthlyActiveUsers.NA`. */
function driversOf(raw: Record<string, unknown>, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const key of Object.keys(raw).sort(byString)) {
    const v = raw[key];
    if (typeof v === "number" || typeof v === "string") out[prefix + key] = String(v);
    else if (typeof v === "object" && v !== null && !Array.isArray(v)) driversOf(v as Record<string, unknown>, `${prefix}${key}.`, out);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => byString(a, b)));
}

/** Sum of many report totals (for summaries). */
export function totalOf(reports: readonly CostReport[]): Range {
  return sumRanges(reports.map((r) => rangeFromStrings(r.monthlyCost)));
}

