/**
 * `npm run bench`: time and peak memory of estimating generated Terraform JSON with 100, 1,000 and 10,000 priced
 * resources, against reading and parsing the same file. Not a test: figures go into README by hand.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { generateTerraform } from "./generate";

const sizes = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-bench-"));
const rows: { n: number; parseMs: number; estimateMs: number; peakRssMb: number; priced: number }[] = [];
for (const n of sizes) {
  const file = path.join(dir, `bench-${n}.tf.json`);
  fs.writeFileSync(file, JSON.stringify(generateTerraform(n, DEFAULT_REGISTRY.types())));
  const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "estimate-once.ts"), file], { encoding: "utf8" });
  rows.push({ n, ...JSON.parse(out) });
}
const f = (x: number) => x.toFixed(1);
console.log(`| resources | priced | read + parse (ms) | estimate (ms) | estimate ÷ parse | peak RSS (MB) |`);
console.log(`| ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.n} | ${r.priced} | ${f(r.parseMs)} | ${f(r.estimateMs)} | ${f(r.estimateMs / r.parseMs)} | ${r.peakRssMb} |`);
for (let i = 1; i < rows.length; i++) {
  const growth = rows[i].estimateMs / rows[i - 1].estimateMs;
  const scale = rows[i].n / rows[i - 1].n;
  console.log(`${rows[i - 1].n} → ${rows[i].n}: ${scale}× the resources took ${f(growth)}× the time (linear allows ≤ ${f(scale * 1.2)}×)`);
}
fs.rmSync(dir, { recursive: true, force: true });
