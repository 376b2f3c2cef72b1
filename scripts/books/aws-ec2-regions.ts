/**
 * Generates pricing/books/aws-ec2-regions.json: EC2 on-demand Linux instance hours in the commercial regions that
 * pricing/books/aws-compute.json does not cover, from AWS's own pricing-page price data.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-ec2-regions.ts <aws-price-watcher> [revision]
 *   (or AWS_PRICE_WATCHER=<dir> [AWS_PRICE_WATCHER_REV=<revision>] …)
 *
 * Input (public, not copied into this repository): a git clone (bare or not) of github.com/QuinnyPig/aws-price-watcher
 * (MIT). Its scheduled job downloads the EC2 metered-unit map that AWS's EC2 pricing page reads
 * (https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/ec2/USD/current/ec2.json) and commits it flattened as
 * processed/ec2.json: per rate name ("OnDemand Linux-instancetype-m5.large"), the price per hour by location
 * ("EU (Ireland)"). The script reads the file with `git show <revision>:processed/ec2.json` and cites the commit that
 * last changed it; that commit's date is every entry's effectiveDate.
 *
 * Rules:
 * - Regions: the commercial regions of AWS_LOCATIONS (Local Zones, Wavelength Zones and GovCloud are left out).
 * - An id and region that aws-compute.json already prices are not written (that book's source owns them); where both
 *   have a price they are compared, and the script prints the comparison and fails when more than 1 % of them differ,
 *   so a source that drifted is looked at before the book changes.
 * - A location whose price the map gives as several values (`a;b`) is left out (ambiguous), as is every `.metal` type
 *   (AWS's bare-metal rows may carry dedicated-tenancy prices; see scripts/books/aws-ec2.ts).
 * Output is deterministic (sorted by id, then region).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { knownRegions } from "../../pricing/geo";
import { isDecimalString } from "../../pricing/money";
import { AWS_LOCATIONS, Entry, priceText, ROOT, sortEntries, writeCompactBook } from "./aws-common";

const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-ec2-regions.json");
const COMPUTE_BOOK = path.join(ROOT, "pricing", "books", "aws-compute.json");
const WATCHER = "QuinnyPig/aws-price-watcher";
const RATE = /^OnDemand Linux-instancetype-([a-z][a-z0-9-]*\.[a-z0-9-]+)$/;

function git(dir: string, args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
}

function main(): void {
  const dir = process.argv[2] ?? process.env.AWS_PRICE_WATCHER;
  const revision = process.argv[3] ?? process.env.AWS_PRICE_WATCHER_REV ?? "HEAD";
  if (!dir) {
    process.stderr.write("usage: node -r ts-node/register/transpile-only scripts/books/aws-ec2-regions.ts <aws-price-watcher clone> [revision]\n");
    process.exit(2);
  }
  const known = new Set(knownRegions("aws"));
  for (const r of Object.values(AWS_LOCATIONS)) if (!known.has(r)) throw new Error(`AWS_LOCATIONS names ${r}, which pricing/geo.ts does not know`);
  const [commit, date] = git(dir, ["log", "-1", "--format=%H %cs", revision, "--", "processed/ec2.json"]).trim().split(" ");
  const map = JSON.parse(git(dir, ["show", `${revision}:processed/ec2.json`])) as Record<string, Record<string, string>>;
  const existing = new Map<string, string>();
  for (const e of (require(COMPUTE_BOOK) as { prices: Entry[] }).prices) if (e.price !== undefined) existing.set(`${e.id}@${e.region}`, e.price);
  const entries: Entry[] = [];
  let compared = 0;
  const differences: string[] = [];
  for (const [rate, byLocation] of Object.entries(map)) {
    const m = RATE.exec(rate);
    if (!m || m[1].endsWith(".metal")) continue;
    const type = m[1];
    for (const [location, region] of Object.entries(AWS_LOCATIONS)) {
      const raw = byLocation[location];
      if (raw === undefined || raw.includes(";")) continue;
      const price = priceText(raw);
      if (!isDecimalString(price) || price === "0") continue;
      const id = `aws/ec2/${type}`;
      const theirs = existing.get(`${id}@${region}`);
      if (theirs !== undefined) {
        compared++;
        if (theirs !== price) differences.push(`${id}@${region}: aws-compute.json ${theirs}, pricing-page data ${price}`);
        continue;
      }
      entries.push({
        id, region, unit: "hours", description: `EC2 ${type}, Linux/UNIX, shared tenancy, on-demand`, price,
        source: `AWS EC2 pricing-page data (meteredUnitMaps/ec2 ec2.json "${rate}", ${location}) via ${WATCHER} processed/ec2.json @ ${commit.slice(0, 12)}`,
        effectiveDate: date,
      });
    }
  }
  process.stdout.write(`compared with aws-compute.json: ${compared - differences.length} of ${compared} agree\n${differences.slice(0, 20).join("\n")}\n`);
  if (differences.length > compared / 100) throw new Error(`${differences.length} of ${compared} prices differ from aws-compute.json; look at them before writing the book`);
  const regions = [...new Set(entries.map((e) => e.region))].sort();
  writeCompactBook(BOOK_FILE, {
    formatVersion: "1",
    id: `aws-ec2-regions-${date}`,
    kind: "list",
    currency: "USD",
    effectiveDate: date,
    description:
      `Amazon EC2 on-demand Linux instance hours (shared tenancy) in ${regions.length} commercial regions, from the EC2 price data AWS's pricing page reads ` +
      `(meteredUnitMaps/ec2, published by ${date}), as committed by github.com/${WATCHER} (processed/ec2.json @ ${commit}, MIT). ` +
      "Written by scripts/books/aws-ec2-regions.ts for the types and regions aws-compute.json does not price; bare-metal types are left out.",
    prices: sortEntries(entries),
  });
  process.stdout.write(`wrote ${path.relative(ROOT, BOOK_FILE)}: ${entries.length} entries in ${regions.length} regions\n`);
}

main();
