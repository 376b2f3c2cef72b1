import { isObject } from "../own";
import Decimal from "decimal.js";
import * as path from "path";
import { isDecimalString, Money } from "../money";
import { buildBook, ImportOptions, ImportResult, SourceSku, SourceTier } from "./build-book";
import { importErrors } from "./errors";
import { Mapping } from "./mapping";
import { AWS_UNITS } from "./units";
import { byString } from "../compare";

/** A file read for an import: its name (for messages) and its parsed JSON. */
export interface ImportInput {
  readonly file: string;
  readonly json: unknown;
}

interface Offer {
  readonly offerCode: string;
  readonly version: string;
  readonly publicationDate: string;
  readonly products: Record<string, unknown>;
  /** terms.OnDemand: SKU → term key (`<SKU>.<offerTermCode>`) → term. */
  readonly onDemand: Record<string, unknown>;
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/**
 * The offer in bulk form, from either a bulk offer file (`products`, `terms.OnDemand[sku][termKey]`) or a
 * `pricing:GetProducts` response (`PriceList`: JSON strings of `{product, terms.OnDemand[termKey]}`).
 */
function offerOf(json: unknown, file: string): Offer {
  if (!isObject(json)) throw importErrors.notAwsOffer(file, "the top level is not an object");
  if (Array.isArray(json.PriceList)) {
    const products: Record<string, unknown> = {};
    const onDemand: Record<string, unknown> = {};
    let offerCode = "", version = "", publicationDate = "";
    json.PriceList.forEach((raw: unknown, i: number) => {
      let item: unknown = raw;
      if (typeof raw === "string") {
        try {
          item = JSON.parse(raw);
        } catch (e) {
          throw importErrors.notAwsOffer(file, `PriceList[${i}] is not valid JSON (${(e as Error).message})`);
        }
      }
      if (!isObject(item) || !isObject(item.product) || typeof item.product.sku !== "string") throw importErrors.notAwsOffer(file, `PriceList[${i}] has no product.sku`);
      const sku = item.product.sku;
      products[sku] = item.product;
      const terms = isObject(item.terms) ? item.terms.OnDemand : undefined;
      if (isObject(terms)) onDemand[sku] = terms;
      offerCode ||= str(item.serviceCode);
      version ||= str(item.version);
      publicationDate ||= str(item.publicationDate);
    });
    return { offerCode: offerCode || "(unknown offer)", version, publicationDate, products, onDemand };
  }
  if (!isObject(json.products)) throw importErrors.notAwsOffer(file, 'it has no "products" object');
  if (!isObject(json.terms)) throw importErrors.notAwsOffer(file, 'it has no "terms" object');
  const onDemand = isObject(json.terms.OnDemand) ? json.terms.OnDemand : {};
  return { offerCode: str(json.offerCode) || "(unknown offer)", version: str(json.version), publicationDate: str(json.publicationDate), products: json.products, onDemand };
}

interface Dimension {
  readonly rateCode: string;
  readonly description: string;
  readonly begin: Decimal;
  readonly end: Decimal | "Inf";
  readonly unit: string;
  readonly usd: string | undefined;
  readonly currencies: string[];
}

function rangeValue(v: unknown): Decimal | "Inf" | undefined {
  if (v === undefined || v === "") return undefined;
  if (v === "Inf") return "Inf";
  if (typeof v === "string" && isDecimalString(v.trim())) return new Money(v.trim());
  return undefined;
}

function dimensionsOf(term: Record<string, unknown>): Dimension[] | string {
  if (!isObject(term.priceDimensions)) return "the on-demand term has no priceDimensions";
  const dims: Dimension[] = [];
  for (const [key, raw] of Object.entries(term.priceDimensions)) {
    if (!isObject(raw)) return `price dimension ${key} is not an object`;
    const begin = rangeValue(raw.beginRange) ?? new Money(0);
    const end = rangeValue(raw.endRange) ?? "Inf";
    if (begin === "Inf") return `price dimension ${key} begins at Inf`;
    const prices = isObject(raw.pricePerUnit) ? raw.pricePerUnit : {};
    const usd = typeof prices.USD === "string" && isDecimalString(prices.USD.trim()) ? prices.USD.trim() : undefined;
    dims.push({ rateCode: str(raw.rateCode) || key, description: str(raw.description).trim(), begin, end, unit: str(raw.unit), usd, currencies: Object.keys(prices).sort() });
  }
  if (dims.length === 0) return "the on-demand term has no price dimension";
  return dims.sort((a, b) => a.begin.comparedTo(b.begin) || byString(a.rateCode, b.rateCode));
}

/** The tiers of one on-demand term, or why they cannot be read. */
function tiersOf(dims: readonly Dimension[]): { tiers: SourceTier[]; note?: string } | { problem: string } {
  const units = [...new Set(dims.map((d) => d.unit))];
  if (units.length > 1) return { problem: `its price dimensions are in several units (${units.join(", ")})` };
  const noUsd = dims.find((d) => d.usd === undefined);
  if (noUsd) return { problem: `no USD price (pricePerUnit has ${noUsd.currencies.join(", ") || "nothing"}); costkit books are in USD` };
  if (!dims[0].begin.isZero()) return { problem: `its first tier begins at ${dims[0].begin.toFixed()}, not 0` };
  for (let i = 0; i + 1 < dims.length; i++) {
    const end = dims[i].end;
    if (end === "Inf" || !end.eq(dims[i + 1].begin)) return { problem: `its tiers leave a gap or overlap (${dims[i].begin.toFixed()}–${end === "Inf" ? "Inf" : end.toFixed()}, then from ${dims[i + 1].begin.toFixed()})` };
  }
  const last = dims[dims.length - 1].end;
  const tiers = dims.map((d) => ({ start: d.begin, price: new Money(d.usd!) }));
  return last === "Inf" ? { tiers } : { tiers, note: `The offer's last tier ends at ${last.toFixed()} ${units[0]}; costkit prices beyond it at that tier's rate.` };
}

/** The latest on-demand term of a SKU (by effectiveDate, then term key): AWS may list more than one. */
function termOf(terms: Record<string, unknown>): { key: string; term: Record<string, unknown>; others: number } | undefined {
  const list = Object.entries(terms).filter((e): e is [string, Record<string, unknown>] => isObject(e[1]));
  if (list.length === 0) return undefined;
  list.sort(([ka, a], [kb, b]) => byString(str(b.effectiveDate), str(a.effectiveDate)) || byString(ka, kb));
  return { key: list[0][0], term: list[0][1], others: list.length - 1 };
}

/**
 * The priced SKUs of an offer, in SKU order: products with an on-demand term (`terms.OnDemand`; Reserved and other
 * terms are not read, products without an on-demand term are left out). The term's `offerTermCode` is read from the
 * data; its price dimensions, ordered by `beginRange`, are the tiers.
 */
export function awsOfferSkus(json: unknown, file: string): { skus: SourceSku[]; offer: string } {
  const offer = offerOf(json, file);
  const base = path.basename(file);
  const skus: SourceSku[] = [];
  for (const sku of Object.keys(offer.products).sort(byString)) {
    const product = offer.products[sku];
    const terms = offer.onDemand[sku];
    if (!isObject(product) || !isObject(terms)) continue;
    const picked = termOf(terms);
    if (!picked) continue;
    const attributes = isObject(product.attributes) ? product.attributes : {};
    const productFamily = str(product.productFamily);
    const read = (field: string): string | undefined => {
      if (field === "sku") return sku;
      if (field === "productFamily") return productFamily || undefined;
      if (field === "offerCode") return offer.offerCode;
      if (field.startsWith("attributes.")) {
        const v = attributes[field.slice("attributes.".length)];
        return typeof v === "string" ? v : undefined;
      }
      return undefined;
    };
    const dims = dimensionsOf(picked.term);
    const termCode = str(picked.term.offerTermCode) || picked.key.split(".").pop() || picked.key;
    const dateText = str(picked.term.effectiveDate) || offer.publicationDate;
    const first = typeof dims === "string" ? undefined : dims[0];
    const description = first?.description || `${productFamily} ${str(attributes.usagetype)}`.trim() || sku;
    const usagetype = str(attributes.usagetype);
    const label = `${sku}: ${productFamily || "(no productFamily)"}${usagetype ? `, usagetype ${usagetype}` : ""}: "${description}"`;
    const source =
      `AWS Price List offer ${offer.offerCode}${offer.version ? ` version ${offer.version}` : ""} (${base}), SKU ${sku}, on-demand term ${termCode}` +
      (typeof dims === "string" ? "" : `, rate code${dims.length > 1 ? "s" : ""} ${dims.map((d) => d.rateCode).join(", ")}`);
    const common = { sku, read, description, source, label, group: productFamily || "(no productFamily)" };
    if (typeof dims === "string") {
      skus.push({ ...common, unit: "", tiers: [], effectiveDate: "", problem: dims });
      continue;
    }
    const tiers = tiersOf(dims);
    const notes = [
      ...(picked.others ? [`The offer lists ${picked.others + 1} on-demand terms for this SKU; the latest (${picked.key}) is used.`] : []),
      ...("note" in tiers && tiers.note ? [tiers.note] : []),
    ].join(" ");
    const problem = "problem" in tiers ? tiers.problem : !DATE.test(dateText) ? "the term has no effectiveDate (nor the offer a publicationDate)" : undefined;
    skus.push({
      ...common, unit: dims[0].unit, tiers: "tiers" in tiers ? tiers.tiers : [], effectiveDate: DATE.test(dateText) ? dateText.slice(0, 10) : "",
      ...(notes ? { notes } : {}), ...(problem ? { problem } : {}),
    });
  }
  return { skus, offer: `${offer.offerCode}${offer.version ? ` version ${offer.version}` : ""}${offer.publicationDate ? ` (published ${offer.publicationDate})` : ""}` };
}

/** Imports AWS Price List offer files into one price book with a mapping (`costkit prices import --from aws-offer`). */
export function importAwsOffers(inputs: readonly ImportInput[], mapping: Mapping, opts: Omit<ImportOptions, "from" | "units" | "description">): ImportResult {
  const read = inputs.map((i) => awsOfferSkus(i.json, i.file));
  const offers = [...new Set(read.map((r) => r.offer))].sort(byString);
  const description =
    `Imported by \`costkit prices import --from aws-offer\` from the AWS Price List offer${offers.length > 1 ? "s" : ""} ${offers.join("; ")}, ` +
    `with the mapping ${path.basename(mapping.file)} (${mapping.rules.length} rules). On-demand terms only; tiers and units as the offer gives them, converted exactly to costkit's units.`;
  return buildBook(read.flatMap((r) => r.skus), mapping, { ...opts, from: "aws-offer", units: AWS_UNITS, description });
}
