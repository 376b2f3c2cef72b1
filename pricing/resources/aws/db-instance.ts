import { Unpriceable } from "../../errors";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { fixed, perMillion } from "../../range";
import { Attributes, known } from "../../attributes";
import { UsageKeyDef } from "../../usage";
import { ownValue } from "../../own";

/** Engines costkit prices, the rate table each is billed from, and its label. MariaDB is listed by AWS at the MySQL
 *  rates (class for class, e.g. db.t3.large 0.136 per hour in us-east-1 for both), so it reads the MySQL table. */
const ENGINES: Readonly<Record<string, { rates: "mysql" | "postgres"; label: string }>> = {
  mysql: { rates: "mysql", label: "MySQL" },
  postgres: { rates: "postgres", label: "PostgreSQL" },
  mariadb: { rates: "mysql", label: "MariaDB" },
};

/** gp3 on RDS for MySQL, MariaDB and PostgreSQL includes 3,000 IOPS below 400 GB and 12,000 IOPS from 400 GB. */
const GP3_LARGE_GB = 400;
const GP3_BASE_IOPS = { small: 3000, large: 12000 };
const GP3_BASE_THROUGHPUT = { small: 125, large: 500 };

const HOURS: UsageKeyDef = { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the database instance runs in a month (730 = always on)." };
const BACKUP: UsageKeyDef = {
  name: "backupStorageGb", type: "quantity", unit: "GB-months",
  description: "Backup storage beyond the free amount (AWS does not charge backup storage up to the provisioned storage of the region's databases).",
};
const IO: UsageKeyDef = { name: "monthlyIoRequests", type: "quantity", unit: "requests", description: "I/O requests a month on magnetic (standard) storage." };

export interface DbEngine {
  readonly key: string;
  readonly rates: "mysql" | "postgres";
  readonly label: string;
}

/** The engine of an RDS instance: `mysql`, `postgres`, `mariadb`; others are unpriceable with the reason. */
export function dbEngineOf(engine: string | undefined): DbEngine {
  if (engine === undefined) throw new Unpriceable("engine is not set");
  const e = engine.toLowerCase();
  const listed = ownValue(ENGINES, e);
  if (listed) return { key: e, ...listed };
  if (e.startsWith("aurora")) throw new Unpriceable(`engine "${engine}" runs in an Aurora cluster: price it as aws_rds_cluster_instance (an aws_db_instance with an Aurora engine is not billed at RDS rates)`);
  if (e.startsWith("oracle") || e.startsWith("sqlserver") || e.startsWith("db2")) {
    throw new Unpriceable(`engine "${engine}": licence-included RDS prices are not in costkit's books (it prices mysql, postgres and mariadb); add them with --price-book`);
  }
  throw new Unpriceable(`unknown RDS engine "${engine}"; costkit prices mysql, postgres and mariadb`);
}

export function checkDbClass(cls: string | undefined): string {
  if (cls === undefined) throw new Unpriceable("instance_class is not set");
  if (!/^db\.[a-z0-9-]+\.[a-z0-9]+$/.test(cls)) throw new Unpriceable(`"${cls}" is not an RDS instance class (expected db.<family>.<size>, e.g. db.r6g.large)`);
  return cls;
}

/** The instance a read replica copies (`replicate_source_db`), when it is in the document. */
function sourceOf(r: ResourceInput): Attributes | undefined {
  const ref = r.attrs.reference("replicate_source_db");
  if (ref === undefined) return undefined;
  // The lookup is the resource's module's: a relative address is in it, one from the root (a source in another module,
  // reached through that module's output) starts with "module.".
  const src = r.document.get(ref.address);
  return src && src.type === "aws_db_instance" ? src.attrs : undefined;
}

function isReplica(r: ResourceInput): boolean {
  return known(() => r.attrs.str("replicate_source_db")) !== undefined || r.attrs.reference("replicate_source_db") !== undefined;
}

/** Storage lines of an RDS instance; Multi-AZ keeps a standby copy, so storage and IOPS are billed twice. */
function addStorageLines(r: ResourceInput, lines: CostLines, multiAz: boolean, source: Attributes | undefined): void {
  const copies = multiAz ? 2 : 1;
  const az = multiAz ? ", Multi-AZ" : "";
  const iops = r.attrs.num("iops") ?? source?.num("iops");
  const type = (r.attrs.str("storage_type") ?? source?.str("storage_type") ?? (iops !== undefined ? "io1" : "gp2")).toLowerCase();
  const label = type === "standard" ? "magnetic" : type;
  lines.line(`Storage (${label}${az})`, () => {
    const gb = r.attrs.num("allocated_storage") ?? source?.num("allocated_storage");
    if (gb === undefined) {
      throw new Unpriceable(isReplica(r) ? "allocated_storage is not set and the replica's source is not in this document" : "allocated_storage is not set");
    }
    if (!["gp2", "gp3", "io1", "io2", "standard"].includes(type)) throw new Unpriceable(`unknown RDS storage type "${type}" (gp2, gp3, io1, io2 or standard)`);
    lines.add({ name: `Storage (${label}${az})`, unit: "GB-months", priceId: `aws/rds/storage-${type === "standard" ? "magnetic" : type}`, quantity: fixed(gb * copies) });
    if (type === "gp3") {
      const large = gb >= GP3_LARGE_GB;
      const baseIops = large ? GP3_BASE_IOPS.large : GP3_BASE_IOPS.small;
      if (iops !== undefined && iops > baseIops) {
        lines.add({ name: `Provisioned IOPS (gp3 above ${baseIops}${az})`, unit: "IOPS-months", priceId: "aws/rds/storage-gp3-iops", quantity: fixed((iops - baseIops) * copies) });
      }
      const throughput = r.attrs.num("storage_throughput");
      const baseThroughput = large ? GP3_BASE_THROUGHPUT.large : GP3_BASE_THROUGHPUT.small;
      if (throughput !== undefined && throughput > baseThroughput) {
        lines.unpriceable(`gp3 throughput above the included ${baseThroughput} MiB/s (${throughput} MiB/s set) has no sourced RDS price in costkit's books`, `Provisioned throughput (gp3${az})`);
      }
    } else if (type === "io1" || type === "io2") {
      if (iops === undefined) lines.unpriceable(`${type} storage needs iops (the provider requires it); none is set`, `Provisioned IOPS (${type}${az})`);
      else lines.add({ name: `Provisioned IOPS (${type}${az})`, unit: "IOPS-months", priceId: `aws/rds/storage-${type}-iops`, quantity: fixed(iops * copies) });
    } else if (type === "standard") {
      const io = r.usage.quantity(IO.name);
      lines.add({ name: "I/O requests (magnetic)", unit: "1M requests", priceId: "aws/rds/storage-magnetic-io", usageBased: true, quantity: perMillion(io) });
    }
  });
}

/**
 * `aws_db_instance` (RDS for MySQL, PostgreSQL and MariaDB):
 * - `Database instance (<engine>, <class>[, Multi-AZ])`: instance-hours (usage `monthlyHours`, default 730) at the
 *   on-demand rate of the engine, class and deployment (Multi-AZ has its own rate, about twice Single-AZ).
 * - `Storage (<type>[, Multi-AZ])`: allocated_storage GB-months (twice for Multi-AZ). storage_type defaults as the provider
 *   does: io1 when iops is set, else gp2. gp3 bills IOPS above the included 3,000 (12,000 from 400 GB); io1/io2 bill every
 *   provisioned IOPS; magnetic bills I/O requests from usage `monthlyIoRequests`.
 * - `Backup storage`: GB-months beyond the free amount, from usage `backupStorageGb` (unless backup_retention_period = 0).
 * - A read replica (`replicate_source_db`) is an instance of its own; its engine and storage come from the source
 *   instance when it is in the document.
 * Oracle, SQL Server and Db2 (licence-included) and Aurora engines are unpriced with the reason. Performance Insights,
 * Extended Support and data transfer are not included.
 */
export const dbInstance: Pricer = {
  type: "aws_db_instance",
  provider: "aws",
  category: "data",
  usage: [HOURS, BACKUP, IO],
  price(r, lines) {
    const source = sourceOf(r);
    const engineName = r.attrs.str("engine") ?? source?.str("engine");
    if (engineName === undefined && isReplica(r)) {
      throw new Unpriceable("a read replica takes its engine from its source instance (replicate_source_db), which is not in this document");
    }
    const engine = dbEngineOf(engineName);
    const multiAz = r.attrs.bool("multi_az") ?? false;
    lines.line(`Database instance (${engine.label})`, () => {
      const cls = checkDbClass(r.attrs.str("instance_class"));
      const name = `Database instance (${engine.label}, ${cls}${multiAz ? ", Multi-AZ" : ""})`;
      lines.add({ name, unit: "hours", priceId: `aws/rds/${engine.rates}-${cls}${multiAz ? "-multi-az" : ""}`, quantity: r.usage.quantity(HOURS.name) });
    });
    addStorageLines(r, lines, multiAz, source);
    lines.line("Backup storage", () => {
      if (r.attrs.num("backup_retention_period") === 0) return;
      lines.add({ name: "Backup storage", unit: "GB-months", priceId: "aws/rds/backup-storage", usageBased: true, quantity: r.usage.quantity(BACKUP.name) });
    });
  },
};
