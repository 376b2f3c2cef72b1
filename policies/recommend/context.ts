import { catalogForDocument, catalogOf, embeddedBooks } from "../../pricing/books";
import { estimator } from "../../pricing/estimate";
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
  /**
   * How synth priced the stack: its report, and the estimator that made it (with the books of the providers the stack
   * bills through, which price every candidate alike), so that candidates reuse what it priced (0.1 s of CPU in the
   * reference app's synth).
   */
  readonly priced?: { readonly report: CostReport; readonly estimate: (doc: TfDocument) => CostReport };
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
  // Candidates change a resource or two of the document: each catalog's estimator prices only what changed.
  const estimators = new WeakMap<PriceCatalog, (doc: TfDocument) => CostReport>();
  const reprice = (doc: TfDocument, books?: readonly PriceBook[]) => {
    if (opts.priced && (books ?? []).length === 0) return opts.priced.estimate(doc);
    const catalog = catalogWith(books);
    let price = estimators.get(catalog);
    if (!price) estimators.set(catalog, (price = estimator({ stack, catalog, registry: DEFAULT_REGISTRY, ...(opts.usage ? { usage: opts.usage } : {}) })));
    return price(doc);
  };
  return {
    stack, document,
    report: opts.priced?.report ?? reprice(document),
    reprice,
    unitPrice: (priceId, region, provider, books) => catalogWith(books).resolve(priceId, region, provider)?.segments[0].effective,
    priceTiers: (priceId, region, provider, books) => catalogWith(books).resolve(priceId, region, provider)?.segments.map((s) => ({ start: s.start, price: s.effective })),
    data: opts.data ?? {},
  };
}
