import Decimal from "decimal.js";
import { knownOr } from "./attributes";
import { Category, isCategory } from "./categories";
import { errors, InputError, Unpriceable, UnresolvedValue } from "./errors";
import { FREE_TYPES } from "./free-types";
import { Geo, geoOfRegion, GLOBAL_REGION, isGeo, isKnownRegion, knownRegions } from "./geo";
import { decimalText, formatQuantity, isDecimalString, money, ONE } from "./money";
import { nearest } from "./nearest";
import { ResolvedPrice, PriceCatalog } from "./price-book";
import { ComponentSpec, CostLines, Pricer, ResourceInput, ResourceLookup } from "./pricer";
import { addRanges, NegativeScale, Range, RangeJson, rangeToJson, scaleRange, sumRanges, ZERO_RANGE } from "./range";
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

/** A line's cost and its report text. */
interface LineCost {
  readonly range: Range;
  readonly json: RangeJson;
}

const ZERO_COST: LineCost = { range: ZERO_RANGE, json: rangeToJson(ZERO_RANGE) };

/**
 * The amounts of one report, each kept once: thousands of lines share quantities and costs, and a report that holds one
 * copy of each is smaller and faster to build (fewer objects survive into the report). Reports are written, never
 * edited in place, so sharing is safe.
 */
class ReportAmounts {
  private readonly ranges = new Map<string, RangeJson>();

  private readonly products = new Map<Decimal, Map<RangeJson, LineCost>>();

  /**
   * A quantity times a unit price, with its text: exact arithmetic on the same operands gives the same result, so a
   * quantity priced at a price before (the interned quantity and the shared price decimal are the key) is not
   * multiplied and rendered again.
   */
  cost(quantity: Range, quantityJson: RangeJson, price: Decimal): LineCost {
    let byQuantity = this.products.get(price);
    if (byQuantity === undefined) {
      byQuantity = new Map();
      this.products.set(price, byQuantity);
    }
    let cost = byQuantity.get(quantityJson);
    if (cost === undefined) {
      const range = scaleRange(quantity, price);
      cost = { range, json: this.range(range) };
      byQuantity.set(quantityJson, cost);
    }
    return cost;
  }

  private readonly sums = new Map<Range, Map<Range, Range>>();

  /** a + b, once per pair in a report: resources of the same shape add the same (shared) line costs and subtotals. */
  add(a: Range, b: Range): Range {
    let byB = this.sums.get(a);
    if (byB === undefined) {
      byB = new Map();
      this.sums.set(a, byB);
    }
    let total = byB.get(b);
    if (total === undefined) {
      total = addRanges(a, b);
      byB.set(b, total);
    }
    return total;
  }

  range(r: Range): RangeJson {
    const min = decimalText(r.min);
    const expected = r.expected === r.min ? min : decimalText(r.expected);
    const max = r.max === r.expected ? expected : decimalText(r.max);
    const key = min === max ? min : `${min} ${expected} ${max}`;
    let json = this.ranges.get(key);
    if (json === undefined) {
      json = { min, expected, max };
      this.ranges.set(key, json);
    }
    return json;
  }
}

/**
 * A sum of ranges kept as each distinct value (by its interned report text) and how often it was added: summing n
 * equal totals is one multiplication, not n additions. Exact either way.
 */
class RangeTally {
  private readonly counts = new Map<RangeJson, { readonly range: Range; count: number }>();

  add(json: RangeJson, range: Range): void {
    const seen = this.counts.get(json);
    if (seen === undefined) this.counts.set(json, { range, count: 1 });
    else seen.count++;
  }

  sum(): Range {
    let total = ZERO_RANGE;
    for (const { range, count } of this.counts.values()) total = addRanges(total, count === 1 ? range : scaleRange(range, count));
    return total;
  }
}

/** The priced lines of one resource, and their totals as they are added. */
class ResourceLines {
  readonly components: ComponentCost[] = [];
  total: Range | undefined;
  /** Undefined while every line is at list price (the list total is then the total: one sum, not two). */
  listTotal: Range | undefined;

  /** The report texts of the totals while the resource has one line (they are that line's). */
  totalJson: RangeJson | undefined;
  listTotalJson: RangeJson | undefined;

  constructor(readonly amounts: ReportAmounts) {}

