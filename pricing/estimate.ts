import { byString } from "./compare";
import { Category, isCategory } from "./categories";
import { errors, InputError, Unpriceable, UnresolvedValue } from "./errors";
import { isFreeType } from "./free-types";
import { Geo, geoOfRegion, isGeo, isKnownRegion, knownRegions } from "./geo";
import { awsImportHint } from "./import/hint";
import { decimalText, isDecimalString, money, MONEY_DIGITS } from "./money";
import { nearest } from "./nearest";
import { PriceCatalog } from "./price-book";
import { PricedLine, priceLines } from "./price-lines";
import { ComponentSpec, CostLines, Pricer, ResourceInput, ResourceLookup } from "./pricer";
import { addRanges, exactSumRanges, NegativeScale, Range, rangeFromJson, rangeToJson, ZERO_RANGE } from "./range";
import { defaultRegion } from "./region";
import { PricerRegistry } from "./registry";
import { CostReport, FreeEntry, ResourceCost, UnpricedEntry } from "./report";
import { usageFor } from "./resource-usage";
import { tagsOf } from "./tags";
import { TfDocument, TfResource } from "./terraform";
import { DIFFERS_PER_INSTANCE } from "./terraform/evaluate";
import { EMPTY_USAGE, UsageFile } from "./usage";
import { COSTKIT_VERSION } from "./version";

export { registryOf } from "./registry";
export type { PricerRegistry } from "./registry";
export { checkUsageFileTargets, usageFor } from "./resource-usage";

export interface EstimateOptions {
  /** The stack name written into the report. */
  readonly stack: string;
  readonly catalog: PriceCatalog;
  readonly registry: PricerRegistry;
  readonly usage?: UsageFile;
}

/** The start of the reason of a resource whose pricer failed: a defect of costkit, which tests look for. */
export const PRICER_FAILED = "costkit could not price this resource (a defect of costkit: please report it with this message)";

/** What estimating one resource gives: its priced entry, and its lines that could not be priced. */
interface ResourceOutcome {
  readonly priced?: { readonly entry: ResourceCost; readonly total: Range; readonly listTotal: Range };
  readonly free?: boolean;
  readonly unpriced: readonly UnpricedEntry[];
  readonly books: readonly string[];
}

/**
 * Prices one Terraform document (one stack) into a cost report. Pure: same input, byte-identical output.
 *
 * For each resource: find its pricer → resolve its usage and region → let the pricer describe its cost lines → find
 * each line's price and multiply → the resource's totals are the sums of its lines. The report's totals are the sums of
 * its resources'.
 */
export function estimate(doc: TfDocument, opts: EstimateOptions): CostReport {
  return estimateWith(doc, opts, (r, lookup) => estimateInstances(r, doc, lookup, opts));
}

/**
 * Estimates of a document and of copies of it with a few resources changed (`withResources` keeps the others as the
 * same objects), as recommendations price dozens of candidates of one stack: each report is exactly the one `estimate`
 * gives, but a resource whose object is the same as in an earlier estimate of the same file, and whose pricing read the
 * same objects of the rest of the document (a node pool its cluster, a bucket its lifecycle rules), keeps the outcome
 * it had instead of being priced again. The reference app's synth prices 43 candidates of its 7 stacks: its
 * recommendations took 0.34 s of CPU with whole estimates, 0.09 s this way.
 */
export function estimator(opts: EstimateOptions): (doc: TfDocument) => CostReport {
  const known = new WeakMap<TfResource, { readonly file: string; readonly reads: Reads; readonly outcomes: [TfResource, ResourceOutcome][] }>();
  return (doc) =>
    estimateWith(doc, opts, (r, lookup) => {
      const k = known.get(r);
      if (k && k.file === doc.file && readsHold(k.reads, lookup)) return k.outcomes;
      const reads: Reads = [];
      const outcomes = estimateInstances(r, doc, recording(lookup, reads), opts);
      known.set(r, { file: doc.file, reads, outcomes });
      return outcomes;
    });
}

/**
 * What pricing one resource read of the others, as checks that a later document gives the same objects: resources by
 * address and every resource of a type, seen from the root or from inside a module.
 */
type Reads = ((lookup: DocumentLookup) => boolean)[];

