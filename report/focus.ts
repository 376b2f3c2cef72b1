import { FeatureSplit, featureSplit, ResolvedAllocation, splitAmount, splitRange, teamOf } from "../pricing/allocation";
import { Category } from "../pricing/categories";
import { stringify } from "csv-stringify/sync";
import { decimalText, Money } from "../pricing/money";
import type { OutputFormat } from "./renderers";
import { ComponentCost, CostReport, ResourceCost } from "../pricing/report";

/**
 * FOCUS export (FinOps Open Cost and Usage Specification 1.2): one row per cost line of the reports, so an estimate
 * can be loaded next to billing data. Costs are the expected monthly figures (ListCost at list price, EffectiveCost and
 * BilledCost after overrides and discounts), exact decimal strings; their sums equal the reports' totals. A usage-based
 * line with no usage declared is a row with PricingQuantity 0 (and x_DependsOnUsage true), never left out. Unpriced and
 * free resources have no row. The charge period is a nominal month (`--period`); an estimate's month is 730 hours.
 *
 * ServiceCategory maps our categories (compute → Compute, storage → Storage, cdn and network → Networking, data →
 * Analytics or Databases for Bigtable, Memorystore and ElastiCache, ml → AI and Machine Learning, other → Other); a
 * line billed as AWS Data Transfer is Networking whatever its resource. ServiceName comes from the resource type.
 *
 * Columns beyond the FOCUS set are prefixed `x_`, as the specification asks: the stack, the cost range of autoscaled
 * lines, and whether the line waits on usage. `SkuId` is costkit's price id (`id@region`): the report does not carry
 * the provider SKU of the price book entry.
 *
 * Allocation (docs/allocation.md) follows FOCUS 1.3's split cost allocation: a line of a shared resource that an
 * allocation rule splits becomes one row per feature (an allocated charge), whose summable columns (BilledCost,
 * EffectiveCost, ListCost, PricingQuantity, the cost range) are that feature's exact part, so that the rows of the line
 * sum to it; dimensions and unit prices are the line's. FOCUS 1.2 has no allocation columns, so they are `x_`:
 * x_AllocatedMethodId is `allocation/<rule id>` on split rows (empty otherwise), and x_AllocatedTags, on every row, is
 * the JSON of the row's `feature` and `team` (`unallocated` where neither tag nor rule assigns one): group by it for
 * cost by feature or team. Tags stays the resource's own tags.
 */
export const FOCUS_COLUMNS = [
  "BilledCost", "BillingCurrency", "ChargeCategory", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
  "EffectiveCost", "ListCost", "ListUnitPrice", "PricingQuantity", "PricingUnit", "ProviderName", "RegionId", "ResourceId",
  "ResourceType", "ServiceCategory", "ServiceName", "SkuId", "Tags",
  "x_Stack", "x_EffectiveCostMin", "x_EffectiveCostMax", "x_DependsOnUsage", "x_AllocatedMethodId", "x_AllocatedTags",
] as const;
export type FocusColumn = (typeof FOCUS_COLUMNS)[number];
export type FocusRow = Readonly<Record<FocusColumn, string>>;

/** The nominal charge month when none is given. */
export const DEFAULT_FOCUS_PERIOD = "2026-01";
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isFocusPeriod(text: string): boolean {
  return PERIOD.test(text);
}

/** `2026-01` → `2026-01-01T00:00:00Z` to `2026-02-01T00:00:00Z` (start inclusive, end exclusive). */
export function chargePeriod(period: string): { start: string; end: string } {
  const m = PERIOD.exec(period);
  if (!m) throw new RangeError(`a charge period is YYYY-MM, got "${period}"`);
  const year = Number(m[1]), month = Number(m[2]);
  const next = month === 12 ? `${String(year + 1).padStart(4, "0")}-01` : `${m[1]}-${String(month + 1).padStart(2, "0")}`;
  return { start: `${period}-01T00:00:00Z`, end: `${next}-01T00:00:00Z` };
}

const SERVICE_CATEGORY: Record<Category, string> = {
  compute: "Compute", storage: "Storage", cdn: "Networking", network: "Networking", data: "Analytics", ml: "AI and Machine Learning", other: "Other",
};
/** Data-category types that are databases, not analytics. */
const DATABASES = /^(google_bigtable_|google_redis_|aws_elasticache_)/;

