import Decimal from "decimal.js";
import { errors } from "./errors";
import { isDecimalString, money, ONE } from "./money";
import { Tier } from "./tiers";
import { globMatches } from "./glob";

/**
 * Price books are data with provenance: every entry names its public source and effective date. A book is either a `list` book (public list prices) or an
 * `override` book (negotiated rates: an entry with the id and region of a list entry replaces it as the effective price,
 * while the list price stays in the report). Discounts (committed use, enterprise agreements) are percentages with a
 * scope, applied to effective prices; they are data, never edits of list prices.
 */
export interface PriceBookJson {
  readonly formatVersion: "1";
  readonly id: string;
  readonly kind: "list" | "override";
  readonly currency: "USD";
  readonly effectiveDate: string;
  readonly description?: string;
  readonly prices: readonly PriceEntryJson[];
  readonly discounts?: readonly DiscountJson[];
}

export interface PriceEntryJson {
  /** Our price id: `<provider>/<service>/<item>`, e.g. `google/compute/n2-core`. */
  readonly id: string;
  /** Cloud region, a geo (`NA`, `EU`, …) for CDN viewer prices, or `global`. */
  readonly region: string;
  /** Unit of one price step, plural and explicit: `hours`, `GiB-months`, `GB`, `1M requests`. */
  readonly unit: string;
  readonly description: string;
  /** Provider SKU id (GCP skuId, AWS SKU or rate code) where known. */
  readonly sku?: string;
  /** A single rate… */
  readonly price?: string;
  /** …or tiers, each from `start` (inclusive, in `unit`), in increasing order, the first starting at 0. */
  readonly tiers?: readonly { readonly start: string; readonly price: string }[];
  /** Where the figure comes from (URL or document, with how it was derived). */
  readonly source: string;
  /** The date on which the price was read or took effect (YYYY-MM-DD). */
  readonly effectiveDate: string;
  readonly notes?: string;
}

export interface DiscountJson {
  readonly id: string;
  readonly description: string;
  /** Percent off the effective price, as a decimal string ("25" for 25 %). */
  readonly percent: string;
  readonly scope: {
    readonly provider?: string;
    /** Price ids; `*` matches any run of characters (`google/compute/*-core`). */
    readonly priceIds?: readonly string[];
    /** Price ids the discount does not cover, same patterns (`*-spot`). */
    readonly excludePriceIds?: readonly string[];
    readonly regions?: readonly string[];
  };
  readonly source: string;
}

export interface PriceEntry {
  readonly id: string;
  readonly region: string;
  readonly unit: string;
  readonly description: string;
  readonly sku?: string;
  readonly tiers: readonly Tier[];
  readonly source: string;
  readonly effectiveDate: string;
  readonly bookId: string;
}

export interface Discount {
  readonly id: string;
  readonly description: string;
  /** The fraction paid: 1 − percent/100. */
  readonly factor: Decimal;
  readonly percent: Decimal;
  readonly provider?: string;
  readonly priceIds?: readonly string[];
  readonly excludePriceIds?: readonly string[];
  readonly regions?: readonly string[];
  readonly bookId: string;
}

export interface PriceBook {
  readonly id: string;
  readonly kind: "list" | "override";
  readonly effectiveDate: string;
  /** Every entry, checked (a book read with `entries: "when-used"` checks them all on first access). */
  readonly entries: readonly PriceEntry[];
  readonly discounts: readonly Discount[];
  readonly file: string;
  /** The entry of a price id in a region, checked when first asked for; undefined when the book has none. */
  entry(id: string, region: string): PriceEntry | undefined;
  /** The regions the book has an entry for of a price id (for messages about a missing region). */
  regionsOf(id: string): readonly string[];
  /** The providers of its price ids (`google` of `google/compute/n2-core`). */
  providers(): ReadonlySet<string>;
}

