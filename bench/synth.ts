/**
 * `npm run bench:synth`: time and peak memory of synthesizing an app with costkit and without it (COSTKIT=off).
 *
 * - The reference app (main.ts), run as `cdktf synth` runs it (node with ts-node, transpile only). Its stacks are built
 *   from costkit's constructs, so both sides load costkit; COSTKIT=off turns off the pricing, the policies and the
 *   reports.
 * - A generated app of 1,000 priced resources written as a team's app would be (provider resources and
 *   `Costkit.enable`), with costkit as its package installs it: compiled JavaScript, built first into `.bench-dist/`
 *   (removed afterwards). Without costkit, the app does not load it at all.
 * - The same generated app as users run it, the whole `cdktf synth` command (the cdktf CLI and the app it starts).
 *
 * Runs come in pairs, one with and one without costkit, the order alternating from pair to pair (on, off; off, on; …)
 * so that a change in the machine's load weighs on both sides alike. Reported: the medians of the elapsed time and of
 * the CPU time (user + system of the process and the processes it waited for), their ratios, and the spread of the
 * ratios of the pairs (lowest–highest). On a machine shared with other work, elapsed times stretch with the load and
 * the CPU times much less. BENCH_RUNS sets the pairs (default 5); BENCH_APPS (default `reference,generated,cli`)
 * chooses the rows. Not a test: figures go into README by hand.
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

/** How a row runs the app, given a fresh output folder. */
type Command = (outdir: string) => { readonly argv: readonly string[]; readonly env: Record<string, string> };

const app = (script: string): Command => (outdir) => ({
  argv: [process.execPath, "-r", "ts-node/register/transpile-only", script],
  env: { CDKTF_OUTDIR: outdir },
});

/** `cdktf synth` as a user runs it, offline (CHECKPOINT_DISABLE), starting `script` as the app. */
const cdktfSynth = (script: string): Command => (outdir) => ({
  argv: [process.execPath, require.resolve("cdktf-cli/bundle/bin/cdktf"), "synth", "--app", `${process.execPath} -r ts-node/register/transpile-only ${script}`, "--output", outdir],
  env: { CHECKPOINT_DISABLE: "1" },
});

function timed(command: Command, env: Record<string, string>): Run {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-synth-bench-"));
  const { argv, env: own } = command(outdir);
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", ...argv], { cwd: root, env: { ...process.env, ...own, ...env }, encoding: "utf8" });
  fs.rmSync(outdir, { recursive: true, force: true });
  const last = String(r.stderr).trim().split("\n").pop() ?? "";
  const [s, user, system, kb] = last.split(" ").map(Number);
  if (r.status !== 0 || !Number.isFinite(s)) throw new Error(`${argv.join(" ")} failed: ${String(r.stderr).slice(-500)}`);
  return { seconds: s, cpuSeconds: user + system, peakMb: Math.round(kb / 1024) };
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (xs: readonly number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

function compare(label: string, command: Command, env: Record<string, string> = {}): void {
  const on: Run[] = [];
  const off: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const withCostkit = () => on.push(timed(command, env));
    const without = () => off.push(timed(command, { ...env, COSTKIT: "off" }));
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

const apps = (process.env.BENCH_APPS ?? "reference,generated,cli").split(",");
console.log(`${runs} pairs; ratios of the medians, with the lowest–highest ratio of a pair`);
console.log(`| app | without costkit | with costkit | ratio | CPU ratio |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
if (apps.includes("reference")) compare("reference app (main.ts, 7 stacks)", app("main.ts"));
if (apps.includes("generated") || apps.includes("cli")) {
  // costkit as its package installs it: compiled once, beside the sources so that it finds the price books.
  const compiled = path.join(root, ".bench-dist");
  const build = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", compiled], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`building costkit failed: ${build.stdout}${build.stderr}`);
  try {
    const env = { BENCH_RESOURCES: "1000", BENCH_COSTKIT_DIR: compiled };
    if (apps.includes("generated")) compare("generated app, 1,000 priced resources", app("bench/generated-app.ts"), env);
    if (apps.includes("cli")) compare("the same, whole `cdktf synth` command", cdktfSynth("bench/generated-app.ts"), env);
  } finally {
    fs.rmSync(compiled, { recursive: true, force: true });
  }
}