function recording(lookup: DocumentLookup, reads: Reads): DocumentLookup {
  const view = (of: (l: DocumentLookup) => ResourceLookup): ResourceLookup => ({
    get: (address) => {
      const r = of(lookup).get(address);
      reads.push((l) => of(l).get(address) === r);
      return r;
    },
    ofType: (type) => {
      const rs = of(lookup).ofType(type);
      reads.push((l) => {
        const now = of(l).ofType(type);
        return now.length === rs.length && now.every((x, i) => x === rs[i]);
      });
      return rs;
    },
  });
  return { ...view((l) => l), within: (address) => view((l) => l.within(address)) };
}

/** Whether a document has the same objects where a resource's pricing read another document. */
function readsHold(reads: Reads, lookup: DocumentLookup): boolean {
  return reads.every((holds) => holds(lookup));
}

function estimateWith(doc: TfDocument, opts: EstimateOptions, outcomesOf: (r: TfResource, lookup: DocumentLookup) => readonly [TfResource, ResourceOutcome][]): CostReport {
  const lookup = lookupOf(doc);
  const resources: ResourceCost[] = [];
  const totals: Range[] = [];
  const listTotals: Range[] = [];
  const unpriced: UnpricedEntry[] = [];
  const free: FreeEntry[] = [];
  const usedBooks = new Set<string>();
  for (const r of doc.resources) {
    for (const [resource, outcome] of outcomesOf(r, lookup)) {
      unpriced.push(...outcome.unpriced);
      for (const id of outcome.books) usedBooks.add(id);
      if (outcome.free) free.push({ address: resource.address, type: resource.type });
      if (outcome.priced) {
        resources.push(outcome.priced.entry);
        totals.push(outcome.priced.total);
        listTotals.push(outcome.priced.listTotal);
      }
    }
  }
  const lines = resources.reduce((n, r) => n + r.components.length, 0);
  if (lines > MAX_LINES) throw errors.tooManyLines(doc.file, opts.stack, lines, MAX_LINES);
  for (const m of doc.modules ?? []) {
    unpriced.push({ address: m.address, type: "module", reason: m.reason });
  }
  const drivers = doc.costMeta?.drivers;
  return {
    formatVersion: "1",
    generator: { name: "costkit", version: COSTKIT_VERSION },
    currency: "USD",
    priceBooks: opts.catalog.bookRefs(usedBooks),
    stack: opts.stack,
    monthlyCost: rangeToJson(checkedSum(totals, doc.file, `the stack ${opts.stack}`)),
    listMonthlyCost: rangeToJson(checkedSum(listTotals, doc.file, `the stack ${opts.stack}`)),
    resources,
    unpriced: unpriced.sort((a, b) => byString(a.address, b.address) || byString(a.component ?? "", b.component ?? "") || byString(a.reason, b.reason)),
    free,
    findings: [],
    ...(drivers && typeof drivers === "object" ? { drivers: driversOf(drivers as Record<string, unknown>, doc.file) } : {}),
  };
}

/** Most cost lines in one stack's report (with MAX_RESOURCES, a JSON report of at most about 300 MB). */
export const MAX_LINES = 500_000;

/**
 * A resource block priced as a whole (its lines × its count), or, when a value it is priced by differs between its
 * instances (`size = each.value`, `zone = var.zones[count.index]`), instance by instance.
 */
function estimateInstances(r: TfResource, doc: TfDocument, lookup: DocumentLookup, opts: EstimateOptions): [TfResource, ResourceOutcome][] {
  const whole = estimateResource(r, doc, lookup, opts);
  if (!r.instances || !whole.unpriced.some((u) => u.reason.includes(DIFFERS_PER_INSTANCE))) return [[r, whole]];
  return r.instances().map((instance) => [instance, estimateResource(instance, doc, lookup, opts)]);
}

