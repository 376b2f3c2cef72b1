import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";

/** The cost workflow's structure: what triggers it, what it may do, how it finds the base, what it caches. */
const WORKFLOW = path.join(__dirname, "../../.github/workflows/cost.yml");
const raw = fs.readFileSync(WORKFLOW, "utf8");
type Step = { name?: string; id?: string; uses?: string; if?: string; run?: string; with?: Record<string, string | number | boolean>; env?: Record<string, string>; "working-directory"?: string };
const workflow = parse(raw) as { on: { pull_request: { paths: string[] } }; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const step = (id: string) => {
  const s = steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step with id ${id}`);
  return s;
};

/** GitHub's `paths` filter: `**` any path, `*` any name part; a file runs the workflow when the last pattern it matches is positive. */
function triggers(file: string, patterns: readonly string[]): boolean {
  const regex = (glob: string) =>
    new RegExp(
      "^" +
        glob
          .split(/(\*\*\/|\*\*|\*)/)
          .map((part) => (part === "**/" ? "(?:.*/)?" : part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
          .join("") +
        "$",
    );
  let run = false;
  for (const p of patterns) {
    const negated = p.startsWith("!");
    if (regex(negated ? p.slice(1) : p).test(file)) run = !negated;
  }
  return run;
}

describe("the cost workflow", () => {
  test("runs for the app, costkit, dependencies, books, policies, budgets, usage files and itself; not for tests or docs alone", () => {
    const paths = workflow.on.pull_request.paths;
    for (const file of [
      "main.ts", "stacks/gke.ts", "constructs/cost.ts", "pricing/resources/google/compute-disk.ts", "cdktf.json", "package.json", "package-lock.json",
      "pricing/books/google-compute.json", "policies/budgets.yaml", "examples/cdktf-app/budgets.yaml", "usage.yml", "stacks/ml.usage.yml", ".github/workflows/cost.yml",
    ]) expect({ file, runs: triggers(file, paths) }).toEqual({ file, runs: true });
    for (const file of ["README.md", "docs/cli.md", "test/cli/diff.test.ts", "test/report/testdata/x.usage.yml", "e2e/synth.test.ts", ".github/ISSUE_TEMPLATE.md"]) {
      expect({ file, runs: triggers(file, paths) }).toEqual({ file, runs: false });
    }
  });

  test("asks only to read the code and write one comment", () => {
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(raw).not.toMatch(/pull_request_target/);
  });

  test("no expression inside a shell script or the comment script: untrusted text (titles, branch names) goes through env", () => {
    for (const s of steps) {
      expect({ step: s.name ?? s.uses, run: /\$\{\{/.test(s.run ?? "") }).toEqual({ step: s.name ?? s.uses, run: false });
      expect({ step: s.name ?? s.uses, script: /\$\{\{/.test(String(s.with?.script ?? "")) }).toEqual({ step: s.name ?? s.uses, script: false });
    }
    expect(raw).not.toMatch(/github\.event\.pull_request\.(title|body)|head_ref|head\.ref|head\.label/);
    expect(step("merge-base").env).toEqual({ BASE_REF: "${{ github.event.pull_request.base.ref }}" });
  });

  test("the base is the merge base of the base branch's head and the pull request's head, not the event's base.sha", () => {
    expect(raw).not.toContain("pull_request.base.sha");
    const checkout = steps.find((s) => s.uses?.startsWith("actions/checkout@"))!;
    expect(checkout.with).toMatchObject({ ref: "${{ github.event.pull_request.head.sha }}", path: "head", "fetch-depth": 0, "persist-credentials": false });
    expect(steps.filter((s) => s.uses?.startsWith("actions/checkout@"))).toHaveLength(1);
    expect(step("merge-base").run).toContain('git merge-base "$base_head" HEAD');
    const worktree = steps.find((s) => s.name === "Check out the merge base")!;
    expect(worktree.env).toEqual({ MERGE_BASE: "${{ steps.merge-base.outputs.sha }}" });
  });

  test("node_modules is cached by the lockfile's hash; npm ci runs only on a miss, and once when both sides share the lockfile", () => {
    const cache = step("cache-head");
    expect(cache.uses).toMatch(/^actions\/cache\/restore@v\d+$/);
    const save = steps.find((s) => s.uses?.startsWith("actions/cache/save@"))!;
    expect(save).toMatchObject({ if: "steps.install-head.outcome == 'success'", with: { path: "head/node_modules", key: "${{ steps.cache-head.outputs.cache-primary-key }}" } });
    // saved before any app code runs
    expect(steps.indexOf(save)).toBeLessThan(steps.indexOf(step("synth-head")));
    expect(cache.with).toMatchObject({ path: "head/node_modules" });
    expect(String(cache.with!.key)).toContain("${{ hashFiles('head/package-lock.json') }}");
    expect(step("install-head")).toMatchObject({ if: "steps.cache-head.outputs.cache-hit != 'true'", run: "npm ci" });
    expect(step("install-base").run).toMatch(/cmp -s package-lock\.json \.\.\/head\/package-lock\.json[\s\S]*ln -s \.\.\/head\/node_modules node_modules[\s\S]*else\s+npm ci/);
    const installs = steps.flatMap((s) => (s.run ?? "").split("\n").filter((l) => /^\s*npm ci\b/.test(l)).map(() => s.id));
    expect(installs).toEqual(["install-head", "install-base"]);
  });

  test("--fail-on-increase and --basis come from repository variables, through env", () => {
    const diff = step("diff");
    expect(diff.env).toEqual({ FAIL_ON_INCREASE: "${{ vars.COSTKIT_FAIL_ON_INCREASE }}", BASIS: "${{ vars.COSTKIT_FAIL_ON_INCREASE_BASIS }}" });
    expect(diff.run).toContain('args+=(--fail-on-increase "$FAIL_ON_INCREASE")');
    expect(diff.run).toContain('args+=(--basis "$BASIS")');
  });
});

describe("finding the merge base (the step's script, run on a real repository)", () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e", GIT_CONFIG_NOSYSTEM: "1", HOME: os.tmpdir() } }).trim();
  const commit = (cwd: string, file: string, text: string) => {
    fs.writeFileSync(path.join(cwd, file), text);
    git(cwd, "add", file);
    git(cwd, "commit", "-q", "-m", `${file}: ${text}`);
    return git(cwd, "rev-parse", "HEAD");
  };

  /** origin: main at A, then main moves on (B); the pull request branches from A. Returns the clone's outputs. */
  function run(prChanges: string): Record<string, string> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-merge-base-"));
    const origin = path.join(root, "origin");
    fs.mkdirSync(origin);
    git(origin, "init", "-q", "-b", "main");
    commit(origin, "main.ts", "a");
    git(origin, "checkout", "-q", "-b", "feature");
    commit(origin, prChanges, "pull request");
    git(origin, "checkout", "-q", "main");
    commit(origin, "main.ts", "base moved on");
    const head = path.join(root, "head");
    git(root, "clone", "-q", "--no-checkout", origin, head);
    git(head, "checkout", "-q", "--detach", "origin/feature");
    const out = path.join(root, "out");
    fs.writeFileSync(out, "");
    const r = spawnSync("bash", ["-e", "-c", step("merge-base").run!], { cwd: head, env: { PATH: process.env.PATH, HOME: os.tmpdir(), BASE_REF: "main", GITHUB_OUTPUT: out }, encoding: "utf8" });
    expect(r.status).toBe(0);
    const outputs = Object.fromEntries(fs.readFileSync(out, "utf8").trim().split("\n").map((l) => l.split("=") as [string, string]));
    return { ...outputs, expected: git(head, "merge-base", "origin/main", "HEAD"), baseHead: git(head, "rev-parse", "origin/main") };
  }

  test("the merge base, not the base branch's head; no conflict when the pull request touches other files", () => {
    const r = run("stacks.ts");
    expect(r.sha).toBe(r.expected);
    expect(r.sha).not.toBe(r.baseHead);
    expect(r.conflicts).toBe("false");
  });

  test("a pull request that conflicts with the base branch is said to conflict", () => {
    const r = run("main.ts");
    expect(r.sha).toBe(r.expected);
    expect(r.conflicts).toBe("true");
  });

  test("a base branch name is data, never shell: no merge base found, no command run", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-merge-base-"));
    git(root, "init", "-q", "-b", "main");
    commit(root, "main.ts", "a");
    const out = path.join(root, "out");
    const r = spawnSync("bash", ["-e", "-c", step("merge-base").run!], { cwd: root, env: { PATH: process.env.PATH, HOME: os.tmpdir(), BASE_REF: '$(touch pwned)"; touch pwned; "', GITHUB_OUTPUT: out }, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(root, "pwned"))).toBe(false);
    expect(fs.readFileSync(out, "utf8")).toBe("sha=\nconflicts=unknown\n");
    expect(r.stdout).toContain("::warning title=Merge base::");
  });
});
