import * as fs from "fs";
import * as path from "path";
import { catalogOf } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { loadUsageFile } from "../../pricing/load";
import { CostReport } from "../../pricing/report";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";
import { EMPTY_USAGE } from "../../pricing/usage";
import { assertReportInvariants } from "./invariants";

export const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Compares text with a golden file; with UPDATE_GOLDEN=1 rewrites the golden instead. */
export function expectGolden(actual: string, goldenFile: string): void {
  if (UPDATE || !fs.existsSync(goldenFile)) {
    if (!UPDATE) throw new Error(`missing golden ${goldenFile}; run with UPDATE_GOLDEN=1 to create it, then review it`);
    fs.writeFileSync(goldenFile, actual);
    return;
  }
  expect(actual).toBe(fs.readFileSync(goldenFile, "utf8"));
}

/**
 * A pricer golden: `testdata/<name>.tf.json` (its `"//".comment` table says how each figure follows from the price
 * book), optional `testdata/<name>.usage.yml`, expected report `testdata/<name>.golden.json`. Uses the checked-in books.
 * Call it in a `describe` body: it adds two named tests (the report's invariants, and the golden, which fails with a
 * diff) and returns the report for the other tests of the block.
 */
export function pricerGolden(testFile: string, name: string, extraBooks: string[] = []): CostReport {
  const dir = path.join(path.dirname(testFile), "testdata");
  const tf = path.join(dir, `${name}.tf.json`);
  const usageFile = path.join(dir, `${name}.usage.yml`);
  const rel = path.relative(process.cwd(), tf);
  const doc = readTerraform(JSON.parse(fs.readFileSync(tf, "utf8")), rel);
  const usage = fs.existsSync(usageFile) ? loadUsageFile(usageFile) : EMPTY_USAGE;
  const report = estimate(doc, { stack: name, catalog: catalogOf(extraBooks), registry: DEFAULT_REGISTRY, usage });
  test(`${name}: the report keeps the contract's invariants`, () => assertReportInvariants(report));
  test(`${name}: the report equals testdata/${name}.golden.json`, () => {
    expectGolden(JSON.stringify(report, null, 2) + "\n", path.join(dir, `${name}.golden.json`));
  });
  return report;
}

/** One resource of a report, by address (fails the test if absent). */
export function resourceOf(report: CostReport, address: string) {
  const r = report.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no priced resource ${address}; unpriced: ${JSON.stringify(report.unpriced)}`);
  return r;
}