/** A price as the engine uses it: the list card, the effective card (after overrides and discounts), and provenance. */
export interface ResolvedPrice {
  readonly id: string;
  readonly region: string;
  readonly unit: string;
  readonly description: string;
  readonly sku?: string;
  readonly list: readonly Tier[];
  readonly effective: readonly Tier[];
  /** The stretches of quantity with one list and one effective price each (see `segmentsOf`). */
  readonly segments: readonly PriceSegment[];
  readonly priceId: string;
  /** Ids of the books the list and effective prices come from. */
  readonly bookIds: readonly string[];
  /** Ids of the books (and discounts) that made the effective price. */
  readonly appliedOverride?: string;
  readonly appliedDiscounts: readonly string[];
}

/** A stretch of quantity, from `start`, with one list and one effective price. */
export interface PriceSegment {
  readonly start: Decimal;
  readonly list: Decimal;
  readonly effective: Decimal;
}

/**
 * The segments a quantity is priced in: the union of the list card's and the effective card's tier starts (a flat
 * negotiated rate over a tiered list card, or the other way round), each with its list and effective price.
 */
export function segmentsOf(list: readonly Tier[], effective: readonly Tier[]): PriceSegment[] {
  const at = (card: readonly Tier[], x: Decimal) => {
    let price = card[0].price;
    for (const t of card) if (t.start.lte(x)) price = t.price;
    return price;
  };
  const starts = [...list, ...effective].map((t) => t.start).sort((a, b) => a.comparedTo(b)).filter((x, i, all) => i === 0 || !x.eq(all[i - 1]));
  return starts.map((start) => ({ start, list: at(list, start), effective: at(effective, start) }));
}

const ID = /^[a-z0-9-]+\/[a-z0-9-]+\/[A-Za-z0-9._+-]+$/;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date YYYY-MM-DD that exists (not 2026-13-45). */
function isCalendarDate(text: string): boolean {
  const m = DATE_SHAPE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
const BOOK_KEYS = new Set(["formatVersion", "id", "kind", "currency", "effectiveDate", "description", "prices", "discounts"]);
const ENTRY_KEYS = new Set(["id", "region", "unit", "description", "sku", "price", "tiers", "source", "effectiveDate", "notes"]);
const DISCOUNT_KEYS = new Set(["id", "description", "percent", "scope", "source"]);

export interface ParsePriceBookOptions {
  /**
   * When each price entry is checked and converted: `"now"`, all of them as the book is read (any book a user gives);
   * `"when-used"`, only the header, the discounts and each entry's id and region as the book is read, and the rest of an
   * entry when a price is first looked up in it (costkit's own books, which scripts generate and the test suite checks
   * whole). A problem names the book and the entry either way.
   * @default "now"
   */
  readonly entries?: "now" | "when-used";
}

/** Validates a parsed price book; every problem names the book and the entry. */
export function parsePriceBook(json: unknown, file: string, opts: ParsePriceBookOptions = {}): PriceBook {
  const bad = (where: string, detail: string) => errors.badPriceBook(file, where, detail);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw bad("the top level", "expected an object");
  const book = json as Record<string, unknown>;
  for (const key of Object.keys(book)) if (!BOOK_KEYS.has(key)) throw bad(key, `unknown key "${key}"`);
  if (book.formatVersion !== "1") throw bad("formatVersion", `expected "1", got ${JSON.stringify(book.formatVersion)}`);
  if (typeof book.id !== "string" || book.id === "") throw bad("id", "a book needs a non-empty string id");
  if (book.kind !== "list" && book.kind !== "override") throw bad("kind", `expected "list" or "override", got ${JSON.stringify(book.kind)}`);
  if (book.currency !== "USD") throw bad("currency", `unknown currency ${JSON.stringify(book.currency)}; costkit books are in "USD"`);
  if (typeof book.effectiveDate !== "string" || !isCalendarDate(book.effectiveDate)) throw bad("effectiveDate", `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(book.effectiveDate)}`);
  if (!Array.isArray(book.prices)) throw bad("prices", "expected a list of price entries");
  const header = { id: book.id, kind: book.kind, effectiveDate: book.effectiveDate, file } as const;
  const checker = entryChecker(header, bad);
  const raw = book.prices as unknown[];
  const checked: (PriceEntry | undefined)[] = new Array(raw.length);
  // Each entry's place by `id@region`: built for every book, as it finds duplicates.
  const index = new Map<string, number>();
  const now = (opts.entries ?? "now") === "now";
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i] as { id?: unknown; region?: unknown } | null;
    // Read lazily, an entry is checked here only as far as its key needs; the first problem of a bad key is reported.
    if (now || typeof e !== "object" || e === null || typeof e.id !== "string" || typeof e.region !== "string") checked[i] = checker.check(raw[i], i);
    const key = `${e!.id as string}@${e!.region as string}`;
    if (index.has(key)) throw bad(checker.where(raw[i], i), `duplicate price id "${e!.id as string}" for region "${e!.region as string}"`);
    index.set(key, i);
  }
  const discounts = parseDiscounts(book.discounts, book.id, bad);
  return new IndexedPriceBook(header, raw, checked, index, checker, discounts);
}

