import Decimal from "decimal.js";
import { PriceBook } from "../../pricing/price-book";
import { CostReport } from "../../pricing/report";
import { TfDocument, TfResource } from "../../pricing/terraform";
import { Tier } from "../../pricing/tiers";
import { Level } from "../types";

/** What a recommendation rule sees: one stack, its Terraform document and its cost report as priced now. */
export interface RecommendContext {
  readonly stack: string;
  readonly document: TfDocument;
  /** The stack priced as it is (the `before` of every recommendation). */
  readonly report: CostReport;
  /** Prices a changed document with the same engine, price books and usage as `report`; `books` are added last (an
   *  override book of contract rates). */
  reprice(document: TfDocument, books?: readonly PriceBook[]): CostReport;
  /** The effective price per unit of the first tier of a price id, as the engine would resolve it (with `books`). */
  unitPrice(priceId: string, region: string, provider: string, books?: readonly PriceBook[]): Decimal | undefined;
  /** The effective price tiers of a price id (one for a flat price), as the engine would resolve them (with `books`). */
  priceTiers(priceId: string, region: string, provider: string, books?: readonly PriceBook[]): readonly Tier[] | undefined;
  /** Data files the caller gave (`--cdn-constraints`), by name. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * A change a rule proposes: the document with the change made, the resources it touches and what to say about it. The
 * runner prices it and turns it into a recommendation only when both configurations are priced and it saves money.
 */
export interface Candidate {
  /** The Terraform addresses the change touches (the first names the recommendation). */
  readonly addresses: readonly string[];
  readonly change: string;
  /** The whole document with the change made (see `withResources`). */
  readonly document: TfDocument;
  readonly assumptions: readonly string[];
  readonly confidence: "high" | "medium" | "low";
  readonly details?: Readonly<Record<string, unknown>>;
  /** Books to price both configurations with (contract rates the stack does not carry): `before` is then the stack
   *  priced with them too, not the plain estimate. */
  readonly books?: readonly PriceBook[];
}

/** A recommendation rule: one small function from a stack to the changes it proposes (none when nothing fits). */
export type RecommendRule<P = Record<string, unknown>> = (ctx: RecommendContext, params: P) => readonly Candidate[];

export interface RecommendPackRule<P = Record<string, unknown>> {
  readonly rule: RecommendRule<P>;
  /** Short id in the pack (`SPOT1`); recommendations say `<pack>-<id>`. */
  readonly id: string;
  /** `warning` lists it, `off` skips the rule. @default "warning" */
  readonly level?: Level;
  readonly params: P;
  /** Why the change saves money and when not to make it (rendered into RULES.md). */
  readonly explanation: string;
}

export interface RecommendPack {
  readonly id: string;
  readonly description: string;
  // Each entry is typed by its rule's parameters where it is written; the list holds them all.
  readonly rules: readonly RecommendPackRule<any>[];
}

export function recommendRule<P>(entry: RecommendPackRule<P>): RecommendPackRule<P> {
  return entry;
}

/** A change to one resource: attribute values by dotted path, and usage keys replaced (or removed with undefined). */
export interface ResourceChange {
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly usage?: Readonly<Record<string, unknown>>;
}

/** The document with some resources changed; the others are the same objects. */
export function withResources(doc: TfDocument, changes: ReadonlyMap<string, ResourceChange>): TfDocument {
  const changed = (r: TfResource): TfResource => {
    const c = changes.get(r.address);
    if (!c) return r;
    const declared = typeof r.declaredUsage === "object" && r.declaredUsage !== null ? (r.declaredUsage as Record<string, unknown>) : {};
    const usage = c.usage ? Object.fromEntries(Object.entries({ ...declared, ...c.usage }).filter(([, v]) => v !== undefined)) : r.declaredUsage;
    return { ...r, attrs: c.attrs ? r.attrs.with(c.attrs) : r.attrs, ...(usage !== undefined ? { declaredUsage: usage } : {}), instances: undefined };
  };
  return { ...doc, resources: doc.resources.map(changed) };
}
