import Decimal from "decimal.js";
import { isGeo } from "../geo";
import { decimalText } from "../money";
import { parsePriceBook, PriceBook, PriceBookJson, PriceEntryJson } from "../price-book";
import { FieldReader, ImportSource, Mapping, MappingRule, priceIdOf, regionsOf, ruleMatches, templatePattern } from "./mapping";
import { conversionFactor, UnitTable } from "./units";
import { byString } from "../compare";

/** One tier of a provider SKU, in the provider's unit. */
export interface SourceTier {
  readonly start: Decimal;
  readonly price: Decimal;
}

/** A provider SKU read from an offer file or a SKU list, ready to be matched against a mapping. */
export interface SourceSku {
  /** AWS SKU or GCP skuId. */
  readonly sku: string;
  readonly read: FieldReader;
  /** The provider's unit of the tiers (`Hrs`, `GiBy.mo`). */
  readonly unit: string;
  /** Tiers in the provider's unit, first at 0, in increasing order; empty when `problem` says why. */
  readonly tiers: readonly SourceTier[];
  readonly description: string;
  /** YYYY-MM-DD. */
  readonly effectiveDate: string;
  /** Provenance: file, offer version, SKU, term and rate codes. */
  readonly source: string;
  readonly notes?: string;
  /** A short line for the report's examples of SKUs that matched nothing. */
  readonly label: string;
  /** What the unmatched count is grouped by (AWS productFamily, GCP resourceGroup). */
  readonly group: string;
  /** Set when the SKU's price cannot be read (no USD price, tiers with gaps): a matching rule reports it. */
  readonly problem?: string;
}

export interface ImportOptions {
  readonly from: ImportSource;
  /** Book id; defaults to `<from>-<effective date>`. */
  readonly bookId?: string;
  readonly kind?: "list" | "override";
  /** Keep only these cloud regions (geo and `global` entries are always kept). */
  readonly regions?: readonly string[];
  readonly description: string;
  /**
   * Books to compare with (the checked-in ones): an id they price in another unit is refused (the pricers count in
   * that unit), and the report lists their ids the mapping could price but the import did not.
   */
  readonly compareWith?: readonly PriceBook[];
  /** How the provider's units convert to ours. */
  readonly units: UnitTable;
}

/** What an import did, for stderr and `--report`: deterministic, no timestamps. */
export interface ImportReport {
  readonly formatVersion: "1";
  readonly from: ImportSource;
  readonly bookId: string;
  readonly effectiveDate: string;
  readonly mapping: string;
  readonly skus: number;
  readonly prices: number;
  /** SKUs that matched no rule: how many, by group, and a few examples. */
  readonly unmatched: { readonly count: number; readonly byGroup: Readonly<Record<string, number>>; readonly examples: readonly string[] };
  /** SKUs a rule matched but that gave no price, with the reason (unit, region, price problems). */
  readonly skipped: readonly { readonly sku: string; readonly rule: string; readonly reason: string }[];
  /** Two SKUs giving the same id and region at different prices: the one kept (earlier rule, then lower SKU id). */
  readonly conflicts: readonly { readonly priceId: string; readonly kept: string; readonly dropped: string; readonly reason: string }[];
  /** SKUs giving the same id, region and price as another (kept once). */
  readonly duplicates: number;
  /** Entries left out by `--region`. */
  readonly filteredOut: number;
  /** Rules of the mapping that gave no price. */
  readonly rulesWithoutPrice: readonly { readonly rule: string; readonly priceId: string }[];
  /** `id@region` of the compared books that a rule's template covers, in a region the rule priced, but that got no price. */
  readonly notCovered: readonly string[];
}

export interface ImportResult {
  readonly book: PriceBookJson;
  /** The book as written: two-space JSON, entries sorted, a final newline. */
  readonly text: string;
  readonly report: ImportReport;
}

const EXAMPLES = 10;

interface Candidate {
  readonly entry: PriceEntryJson;
  readonly rule: MappingRule;
  readonly sku: string;
  readonly card: string;
}


/** The tiers in our unit: prices × factor, starts ÷ factor, exactly (or why not). */
function convertTiers(tiers: readonly SourceTier[], factor: Decimal): { tiers: { start: string; price: string }[] } | { problem: string } {
  const out: { start: string; price: string }[] = [];
  for (const t of tiers) {
    if (t.price.isNegative()) return { problem: `negative price ${decimalText(t.price)} (a credit, not a price)` };
    const start = t.start.div(factor);
    if (!start.times(factor).eq(t.start)) return { problem: `tier start ${decimalText(t.start)} does not convert exactly with factor ${decimalText(factor)}` };
    out.push({ start: decimalText(start), price: decimalText(t.price.times(factor)) });
  }
  return { tiers: out };
}

