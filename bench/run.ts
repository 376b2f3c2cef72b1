/**
 * `npm run bench`: time and peak memory of estimating generated Terraform JSON with 100, 1,000 and 10,000 priced
 * resources, against reading and parsing the same file, in two shapes (see generate.ts): as `cdktf synth` writes it,
 * and bare. Also the floor no estimator can go under: parsing the report it produces (materialising the contract's
 * report natively). Not a test: figures go into README by hand.
 *
 * BENCH_SIZES=100,1000 and BENCH_SHAPES=cdktf pick what runs; BENCH_KEEP=DIR keeps the generated files.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { generateTerraform, Shape, terraformText } from "./generate";

const sizes = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const shapes = (process.env.BENCH_SHAPES ?? "cdktf,bare").split(",") as Shape[];
const dir = process.env.BENCH_KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), "costkit-bench-"));
fs.mkdirSync(dir, { recursive: true });

interface Row { shape: Shape; n: number; bytes: number; parseMs: number; estimateMs: number; reportParseMs: number; peakRssMb: number; priced: number }
const rows: Row[] = [];
for (const shape of shapes) {
  for (const n of sizes) {
    const file = path.join(dir, `bench-${shape}-${n}.tf.json`);
    fs.writeFileSync(file, terraformText(generateTerraform(n, DEFAULT_REGISTRY.types(), shape), shape));
    const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "estimate-once.ts"), file], { encoding: "utf8" });
    rows.push({ shape, n, bytes: fs.statSync(file).size, ...JSON.parse(out) });
  }
}
const f = (x: number) => x.toFixed(1);
console.log(`| shape | resources | file (MB) | read + parse (ms) | estimate (ms) | estimate ÷ parse | report floor ÷ parse | peak RSS (MB) |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) {
  console.log(`| ${r.shape} | ${r.n} | ${(r.bytes / 1e6).toFixed(2)} | ${f(r.parseMs)} | ${f(r.estimateMs)} | ${f(r.estimateMs / r.parseMs)} | ${f(r.reportParseMs / r.parseMs)} | ${r.peakRssMb} |`);
}
for (let i = 1; i < rows.length; i++) {
  if (rows[i].shape !== rows[i - 1].shape) continue;
  const growth = rows[i].estimateMs / rows[i - 1].estimateMs;
  const scale = rows[i].n / rows[i - 1].n;
  console.log(`${rows[i].shape}: ${rows[i - 1].n} → ${rows[i].n}: ${scale}× the resources took ${f(growth)}× the time (linear allows ≤ ${f(scale * 1.2)}×)`);
}
if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
