/**
 * `npm run bench:synth`: time and peak memory of synthesizing the reference app (main.ts) with costkit and without it
 * (COSTKIT=off), and of a generated app with 1,000 priced resources. The app is run as `cdktf synth` runs it (node with
 * ts-node, transpile only); the cdktf CLI's own start-up (~2–6 s) comes on top of both sides, so these ratios are the
 * upper bound of what a user sees. Runs come in pairs, one with and one without costkit, the order alternating from
 * pair to pair (on, off; off, on; …) so that a change in the machine's load weighs on both sides alike. Reported: the
 * medians of the elapsed time and of the CPU time (user + system of the app's process), their ratios, and the spread
 * of the ratios of the pairs (lowest–highest). On a machine shared with other work, elapsed times stretch with the
 * load and the CPU times much less. BENCH_RUNS sets the pairs (default 5); BENCH_APPS=reference runs only the
 * reference app. Not a test: figures go into README by hand.
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

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (xs: readonly number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

function compare(label: string, script: string, env: Record<string, string> = {}): void {
  const on: Run[] = [];
  const off: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const withCostkit = () => on.push(timed(script, env));
    const without = () => off.push(timed(script, { ...env, COSTKIT: "off" }));
    if (i % 2 === 0) { withCostkit(); without(); } else { without(); withCostkit(); }
  }
  const s = (xs: Run[]) => median(xs.map((x) => x.seconds));
  const c = (xs: Run[]) => median(xs.map((x) => x.cpuSeconds));
  const m = (xs: Run[]) => Math.max(...xs.map((x) => x.peakMb));
  const side = (xs: Run[]) => `${s(xs).toFixed(2)} s (CPU ${c(xs).toFixed(2)} s), ${m(xs)} MB`;
  const pairs = (f: (r: Run) => number) => on.map((r, i) => f(r) / f(off[i]));
  const ratio = (x: number, xs: number[]) => `${x.toFixed(2)}× (${spread(xs)})`;
  console.log(`| ${label} | ${side(off)} | ${side(on)} | ${ratio(s(on) / s(off), pairs((r) => r.seconds))} | ${ratio(c(on) / c(off), pairs((r) => r.cpuSeconds))} |`);
}

const apps = process.env.BENCH_APPS ?? "reference,generated";
console.log(`${runs} pairs; ratios of the medians, with the lowest–highest ratio of a pair`);
console.log(`| app | without costkit | with costkit | ratio | CPU ratio |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
if (apps.includes("reference")) compare("reference app (main.ts, 7 stacks)", "main.ts");
if (apps.includes("generated")) compare("generated app, 1,000 priced resources", "bench/generated-app.ts", { BENCH_RESOURCES: "1000" });