function entryOf(sku: SourceSku, rule: MappingRule, id: string, region: string, tiers: { start: string; price: string }[], factor: Decimal): PriceEntryJson {
  const conversion = factor.eq(1) ? "" : `; price per ${rule.unit.from} × ${decimalText(factor)} = per ${rule.unit.to}${tiers.length > 1 ? `, tier starts ÷ ${decimalText(factor)}` : ""}`;
  const notes = [sku.notes, rule.notes].filter((n): n is string => !!n).join(" ");
  return {
    id, region, unit: rule.unit.to, description: sku.description, sku: sku.sku,
    ...(tiers.length === 1 ? { price: tiers[0].price } : { tiers }),
    source: `${sku.source}; costkit mapping rule ${rule.id}${conversion}`,
    effectiveDate: sku.effectiveDate,
    ...(notes ? { notes } : {}),
  };
}

/**
 * Turns provider SKUs into a price book with a mapping: first matching rule per SKU; units converted exactly; one entry
 * per id and region (conflicts resolved by rule order, then SKU id, and reported); entries sorted by id and region.
 * Pure and deterministic: the same SKUs and mapping give byte-identical text.
 */
export function buildBook(skus: readonly SourceSku[], mapping: Mapping, opts: ImportOptions): ImportResult {
  const sorted = [...skus].sort((a, b) => byString(a.sku, b.sku) || byString(a.source, b.source));
  const kept = new Map<string, Candidate>();
  const unmatched: SourceSku[] = [];
  const skipped: { sku: string; rule: string; reason: string }[] = [];
  const conflicts: { priceId: string; kept: string; dropped: string; reason: string }[] = [];
  let duplicates = 0;
  let filteredOut = 0;
  const regionFilter = opts.regions && opts.regions.length ? new Set(opts.regions) : undefined;
  const knownUnits = new Map<string, string>();
  for (const b of opts.compareWith ?? []) for (const e of b.entries) knownUnits.set(e.id, e.unit);
  for (const sku of sorted) {
    const rule = mapping.rules.find((r) => ruleMatches(r, sku.read));
    if (!rule) {
      unmatched.push(sku);
      continue;
    }
    const skip = (reason: string) => skipped.push({ sku: sku.sku, rule: rule.id, reason });
    if (sku.problem) {
      skip(sku.problem);
      continue;
    }
    if (sku.unit !== rule.unit.from) {
      skip(`unit ${JSON.stringify(sku.unit)}, but the rule expects ${JSON.stringify(rule.unit.from)}`);
      continue;
    }
    const conv = conversionFactor(opts.units, sku.unit, rule.unit.to, rule.unit.factor);
    if ("problem" in conv) {
      skip(conv.problem);
      continue;
    }
    const tiers = convertTiers(sku.tiers, conv.factor);
    if ("problem" in tiers) {
      skip(tiers.problem);
      continue;
    }
    const id = priceIdOf(rule, sku.read);
    if ("problem" in id) {
      skip(id.problem);
      continue;
    }
    const known = knownUnits.get(id.id);
    if (known !== undefined && known !== rule.unit.to) {
      skip(`costkit prices ${id.id} per ${known}, but the rule gives ${rule.unit.to}; fix the rule's unit`);
      continue;
    }
    const regions = regionsOf(rule, sku.read);
    if ("problem" in regions) {
      skip(regions.problem);
      continue;
    }
    for (const region of regions.regions) {
      if (regionFilter && !regionFilter.has(region) && !isGeo(region) && region !== "global") {
        filteredOut++;
        continue;
      }
      const entry = entryOf(sku, rule, id.id, region, tiers.tiers, conv.factor);
      const key = `${id.id}@${region}`;
      const card = JSON.stringify([entry.unit, entry.price ?? null, entry.tiers ?? null]);
      const candidate: Candidate = { entry, rule, sku: sku.sku, card };
      const other = kept.get(key);
      if (!other) {
        kept.set(key, candidate);
        continue;
      }
      const [first, second] = other.rule.index < rule.index || (other.rule.index === rule.index && other.sku <= sku.sku) ? [other, candidate] : [candidate, other];
      kept.set(key, first);
      if (first.card === second.card) duplicates++;
      else {
        conflicts.push({
          priceId: key, kept: first.sku, dropped: second.sku,
          reason: `${first.sku} (rule ${first.rule.id}) prices it ${describeCard(first.entry)}, ${second.sku} (rule ${second.rule.id}) ${describeCard(second.entry)}`,
        });
      }
    }
  }
  const entries = [...kept.values()].map((c) => c.entry).sort((a, b) => byString(a.id, b.id) || byString(a.region, b.region));
  const effectiveDate = entries.reduce((max, e) => (e.effectiveDate > max ? e.effectiveDate : max), "");
  const bookId = opts.bookId ?? `${opts.from}-${effectiveDate}`;
  const book: PriceBookJson = {
    formatVersion: "1", id: bookId, kind: opts.kind ?? "list", currency: "USD", effectiveDate,
    description: opts.description,
    prices: entries,
  };
  const text = JSON.stringify(book, null, 2) + "\n";
  if (entries.length > 0) parsePriceBook(JSON.parse(text), bookId); // a defect if it throws: every entry is built valid

  const byGroup: Record<string, number> = {};
  for (const s of unmatched) byGroup[s.group] = (byGroup[s.group] ?? 0) + 1;
  const produced = new Map<number, Set<string>>();
  for (const c of kept.values()) {
    const set = produced.get(c.rule.index) ?? new Set<string>();
    set.add(c.entry.region);
    produced.set(c.rule.index, set);
  }
  const report: ImportReport = {
    formatVersion: "1", from: opts.from, bookId, effectiveDate, mapping: mapping.file.replace(/\\/g, "/"),
    skus: skus.length, prices: entries.length,
    unmatched: {
      count: unmatched.length,
      byGroup: Object.fromEntries(Object.entries(byGroup).sort(([a], [b]) => byString(a, b))),
      examples: unmatched.slice(0, EXAMPLES).map((s) => s.label),
    },
    skipped, conflicts: conflicts.sort((a, b) => byString(a.priceId, b.priceId)), duplicates, filteredOut,
    rulesWithoutPrice: mapping.rules.filter((r) => !produced.has(r.index)).map((r) => ({ rule: r.id, priceId: r.priceId })),
    notCovered: notCovered(mapping, produced, new Set(kept.keys()), opts.compareWith ?? []),
  };
  return { book, text, report };
}

