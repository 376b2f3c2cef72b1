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
  // Candidates change a resource or two of the document: each catalog's estimator prices only what changed.
  const estimators = new WeakMap<PriceCatalog, (doc: TfDocument) => CostReport>();
  const reprice = (doc: TfDocument, books?: readonly PriceBook[]) => {
    const catalog = catalogWith(books);
    let price = estimators.get(catalog);
    if (!price) estimators.set(catalog, (price = estimator({ stack, catalog, registry: DEFAULT_REGISTRY, ...(opts.usage ? { usage: opts.usage } : {}) })));
    return price(doc);
  };
  return {
    stack, document,
    report: opts.report ?? reprice(document),
    reprice,
    unitPrice: (priceId, region, provider, books) => catalogWith(books).resolve(priceId, region, provider)?.segments[0].effective,
    data: opts.data ?? {},
  };
}