type Bad = (where: string, detail: string) => Error;

/** Checks and converts one price entry of a book (everything but its uniqueness, which the book's index checks). */
function entryChecker(book: { readonly id: string; readonly effectiveDate: string }, bad: Bad) {
  // Prices repeat across regions and types; decimals are immutable, so one value per distinct text is shared.
  const prices = new Map<string, Decimal>();
  const priceOf = (text: string): Decimal => {
    let d = prices.get(text);
    if (d === undefined) prices.set(text, (d = money(text)));
    return d;
  };
  const zero = money(0);
  // the place is only spelt out when something is wrong (books have thousands of entries)
  const where = (raw: unknown, i: number) => {
    const label = (raw as { id?: unknown } | null)?.id;
    return `prices[${i}]${typeof label === "string" ? ` (${label})` : ""}`;
  };
  const check = (raw: unknown, i: number): PriceEntry => {
    if (typeof raw !== "object" || raw === null) throw bad(where(raw, i), "expected an object");
    const e = raw as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) throw bad(where(raw, i), `unknown key "${key}"`);
    if (typeof e.id !== "string" || !ID.test(e.id)) throw bad(where(raw, i), `id must look like "<provider>/<service>/<item>", got ${JSON.stringify(e.id)}`);
    if (typeof e.region !== "string" || e.region === "") throw bad(where(raw, i), "missing region (a cloud region, a geo, or \"global\")");
    if (typeof e.unit !== "string" || e.unit.trim() === "") throw bad(where(raw, i), "missing unit");
    if (typeof e.description !== "string" || e.description === "") throw bad(where(raw, i), "missing description");
    if (typeof e.source !== "string" || e.source === "") throw bad(where(raw, i), "missing source");
    if (typeof e.effectiveDate !== "string" || (e.effectiveDate !== book.effectiveDate && !isCalendarDate(e.effectiveDate))) throw bad(where(raw, i), `effectiveDate must be a calendar date YYYY-MM-DD, got ${JSON.stringify(e.effectiveDate)}`);
    if (e.sku !== undefined && typeof e.sku !== "string") throw bad(where(raw, i), "sku must be a string");
    let tiers: Tier[];
    if (e.price !== undefined && e.tiers !== undefined) throw bad(where(raw, i), "give either price or tiers, not both");
    if (e.price !== undefined) {
      if (!isDecimalString(e.price)) throw bad(where(raw, i), `price must be a decimal string, got ${JSON.stringify(e.price)}`);
      tiers = [{ start: zero, price: priceOf(e.price) }];
    } else if (Array.isArray(e.tiers) && e.tiers.length > 0) {
      tiers = e.tiers.map((t: unknown, j: number) => {
        const tt = t as { start?: unknown; price?: unknown };
        if (!isDecimalString(tt?.start) || !isDecimalString(tt?.price)) throw bad(`${where(raw, i)}.tiers[${j}]`, "a tier needs start and price as decimal strings");
        return { start: money(tt.start), price: money(tt.price) };
      });
      if (!tiers[0].start.isZero()) throw bad(`${where(raw, i)}.tiers[0]`, "the first tier must start at 0");
      for (let j = 1; j < tiers.length; j++) {
        if (!tiers[j].start.gt(tiers[j - 1].start)) throw bad(`${where(raw, i)}.tiers[${j}]`, "tiers must be in strictly increasing order of start (they overlap or are unordered)");
      }
    } else {
      throw bad(where(raw, i), "missing price (a decimal string) or tiers (a non-empty list)");
    }
    for (const [j, t] of tiers.entries()) if (t.price.isNegative()) throw bad(`${where(raw, i)}${e.tiers ? `.tiers[${j}]` : ""}`, `negative price ${t.price.toFixed()}`);
    return {
      id: e.id, region: e.region, unit: e.unit, description: e.description,
      ...(e.sku !== undefined ? { sku: e.sku as string } : {}),
      tiers, source: e.source, effectiveDate: e.effectiveDate, bookId: book.id,
    };
  };
  return { check, where };
}

