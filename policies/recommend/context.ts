import { catalogForDocument, catalogOf, embeddedBooks } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { PriceBook, PriceCatalog } from "../../pricing/price-book";
import { CostReport } from "../../pricing/report";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { TfDocument } from "../../pricing/terraform";
import { UsageFile } from "../../pricing/usage";
import { RecommendContext } from "./types";

export interface StackPricing {
  readonly extraBooks?: readonly string[];
  readonly usage?: UsageFile;
  readonly data?: Readonly<Record<string, unknown>>;
  /** The stack as priced already (synth has it), to avoid pricing it again. */
  readonly report?: CostReport;
}

/** A stack's recommendation context: its document priced as `costkit estimate` prices it, and a way to price changes. */
export function stackContext(stack: string, document: TfDocument, opts: StackPricing = {}): RecommendContext {
  const base = catalogForDocument(document, opts.extraBooks ?? []);
  const withBooks = new WeakMap<readonly PriceBook[], PriceCatalog>();
  const catalogWith = (books: readonly PriceBook[] = []): PriceCatalog => {
    if (books.length === 0) return base;
    let c = withBooks.get(books);
    if (!c) withBooks.set(books, (c = catalogOf(opts.extraBooks ?? [], {}, [...embeddedBooks(document), ...books])));
    return c;
  };
  const reprice = (doc: TfDocument, books?: readonly PriceBook[]) =>
    estimate(doc, { stack, catalog: catalogWith(books), registry: DEFAULT_REGISTRY, ...(opts.usage ? { usage: opts.usage } : {}) });
  return {
    stack, document,
    report: opts.report ?? reprice(document),
    reprice,
    unitPrice: (priceId, region, provider, books) => catalogWith(books).resolve(priceId, region, provider)?.segments[0].effective,
    priceTiers: (priceId, region, provider, books) => catalogWith(books).resolve(priceId, region, provider)?.segments.map((s) => ({ start: s.start, price: s.effective })),
    data: opts.data ?? {},
  };
}
