import { isObject } from "../own";
import Decimal from "decimal.js";
import * as path from "path";
import { isDecimalString, Money } from "../money";
import { ImportInput } from "./aws-offer";
import { buildBook, ImportOptions, ImportResult, SourceSku, SourceTier } from "./build-book";
import { importErrors } from "./errors";
import { Mapping } from "./mapping";
import { GCP_UNITS } from "./units";
import { byString } from "../compare";

const DATE = /^\d{4}-\d{2}-\d{2}/;
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const NANOS = new Money(1_000_000_000);

/** The SKUs of a `services.skus.list` response, a list of such pages, or a plain list of SKUs. */
function rawSkusOf(json: unknown, file: string): unknown[] {
  if (isObject(json)) {
    if (!Array.isArray(json.skus)) throw importErrors.notGcpSkus(file, 'it has no "skus" list');
    return json.skus;
  }
  if (Array.isArray(json)) {
    if (json.every((p) => isObject(p) && Array.isArray(p.skus))) return json.flatMap((p) => (p as { skus: unknown[] }).skus);
    if (json.every((s) => isObject(s) && "skuId" in s)) return json;
  }
  throw importErrors.notGcpSkus(file, "the top level is neither a response with \"skus\", a list of responses, nor a list of SKUs");
}

/** `Money {units, nanos}` as a decimal; proto3 JSON leaves out zero fields. */
function moneyOf(m: Record<string, unknown>): Decimal | undefined {
  const units = m.units === undefined ? "0" : m.units;
  const nanos = m.nanos === undefined ? 0 : m.nanos;
  if ((typeof units !== "string" && typeof units !== "number") || !/^-?\d+$/.test(String(units))) return undefined;
  if (typeof nanos !== "number" || !Number.isInteger(nanos)) return undefined;
  return new Money(String(units)).plus(new Money(nanos).div(NANOS));
}

/** The latest pricingInfo (a list with `startTime`/`endTime` holds history). */
function latestPricing(sku: Record<string, unknown>): Record<string, unknown> | undefined {
  const infos = Array.isArray(sku.pricingInfo) ? sku.pricingInfo.filter(isObject) : [];
  return infos.sort((a, b) => byString(str(b.effectiveTime), str(a.effectiveTime)))[0];
}

function tiersOf(expr: Record<string, unknown>): { tiers: SourceTier[] } | { problem: string } {
  const rates = Array.isArray(expr.tieredRates) ? expr.tieredRates : [];
  if (rates.length === 0) return { problem: "the pricing expression has no tieredRates" };
  const tiers: SourceTier[] = [];
  for (const [i, r] of rates.entries()) {
    if (!isObject(r) || !isObject(r.unitPrice)) return { problem: `tieredRates[${i}] has no unitPrice` };
    const currency = str(r.unitPrice.currencyCode) || "USD";
    if (currency !== "USD") return { problem: `the price is in ${currency}; costkit books are in USD (list SKUs with currencyCode=USD)` };
    const price = moneyOf(r.unitPrice);
    if (!price) return { problem: `tieredRates[${i}].unitPrice is not {units, nanos}` };
    const amount = r.startUsageAmount;
    const start = amount === undefined ? new Money(0) : (typeof amount === "number" && Number.isFinite(amount)) || isDecimalString(amount) ? new Money(amount) : undefined;
    if (!start || !start.isFinite()) return { problem: `tieredRates[${i}].startUsageAmount is not a number` };
    tiers.push({ start, price });
  }
  tiers.sort((a, b) => a.start.comparedTo(b.start));
  if (!tiers[0].start.isZero()) return { problem: `its first tier starts at ${tiers[0].start.toFixed()}, not 0` };
  for (let i = 1; i < tiers.length; i++) if (tiers[i].start.eq(tiers[i - 1].start)) return { problem: `two tiers start at ${tiers[i].start.toFixed()}` };
  return { tiers };
}

/**
 * The SKUs of a Cloud Billing Catalog list, in skuId order, and the services they belong to. A price is per one
 * `usageUnit` (`units + nanos / 10^9`; `displayQuantity` only says how the console shows it), tiers start at
 * `startUsageAmount` in that unit, and of several `pricingInfo` (history, with startTime/endTime) the latest is used.
 */
