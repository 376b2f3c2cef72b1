/**
 * The end-to-end checks of costkit as a user gets it, shared by the cdktf app (package.e2e.test.ts) and the CDK Terrain
 * app (cdktn-app.e2e.test.ts): `npm pack`, the tarball installed into a fresh copy of an example app, the app
 * synthesized with its CLI, then the reports, the exit codes, the `costkit` bin from the package, a usage typo that
 * does not compile, a wrong usage value that fails the synth in one line, and a budget lowered until it fails the synth.
 */
import { spawnSync, SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.join(__dirname, "..");
const repoPackage = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; devDependencies: Record<string, string> };

export function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(`e2e: ${command} ${args.join(" ")} → exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (r.error) throw r.error;
  return r;
}

/** The output without the CLI's spinner and colours. */
export const plain = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

export function expectExit(r: SpawnSyncReturns<string>, code: number): void {
  if (r.status !== code) throw new Error(`expected exit ${code}, got ${r.status}:\n${plain(r).slice(-6000)}`);
}

/**
 * A fresh copy of an example app in a temporary folder, with costkit's packed tarball as its `costkit` dependency and
 * its packages installed. Versions the repository also has are pinned to the repository's, so that the install comes
 * from npm's cache where it can; the others are the app's own pins.
 */
export function freshApp(template: string): { work: string; app: string } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `costkit-e2e-${path.basename(template)}-`));
  const app = path.join(work, "app");
  fs.cpSync(template, app, { recursive: true, filter: (src) => !/node_modules|cdktf\.out/.test(path.relative(template, src)) });
  expectExit(run("npm", ["pack", "--pack-destination", work, "--silent"], ROOT), 0);
  fs.renameSync(path.join(work, `costkit-${repoPackage.version}.tgz`), path.join(app, "costkit.tgz"));
  const appPackage = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"));
  for (const deps of [appPackage.dependencies, appPackage.devDependencies]) {
    for (const name of Object.keys(deps)) if (repoPackage.devDependencies[name]) deps[name] = repoPackage.devDependencies[name];
  }
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify(appPackage, null, 2) + "\n");
  expectExit(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], app), 0);
  return { work, app };
}

export interface AppSuiteOptions {
  /** What the suite is about ("a fresh cdktf app"). */
  readonly title: string;
  /** The example app under examples/. */
  readonly template: string;
  /** The synth command, run in the app folder: the CLI's executable and its arguments. */
  readonly synth: (app: string) => readonly [string, readonly string[]];
  /**
   * The CLI prints a stack trace of its own when a synth has error annotations (cdktn-cli 0.24 does): then only a trace
   * through costkit or the app counts as one.
   */
  readonly cliTracesErrors?: boolean;
  /** More set-up of the installed app (before any test). */
  readonly setup?: (app: string) => void;
  /** The environment of the synth and of the `costkit` bin. */
  readonly env?: (app: string) => Record<string, string>;
  /** More checks on the installed app. */
  readonly extra?: (app: () => string) => void;
}

export function appSuite(opts: AppSuiteOptions): void {
  describe(`the packed package in ${opts.title}`, () => {
    let work: string;
    let app: string;

    beforeAll(() => {
      ({ work, app } = freshApp(opts.template));
      opts.setup?.(app);
    });

    afterAll(() => {
      if (work && !process.env.COSTKIT_E2E_KEEP) fs.rmSync(work, { recursive: true, force: true });
    });

    const synth = () => {
      const [command, args] = opts.synth(app);
      return run(command, args, app, opts.env?.(app));
    };

    test("the package ships dist, the price books and the docs, and no sources or tests", () => {
      const installed = path.join(app, "node_modules", "costkit");
      for (const f of ["dist/constructs/core.js", "dist/constructs/core.d.ts", "dist/pricing/index.js", "dist/cli/main.js", "bin/costkit.js", "pricing/books/aws-compute.json", "docs/getting-started.md", "docs/budgets.md", "README.md"]) {
        expect(fs.existsSync(path.join(installed, f))).toBe(true);
      }
      for (const f of ["pricing/estimate.ts", "test", "stacks", "main.ts", "tsconfig.json"]) expect(fs.existsSync(path.join(installed, f))).toBe(false);
    });

    opts.extra?.(() => app);

    test("synth writes the cost reports and exits 0 within budget", () => {
      const r = synth();
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
      const r = run("npx", ["--no-install", "costkit", "estimate", "cdktf.out", "--format", "json"], app, opts.env?.(app));
      expectExit(r, 0);
      expect(JSON.parse(r.stdout).resources.length).toBe(3);
    });

    /** Runs the synth with main.ts edited, then puts main.ts back. */
    function synthWithMain(edit: (text: string) => string) {
      const main = path.join(app, "main.ts");
      const original = fs.readFileSync(main, "utf8");
      const edited = edit(original);
      expect(edited).not.toBe(original);
      fs.writeFileSync(main, edited);
      try {
        return synth();
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
      // no stack trace (through costkit's code or the app's, where the CLI traces its own failure)
      expect(plain(r)).not.toMatch(opts.cliTracesErrors ? /\n\s+at .*(node_modules\/costkit\/|\/main\.ts:)/ : /\n\s+at /);
    });

    test("a budget lowered under the estimate fails the synth with exit 1, naming the budget", () => {
      const budgets = path.join(app, "budgets.yaml");
      fs.writeFileSync(budgets, fs.readFileSync(budgets, "utf8").replace(/monthly: "500"/, 'monthly: "1"'));
      const r = synth();
      expectExit(r, 1);
      expect(plain(r)).toContain("Budget-total");
    });
  });
}
