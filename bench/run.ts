/**
 * `npm run bench`: time and peak memory of estimating generated Terraform JSON with 100, 1,000 and 10,000 priced
 * resources, against reading and parsing the same file, in two shapes (see generate.ts): as `cdktf synth` writes it,
 * and bare. Also the floor no estimator can go under: parsing the report it produces (materialising the contract's
 * report natively). Then what users wait for: the whole `costkit estimate <file> --format json` command in a fresh
 * process (start-up, reading the price books, pricing, writing the report), BENCH_RUNS times (default 5), medians of
 * the elapsed and the CPU time (user + system; on a shared machine the elapsed time stretches with the load, the CPU
 * time much less). The command runs the compiled CLI (`npm run build` first), else the sources through ts-node.
 * Not a test: figures go into README by hand.
 *
 * BENCH_SIZES=100,1000 and BENCH_SHAPES=cdktf pick what runs; BENCH_KEEP=DIR keeps the generated files.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { generateTerraform, Shape, terraformText } from "./generate";

const sizes = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const shapes = (process.env.BENCH_SHAPES ?? "cdktf,bare").split(",") as Shape[];
const runs = Number(process.env.BENCH_RUNS ?? "5");
const dir = process.env.BENCH_KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), "costkit-bench-"));
fs.mkdirSync(dir, { recursive: true });

interface Command { seconds: number; cpuSeconds: number; peakMb: number }
interface Row { shape: Shape; n: number; bytes: number; parseMs: number; estimateMs: number; reportParseMs: number; peakRssMb: number; priced: number; command: Command }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `costkit estimate <file> --format json` as users run it: medians of `runs` fresh processes. */
function wholeCommand(file: string): Command {
  const timings: Command[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, path.join(__dirname, "..", "bin", "costkit.js"), "estimate", file, "--format", "json", "--out", path.join(dir, "report.json")], { encoding: "utf8" });
    const [s, user, system, kb] = (String(r.stderr).trim().split("\n").pop() ?? "").split(" ").map(Number);
    if (r.status !== 0 || !Number.isFinite(s)) throw new Error(`costkit estimate ${file} failed: ${String(r.stderr).slice(-500)}`);
    timings.push({ seconds: s, cpuSeconds: user + system, peakMb: Math.round(kb / 1024) });
  }
  return { seconds: median(timings.map((t) => t.seconds)), cpuSeconds: median(timings.map((t) => t.cpuSeconds)), peakMb: Math.max(...timings.map((t) => t.peakMb)) };
}

const rows: Row[] = [];
for (const shape of shapes) {
  for (const n of sizes) {
    const file = path.join(dir, `bench-${shape}-${n}.tf.json`);
    fs.writeFileSync(file, terraformText(generateTerraform(n, DEFAULT_REGISTRY.types(), shape), shape));
    const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "estimate-once.ts"), file], { encoding: "utf8" });
    rows.push({ shape, n, bytes: fs.statSync(file).size, ...JSON.parse(out), command: wholeCommand(file) });
  }
}
const f = (x: number) => x.toFixed(1);
console.log(`| shape | resources | file (MB) | read + parse (ms) | estimate (ms) | estimate ÷ parse | report floor ÷ parse | peak RSS (MB) |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) {
  console.log(`| ${r.shape} | ${r.n} | ${(r.bytes / 1e6).toFixed(2)} | ${f(r.parseMs)} | ${f(r.estimateMs)} | ${f(r.estimateMs / r.parseMs)} | ${f(r.reportParseMs / r.parseMs)} | ${r.peakRssMb} |`);
}
console.log(`\n\`costkit estimate <file> --format json\`, whole command (${fs.existsSync(path.join(__dirname, "..", "dist", "cli", "main.js")) ? "compiled" : "from the sources through ts-node"}, medians of ${runs} runs):\n`);
console.log(`| shape | resources | elapsed (s) | CPU (s) | peak RSS (MB) |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.shape} | ${r.n} | ${r.command.seconds.toFixed(2)} | ${r.command.cpuSeconds.toFixed(2)} | ${r.command.peakMb} |`);
for (let i = 1; i < rows.length; i++) {
  if (rows[i].shape !== rows[i - 1].shape) continue;
  const growth = rows[i].estimateMs / rows[i - 1].estimateMs;
  const scale = rows[i].n / rows[i - 1].n;
  console.log(`${rows[i].shape}: ${rows[i - 1].n} → ${rows[i].n}: ${scale}× the resources took ${f(growth)}× the time (linear allows ≤ ${f(scale * 1.2)}×)`);
}
if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