/** A book with its entries indexed by id and region, each checked once, when first read. */
class IndexedPriceBook implements PriceBook {
  readonly id: string;
  readonly kind: "list" | "override";
  readonly effectiveDate: string;
  readonly file: string;
  private regions?: Map<string, string[]>;

  constructor(
    header: { readonly id: string; readonly kind: "list" | "override"; readonly effectiveDate: string; readonly file: string },
    private readonly raw: readonly unknown[],
    private readonly checked: (PriceEntry | undefined)[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly checker: { check(raw: unknown, i: number): PriceEntry },
    readonly discounts: readonly Discount[],
  ) {
    this.id = header.id;
    this.kind = header.kind;
    this.effectiveDate = header.effectiveDate;
    this.file = header.file;
  }

  get entries(): readonly PriceEntry[] {
    return this.raw.map((_, i) => this.at(i));
  }

  entry(id: string, region: string): PriceEntry | undefined {
    const i = this.index.get(`${id}@${region}`);
    return i === undefined ? undefined : this.at(i);
  }

  regionsOf(id: string): readonly string[] {
    return this.regionsById().get(id) ?? [];
  }

  providers(): ReadonlySet<string> {
    return new Set([...this.regionsById().keys()].map((id) => id.split("/")[0]));
  }

  private regionsById(): ReadonlyMap<string, readonly string[]> {
    if (this.regions === undefined) {
      this.regions = new Map();
      // every entry's id and region are strings: the index was built from them
      for (const { id, region } of this.raw as readonly { readonly id: string; readonly region: string }[]) {
        const regions = this.regions.get(id);
        if (regions) regions.push(region);
        else this.regions.set(id, [region]);
      }
    }
    return this.regions;
  }

  private at(i: number): PriceEntry {
    return (this.checked[i] ??= this.checker.check(this.raw[i], i));
  }
}

/** The discounts of a book (always checked as the book is read: a book has a handful). */
function parseDiscounts(json: unknown, bookId: string, bad: Bad): Discount[] {
  const book = { discounts: json, id: bookId };
  const discountIds = new Set<string>();
  if (book.discounts !== undefined && !Array.isArray(book.discounts)) throw bad("discounts", "expected a list of discounts");
  const discounts: Discount[] = ((book.discounts ?? []) as unknown[]).map((raw, i) => {
    const where = `discounts[${i}]`;
    if (typeof raw !== "object" || raw === null) throw bad(where, "expected an object");
    const d = raw as Record<string, unknown>;
    for (const key of Object.keys(d)) if (!DISCOUNT_KEYS.has(key)) throw bad(where, `unknown key "${key}"`);
    if (typeof d.id !== "string" || d.id === "") throw bad(where, "missing id");
    if (discountIds.has(d.id)) throw bad(where, `duplicate discount id "${d.id}"`);
    discountIds.add(d.id);
    if (typeof d.description !== "string") throw bad(where, "missing description");
    if (typeof d.source !== "string") throw bad(where, "missing source");
    if (!isDecimalString(d.percent) || money(d.percent).lt(0) || money(d.percent).gt(100)) throw bad(where, "percent must be a decimal string between 0 and 100");
    if (d.scope !== undefined && (typeof d.scope !== "object" || d.scope === null || Array.isArray(d.scope))) throw bad(`${where}.scope`, "expected an object");
    const scope = (d.scope ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(scope)) if (!["provider", "priceIds", "excludePriceIds", "regions"].includes(key)) throw bad(`${where}.scope`, `unknown key "${key}"`);
    if (scope.provider !== undefined && (typeof scope.provider !== "string" || scope.provider === "")) throw bad(`${where}.scope.provider`, `expected a provider name such as "google", got ${JSON.stringify(scope.provider)}`);
    for (const key of ["priceIds", "excludePriceIds", "regions"]) {
      const v = scope[key];
      if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x === ""))) {
        throw bad(`${where}.scope.${key}`, `expected a list of strings (["google/compute/*"]), got ${JSON.stringify(v)}`);
      }
    }
    const percent = money(d.percent as string);
    return {
      id: d.id, description: d.description, percent, factor: ONE.minus(percent.div(100)),
      ...(scope.provider !== undefined ? { provider: String(scope.provider) } : {}),
      ...(scope.priceIds !== undefined ? { priceIds: (scope.priceIds as unknown[]).map(String) } : {}),
      ...(scope.excludePriceIds !== undefined ? { excludePriceIds: (scope.excludePriceIds as unknown[]).map(String) } : {}),
      ...(scope.regions !== undefined ? { regions: (scope.regions as unknown[]).map(String) } : {}),
      bookId: book.id as string,
    };
  });
  return discounts;
}