/** FOCUS ServiceCategory (one of the allowed values) from our category. */
export function focusServiceCategory(category: Category, type: string): string {
  if (category === "data" && DATABASES.test(type)) return "Databases";
  return SERVICE_CATEGORY[category] ?? "Other";
}

const PROVIDERS: Record<string, string> = { aws: "AWS", google: "Google Cloud", fastly: "Fastly", cloudflare: "Cloudflare", akamai: "Akamai", onprem: "On-premises" };

export function focusProviderName(provider: string): string {
  return PROVIDERS[provider] ?? provider;
}

/** Service names by Terraform type prefix, as the providers' bills name them. */
const SERVICES: readonly (readonly [RegExp, string])[] = [
  [/^aws_(instance|ebs_volume)$/, "Amazon Elastic Compute Cloud"],
  [/^aws_ecs_/, "Amazon Elastic Container Service"],
  [/^aws_lambda_/, "AWS Lambda"],
  [/^aws_s3_/, "Amazon Simple Storage Service"],
  [/^aws_cloudfront_/, "Amazon CloudFront"],
  [/^aws_elasticache_/, "Amazon ElastiCache"],
  [/^aws_kinesis_/, "Amazon Kinesis"],
  [/^aws_msk_/, "Amazon Managed Streaming for Apache Kafka"],
  [/^google_compute_backend_/, "Cloud CDN"],
  [/^google_compute_/, "Compute Engine"],
  [/^google_container_/, "Kubernetes Engine"],
  [/^google_storage_/, "Cloud Storage"],
  [/^google_bigquery_/, "BigQuery"],
  [/^google_bigtable_/, "Cloud Bigtable"],
  [/^google_cloudfunctions2_/, "Cloud Run functions"],
  [/^google_cloudfunctions_/, "Cloud Functions"],
  [/^google_app_engine_/, "App Engine"],
  [/^google_pubsub_/, "Cloud Pub/Sub"],
  [/^google_dataflow_/, "Dataflow"],
  [/^google_dataproc_/, "Dataproc"],
  [/^google_redis_/, "Memorystore for Redis"],
  [/^google_tpu_/, "Cloud TPU"],
  [/^google_vertex_ai_/, "Vertex AI"],
  [/^costkit_cdn_/, "CDN"],
  [/^costkit_onprem_/, "On-premises infrastructure"],
];

const AWS_DATA_TRANSFER = "AWS Data Transfer";

/**
 * FOCUS ServiceName of a line: AWS bills data transfer out under its own service (whose category is Networking);
 * otherwise the resource's service.
 */
export function focusServiceName(type: string, priceId: string): string {
  if (priceId.startsWith("aws/network/")) return AWS_DATA_TRANSFER;
  return SERVICES.find(([re]) => re.test(type))?.[1] ?? type;
}

/** Our unit in FOCUS UnitFormat: `1K requests` → `1000 Requests`, `GiB-months` → `GiB-Months`, `vCPU-hours` → `vCPU-Hours`. */
export function focusUnit(unit: string): string {
  const scaled = unit.replace(/^1K /, "1000 ").replace(/^10K /, "10000 ").replace(/^1M /, "1000000 ");
  return scaled
    .split(/([-\s/])/)
    .map((t) => (/^[a-z]{2,}$/.test(t) ? t[0].toUpperCase() + t.slice(1) : t))
    .join("");
}

function rowOf(report: CostReport, r: ResourceCost, c: ComponentCost, period: { start: string; end: string }): FocusRow {
  const service = focusServiceName(r.type, c.priceId);
  return {
    BilledCost: c.monthlyCost.expected,
    BillingCurrency: report.currency,
    ChargeCategory: "Usage",
    ChargeDescription: c.name,
    ChargeFrequency: c.usageBased ? "Usage-Based" : "Recurring",
    ChargePeriodEnd: period.end,
    ChargePeriodStart: period.start,
    EffectiveCost: c.monthlyCost.expected,
    ListCost: c.listMonthlyCost.expected,
    ListUnitPrice: c.listUnitPrice,
    PricingQuantity: c.monthlyQuantity.expected,
    PricingUnit: focusUnit(c.unit),
    ProviderName: focusProviderName(r.provider),
    RegionId: r.region ?? "",
    ResourceId: r.address,
    ResourceType: r.type,
    ServiceCategory: service === AWS_DATA_TRANSFER ? "Networking" : focusServiceCategory(r.category, r.type),
    ServiceName: service,
    SkuId: c.priceId,
    Tags: JSON.stringify(r.tags),
    x_Stack: report.stack,
    x_EffectiveCostMin: c.monthlyCost.min,
    x_EffectiveCostMax: c.monthlyCost.max,
    x_DependsOnUsage: c.dependsOnUsage ? "true" : "false",
    x_AllocatedMethodId: "",
    x_AllocatedTags: "",
  };
}