function estimateResource(r: TfResource, doc: TfDocument, documentLookup: DocumentLookup, opts: EstimateOptions): ResourceOutcome {
  const lookup = documentLookup.within(r.address);
  const unpricedAs = (reason: string): ResourceOutcome => ({ unpriced: [{ address: r.address, type: r.type, reason }], books: [] });
  if (r.multiplicity === 0) return { unpriced: [], books: [] }; // count = 0: Terraform creates nothing, priced or not
  const pricer = opts.registry.get(r.type);
  if (!pricer) {
    return isFreeType(r.type) ? { free: true, unpriced: [], books: [] } : unpricedAs(`costkit has no pricer for ${r.type} yet`);
  }
  if (r.multiplicity instanceof UnresolvedValue) return unpricedAs(`the number of instances is not known before apply: ${r.multiplicity.message}`);
  if (r.multiplicity === 0) return { unpriced: [], books: [] }; // count = 0: Terraform creates nothing
  const provider = r.itemProvider ?? pricer.provider;
  const usage = usageFor(r, pricer, opts.usage ?? EMPTY_USAGE, doc.file);
  const where = regionOf(r, pricer, provider, lookup);
  const input: ResourceInput = {
    address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig,
    region: where.region, usage, document: lookup,
  };
  const lines = new CostLines();
  try {
    pricer.price(input, lines);
  } catch (e) {
    if (e instanceof UnresolvedValue || e instanceof Unpriceable) return unpricedAs(e.message);
    if (e instanceof NegativeScale) throw errors.negativeQuantity(doc.file, r.address, "a cost line", e.factor);
    if (e instanceof InputError) throw e;
    // A pricer that fails on input it did not foresee is costkit's defect: the resource is unpriced and says so, the
    // rest of the stack is still priced (as a policy rule that throws becomes a finding).
    return unpricedAs(`${PRICER_FAILED}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const unpriced: UnpricedEntry[] = lines.unpriced.map((u) => ({ address: r.address, type: r.type, ...u }));
  let category: Category;
  try {
    category = isCategory(r.category) ? r.category : typeof pricer.category === "function" ? pricer.category(input) : pricer.category;
  } catch (e) {
    if (!(e instanceof UnresolvedValue || e instanceof Unpriceable)) throw e;
    return { unpriced: [...unpriced, { address: r.address, type: r.type, reason: `its cost category depends on a value that cannot be read: ${e.message}` }], books: [] };
  }
  const { priced, books, unpricedLines } = priceComponents(lines.components, { address: r.address, type: r.type, multiplicity: r.multiplicity, provider, category, ...where }, opts.catalog, doc.file);
  unpriced.push(...unpricedLines);
  if (priced.length === 0) {
    const nothingToPrice = lines.components.length === 0 && lines.unpriced.length === 0;
    if (nothingToPrice) return { free: true, unpriced, books };
    if (unpriced.length === 0) unpriced.push({ address: r.address, type: r.type, reason: "no cost line could be priced" });
    return { unpriced, books };
  }
  const total = checkedSum(priced.map((l) => l.cost), doc.file, r.address);
  const atList = priced.every((l) => l.listCost === l.cost);
  const listTotal = atList ? total : checkedSum(priced.map((l) => l.listCost), doc.file, r.address);
  const geo: Geo | null = (where.region === undefined ? undefined : geoOfRegion(provider, where.region) ?? (isGeo(where.region) ? where.region : undefined)) ?? null;
  const usageJson = usage.toJson();
  const entry: ResourceCost = {
    address: r.address,
    ...(r.constructPath !== undefined ? { constructPath: r.constructPath } : {}),
    type: r.type, provider,
    region: where.region ?? null,
    geo, category, tags: tagsOf(provider, r),
    monthlyCost: rangeToJson(total),
    listMonthlyCost: atList ? rangeToJson(total) : rangeToJson(listTotal),
    components: priced.map((l) => l.component),
    ...(Object.keys(usageJson).length ? { usage: usageJson } : {}),
  };
  return { priced: { entry, total, listTotal }, unpriced, books };
}

/**
 * Each cost line the pricer described, priced: its price found in the catalog (in the line's region, else the
 * resource's), then quantity × price per tier. A line without a price is added to `unpriced` with the reason and how to
 * price it; a price in another unit than the line's is a bad price book.
 */
function priceComponents(
  components: readonly ComponentSpec[],
  r: { address: string; type: string; multiplicity: number; provider: string; category: Category; region?: string; problem?: string },
  catalog: PriceCatalog, file: string,
): { priced: PricedLine[]; books: string[]; unpricedLines: UnpricedEntry[] } {
  const priced: PricedLine[] = [];
  const books: string[] = [];
  const unpricedLines: UnpricedEntry[] = [];
  const provider = r.provider;
  for (const spec of components) {
    const unpricedLine = (reason: string) => unpricedLines.push({ address: r.address, type: r.type, component: spec.name, reason });
    const specRegion = spec.region ?? r.region;
    if (specRegion === undefined) {
      unpricedLine(r.problem ?? "the region is not set");
      continue;
    }
    const price = catalog.resolve(spec.priceId, specRegion, provider);
    if (!price) {
      const regions = catalog.regionsOf(spec.priceId);
      // A price the books have elsewhere: say how to price this region (the pricer's own hint, else for AWS the offer
      // file that costkit's import mapping reads).
      const hint = regions.length === 0 ? spec.missingPriceHint : spec.missingRegionHint ?? (provider === "aws" ? awsImportHint(spec.priceId, specRegion) : undefined);
      unpricedLine(
        (regions.length ? `no price for ${spec.priceId} in ${specRegion}; the price books have it for ${describeRegions(regions)}` : `no price book has ${spec.priceId}`) +
          (hint ? `; ${hint}` : ""),
      );
      continue;
    }
    if (price.unit !== spec.unit) {
      throw errors.badPriceBook(
        price.bookIds.join(", "), `${spec.priceId}@${price.region}`,
        `the unit is "${price.unit}", but ${r.type} prices "${spec.name}" per "${spec.unit}"; give the entry the unit "${spec.unit}" (and a price per ${spec.unit})`,
      );
    }
    if (spec.quantity !== undefined && spec.quantity.min.isNegative()) {
      throw errors.negativeQuantity(file, r.address, spec.name, `${decimalText(spec.quantity.min)} ${spec.unit}`);
    }
    books.push(...price.bookIds);
    priced.push(...priceLines(spec, price, r.multiplicity, r.category));
  }
  return { priced, books, unpricedLines };
}

/** Where a resource is billed, or why that cannot be known (then its lines that need a region are unpriced). */
function regionOf(r: TfResource, pricer: Pricer, provider: string, lookup: ResourceLookup): { region?: string; problem?: string } {
  let region: string | undefined;
  try {
    region = pricer.region
      ? pricer.region({ address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig, document: lookup })
      : defaultRegion(provider, r.attrs, r.providerConfig);
  } catch (e) {
    if (e instanceof Unpriceable) return { problem: e.message };
    if (e instanceof UnresolvedValue) return { problem: `the region is not known before apply: ${e.message}` };
    throw e;
  }
  if (region === undefined) return { problem: `the region is not set (set it on the resource or on the ${provider} provider)` };
  if (!isKnownRegion(provider, region) && !isGeo(region)) return { problem: unknownRegionReason(provider, region) };
  return { region };
}

/** The document's resources, and the view of them from inside the module a resource is in. */
type DocumentLookup = ResourceLookup & { within(address: string): ResourceLookup };

function lookupOf(doc: TfDocument): DocumentLookup {
  const byAddress = new Map<string, TfResource>();
  const byType = new Map<string, TfResource[]>();
  for (const r of doc.resources) {
    byAddress.set(r.address, r);
    const ofType = byType.get(r.type);
    if (ofType) ofType.push(r);
    else byType.set(r.type, [r]);
  }
  const root: ResourceLookup = { get: (a) => byAddress.get(a), ofType: (t) => byType.get(t) ?? [] };
  const scoped = new Map<string, ResourceLookup>();
  return {
    ...root,
    within(address) {
      const prefix = MODULE_PREFIX.exec(address)?.[0] ?? "";
      if (prefix === "") return root;
      let lookup = scoped.get(prefix);
      if (lookup === undefined) {
        // Inside a module, `aws_launch_template.this` is the module's own: its address has the module's prefix (an
        // address that already starts with `module.` is taken as it is).
        const own = (x: TfResource) => x.address.startsWith(prefix) && !x.address.startsWith("module.", prefix.length);
        lookup = { get: (a) => byAddress.get(a.startsWith("module.") ? a : prefix + a), ofType: (t) => (byType.get(t) ?? []).filter(own) };
        scoped.set(prefix, lookup);
      }
      return lookup;
    },
  };
}

/** The module instance an address is in (`module.a["k"].module.b[0].`), empty at the root. */
const MODULE_PREFIX = /^(?:module\.[A-Za-z0-9_-]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/;

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

/**
 * The sum of a resource's lines or a stack's resources, refused (an InputError, exit 2) when it needs more digits than
 * Money keeps: a report whose total is not the exact sum of its parts would be rejected by `diff`.
 */
function checkedSum(ranges: readonly Range[], file: string, place: string): Range {
  const s = exactSumRanges(ranges);
  if ("exceeds" in s) throw errors.totalBeyondDigits(file, place, s.bound, s.exceeds.toFixed(), MONEY_DIGITS);
  return s.sum;
}

/** Sum of many reports' totals (for summaries and bundles), exact. */
export function totalOf(reports: readonly CostReport[]): Range {
  return reports.reduce((total, r) => addRanges(total, rangeFromJson(r.monthlyCost)), ZERO_RANGE);
}