function describeCard(e: PriceEntryJson): string {
  if (e.price !== undefined) return `${e.price} per ${e.unit}`;
  return `${e.tiers!.map((t) => `${t.price} from ${t.start}`).join(", ")} per ${e.unit}`;
}

/**
 * Ids of the compared books that a rule could have priced (its template matches the id, the region is one the rule
 * priced for some SKU, the unit is the rule's) but that the import left without a price.
 */
function notCovered(mapping: Mapping, produced: ReadonlyMap<number, ReadonlySet<string>>, imported: ReadonlySet<string>, books: readonly PriceBook[]): string[] {
  const groups = mapping.rules
    .filter((r) => produced.has(r.index))
    .map((r) => ({ pattern: templatePattern(r), regions: produced.get(r.index)!, unit: r.unit.to }));
  const out = new Set<string>();
  for (const book of books) {
    for (const e of book.entries) {
      const key = `${e.id}@${e.region}`;
      if (imported.has(key)) continue;
      if (groups.some((g) => g.unit === e.unit && g.regions.has(e.region) && g.pattern.test(e.id))) out.add(key);
    }
  }
  return [...out].sort(byString);
}

/** The report in a few lines for stderr: counts, a few examples, what the mapping left without a price. */
export function summariseImport(report: ImportReport, outFile: string): string {
  const lines: string[] = [];
  lines.push(`costkit prices import: ${report.skus} SKU${report.skus === 1 ? "" : "s"} read, ${report.prices} price${report.prices === 1 ? "" : "s"} written to ${outFile} (book ${report.bookId}, effective ${report.effectiveDate || "-"}).`);
  if (report.unmatched.count) {
    const groups = Object.entries(report.unmatched.byGroup).map(([g, n]) => `${g}: ${n}`).join(", ");
    lines.push(`${report.unmatched.count} SKU${report.unmatched.count === 1 ? "" : "s"} matched no rule of the mapping (${groups}), e.g.:`);
    for (const ex of report.unmatched.examples.slice(0, 5)) lines.push(`  ${ex}`);
  }
  if (report.skipped.length) {
    lines.push(`${report.skipped.length} SKU${report.skipped.length === 1 ? "" : "s"} matched a rule but gave no price:`);
    for (const s of report.skipped.slice(0, 5)) lines.push(`  ${s.sku} (rule ${s.rule}): ${s.reason}`);
  }
  if (report.conflicts.length) {
    lines.push(`${report.conflicts.length} price${report.conflicts.length === 1 ? "" : "s"} had two SKUs at different prices (the first is kept):`);
    for (const c of report.conflicts.slice(0, 5)) lines.push(`  ${c.priceId}: ${c.reason}`);
  }
  if (report.filteredOut) lines.push(`${report.filteredOut} price${report.filteredOut === 1 ? "" : "s"} left out by --region.`);
  if (report.rulesWithoutPrice.length) {
    lines.push(`Rules of the mapping that got no price: ${report.rulesWithoutPrice.map((r) => `${r.rule} (${r.priceId})`).join(", ")}.`);
  }
  if (report.notCovered.length) {
    const shown = report.notCovered.slice(0, 8).join(", ");
    lines.push(`${report.notCovered.length} price${report.notCovered.length === 1 ? "" : "s"} of the checked-in books that the mapping covers got no price from this import (the checked-in price stays in effect): ${shown}${report.notCovered.length > 8 ? ", …" : ""}.`);
  }
  return lines.join("\n") + "\n";
}
