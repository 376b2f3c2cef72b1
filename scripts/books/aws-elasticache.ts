/**
 * Writes the ElastiCache node-hour entries of pricing/books/aws-data.json for every region of the extract:
 * `aws/elasticache/<node type>` (Redis OSS and Memcached, one rate) and `aws/elasticache/valkey-<node type>`.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-elasticache.ts <folder with aws-elasticache-nodes.csv>
 *
 * The CSV is an extract of LeanerCloud/ec2-instances-info data/elasticache-instances.json at commit
 * f9eafba8b0c94eb59a852a52c2f3c2da8370dcc5 (2025-04-24), a copy of ec2instances.info's cache/instances.json
 * (vantage-sh/ec2instances.info, MIT), built from the AWS Price List: on-demand node hours.
 *
 * The script owns the node-hour entries and nothing else: it removes them from the book and writes them anew, keeping
 * backup storage, MSK and Kinesis entries as they are. It checks that Redis OSS and Memcached have one rate per node
 * type and region (the pricer prices both from one id) and stops if not. Local Zones (us-west-2-lax-1) are left out:
 * costkit knows regions, not zones.
 */
import * as fs from "fs";
import * as path from "path";
import { byText, dataFolder, Entry, priceText, readCsv, ROOT, sortEntries, writeBook } from "./aws-common";
import { knownRegions } from "../../pricing/geo";

const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-data.json");
const EFFECTIVE_DATE = "2025-04-24";
const SOURCE =
  "ec2instances.info cache/instances.json (vantage-sh/ec2instances.info, MIT; built from the AWS Price List) as copied in LeanerCloud/ec2-instances-info data/elasticache-instances.json @ f9eafba8b0c94eb59a852a52c2f3c2da8370dcc5 (2025-04-24)";

function main(): void {
  const folder = dataFolder("aws-elasticache.ts");
  const known = new Set(knownRegions("aws"));
  const rows = readCsv(path.join(folder, "aws-elasticache-nodes.csv")).filter((r) => known.has(r.region));
  const rates = new Map<string, string>();
  const generated: Entry[] = [];
  for (const r of rows) {
    const price = priceText(r.price_hourly_usd);
    if (r.engine === "valkey") {
      generated.push({ id: `aws/elasticache/valkey-${r.node_type}`, region: r.region, unit: "hours", description: `ElastiCache ${r.node_type} node, Valkey, on-demand`, price, source: SOURCE, effectiveDate: EFFECTIVE_DATE });
      continue;
    }
    const key = `${r.region} ${r.node_type}`;
    const seen = rates.get(key);
    if (seen !== undefined) {
      if (seen !== price) throw new Error(`${key}: Redis OSS and Memcached differ (${seen} vs ${price}); they need their own ids`);
      continue;
    }
    rates.set(key, price);
    generated.push({ id: `aws/elasticache/${r.node_type}`, region: r.region, unit: "hours", description: `ElastiCache ${r.node_type} node, Redis OSS or Memcached, on-demand`, price, source: SOURCE, effectiveDate: EFFECTIVE_DATE });
  }
  const book = JSON.parse(fs.readFileSync(BOOK_FILE, "utf8")) as { prices: Entry[] };
  const owned = (e: Entry) => /^aws\/elasticache\/(valkey-)?cache\./.test(e.id);
  const kept = book.prices.filter((e) => !owned(e));
  book.prices = [...kept, ...sortEntries(generated)];
  writeBook(BOOK_FILE, book);
  const regions = [...new Set(rows.map((r) => r.region))].sort(byText);
  process.stdout.write(`${BOOK_FILE}: ${generated.length} ElastiCache node entries in ${regions.length} regions, ${kept.length} other entries kept\n`);
}

main();