export function gcpSkus(json: unknown, file: string): { skus: SourceSku[]; services: string[] } {
  const base = path.basename(file);
  const out: SourceSku[] = [];
  const services = new Set<string>();
  for (const [i, raw] of rawSkusOf(json, file).entries()) {
    if (!isObject(raw) || typeof raw.skuId !== "string") throw importErrors.notGcpSkus(file, `skus[${i}] has no skuId`);
    const skuId = raw.skuId;
    const category = isObject(raw.category) ? raw.category : {};
    const geo = isObject(raw.geoTaxonomy) ? raw.geoTaxonomy : {};
    const serviceRegions = Array.isArray(raw.serviceRegions) ? raw.serviceRegions.filter((r): r is string => typeof r === "string") : [];
    const info = latestPricing(raw);
    const expr = info && isObject(info.pricingExpression) ? info.pricingExpression : undefined;
    const usageUnit = expr ? str(expr.usageUnit) : "";
    const description = str(raw.description).trim() || skuId;
    const read = (field: string): string | readonly string[] | undefined => {
      switch (field) {
        case "skuId": return skuId;
        case "name": return str(raw.name) || undefined;
        case "description": return description;
        case "serviceRegions": return serviceRegions;
        case "geoTaxonomy.type": return str(geo.type) || undefined;
        case "geoTaxonomy.regions": return Array.isArray(geo.regions) ? geo.regions.filter((r): r is string => typeof r === "string") : undefined;
        case "usageUnit": return usageUnit || undefined;
        case "serviceProviderName": return str(raw.serviceProviderName) || undefined;
      }
      if (field.startsWith("category.")) return str(category[field.slice("category.".length)]) || undefined;
      return undefined;
    };
    const group = str(category.resourceGroup) || "(no resourceGroup)";
    const label = `${skuId}: ${str(category.serviceDisplayName) || "?"} ${group}: "${description}"`;
    const effectiveTime = info ? str(info.effectiveTime) : "";
    const service = str(category.serviceDisplayName);
    if (service) services.add(service);
    const source = `Cloud Billing Catalog ${str(raw.name) || `sku ${skuId}`}${service ? ` (${service})` : ""} in ${base}, pricingInfo effectiveTime ${effectiveTime || "unknown"}, usageUnit ${usageUnit || "unknown"}`;
    const common = { sku: skuId, read, description, source, label, group, unit: usageUnit };
    if (!expr) {
      out.push({ ...common, tiers: [], effectiveDate: "", problem: "the SKU has no pricingInfo with a pricingExpression" });
      continue;
    }
    const tiers = tiersOf(expr);
    const agg = isObject(info!.aggregationInfo) ? info!.aggregationInfo : undefined;
    const notes = "tiers" in tiers && tiers.tiers.length > 1 && agg
      ? `Tiers count usage per ${str(agg.aggregationLevel).toLowerCase() || "account"}, ${str(agg.aggregationInterval).toLowerCase() || "monthly"} (aggregationInfo); costkit applies them per resource.`
      : "";
    const problem = "problem" in tiers ? tiers.problem : !DATE.test(effectiveTime) ? "the pricingInfo has no effectiveTime" : undefined;
    out.push({
      ...common, tiers: "tiers" in tiers ? tiers.tiers : [], effectiveDate: DATE.test(effectiveTime) ? effectiveTime.slice(0, 10) : "",
      ...(notes ? { notes } : {}), ...(problem ? { problem } : {}),
    });
  }
  return { skus: out.sort((a, b) => byString(a.sku, b.sku)), services: [...services].sort(byString) };
}

/** Imports Cloud Billing Catalog SKU lists into one price book with a mapping (`costkit prices import --from gcp-skus`). */
export function importGcpSkus(inputs: readonly ImportInput[], mapping: Mapping, opts: Omit<ImportOptions, "from" | "units" | "description">): ImportResult {
  const read = inputs.map((i) => gcpSkus(i.json, i.file));
  const skus = read.flatMap((r) => r.skus);
  const services = [...new Set(read.flatMap((r) => r.services))].sort(byString);
  const description =
    `Imported by \`costkit prices import --from gcp-skus\` from Cloud Billing Catalog SKU lists (services.skus.list${services.length ? `: ${services.join(", ")}` : ""}), ` +
    `with the mapping ${path.basename(mapping.file)} (${mapping.rules.length} rules). Prices per usageUnit (units + nanos), tiers from startUsageAmount, converted exactly to costkit's units.`;
  return buildBook(skus, mapping, { ...opts, from: "gcp-skus", units: GCP_UNITS, description });
}