/** Whether an id matches one of the patterns; `*` matches any run of characters. */
function matchesId(patterns: readonly string[], id: string): boolean {
  return patterns.some((p) => globMatches(p, id));
}

/**
 * All the books of one estimate, in precedence order: later list books replace earlier list entries of the same id and
 * region (a fresh import wins over the checked-in book); override books set effective prices; discounts then apply.
 */
export class PriceCatalog {
  /** List books and override books, each latest first (the first to have an entry wins). */
  private readonly lists: readonly PriceBook[];
  private readonly overrideBooks: readonly PriceBook[];
  private readonly discounts: Discount[] = [];
  /**
   * Resolved prices by provider, region and id (null: no book has it). Thousands of resources ask for a few prices,
   * and resolving one (discounts, tier segments) is not cheap. `costkit estimate --format json` of the 10,000
   * cdktf-shaped resources of `npm run bench`, whole command, medians of 7 runs on the shared 2-core machine
   * (2026-12-07): 2.73 s of CPU (10.0 s elapsed) with this map, 3.36 s (12.1 s) without.
   */
  private readonly resolved = new Map<string, ResolvedPrice | null>();
  readonly books: readonly PriceBook[];

  /**
   * Building a catalog reads no entry: each book keeps its own index, looked up book by book (about 15 lookups per
   * price, each price resolved once per catalog). Merging the entries into one index instead took 0.1–0.2 s of CPU for
   * the 57,000 entries of the checked-in books, for every catalog (a synth of the reference app builds 8).
   */
  constructor(books: readonly PriceBook[]) {
    this.books = books;
    this.lists = books.filter((b) => b.kind === "list").reverse();
    this.overrideBooks = books.filter((b) => b.kind === "override").reverse();
    for (const book of books) this.discounts.push(...book.discounts);
    this.checkOverridesAndDiscounts();
  }

  private listEntry(id: string, region: string): PriceEntry | undefined {
    for (const b of this.lists) {
      const e = b.entry(id, region);
      if (e) return e;
    }
    return undefined;
  }

  private overrideEntry(id: string, region: string): PriceEntry | undefined {
    for (const b of this.overrideBooks) {
      const e = b.entry(id, region);
      if (e) return e;
    }
    return undefined;
  }

