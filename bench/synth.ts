/**
 * `npm run bench:synth`: time and peak memory of synthesizing the reference app (main.ts) with costkit and without it
 * (COSTKIT=off), alternating runs, medians; and of a generated app with 1,000 priced resources. The app is run as
 * `cdktf synth` runs it (node with ts-node, transpile only); the cdktf CLI's own start-up (~2–6 s) comes on top of both
 * sides, so these ratios are the upper bound of what a user sees. Besides the elapsed time, the CPU time (user + system)
 * of each run: on a machine shared with other work, elapsed times stretch with the load and the CPU times much less.
 * Not a test: figures go into README by hand.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const runs = Number(process.env.BENCH_RUNS ?? "5");
const root = path.join(__dirname, "..");

interface Run {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMb: number;
}

function timed(script: string, env: Record<string, string>): Run {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-synth-bench-"));
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, "-r", "ts-node/register/transpile-only", script], {
    cwd: root, env: { ...process.env, ...env, CDKTF_OUTDIR: outdir }, encoding: "utf8",
  });
  fs.rmSync(outdir, { recursive: true, force: true });
  const last = String(r.stderr).trim().split("\n").pop() ?? "";
  const [s, user, system, kb] = last.split(" ").map(Number);
  if (r.status !== 0 || !Number.isFinite(s)) throw new Error(`${script} failed: ${String(r.stderr).slice(-500)}`);
  return { seconds: s, cpuSeconds: user + system, peakMb: Math.round(kb / 1024) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function compare(label: string, script: string, env: Record<string, string> = {}): void {
  const on: Run[] = [];
  const off: Run[] = [];
  for (let i = 0; i < runs; i++) {
    on.push(timed(script, env));
    off.push(timed(script, { ...env, COSTKIT: "off" }));
  }
  const s = (xs: Run[]) => median(xs.map((x) => x.seconds));
  const c = (xs: Run[]) => median(xs.map((x) => x.cpuSeconds));
  const m = (xs: Run[]) => Math.max(...xs.map((x) => x.peakMb));
  const side = (xs: Run[]) => `${s(xs).toFixed(2)} s (CPU ${c(xs).toFixed(2)} s), ${m(xs)} MB`;
  console.log(`| ${label} | ${side(off)} | ${side(on)} | ${(s(on) / s(off)).toFixed(2)}× | ${(c(on) / c(off)).toFixed(2)}× |`);
}

console.log(`| app | without costkit | with costkit | ratio | CPU ratio |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
compare("reference app (main.ts, 7 stacks)", "main.ts");
compare("generated app, 1,000 priced resources", "bench/generated-app.ts", { BENCH_RESOURCES: "1000" });