/** A line's rows: one, or one per feature of the rule that splits its resource, each with its exact part. */
function allocatedRows(row: FocusRow, c: ComponentCost, split: FeatureSplit, team: string): FocusRow[] {
  const tags = (feature: string) => JSON.stringify({ feature, team });
  if (split.kind === "direct") return [{ ...row, x_AllocatedTags: tags(split.value) }];
  const kept = split.weights.filter(([, w]) => !w.isZero());
  const weights = kept.map(([, w]) => w);
  const cost = splitRange(c.monthlyCost, weights);
  const list = splitAmount(new Money(c.listMonthlyCost.expected), weights);
  const quantity = splitAmount(new Money(c.monthlyQuantity.expected), weights);
  return kept.map(([feature], i) => ({
    ...row,
    BilledCost: decimalText(cost[i].expected),
    EffectiveCost: decimalText(cost[i].expected),
    ListCost: decimalText(list[i]),
    PricingQuantity: decimalText(quantity[i]),
    x_EffectiveCostMin: decimalText(cost[i].min),
    x_EffectiveCostMax: decimalText(cost[i].max),
    x_AllocatedMethodId: `allocation/${split.ruleId}`,
    x_AllocatedTags: tags(feature),
  }));
}

/**
 * The FOCUS rows of the reports, in report, resource and line order; a line split by an allocation rule gives one row
 * per feature, in the rule's order.
 */
export function focusRows(reports: readonly CostReport[], period: string = DEFAULT_FOCUS_PERIOD, allocation?: ResolvedAllocation): FocusRow[] {
  const p = chargePeriod(period);
  return reports.flatMap((report) => report.resources.flatMap((r) => {
    const split = featureSplit(report.stack, r, allocation);
    const team = teamOf(r);
    return r.components.flatMap((c) => allocatedRows(rowOf(report, r, c, p), c, split, team));
  }));
}

/** CSV as RFC 4180 writes it, by csv-stringify: a field is quoted when it holds a quote, a comma, CR or LF (quotes
 *  doubled); CRLF line ends. */
function csv(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], { record_delimiter: "\r\n", eof: true });
}

/** One CSV field as csv() writes it. */
export function csvField(value: string): string {
  return csv([[value]]).slice(0, -2);
}

/** Columns that hold exact decimal numbers (written by costkit, never text from the input): they stay numbers. */
const NUMERIC_COLUMNS: ReadonlySet<FocusColumn> = new Set<FocusColumn>([
  "BilledCost", "EffectiveCost", "ListCost", "ListUnitPrice", "PricingQuantity", "x_EffectiveCostMin", "x_EffectiveCostMax",
]);

/**
 * A text field that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return: an address, stack or tag from the input such as `=HYPERLINK(…)`) gets a leading apostrophe, as OWASP's
 * "CSV Injection" guidance advises, so it shows as the text it is.
 */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The reports as a FOCUS CSV: a header row, then one row per cost line; CRLF line ends (RFC 4180). Text fields that
 *  would start a spreadsheet formula begin with an apostrophe (csvText); numbers are written as they are. */
export function renderFocusCsv(reports: readonly CostReport[], period: string = DEFAULT_FOCUS_PERIOD, allocation?: ResolvedAllocation): string {
  const field = (row: FocusRow, col: FocusColumn) => (NUMERIC_COLUMNS.has(col) ? row[col] : csvText(row[col]));
  return csv([[...FOCUS_COLUMNS], ...focusRows(reports, period, allocation).map((row) => FOCUS_COLUMNS.map((col) => field(row, col)))]);
}

export const focusFormat: OutputFormat = {
  name: "focus-csv",
  description: "focus-csv (FOCUS 1.2 columns, one row per cost line)",
  render: ({ reports, period, allocation }) => renderFocusCsv(reports, period, allocation),
};

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF): the inverse of `renderFocusCsv`, for tests and tools. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
