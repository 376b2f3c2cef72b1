/**
 * costkit as a user gets it: `npm pack`, the tarball installed into a fresh cdktf TypeScript app (the template under
 * examples/cdktf-app), `cdktf synth` with the cdktf CLI, then the reports, the exit code, the `costkit` bin from the
 * package, and a budget lowered until it fails the synth.
 *
 * The app installs cdktf, constructs, @cdktf/provider-aws, ts-node and typescript at the versions this repository pins,
 * preferring npm's cache (no network needed after this repository's own `npm ci`); the cdktf CLI is this repository's.
 */
import { spawnSync, SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const TEMPLATE = path.join(ROOT, "examples", "cdktf-app");
const CDKTF_CLI = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
const repoPackage = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; devDependencies: Record<string, string> };

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(`e2e: ${command} ${args.join(" ")} → exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (r.error) throw r.error;
  return r;
}

/** The output without the cdktf CLI's spinner and colours. */
const plain = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

function expectExit(r: SpawnSyncReturns<string>, code: number): void {
  if (r.status !== code) throw new Error(`expected exit ${code}, got ${r.status}:\n${plain(r).slice(-6000)}`);
}

describe("the packed package in a fresh cdktf app", () => {
  let work: string;
  let app: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-pack-e2e-"));
    app = path.join(work, "app");
    fs.cpSync(TEMPLATE, app, { recursive: true, filter: (src) => !/node_modules|cdktf\.out/.test(path.relative(TEMPLATE, src)) });
    const pack = run("npm", ["pack", "--pack-destination", work, "--silent"], ROOT);
    expectExit(pack, 0);
    fs.renameSync(path.join(work, `costkit-${repoPackage.version}.tgz`), path.join(app, "costkit.tgz"));
    // The app pins what this repository tests with, so that the install comes from npm's cache.
    const appPackage = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"));
    for (const deps of [appPackage.dependencies, appPackage.devDependencies]) {
      for (const name of Object.keys(deps)) if (repoPackage.devDependencies[name]) deps[name] = repoPackage.devDependencies[name];
    }
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify(appPackage, null, 2) + "\n");
    expectExit(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], app), 0);
  });

  afterAll(() => {
    if (work && !process.env.COSTKIT_E2E_KEEP) fs.rmSync(work, { recursive: true, force: true });
  });

  test("the package ships dist, the price books and the docs, and no sources or tests", () => {
    const installed = path.join(app, "node_modules", "costkit");
    for (const f of ["dist/constructs/core.js", "dist/constructs/core.d.ts", "dist/pricing/index.js", "dist/cli/main.js", "bin/costkit.js", "pricing/books/aws-compute.json", "docs/getting-started.md", "docs/budgets.md", "README.md"]) {
      expect(fs.existsSync(path.join(installed, f))).toBe(true);
    }
    for (const f of ["pricing/estimate.ts", "test", "stacks", "main.ts", "tsconfig.json"]) expect(fs.existsSync(path.join(installed, f))).toBe(false);
  });

  test("`cdktf synth` writes the cost reports and exits 0 within budget", () => {
    const r = run("node", [CDKTF_CLI, "synth"], app);
    expectExit(r, 0);
    const report = JSON.parse(fs.readFileSync(path.join(app, "cdktf.out", "stacks", "web", "cost-report.json"), "utf8"));
    expect(report.formatVersion).toBe("1");
    expect(report.stack).toBe("web");
    expect(report.resources.map((x: { address: string }) => x.address).sort()).toEqual(["aws_ebs_volume.data", "aws_instance.server", "aws_s3_bucket.assets"]);
    expect(Number(report.monthlyCost.expected)).toBeGreaterThan(0);
    expect(report.unpriced).toEqual([]);
    for (const f of ["cost-summary.json", "cost-summary.md", "cost-report.html"]) expect(fs.existsSync(path.join(app, "cdktf.out", f))).toBe(true);
    expect(plain(r)).toContain("cdktf.out/stacks/web/cost-report.md");
    expect(plain(r)).toMatch(/costkit: 1 stack, monthly cost \$[0-9,.]+/);
  });

  test("the `costkit` bin of the package prices the synthesized app", () => {
    const r = run("npx", ["--no-install", "costkit", "estimate", "cdktf.out", "--format", "json"], app);
    expectExit(r, 0);
    expect(JSON.parse(r.stdout).resources.length).toBe(3);
  });

  /** Runs the synth with main.ts edited, then puts main.ts back. */
  function synthWithMain(edit: (text: string) => string): SpawnSyncReturns<string> {
    const main = path.join(app, "main.ts");
    const original = fs.readFileSync(main, "utf8");
    const edited = edit(original);
    expect(edited).not.toBe(original);
    fs.writeFileSync(main, edited);
    try {
      return run("node", [CDKTF_CLI, "synth"], app);
    } finally {
      fs.writeFileSync(main, original);
    }
  }

  test("a misspelt usage key does not compile: the synth fails naming the key and the one it meant", () => {
    const r = synthWithMain((t) => t.replace("storageGb: 500", "storageGB: 500"));
    expect(r.status).not.toBe(0);
    expect(plain(r)).toMatch(/'storageGB' does not exist in type 'AwsS3BucketUsage'. Did you mean to write 'storageGb'\?/);
  });

  test("a wrong usage value at synth is one error line naming the construct and the key, exit 1", () => {
    const r = synthWithMain((t) => t.replace("storageGb: 500", "storageGb: -5"));
    expectExit(r, 1);
    const errors = plain(r).split("\n").filter((l) => l.startsWith("ERROR"));
    expect(errors).toEqual([expect.stringMatching(/^ERROR \[web\/assets\]: \[costkit\] usage value .*storageGb\) is negative \(-5\)/)]);
    expect(plain(r)).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("a budget lowered under the estimate fails `cdktf synth` with exit 1, naming the budget", () => {
    const budgets = path.join(app, "budgets.yaml");
    fs.writeFileSync(budgets, fs.readFileSync(budgets, "utf8").replace(/monthly: "500"/, 'monthly: "1"'));
    const r = run("node", [CDKTF_CLI, "synth"], app);
    expectExit(r, 1);
    expect(plain(r)).toContain("Budget-total");
  });
});
