import Decimal from "decimal.js";
import { TerraformProvider, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { BigqueryDataset } from "@cdktf/provider-google/lib/bigquery-dataset";
import { BigqueryTable } from "@cdktf/provider-google/lib/bigquery-table";
import { BYTES_PER_GIB, DAYS_PER_MONTH, money } from "../pricing/money";
import { checkLabels, invalidProps } from "./compute-props";
import { Cost } from "./cost";

const BYTES_PER_TIB = money(1024).pow(4);
/** BigQuery bills a table or partition untouched for 90 consecutive days at the long-term rate. */
export const LONG_TERM_AFTER_DAYS = 90;
const MS_PER_DAY = 86_400_000;

export interface WarehouseTableProps {
  /** Table id within the dataset. */
  readonly tableId: string;
  /** Column the table is partitioned on by day. @default - ingestion-time partitioning (`_PARTITIONTIME`) */
  readonly partitionField?: string;
  /** Days a partition is kept before BigQuery deletes it. @default - kept forever */
  readonly partitionExpirationDays?: number;
  /** Clustering columns (up to 4). @default - none */
  readonly clusteringFields?: readonly string[];
  /** Schema as BigQuery JSON. @default - none (set by the writer, e.g. a Pub/Sub BigQuery subscription) */
  readonly schemaJson?: string;
}

/** Bytes a table receives; never rendered into Terraform. */
export interface WarehouseTableLoad {
  /** Logical bytes appended per day. */
  readonly ingestBytesPerDay: number;
  /** Days of data the table holds. @default - the table's partitionExpirationDays */
  readonly retainedDays?: number;
}

/** The warehouse's load; never rendered into Terraform. */
export interface WarehouseLoad {
  /** Bytes on-demand queries bill per day against the dataset ("bytes processed"). @default - queries depend on usage */
  readonly scannedBytesPerDay?: number;
  /** Ingest per table id. @default - table storage depends on usage */
  readonly tables?: Readonly<Record<string, WarehouseTableLoad>>;
}

export interface WarehouseProps {
  /** Dataset id. */
  readonly datasetId: string;
  /** BigQuery location: a multi-region (`US`, `EU`) or a region. */
  readonly location: string;
  /** Logical (uncompressed) or physical (compressed) bytes billing. @default "LOGICAL" */
  readonly storageBillingModel?: "LOGICAL" | "PHYSICAL";
  /** Tables Terraform manages. @default - none */
  readonly tables?: readonly WarehouseTableProps[];
  /** Labels of the dataset and its tables (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected load. @default - queries and storage depend on usage */
  readonly load?: WarehouseLoad;
}

/**
 * An analytics warehouse on BigQuery: a dataset (on-demand queries are billed to it) and its day-partitioned tables
 * (storage is billed to each table).
 *
 * From the load: scanned TiB a month = `scannedBytesPerDay × 730 / 24 / 2^40`. A table receiving `ingestBytesPerDay`
 * and keeping `retainedDays` holds, at steady state, `ingest × min(retainedDays, 90)` bytes of active storage and
 * `ingest × max(retainedDays − 90, 0)` bytes of long-term storage (partitions are never modified after their day).
 */
export class Warehouse extends Construct {
  readonly dataset: BigqueryDataset;
  readonly tables: Readonly<Record<string, BigqueryTable>>;

  constructor(scope: Construct, id: string, props: WarehouseProps) {
    super(scope, id);
    validate(this, props);
    const provider = props.provider ? { provider: props.provider } : {};
    const labels = props.labels ? { labels: { ...props.labels } } : {};
    this.dataset = new BigqueryDataset(this, "dataset", {
      datasetId: props.datasetId,
      location: props.location,
      storageBillingModel: props.storageBillingModel ?? "LOGICAL",
      ...labels,
      ...provider,
    });
    Cost.category(this.dataset, "data");
    const scanned = props.load?.scannedBytesPerDay;
    if (scanned !== undefined) Cost.usage(this.dataset, { monthlyScannedTib: scannedTibPerMonth(scanned) });

    const tables: Record<string, BigqueryTable> = {};
    for (const t of props.tables ?? []) {
      const table = new BigqueryTable(this, `table-${t.tableId}`, {
        datasetId: this.dataset.datasetId,
        tableId: t.tableId,
        deletionProtection: true,
        timePartitioning: {
          type: "DAY",
          ...(t.partitionField !== undefined ? { field: t.partitionField } : {}),
          ...(t.partitionExpirationDays !== undefined ? { expirationMs: t.partitionExpirationDays * MS_PER_DAY } : {}),
        },
        ...(t.clusteringFields ? { clustering: [...t.clusteringFields] } : {}),
        ...(t.schemaJson !== undefined ? { schema: t.schemaJson } : {}),
        ...labels,
        ...provider,
      });
      Cost.category(table, "data");
      const load = props.load?.tables?.[t.tableId];
      if (load) {
        const days = load.retainedDays ?? t.partitionExpirationDays!;
        Cost.usage(table, partitionedTableStorage(load.ingestBytesPerDay, days));
      }
      tables[t.tableId] = table;
    }
    this.tables = tables;
  }

  /** `project.dataset.table` of a table, as a Pub/Sub BigQuery subscription names it. */
  tableReference(tableId: string): string {
    const t = this.tables[tableId];
    if (!t) throw new Error(`${this.node.path}: no table "${tableId}"; the warehouse has ${Object.keys(this.tables).join(", ") || "no tables"}`);
    return `${t.project}.${t.datasetId}.${t.tableId}`;
  }
}

/** TiB a month at a daily volume in bytes (6 places). */
export function scannedTibPerMonth(bytesPerDay: number): string {
  return money(bytesPerDay).times(DAYS_PER_MONTH).div(BYTES_PER_TIB).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed();
}

/** Steady-state active and long-term GiB of a day-partitioned table (3 places). */
export function partitionedTableStorage(ingestBytesPerDay: number, retainedDays: number): { activeStorageGib: string; longTermStorageGib: string } {
  const gib = (days: number) => money(ingestBytesPerDay).times(days).div(BYTES_PER_GIB).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed();
  return {
    activeStorageGib: gib(Math.min(retainedDays, LONG_TERM_AFTER_DAYS)),
    longTermStorageGib: gib(Math.max(retainedDays - LONG_TERM_AFTER_DAYS, 0)),
  };
}

function validate(scope: IConstruct, props: WarehouseProps): void {
  const problems: string[] = [];
  checkLabels(props.labels as Record<string, string> | undefined, "labels", problems);
  const ids = new Set<string>();
  for (const t of props.tables ?? []) {
    if (ids.has(t.tableId)) problems.push(`tables: the id "${t.tableId}" appears twice`);
    ids.add(t.tableId);
    const exp = t.partitionExpirationDays;
    if (exp !== undefined && !Token.isUnresolved(exp) && !(exp > 0)) problems.push(`tables["${t.tableId}"].partitionExpirationDays (${exp}) must be > 0 days`);
    if (t.clusteringFields && t.clusteringFields.length > 4) problems.push(`tables["${t.tableId}"].clusteringFields has ${t.clusteringFields.length} columns; BigQuery allows at most 4`);
  }
  const load = props.load;
  if (load) {
    if (load.scannedBytesPerDay !== undefined && !(load.scannedBytesPerDay >= 0)) problems.push(`load.scannedBytesPerDay (${load.scannedBytesPerDay}) must be ≥ 0`);
    for (const [tableId, l] of Object.entries(load.tables ?? {})) {
      const table = (props.tables ?? []).find((t) => t.tableId === tableId);
      if (!table) {
        problems.push(`load.tables names "${tableId}", which is not a table of this warehouse; use one of: ${[...ids].join(", ") || "(none)"}`);
        continue;
      }
      if (!(l.ingestBytesPerDay >= 0)) problems.push(`load.tables["${tableId}"].ingestBytesPerDay (${l.ingestBytesPerDay}) must be ≥ 0`);
      if (l.retainedDays === undefined && table.partitionExpirationDays === undefined) {
        problems.push(`load.tables["${tableId}"]: the table keeps partitions forever, so its storage grows without bound; set partitionExpirationDays on the table or load.tables["${tableId}"].retainedDays`);
      }
      if (l.retainedDays !== undefined && !(l.retainedDays > 0)) problems.push(`load.tables["${tableId}"].retainedDays (${l.retainedDays}) must be > 0 days`);
    }
  }
  invalidProps(scope, problems);
}
