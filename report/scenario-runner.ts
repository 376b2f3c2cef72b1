import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readJsonFile } from "../pricing/books";
import { InputError } from "../pricing/errors";
import { CostReport } from "../pricing/report";
import { SCENARIO_ENV, SCENARIO_VALIDATE_ENV, VALIDATED_MARKER } from "../pricing/scenario-file";

/**
 * Runs an app (the `app` command of its cdktf.json) once per scenario, in parallel, each into its own temporary output
 * folder (CDKTF_OUTDIR), so that the app's cdktf.out is never touched; the cdktf CLI is not involved. The scenario file
 * reaches the app through COSTKIT_SCENARIO (none for the baseline). Budget errors do not stop a synth
 * (CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS): each scenario's reports are written and compared.
 */

export interface AppCommand {
  /** The shell command that synthesizes the app (cdktf.json `app`). */
  readonly command: string;
  /** The app's folder (where cdktf.json is). */
  readonly cwd: string;
}

/** The app command of the cdktf.json in `dir`; bad input when there is none. */
export function appCommandOf(dir: string): AppCommand {
  const file = path.join(dir, "cdktf.json");
  if (!fs.existsSync(file)) throw new InputError(`no cdktf.json in ${dir === "." ? "the working directory" : dir}: run \`costkit scenarios\` in the app's folder (the one with cdktf.json), or give it with --app-dir.`, file);
  const json = readJsonFile(file) as { app?: unknown };
  if (typeof json.app !== "string" || json.app.trim() === "") throw new InputError(`${file} has no "app" command (the command that synthesizes the app, such as "npx ts-node main.ts"). Add it.`, file, "app");
  return { command: json.app, cwd: dir };
}

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

function run(app: AppCommand, env: Record<string, string>): Promise<Exit> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(app.command, { cwd: app.cwd, shell: true, env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString("utf8"); });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString("utf8"); });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

const tail = (text: string, lines = 15) => text.trimEnd().split("\n").slice(-lines).join("\n");

/** The costkit error line an app printed for a bad scenario file (constructs/scenario.ts), if any. */
function scenarioErrorOf(stderr: string): string | undefined {
  const line = stderr.split("\n").find((l) => l.startsWith("costkit: error: "));
  return line?.slice("costkit: error: ".length);
}

/**
 * Checks scenario files against the app's drivers: one run of the app in validation mode for all of them (it exits
 * before synthesizing). Bad input names the file, line and key; an app that does not read COSTKIT_SCENARIO is bad input too.
 */
export async function validateWithApp(app: AppCommand, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-scenario-check-"));
  try {
    const r = await run(app, { CDKTF_OUTDIR: outdir, [SCENARIO_ENV]: files.map((f) => relativeTo(app, f)).join(path.delimiter), [SCENARIO_VALIDATE_ENV]: "1" });
    const message = scenarioErrorOf(r.stderr);
    if (message !== undefined) throw new InputError(message);
    if (r.code !== 0) throw new InputError(`the app (${app.command}) failed while reading the scenario files (exit code ${r.code}):\n${tail(r.stderr || r.stdout)}`);
    if (!r.stdout.includes(VALIDATED_MARKER)) {
      throw new InputError(`the app (${app.command}) does not read scenario files: its drivers must come from scenarioDrivers() (costkit/constructs), which reads ${SCENARIO_ENV}. See docs/scenarios.md.`);
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** A file as the app, run in its folder, should read it (relative, so that messages and reports hold no absolute paths). */
function relativeTo(app: AppCommand, file: string): string {
  return path.relative(path.resolve(app.cwd), path.resolve(file)) || file;
}

export interface ScenarioJob {
  readonly name: string;
  /** The scenario file; none for the baseline. */
  readonly file?: string;
}

export interface ScenarioOutput {
  readonly name: string;
  readonly reports: CostReport[];
  readonly seconds: number;
}

/** The reports of a synth's output folder, one per stack of its manifest; a stack without one is an error naming it. */
function reportsOf(outdir: string, job: ScenarioJob, exit: Exit): CostReport[] {
  const manifestFile = path.join(outdir, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new InputError(`scenario ${job.name}: the app wrote no manifest.json (exit code ${exit.code}):\n${tail(exit.stderr || exit.stdout)}`);
  const manifest = readJsonFile(manifestFile) as { stacks?: Record<string, { workingDirectory?: string }> };
  const stacks = Object.entries(manifest.stacks ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return stacks.map(([name, s]) => {
    const file = path.join(outdir, s.workingDirectory ?? path.join("stacks", name), "cost-report.json");
    if (!fs.existsSync(file)) throw new InputError(`scenario ${job.name}: stack ${name} could not be priced (no cost report); the app said:\n${tail(exit.stdout + exit.stderr)}`);
    return readJsonFile(file) as CostReport;
  });
}

export interface RunOptions {
  /** How many synths run at once. @default the machine's available parallelism */
  readonly jobs?: number;
  /** Progress lines (stderr). */
  readonly progress?: (line: string) => void;
}

/** Synthesizes the app once per job, at most `jobs` at a time; resolves to the reports of each, in job order. */
export async function runScenarios(app: AppCommand, jobs: readonly ScenarioJob[], opts: RunOptions = {}): Promise<ScenarioOutput[]> {
  const width = Math.max(1, Math.min(opts.jobs ?? os.availableParallelism(), jobs.length));
  const results: ScenarioOutput[] = new Array(jobs.length);
  const progress = opts.progress ?? (() => undefined);
  let next = 0, done = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < jobs.length) {
      const i = next++;
      const job = jobs[i];
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-scenario-"));
      try {
        progress(`synthesizing ${job.name}…`);
        const exit = await run(app, {
          CDKTF_OUTDIR: outdir,
          [SCENARIO_ENV]: job.file !== undefined ? relativeTo(app, job.file) : "",
          CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
        });
        const message = scenarioErrorOf(exit.stderr);
        if (message !== undefined) throw new InputError(message);
        if (exit.code !== 0) throw new InputError(`scenario ${job.name}: the app (${app.command}) failed with exit code ${exit.code}:\n${tail(exit.stderr || exit.stdout)}`);
        results[i] = { name: job.name, reports: reportsOf(outdir, job, exit), seconds: exit.seconds };
        done++;
        progress(`[${done}/${jobs.length}] ${job.name} done in ${exit.seconds.toFixed(1)} s`);
      } catch (e) {
        failure ??= e;
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  if (failure !== undefined) throw failure;
  return results;
}