  /**
   * Mistakes in an override book that would otherwise go unnoticed: an override of a listed price in a region the
   * list has no price for (a misspelt region), or in another unit; a discount for a provider no book prices.
   * (An override of an id no list book has is a price of its own, such as a third-party contract.)
   */
  private checkOverridesAndDiscounts(): void {
    let providers: Set<string> | undefined; // built only when a discount names a provider
    const providersPriced = () => {
      if (providers === undefined) {
        providers = new Set<string>();
        for (const b of this.books) for (const p of b.providers()) providers.add(p);
      }
      return providers;
    };
    for (const book of this.books) {
      if (book.kind === "override") {
        book.entries.forEach((e, i) => {
          const where = `prices[${i}] (${e.id})`;
          const listed = this.listEntry(e.id, e.region) ?? this.listEntry(e.id, "global");
          if (listed) {
            if (listed.unit !== e.unit) {
              throw errors.badPriceBook(book.file, where, `the unit is "${e.unit}", but the list price of ${e.id} is per "${listed.unit}"; give the override in "${listed.unit}"`);
            }
            return;
          }
          const regions = this.regionsOf(e.id);
          if (regions.length > 0) {
            throw errors.badPriceBook(book.file, where, `overrides ${e.id} in region "${e.region}", but the list books price it only in ${regions.join(", ")}; fix the region`);
          }
        });
      }
      book.discounts.forEach((d, i) => {
        if (d.provider !== undefined && !providersPriced().has(d.provider)) {
          throw errors.badPriceBook(book.file, `discounts[${i}].scope.provider`, `no book prices anything for provider "${d.provider}" (providers: ${[...providersPriced()].sort().join(", ")}); fix the provider`);
        }
      });
    }
  }

  /** Books that contributed, for the report's `priceBooks`. */
  bookRefs(used?: ReadonlySet<string>): { id: string; effectiveDate: string }[] {
    return this.books.filter((b) => !used || used.has(b.id)).map((b) => ({ id: b.id, effectiveDate: b.effectiveDate }));
  }

  /** The regions for which a price id has a list price. */
  regionsOf(id: string): string[] {
    return [...new Set(this.lists.flatMap((b) => b.regionsOf(id)))].sort();
  }

  has(id: string, region: string): boolean {
    return this.resolve(id, region) !== undefined;
  }

  /** The price of an id in a region, falling back to a `global` entry; undefined when no book has it. */
  resolve(id: string, region: string, provider?: string): ResolvedPrice | undefined {
    // Discounts may be scoped to a provider, so the provider is part of the key.
    const key = `${provider ?? ""}|${region}|${id}`;
    let price = this.resolved.get(key);
    if (price === undefined) {
      price = this.resolveUncached(id, region, provider) ?? null;
      this.resolved.set(key, price);
    }
    return price ?? undefined;
  }

  private resolveUncached(id: string, region: string, provider?: string): ResolvedPrice | undefined {
    const listEntry = this.listEntry(id, region) ?? this.listEntry(id, "global");
    const override = this.overrideEntry(id, region) ?? this.overrideEntry(id, "global");
    const base = listEntry ?? override;
    if (!base) return undefined;
    const prov = provider ?? id.split("/")[0];
    const applied = this.discounts.filter(
      (d) =>
        (d.provider === undefined || d.provider === prov) &&
        (d.priceIds === undefined || matchesId(d.priceIds, id)) &&
        (d.excludePriceIds === undefined || !matchesId(d.excludePriceIds, id)) &&
        (d.regions === undefined || d.regions.includes(region)),
    );
    let effective: readonly Tier[] = (override ?? base).tiers;
    for (const d of applied) effective = effective.map((t) => ({ start: t.start, price: t.price.times(d.factor) }));
    const list = (listEntry ?? override)!.tiers;
    const resolved: ResolvedPrice = {
      id, region: base.region, unit: base.unit, description: base.description,
      ...(base.sku !== undefined ? { sku: base.sku } : {}),
      list,
      effective,
      segments: segmentsOf(list, effective),
      priceId: `${id}@${base.region}`,
      bookIds: [...new Set([(listEntry ?? override)!.bookId, ...(override ? [override.bookId] : []), ...applied.map((d) => d.bookId)])],
      ...(override ? { appliedOverride: override.bookId } : {}),
      appliedDiscounts: applied.map((d) => d.id),
    };
    return resolved;
  }
}
