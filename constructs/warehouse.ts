import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { BigqueryDataset } from "@cdktf/provider-google/lib/bigquery-dataset";
import { BigqueryTable } from "@cdktf/provider-google/lib/bigquery-table";
import { BYTES_PER_GIB, DAYS_PER_MONTH, money } from "../pricing/money";
import { closeMatch } from "../pricing/nearest";
import { Cost } from "./cost";
import { ConstructError, constructErrors } from "./errors";
import { PropsCheck, rules } from "./validation";

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
    if (!t) throw ConstructError.misuse(this, "tableId", constructErrors.noSuchTable(tableId, Object.keys(this.tables), closeMatch(Object.keys(this.tables), tableId)));
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
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  const ids = new Set<string>();
  for (const t of props.tables ?? []) {
    if (ids.has(t.tableId)) check.add("tables", constructErrors.usedTwice("tables", "id", t.tableId, "table"));
    ids.add(t.tableId);
    check.number(`tables["${t.tableId}"].partitionExpirationDays`, t.partitionExpirationDays, rules.above(0, "days"), "skip");
    if (t.clusteringFields && t.clusteringFields.length > 4) check.add(`tables["${t.tableId}"].clusteringFields`, `tables["${t.tableId}"].clusteringFields has ${t.clusteringFields.length} columns; BigQuery allows at most 4`);
  }
  const load = props.load;
  if (load) {
    check.number("load.scannedBytesPerDay", load.scannedBytesPerDay, rules.atLeast(0), "usage");
    for (const [tableId, l] of Object.entries(load.tables ?? {})) {
      const table = (props.tables ?? []).find((t) => t.tableId === tableId);
      if (!table) {
        check.add("load.tables", constructErrors.notDeclared("load.tables", tableId, "a table of this warehouse", [...ids], closeMatch([...ids], tableId)));
        continue;
      }
      const where = `load.tables["${tableId}"]`;
      check.number(`${where}.ingestBytesPerDay`, l.ingestBytesPerDay, rules.atLeast(0), "usage");
      if (l.retainedDays === undefined && table.partitionExpirationDays === undefined) {
        check.add(`${where}.retainedDays`, `${where}: the table keeps partitions forever, so its storage grows without bound; set partitionExpirationDays on the table or ${where}.retainedDays`);
      }
      check.number(`${where}.retainedDays`, l.retainedDays, rules.above(0, "days"), "usage");
    }
  }
  check.throwIfAny();
}
