/**
 * One measurement, in its own process so peak memory is its own: reads a generated Terraform JSON file, then prices it.
 * Prints JSON: parse time (read + JSON.parse), estimate time (reading resources + pricing), the time to parse the JSON
 * of the report produced (the native cost of materialising it: a floor for any estimator), peak RSS. Medians of
 * `repeats` runs, after one warm-up run (a warm process, as synth prices stack after stack).
 */
import * as fs from "fs";
import { performance } from "perf_hooks";
import { catalogOf } from "../pricing/books";
import { estimate } from "../pricing/estimate";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { readTerraform } from "../pricing/terraform";

const file = process.argv[2];
const repeats = Number(process.argv[3] ?? "9");
const catalog = catalogOf(); // books load once per process, as in synth and the CLI
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const parseTimes: number[] = [];
const estimateTimes: number[] = [];
const reportTimes: number[] = [];
let priced = 0;
let lastReport: unknown;
for (let i = 0; i <= repeats; i++) {
  const t0 = performance.now();
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  const t1 = performance.now();
  const doc = readTerraform(json, "bench.tf.json");
  const report = estimate(doc, { stack: "bench", catalog, registry: DEFAULT_REGISTRY });
  const t2 = performance.now();
  sample();
  lastReport = report;
  if (i === 0) continue; // warm-up
  parseTimes.push(t1 - t0);
  estimateTimes.push(t2 - t1);
  priced = report.resources.length;
}
// The floor, measured apart so that its garbage (a report-sized string and object graph) does not land in the
// estimate's collections.
const text = JSON.stringify(lastReport);
for (let i = 0; i <= repeats; i++) {
  const t3 = performance.now();
  JSON.parse(text);
  const t4 = performance.now();
  if (i > 0) reportTimes.push(t4 - t3);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(JSON.stringify({ parseMs: median(parseTimes), estimateMs: median(estimateTimes), reportParseMs: median(reportTimes), peakRssMb: Math.round(peak / 2 ** 20), priced }) + "\n");