  add(component: ComponentCost, cost: Range, listCost: Range): void {
    this.components.push(component);
    if (this.total === undefined) {
      this.total = cost;
      this.totalJson = component.monthlyCost;
      this.listTotalJson = component.listMonthlyCost;
      if (listCost !== cost) this.listTotal = listCost;
      return;
    }
    this.totalJson = this.listTotalJson = undefined;
    if (this.listTotal === undefined && listCost !== cost) this.listTotal = this.total;
    if (this.listTotal !== undefined) this.listTotal = this.amounts.add(this.listTotal, listCost);
    this.total = this.amounts.add(this.total, cost);
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Resolved usage of one resource: Terraform-declared (`"//".cost.usage`) < type defaults < per-address usage. */
const NO_USAGE = new Map<string, UsageValue>();
/** Whether a usage file has per-address entries at all (most estimates have none: no lookup per resource then). */
const hasAddressUsage = new WeakMap<UsageFile, boolean>();

/** The usage file's entry for an address, or for its resource without the instance key (`a.b[0]` → `a.b`). */
function usageOfAddress(usage: UsageFile, address: string): unknown {
  let any = hasAddressUsage.get(usage);
  if (any === undefined) {
    any = Object.keys(usage.resourceUsage).length > 0;
    hasAddressUsage.set(usage, any);
  }
  if (!any) return undefined;
  return usage.resourceUsage[address] ?? (address.endsWith("]") ? usage.resourceUsage[address.replace(/\[[^\]]*\]$/, "")] : undefined);
}
/** Per pricer, the usage of a resource nothing declares usage for (immutable, so shared). */
const undeclaredUsage = new WeakMap<Pricer, UsageValues>();

export function usageFor(resource: TfResource, pricer: Pricer, usage: UsageFile, docFile: string): UsageValues {
  const own = usageOfAddress(usage, resource.address);
  const typeDefaults = usage.typeDefaults[resource.type];
  if (resource.declaredUsage === undefined && typeDefaults === undefined && own === undefined) {
    let none = undeclaredUsage.get(pricer);
    if (!none) {
      none = new UsageValues(pricer.usage, NO_USAGE);
      undeclaredUsage.set(pricer, none);
    }
    return none;
  }
  const merged = new Map<string, UsageValue>();
  if (resource.declaredUsage !== undefined) {
    for (const [k, v] of parseUsage(resource.declaredUsage, pricer.usage, docFile, `${resource.address}."//".cost.usage`)) merged.set(k, v);
  }
  if (typeDefaults !== undefined) {
    for (const [k, v] of parseUsage(typeDefaults, pricer.usage, usage.file, `resource_type_default_usage.${resource.type}`)) merged.set(k, v);
  }
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

/** Tier labels by card and unit, rendered once (a card's segments are cached, so the array is the key). */
const tierLabels = new WeakMap<readonly { start: Decimal }[], Map<string, string>>();

function tierLabel(index: number, tiers: readonly { start: Decimal }[], unit: string): string {
  let labels = tierLabels.get(tiers);
  if (!labels) {
    labels = new Map();
    tierLabels.set(tiers, labels);
  }
  const key = `${index} ${unit}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = renderTierLabel(index, tiers, unit);
    labels.set(key, label);
  }
  return label;
}

function renderTierLabel(index: number, tiers: readonly { start: Decimal }[], unit: string): string {
  const start = tiers[index].start;
  const next = index + 1 < tiers.length ? tiers[index + 1].start : undefined;
  if (index === 0) return `first ${formatQuantity(next!)} ${unit}`;
  if (next === undefined) return `over ${formatQuantity(start)} ${unit}`;
  return `next ${formatQuantity(next.minus(start))} ${unit}`;
}

/** Qualified names by name and qualifier: tiered lines of thousands of resources share a few. */
const qualifiedNames = new Map<string, Map<string, string>>();

/** `CDN egress (NA)` + `first 10 TiB` → `CDN egress (NA, first 10 TiB)`; without brackets they are added. */
function withQualifier(name: string, qualifier: string): string {
  let byQualifier = qualifiedNames.get(name);
  if (byQualifier === undefined) {
    byQualifier = new Map();
    qualifiedNames.set(name, byQualifier);
  }
  let out = byQualifier.get(qualifier);
  if (out === undefined) {
    const m = /^(.*)\(([^()]*)\)$/.exec(name);
    out = m ? `${m[1]}(${m[2]}, ${qualifier})` : `${name} (${qualifier})`;
    byQualifier.set(qualifier, out);
  }
  return out;
}

/** A line's own category: the pricer's, else `network` for internet egress price ids (`<provider>/network/…`). */
const networkIds = new Map<string, boolean>();
function lineCategory(spec: ComponentSpec): Category | undefined {
  if (spec.category !== undefined) return spec.category;
  let network = networkIds.get(spec.priceId);
  if (network === undefined) {
    network = spec.priceId.split("/")[1] === "network";
    networkIds.set(spec.priceId, network);
  }
  return network ? "network" : undefined;
}

/** What is the same for every line of one priced spec. */
interface LineContext {
  readonly spec: ComponentSpec;
  readonly price: ResolvedPrice;
  readonly adjustments: readonly string[];
  readonly usageBased: boolean;
  /** The line's category, left out when it is the resource's. */
  readonly category: Category | undefined;
}

/** Adds a report line, its keys in the contract's order (optional keys are added in that order too). */
function addLine(
  out: ResourceLines, c: LineContext, name: string, quantity: RangeJson, cost: LineCost, listCost: LineCost,
  unitPriceText: string, listUnitPriceText: string, dependsOnUsage: boolean,
): void {
  const component: { -readonly [K in keyof ComponentCost]: ComponentCost[K] } = {
    name,
    unit: c.spec.unit,
    unitPrice: unitPriceText,
    listUnitPrice: listUnitPriceText,
    monthlyQuantity: quantity,
    monthlyCost: cost.json,
    listMonthlyCost: listCost.json,
    usageBased: c.usageBased,
    priceId: c.price.priceId,
  };
  if (dependsOnUsage) component.dependsOnUsage = true;
  if (c.spec.geo) component.geo = c.spec.geo;
  if (c.category !== undefined) component.category = c.category;
  if (c.adjustments.length) component.adjustments = c.adjustments as string[];
  out.add(component, cost.range, listCost.range);
}

interface Segment {
  readonly start: Decimal;
  readonly list: Decimal;
  readonly effective: Decimal;
  /** Report text of the list price, rendered once per price. */
  readonly listText: string;
  /** The effective price as paid without sustained use. */
  readonly paid: PaidPrice;
}

function segment(start: Decimal, list: Decimal, effective: Decimal): Segment {
  // At list (no override or discount applies): the list cost of a line is then its cost.
  const atList = list === effective || list.eq(effective);
  const listText = decimalText(list);
  const paid: PaidPrice = atList ? { price: list, text: listText, atList } : { price: effective, text: decimalText(effective), atList };
  return { start, list, effective: paid.price, listText, paid };
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
      ? [segment(price.list[0].start, price.list[0].price, price.effective[0].price)]
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
  return starts.map((start) => segment(start, at(list, start), at(effective, start)));
}

/** Adjustments of a price, without and with sustained use, built once per price. */
const adjustmentCache = new WeakMap<ResolvedPrice, { readonly plain: readonly string[]; readonly sustained: readonly string[] }>();

function adjustmentsOf(price: ResolvedPrice, sustainedUse: boolean): readonly string[] {
  let cached = adjustmentCache.get(price);
  if (!cached) {
    const plain = [...(price.appliedOverride ? [price.appliedOverride] : []), ...price.appliedDiscounts];
    cached = { plain, sustained: [...plain, "sustained-use"] };
    adjustmentCache.set(price, cached);
  }
  return sustainedUse ? cached.sustained : cached.plain;
}

/** A segment's unit price as paid: after sustained use when it applies. */
interface PaidPrice {
  readonly price: Decimal;
  readonly text: string;
  readonly atList: boolean;
}

/** Paid prices by segment and sustained-use fraction (by its text: the fractions are few, the decimals may be fresh). */
const paidCache = new WeakMap<Segment, Map<string, PaidPrice>>();

function paidPrice(s: Segment, sud: Decimal | undefined): PaidPrice {
  if (sud === undefined) return s.paid;
  let bySud = paidCache.get(s);
  if (!bySud) {
    bySud = new Map();
    paidCache.set(s, bySud);
  }
  const key = decimalText(sud);
  let p = bySud.get(key);
  if (!p) {
    const v = s.effective.times(ONE.minus(sud));
    p = { price: v, text: decimalText(v), atList: false };
    bySud.set(key, p);
  }
  return p;
}

function priceLines(spec: ComponentSpec, price: ResolvedPrice, multiplicity: number, resourceCategory: Category, out: ResourceLines): void {
  // Usage covered by a commitment or a negotiated rate earns no sustained-use discount (GCP applies SUD only to
  // on-demand usage that no commitment covers).
  const sud = price.appliedDiscounts.length > 0 || price.appliedOverride || spec.sustainedUseDiscount === undefined || spec.sustainedUseDiscount.isZero()
    ? undefined
    : spec.sustainedUseDiscount;
  const ownCategory = lineCategory(spec);
  const c: LineContext = {
    spec, price,
    adjustments: adjustmentsOf(price, sud !== undefined),
    usageBased: spec.usageBased ?? spec.quantity === undefined,
    category: ownCategory === resourceCategory ? undefined : ownCategory,
  };
  const segments = segmentsOfPrice(price);
  if (spec.quantity === undefined) {
    const name = segments.length > 1 ? withQualifier(spec.name, tierLabel(0, segments, spec.unit)) : spec.name;
    addLine(out, c, name, ZERO_COST.json, ZERO_COST, ZERO_COST, paidPrice(segments[0], sud).text, segments[0].listText, true);
    return;
  }
  const q = multiplicity === 1 ? spec.quantity : scaleRange(spec.quantity, multiplicity);
  if (segments.length === 1) {
    const s = segments[0];
    const paid = paidPrice(s, sud);
    const qJson = out.amounts.range(q);
    const cost = out.amounts.cost(q, qJson, paid.price);
    addLine(out, c, spec.name, qJson, cost, paid.atList ? cost : out.amounts.cost(q, qJson, s.list), paid.text, s.listText, false);
    return;
  }
  // Tiered: one line per tier the quantity reaches (the first always), so unitPrice × quantity = cost on every line.
  const cards: Tier[] = segments.map((t) => ({ start: t.start, price: t.list }));
  const split = { min: splitAcrossTiers(q.min, cards), expected: splitAcrossTiers(q.expected, cards), max: splitAcrossTiers(q.max, cards) };
  for (let i = 0; i < segments.length; i++) {
    if (i > 0 && split.max[i].isZero()) continue;
    const qi: Range = { min: split.min[i], expected: split.expected[i], max: split.max[i] };
    const paid = paidPrice(segments[i], sud);
    const qJson = out.amounts.range(qi);
    const cost = out.amounts.cost(qi, qJson, paid.price);
    addLine(
      out, c, withQualifier(spec.name, tierLabel(i, segments, spec.unit)),
      qJson, cost, paid.atList ? cost : out.amounts.cost(qi, qJson, segments[i].list), paid.text, segments[i].listText, false,
    );
  }
}

/** The start of the reason of a resource whose pricer failed: a defect of costkit, which tests look for. */
export const PRICER_FAILED = "costkit could not price this resource (a defect of costkit: please report it with this message)";

/** A provider configuration's default tags (AWS `default_tags.tags`, Google `default_labels`), read once per provider. */
const providerTags = new WeakMap<object, Record<string, string>>();

function defaultTagsOf(provider: string, config: TfResource["providerConfig"]): Record<string, string> {
  let tags = providerTags.get(config);
  if (tags === undefined) {
    tags = provider === "aws" ? knownOr(() => config.block("default_tags"), undefined)?.stringMap("tags") ?? {} : provider === "google" ? config.stringMap("default_labels") : {};
    providerTags.set(config, tags);
  }
  return tags;
}

function hasKeys(m: Record<string, string> | undefined): m is Record<string, string> {
  if (m === undefined) return false;
  for (const _ in m) return true;
  return false;
}

/** The resource's tags or labels over its provider's defaults, with the construct's cost tags last; in key order. */
function tagsOf(provider: string, r: TfResource): Record<string, string> {
  const defaults = defaultTagsOf(provider, r.providerConfig);
  let own: Record<string, string> | undefined;
  let more: Record<string, string>[] | undefined;
  const add = (m: Record<string, string> | undefined) => {
    if (!hasKeys(m)) return;
    if (own === undefined) own = m;
    else (more ??= []).push(m);
  };
  if (provider === "aws") {
    add(r.attrs.stringMap("tags"));
  } else if (provider === "google") {
    add(r.attrs.stringMap("resource_labels"));
    add(knownOr(() => r.attrs.block("node_config"), undefined)?.stringMap("resource_labels"));
    add(r.attrs.stringMap("labels"));
  } else {
    add(r.attrs.stringMap("tags"));
    add(r.attrs.stringMap("labels"));
  }
  add(r.costTags);
  if (own === undefined && !hasKeys(defaults)) return {};
  // The common case, one map and no defaults, in key order as cdktf writes it: kept as it is (copied when shared).
  if (more === undefined && own !== undefined && !hasKeys(defaults) && own !== r.costTags && keysInOrder(own)) return own;
  const tags: Record<string, string> = Object.assign({}, defaults, own, ...(more ?? []));
  return keysInOrder(tags) ? tags : Object.fromEntries(Object.entries(tags).sort(([a], [b]) => byString(a, b)));
}

function keysInOrder(m: Record<string, string>): boolean {
  let previous: string | undefined;
  for (const k in m) {
    if (previous !== undefined && !(previous < k)) return false;
    previous = k;
  }
  return true;
}

/** The document's resources by address and by type, each index built on first use (most pricers never look). */
function lookupOf(doc: TfDocument): ResourceLookup {
  let byAddress: Map<string, TfResource> | undefined;
  let byType: Map<string, TfResource[]> | undefined;
  return {
    get: (a) => {
      byAddress ??= new Map(doc.resources.map((r) => [r.address, r]));
      return byAddress.get(a);
    },
    ofType: (t) => {
      if (!byType) {
        byType = new Map<string, TfResource[]>();
        for (const r of doc.resources) {
          const list = byType.get(r.type);
          if (list) list.push(r);
          else byType.set(r.type, [r]);
        }
      }
      return byType.get(t) ?? [];
    },
  };
}

/** Why a region is not priced, with the closest regions costkit knows (a typo is the usual cause). */
function unknownRegionReason(provider: string, region: string): string {
  const known = knownRegions(provider);
  if (known.length === 0) return `unknown ${provider} region "${region}"`;
  return `unknown ${provider} region "${region}" (nearest known: ${nearest(known, region, 3).join(", ")}); fix the region or zone on the resource or its provider`;
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
  // Stack totals, tallied by value: resources of a stack repeat a few totals (same types, sizes and counts), so each
  // distinct total is added once, times its count. The list total is kept apart once a resource is priced off list.
  const stackTotal = new RangeTally();
  const stackListTotal = new RangeTally();
  let offList = false;
  const unpriced: UnpricedEntry[] = [];
  const free: FreeEntry[] = [];
  const usedBooks = new Set<string>();
  const amounts = new ReportAmounts();
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
      region = pricer.region
        ? pricer.region({ address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig, document: lookup })
        : defaultRegion(provider, r.attrs, r.providerConfig);
      if (region === undefined) regionProblem = `the region is not set (set it on the resource or on the ${provider} provider)`;
      else if (!isKnownRegion(provider, region) && !isGeo(region)) {
        regionProblem = unknownRegionReason(provider, region);
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
      if (e instanceof NegativeScale) throw errors.negativeQuantity(doc.file, r.address, "a cost line", e.factor);
      if (e instanceof InputError) throw e;
      // A pricer that fails on input it did not foresee is costkit's defect: the resource is unpriced and says so, the
      // rest of the stack is still priced (as a policy rule that throws becomes a finding).
      unpriced.push({ address: r.address, type: r.type, reason: `${PRICER_FAILED}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` });
      continue;
    }
    const unpricedBefore = unpriced.length;
    for (const u of lines.unpriced) unpriced.push({ address: r.address, type: r.type, ...u });
    let category: Category;
    try {
      category = isCategory(r.category) ? r.category : typeof pricer.category === "function" ? pricer.category(input) : pricer.category;
    } catch (e) {
      if (!(e instanceof UnresolvedValue || e instanceof Unpriceable)) throw e;
      unpriced.push({ address: r.address, type: r.type, reason: `its cost category depends on a value that cannot be read: ${e.message}` });
      continue;
    }
    const priced = new ResourceLines(amounts);
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
      if (spec.quantity !== undefined && spec.quantity.min.isNegative()) {
        throw errors.negativeQuantity(doc.file, r.address, spec.name, `${decimalText(spec.quantity.min)} ${spec.unit}`);
      }
      priceLines(spec, price, r.multiplicity, category, priced);
    }
    if (priced.total === undefined && lines.components.length + lines.unpriced.length > 0 && unpriced.length === unpricedBefore) {
      unpriced.push({ address: r.address, type: r.type, reason: "no cost line could be priced" });
    }
    const total = priced.total;
    if (total === undefined) {
      if (lines.components.length === 0 && lines.unpriced.length === 0) free.push({ address: r.address, type: r.type });
      continue;
    }
    const geo: Geo | null = (region && !regionProblem ? geoOfRegion(provider, region) ?? (isGeo(region) ? region : undefined) : undefined) ?? null;
    const usageJson = usageValues.isEmpty() ? undefined : usageValues.toJson();
    const listTotal = priced.listTotal;
    const listOrTotal = listTotal ?? total;
    const monthlyCost = priced.totalJson ?? amounts.range(total);
    const listMonthlyCost = listTotal === undefined ? monthlyCost : priced.listTotalJson ?? amounts.range(listTotal);
    stackTotal.add(monthlyCost, total);
    stackListTotal.add(listMonthlyCost, listOrTotal);
    if (listTotal !== undefined) offList = true;
    resources.push({
      address: r.address, type: r.type, provider,
      region: regionProblem ? null : region === GLOBAL_REGION ? GLOBAL_REGION : region ?? null,
      geo, category, tags: tagsOf(provider, r),
      monthlyCost,
      listMonthlyCost,
      components: priced.components,
      ...(usageJson !== undefined && Object.keys(usageJson).length ? { usage: usageJson } : {}),
    });
  }
  for (const m of doc.modules ?? []) {
    unpriced.push({ address: m.address, type: "module", reason: `costkit does not expand modules (${m.source}), so the resources this module creates are not priced; estimate the plan instead (terraform show -json), which lists them` });
  }
  const drivers = doc.costMeta?.drivers;
  const stackSum = stackTotal.sum();
  return {
    formatVersion: "1",
    generator: { name: "costkit", version: COSTKIT_VERSION },
    currency: "USD",
    priceBooks: opts.catalog.bookRefs(usedBooks),
    stack: opts.stack,
    monthlyCost: rangeToJson(stackSum),
    listMonthlyCost: offList ? rangeToJson(stackListTotal.sum()) : rangeToJson(stackSum),
    resources,
    unpriced: unpriced.sort((a, b) => byString(a.address, b.address) || byString(a.component ?? "", b.component ?? "") || byString(a.reason, b.reason)),
    free,
    findings: [],
    ...(drivers && typeof drivers === "object" ? { drivers: driversOf(drivers as Record<string, unknown>, doc.file) } : {}),
  };
}

function rangeFromStrings(r: { min: string; expected: string; max: string }): Range {
  return { min: new Decimal(r.min), expected: new Decimal(r.expected), max: new Decimal(r.max) };
}

/**
 * Drivers flattened to dotted keys with decimal-string values: `{monthlyActiveUsers: {NA: 1}}` → `monthlyActiveUsers.NA`.
 * Each is a count of something (users, hours): a number or decimal string, 0 or more; anything else is an error
 * naming the file and the key (a driver of "lots" or -1000 would turn every per-unit budget into nonsense).
 */
function driversOf(raw: Record<string, unknown>, file: string, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const key of Object.keys(raw).sort(byString)) {
    const v = raw[key];
    const where = `"//".cost.drivers.${prefix}${key}`;
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      driversOf(v as Record<string, unknown>, file, `${prefix}${key}.`, out);
      continue;
    }
    const text = typeof v === "number" && Number.isFinite(v) ? decimalText(money(v)) : typeof v === "string" ? v.trim() : undefined;
    if (text === undefined || !isDecimalString(text) || text.startsWith("-")) {
      throw new InputError(`${file}: the driver ${where} must be a number of 0 or more (a count such as 600000000), got ${JSON.stringify(v) ?? String(v)}. Fix the value where the stack declares it (StackCost.of(stack).drivers).`, file, where);
    }
    out[prefix + key] = text;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => byString(a, b)));
}

/** Sum of many report totals (for summaries). */
export function totalOf(reports: readonly CostReport[]): Range {
  return sumRanges(reports.map((r) => rangeFromStrings(r.monthlyCost)));
}

