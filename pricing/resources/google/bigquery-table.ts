import { UnresolvedValue } from "../../errors";
import { Pricer } from "../../pricer";
import { BIGQUERY_STORAGE_USAGE, bigqueryLocation, datasetOf, storageBillingModel, storageLines } from "./bigquery-dataset";

/**
 * The Storage Write API is billed at multi-region SKUs: every `us*` location at the US rate and every `eu`/`europe-*`
 * location at the EU rate (as Infracost maps them); other locations keep their own name (and are unpriced while the
 * books have no rate there).
 */
function writeApiRegion(location: string): string {
  if (location === "us" || location.startsWith("us-")) return "us";
  if (location === "eu" || location.startsWith("europe-")) return "eu";
  return location;
}

/**
 * `google_bigquery_table`: the table's own storage and ingestion, by usage.
 *
 * Split with `google_bigquery_dataset` (see there): queries are billed on the dataset; a table's storage is billed
 * here only. The location and the storage billing model (logical or physical bytes) are the dataset's: the pricer
 * reads the `google_bigquery_dataset` the table's `dataset_id` refers to (or shares a literal id with); when the
 * dataset is not in the configuration its location cannot be known and the table is unpriced with that reason.
 *
 * Views are free (their queries bill on the dataset); external tables store nothing in BigQuery (the data's own
 * storage bills, e.g. Cloud Storage). Materialized views bill storage. Ingestion: legacy streaming inserts per MB
 * ($0.01 per 200 MB) and the Storage Write API per GiB; batch loads are free. Free allowances (10 GiB storage, 2 TiB of
 * Write API a month) are per billing account and not applied here.
 */
export const bigqueryTable: Pricer = {
  type: "google_bigquery_table",
  provider: "google",
  category: "data",
  usage: [
    ...BIGQUERY_STORAGE_USAGE,
    {
      name: "monthlyStreamingInsertsMb", type: "quantity", unit: "MB",
      description: "Rows streamed with the legacy tabledata.insertAll API per month (1 KB minimum per row)",
    },
    {
      name: "monthlyStorageWriteApiGib", type: "quantity", unit: "GiB",
      description: "Bytes ingested with the BigQuery Storage Write API per month",
    },
  ],
  region(r) {
    const dataset = datasetOf(r.attrs, r);
    if (!dataset) {
      const id = r.attrs.reference("dataset_id")?.address ?? r.attrs.str("dataset_id") ?? "(none)";
      throw new UnresolvedValue("dataset_id", `location of dataset ${id}, not in this configuration`);
    }
    return bigqueryLocation(dataset.attrs);
  },
  price(r, lines) {
    if (r.attrs.has("view")) return;
    if (r.attrs.has("external_data_configuration")) return;
    const dataset = datasetOf(r.attrs, r);
    const model = dataset ? storageBillingModel(dataset.attrs) : "logical";
    storageLines(lines, model, r.usage);
    if (r.attrs.has("materialized_view")) return;
    lines.add({
      name: "Streaming inserts", unit: "MB", priceId: "google/bigquery/streaming-inserts",
      quantity: r.usage.quantity("monthlyStreamingInsertsMb"), usageBased: true,
    });
    lines.add({
      name: "Storage Write API", unit: "GiB", priceId: "google/bigquery/storage-write-api",
      region: r.region === undefined ? undefined : writeApiRegion(r.region),
      quantity: r.usage.quantity("monthlyStorageWriteApiGib"), usageBased: true,
    });
  },
};
