/**
 * Generates pricing/books/google-commitments.json: Compute Engine resource-based committed-use prices (1 and 3 years)
 * per vCPU-hour and GiB-hour of each series and region, from the Cloud Billing Catalog extract of
 * Cyclenerd/google-cloud-pricing-cost-calculator (pricing.yml of 2026-07-30, Apache-2.0), whose `month_1y` and
 * `month_3y` give each predefined machine type's monthly price under a 1- or 3-year resource commitment (730 hours):
 *
 *   node -r ts-node/register/transpile-only scripts/books/google-commitments.ts PRICING_YML
 *
 * (or set GCP_PRICING_YML). Google bills a commitment per vCPU and per GiB of memory of a series
 * (https://cloud.google.com/compute/docs/instances/committed-use-discounts-overview), so, as for on-demand prices in
 * google-compute.ts, the two rates of each series and region are solved from the two most different shapes and kept
 * only when they reproduce every priced type of the series there (to 1e-7 USD an hour: the extract rounds monthly
 * prices to 1e-8). Series priced per whole machine (the catalog's `perType`: shared-core, bundled GPUs or Local SSD)
 * get no entry: a commitment on them is not priced. Price ids: `google/compute/<series>-core-cud-1y`, `-ram-cud-1y`,
 * `-cud-3y`. Output is deterministic: entries sorted by id then region.
 */
import * as path from "path";
import Decimal from "decimal.js";
import CATALOG from "../../pricing/catalog/google-machine-types.json";
import { HOURS_PER_MONTH, money } from "../../pricing/money";
import { dec, Entry, EXTRACT, EFFECTIVE_DATE, inputFile, obj, readExtract, regionsOf, ROOT, text, writeBook } from "./google-extract";

const USAGE = "node -r ts-node/register/transpile-only scripts/books/google-commitments.ts PRICING_YML";
const BOOK_FILE = path.join(ROOT, "pricing", "books", "google-commitments.json");
const TOLERANCE = money("0.0000001");
const TERMS = [["1y", "month_1y", "1-year"], ["3y", "month_3y", "3-year"]] as const;

interface Shape {
  readonly name: string;
  readonly vcpus: Decimal;
  readonly memoryGib: Decimal;
  readonly hourly: Decimal;
}

/** Core and RAM rates from the pair of shapes with the largest determinant, if they reproduce every shape. */
function solve(shapes: readonly Shape[]): { core: Decimal; ram: Decimal; pair: [Shape, Shape] } | undefined {
  let best: { a: Shape; b: Shape; det: Decimal } | undefined;
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i], b = shapes[j];
      const det = a.vcpus.times(b.memoryGib).minus(a.memoryGib.times(b.vcpus));
      if (!det.isZero() && (!best || det.abs().gt(best.det.abs()))) best = { a, b, det };
    }
  }
  if (!best) return undefined;
  const { a, b, det } = best;
  const core = a.hourly.times(b.memoryGib).minus(a.memoryGib.times(b.hourly)).div(det).toDecimalPlaces(12);
  const ram = a.vcpus.times(b.hourly).minus(a.hourly.times(b.vcpus)).div(det).toDecimalPlaces(12);
  if (core.lte(0) || ram.lte(0)) return undefined;
  const fits = shapes.every((s) => core.times(s.vcpus).plus(ram.times(s.memoryGib)).minus(s.hourly).abs().lte(TOLERANCE));
  return fits ? { core, ram, pair: [a, b] } : undefined;
}

function main(): void {
  const input = inputFile(2, "GCP_PRICING_YML", "the Cyclenerd pricing.yml extract", USAGE);
  const { doc } = readExtract(input);
  const regions = regionsOf(doc);
  const instances = obj(obj(doc.compute).instance);
  const catalog = CATALOG as Record<string, { series: string; vcpus: number; memoryGib: number; perType?: boolean; custom?: unknown }>;
  const series = [...new Set(Object.values(catalog).filter((m) => !m.perType).map((m) => m.series))].sort();
  const entries: Entry[] = [];
  let solved = 0, skipped = 0;
  for (const s of series) {
    const types = Object.keys(catalog).filter((t) => catalog[t].series === s && !catalog[t].perType).sort();
    for (const region of regions) {
      for (const [term, key, words] of TERMS) {
        const shapes: Shape[] = [];
        for (const t of types) {
          const monthly = dec(obj(obj(obj(instances[t]).cost)[region])[key]);
          if (monthly) shapes.push({ name: t, vcpus: money(catalog[t].vcpus), memoryGib: money(catalog[t].memoryGib), hourly: monthly.div(HOURS_PER_MONTH) });
        }
        if (shapes.length < 2) continue;
        const rates = solve(shapes);
        if (!rates) {
          skipped++;
          continue;
        }
        solved++;
        const source = `${EXTRACT}: ${key} ÷ 730, solved from ${rates.pair[0].name} and ${rates.pair[1].name}; reproduces ${shapes.length} of ${shapes.length} ${s} types in ${region}`;
        const base = { region, source, effectiveDate: EFFECTIVE_DATE };
        entries.push(
          { id: `google/compute/${s}-core-cud-${term}`, unit: "vCPU-hours", description: `${s.toUpperCase()} vCPU under a ${words} resource commitment`, price: text(rates.core), ...base },
          { id: `google/compute/${s}-ram-cud-${term}`, unit: "GiB-hours", description: `${s.toUpperCase()} memory under a ${words} resource commitment`, price: text(rates.ram), ...base },
        );
      }
    }
  }
  writeBook(BOOK_FILE, {
    id: "google-commitments-2026-07-30",
    description: "Compute Engine resource-based committed-use prices (1 and 3 years) per vCPU-hour and GiB-hour, by series and region, solved from the extract's month_1y and month_3y machine prices.",
  }, entries);
  process.stdout.write(`${BOOK_FILE}: ${entries.length} entries (${solved} series-region-terms solved, ${skipped} left out: no pair of shapes reproduces every type)\n`);
}

main();
