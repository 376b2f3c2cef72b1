/**
 * One measurement, in its own process so peak memory is its own: reads a generated Terraform JSON file, then prices it.
 * Prints JSON: parse time (read + JSON.parse), estimate time (reading resources + pricing), peak RSS.
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
let priced = 0;
for (let i = 0; i < repeats; i++) {
  const t0 = performance.now();
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  const t1 = performance.now();
  const doc = readTerraform(json, "bench.tf.json");
  const report = estimate(doc, { stack: "bench", catalog, registry: DEFAULT_REGISTRY });
  const t2 = performance.now();
  sample();
  parseTimes.push(t1 - t0);
  estimateTimes.push(t2 - t1);
  priced = report.resources.length;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(JSON.stringify({ parseMs: median(parseTimes), estimateMs: median(estimateTimes), peakRssMb: Math.round(peak / 2 ** 20), priced }) + "\n");
