/**
 * `npm run bench:scenarios`: the wall time of `costkit scenarios` on the reference app (the baseline and every file in
 * scenarios/, at most --jobs synths at once; default the number of cores), against one synth per scenario, one after
 * another, as a user would run them by hand (the app command of cdktf.json with COSTKIT_SCENARIO set; without the
 * cdktf CLI, whose start-up would add 2–6 s to each). Alternating, medians of BENCH_RUNS (default 1: each side runs
 * the seven stacks six times). Not a test: the figures go into README by hand.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const runs = Number(process.env.BENCH_RUNS ?? "1");
const root = path.join(__dirname, "..");
const app = (JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8")) as { app: string }).app;
const files = fs.readdirSync(path.join(root, "scenarios")).filter((f) => f.endsWith(".yaml")).sort().map((f) => path.join("scenarios", f));

function wall(command: string, args: readonly string[], env: Record<string, string>): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, encoding: "utf8", shell: args.length === 0, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${String(r.stderr).slice(-1000)}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function oneByOne(): number {
  let total = 0;
  for (const file of ["", ...files]) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-bench-synth-"));
    total += wall(app, [], { CDKTF_OUTDIR: outdir, COSTKIT_SCENARIO: file, CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true" });
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  return total;
}

function command(): number {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-bench-scenarios-"));
  const s = wall(process.execPath, [path.join(root, "bin", "costkit.js"), "scenarios", "--output", output], { COSTKIT_FROM_SOURCE: "1" });
  fs.rmSync(output, { recursive: true, force: true });
  return s;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seq: number[] = [], cmd: number[] = [];
for (let i = 0; i < runs; i++) {
  seq.push(oneByOne());
  cmd.push(command());
}
console.log(`| scenarios (with the baseline) | one synth per scenario, one after another | costkit scenarios (${os.availableParallelism()} jobs) | ratio |`);
console.log(`| ---: | ---: | ---: | ---: |`);
console.log(`| ${files.length + 1} | ${median(seq).toFixed(1)} s | ${median(cmd).toFixed(1)} s | ${(median(cmd) / median(seq)).toFixed(2)}× |`);
