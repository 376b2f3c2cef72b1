import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { TfResource } from "../../terraform";
import { UsageKeyDef, UsageValues } from "../../usage";

/**
 * BigQuery location of a dataset, as costkit's price books key it: the `location` attribute lowercased (`US` → `us`,
 * `EU` → `eu`, `europe-west1` stays), or `us` when unset (the provider's default location for datasets is the US
 * multi-region).
 */
export function bigqueryLocation(attrs: Attributes): string {
  const location = attrs.str("location");
  return location === undefined ? "us" : location.trim().toLowerCase();
}

/** The dataset's storage billing model: `LOGICAL` (default) or `PHYSICAL` (compressed bytes). */
export function storageBillingModel(attrs: Attributes): "logical" | "physical" {
  const model = (attrs.str("storage_billing_model") ?? "LOGICAL").toUpperCase();
  if (model === "LOGICAL") return "logical";
  if (model === "PHYSICAL") return "physical";
  throw new Unpriceable(`unknown storage_billing_model "${model}"; BigQuery has LOGICAL and PHYSICAL`);
}

/** The literal `dataset_id` of a resource, or undefined when it is absent or not known before apply. */
function literalDatasetId(attrs: Attributes): string | undefined {
  try {
    return attrs.str("dataset_id");
  } catch {
    return undefined;
  }
}

/**
 * The `google_bigquery_dataset` resource a table (or anything with a `dataset_id`) belongs to, when the document has
 * it: either `dataset_id` refers to it (`${google_bigquery_dataset.x.dataset_id}`) or both carry the same literal id.
 */
export function datasetOf(attrs: Attributes, r: Pick<ResourceInput, "document">): TfResource | undefined {
  const ref = attrs.reference("dataset_id");
  if (ref) {
    const target = r.document.get(ref.address);
    return target?.type === "google_bigquery_dataset" ? target : undefined;
  }
  const id = literalDatasetId(attrs);
  if (id === undefined) return undefined;
  return r.document.ofType("google_bigquery_dataset").find((d) => literalDatasetId(d.attrs) === id);
}

/** Storage lines shared by datasets and tables: active and long-term bytes at the dataset's billing model. */
export function storageLines(lines: CostLines, model: "logical" | "physical", usage: UsageValues): void {
  const active = usage.quantity("activeStorageGib");
  const longTerm = usage.quantity("longTermStorageGib");
  lines.add({
    name: `Active storage (${model})`, unit: "GiB-months", priceId: `google/bigquery/active-${model}-storage`,
    quantity: active, usageBased: true,
  });
  lines.add({
    name: `Long-term storage (${model})`, unit: "GiB-months", priceId: `google/bigquery/long-term-${model}-storage`,
    quantity: longTerm, usageBased: true,
  });
}

export const BIGQUERY_STORAGE_USAGE: readonly UsageKeyDef[] = [
  {
    name: "activeStorageGib", type: "quantity", unit: "GiB",
    description: "Average bytes stored in tables or partitions modified in the last 90 days, over the month (logical or physical bytes, per the dataset's storage_billing_model)",
  },
  {
    name: "longTermStorageGib", type: "quantity", unit: "GiB",
    description: "Average bytes stored in tables or partitions not modified for 90 consecutive days, over the month",
  },
];

/**
 * `google_bigquery_dataset`: on-demand analysis (queries) and the storage of tables Terraform does not declare.
 *
 * The split with `google_bigquery_table` (no double counting): query bytes are billed to the dataset (a query reads
 * many tables; usage `monthlyScannedTib`). Storage of a table declared as `google_bigquery_table` is priced on that
 * table. The dataset's own storage lines stand for the tables Terraform does not manage (loaded by jobs, dbt, …): they
 * appear when the usage declares them, or when no table of the document belongs to the dataset (then the dataset is
 * the only place its storage can be counted); otherwise they are left out.
 *
 * Prices are list prices without the free tier (1 TiB of queries and 10 GiB of storage a month), which is per billing
 * account, not per dataset. Capacity (Editions slot) pricing is not modelled here: with a reservation, leave
 * `monthlyScannedTib` unset and price the reservation instead.
 */
export const bigqueryDataset: Pricer = {
  type: "google_bigquery_dataset",
  provider: "google",
  category: "data",
  usage: [
    {
      name: "monthlyScannedTib", type: "quantity", unit: "TiB",
      description: "Bytes billed by on-demand queries against this dataset per month (the dry-run 'bytes processed', 10 MB minimum per table referenced)",
    },
    ...BIGQUERY_STORAGE_USAGE,
  ],
  region(r) {
    return bigqueryLocation(r.attrs);
  },
  price(r, lines) {
    const model = storageBillingModel(r.attrs);
    lines.add({
      name: "Queries (on-demand)", unit: "TiB", priceId: "google/bigquery/analysis-on-demand",
      quantity: r.usage.quantity("monthlyScannedTib"), usageBased: true,
    });
    const declared = r.usage.declared("activeStorageGib") || r.usage.declared("longTermStorageGib");
    const hasTables = r.document.ofType("google_bigquery_table").some((t) => datasetOf(t.attrs, r)?.address === r.address);
    if (declared || !hasTables) storageLines(lines, model, r.usage);
  },
};
