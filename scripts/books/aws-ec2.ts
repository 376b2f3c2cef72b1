/**
 * Writes the EC2 instance-hour entries of pricing/books/aws-compute.json for the regions of Karpenter's generated
 * price table (us-east-1, us-gov-east-1, us-gov-west-1): every instance type it lists, previous generations included.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-ec2.ts <folder with aws-ec2-ondemand-linux.csv>
 *
 * The CSV is an extract of aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go and
 * zz_generated.pricing_aws_us_gov.go (generated 2026-07-20 by hack/code/prices_gen from the AWS Price List API:
 * Linux, no pre-installed software, shared tenancy, capacity status Used, on-demand; Apache-2.0).
 *
 * The script owns the `aws/ec2/<type>` entries of those three regions and nothing else: it removes them from the book
 * and writes them anew, keeping every other entry (EC2 in other regions, EBS, Fargate, Lambda) as it is.
 *
 * Bare metal: the generator reads `.metal` prices from the Price List's "Compute Instance (bare metal)" rows with
 * Dedicated tenancy, 6–10 % above what a default-tenancy launch costs. AWS bills a default-tenancy `.metal` at the
 * price of the family's virtualized size with the same vCPUs and memory (r6gd.metal = r6gd.16xlarge), so that size's
 * price is written for it, with a note; a `.metal` with no such size (g4dn.metal, i3.metal) is left out (unpriced).
 */
import * as fs from "fs";
import * as path from "path";
import { byText, dataFolder, Entry, priceText, readCsv, ROOT, sortEntries, writeBook } from "./aws-common";

const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-compute.json");
const EFFECTIVE_DATE = "2026-07-20";
const SOURCE: Record<string, string> = {
  "us-east-1":
    "aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go ('generated at 2026-07-20T13:44:30Z for us-east-1' from the AWS Price List API: Linux, no pre-installed software, shared tenancy, on-demand), commit 6fc13b5236fd04fd16ff3f9dc7490d0813994099",
  gov:
    "aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws_us_gov.go ('generated at 2026-07-20T13:44:38Z' from the AWS Price List API: Linux, no pre-installed software, shared tenancy, on-demand), commit 6fc13b5236fd04fd16ff3f9dc7490d0813994099",
};

function main(): void {
  const folder = dataFolder("aws-ec2.ts");
  const rows = readCsv(path.join(folder, "aws-ec2-ondemand-linux.csv"));
  const regions = [...new Set(rows.map((r) => r.region))].sort(byText);
  const generated: Entry[] = [];
  const leftOut: string[] = [];
  const metalAsSize: string[] = [];
  for (const r of rows) {
    const type = r.instance_type;
    const source = SOURCE[r.region] ?? SOURCE.gov;
    const entry = (price: string, src: string, notes?: string): Entry => ({
      id: `aws/ec2/${type}`, region: r.region, unit: "hours", description: `EC2 ${type}, Linux/UNIX, shared tenancy, on-demand`,
      price, source: src, effectiveDate: EFFECTIVE_DATE, ...(notes ? { notes } : {}),
    });
    if (r.source_tenancy === "Shared") {
      generated.push(entry(priceText(r.price_hourly_usd), source));
      continue;
    }
    // A bare-metal row read at Dedicated tenancy: price it as the family's virtualized size of the same shape.
    const family = type.split(".")[0];
    const twin = rows.find(
      (x) => x.region === r.region && x.source_tenancy === "Shared" && x.instance_type.split(".")[0] === family &&
        r.vcpu !== "" && x.vcpu === r.vcpu && x.memory_gib === r.memory_gib,
    );
    if (!twin) {
      leftOut.push(`${r.region} ${type}`);
      continue;
    }
    metalAsSize.push(`${r.region} ${type} = ${twin.instance_type}`);
    const dedicated = priceText(r.price_hourly_usd), shared = priceText(twin.price_hourly_usd);
    generated.push(entry(
      shared,
      `${source}: the price of ${twin.instance_type} (${r.vcpu} vCPU, ${r.memory_gib} GiB, the same shape)`,
      `A default-tenancy ${type} is billed as ${twin.instance_type}. The generated table lists .metal types at the Dedicated-tenancy rate` +
        (dedicated === shared ? ", which is the same here." : ` (${dedicated}), which is what a dedicated launch costs.`),
    ));
  }

  const book = JSON.parse(fs.readFileSync(BOOK_FILE, "utf8")) as { prices: Entry[] };
  const owned = (e: Entry) => e.id.startsWith("aws/ec2/") && regions.includes(e.region);
  const kept = book.prices.filter((e) => !owned(e));
  book.prices = [...kept, ...sortEntries(generated)];
  writeBook(BOOK_FILE, book);
  process.stdout.write(
    `${BOOK_FILE}: ${generated.length} EC2 entries for ${regions.join(", ")} (${metalAsSize.length} bare-metal types priced as their same-shape size), ` +
      `${kept.length} other entries kept\nleft out (bare metal with no same-shape size): ${leftOut.join(", ") || "none"}\n`,
  );
}

main();
