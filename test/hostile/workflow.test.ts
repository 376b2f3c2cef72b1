import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";

/** The CI step that turns the diff's exit code into the job's result, run as bash with the given outputs. */
function failStep(env: Record<string, string>, commentWritten: boolean): { status: number | null; out: string } {
  const workflow = parse(fs.readFileSync(path.join(__dirname, "../../.github/workflows/cost.yml"), "utf8"));
  const steps = Object.values(workflow.jobs as Record<string, { steps: { name?: string; run?: string }[] }>).flatMap((j) => j.steps);
  const step = steps.find((s) => s.name?.startsWith("Fail on a cost rise"));
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-ci-"));
  if (commentWritten) fs.writeFileSync(path.join(cwd, "comment.md"), "<!-- costkit-comment -->\n");
  const r = spawnSync("bash", ["-e", "-c", step!.run!], { cwd, env: { PATH: process.env.PATH, HEAD_SYNTH: "0", HEAD_COMPLETE: "true", BASE_COMPLETE: "true", FAIL_ON_INCREASE: "", ...env }, encoding: "utf8" });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe("CI reads a crash of costkit diff as a crash, not as a cost threshold", () => {
  test("exit 1 without a threshold set is a failure of costkit diff", () => {
    const r = failStep({ DIFF_CODE: "1" }, false);
    expect(r.status).toBe(1);
    expect(r.out).toContain("title=costkit diff crashed");
    expect(r.out).not.toContain("Cost threshold");
  });

  test("exit 70 (an internal error) and exit 2 are failures of costkit diff", () => {
    for (const code of ["70", "2"]) {
      const r = failStep({ DIFF_CODE: code, FAIL_ON_INCREASE: "10%" }, false);
      expect(r.out).toContain("title=costkit diff crashed");
      expect(r.out).not.toContain("Cost threshold");
    }
  });

  test("exit 1 with a threshold set and a comment written is the threshold", () => {
    const r = failStep({ DIFF_CODE: "1", FAIL_ON_INCREASE: "10%" }, true);
    expect(r.status).toBe(1);
    expect(r.out).toContain("title=Cost threshold");
  });

  test("exit 0 passes", () => {
    expect(failStep({ DIFF_CODE: "0" }, true).status).toBe(0);
  });
});

describe("the threshold's message names its basis", () => {
  test("COSTKIT_FAIL_ON_INCREASE_BASIS=max: the worst case", () => {
    const r = failStep({ DIFF_CODE: "1", FAIL_ON_INCREASE: "5%", BASIS: "max" }, true);
    expect(r.status).toBe(1);
    expect(r.out).toContain("The worst-case (max) monthly cost rises by more than COSTKIT_FAIL_ON_INCREASE (5%)");
  });

  test("unset: the expected cost", () => {
    expect(failStep({ DIFF_CODE: "1", FAIL_ON_INCREASE: "5%" }, true).out).toContain("The expected monthly cost rises by more than");
  });

  test("a conflicting pull request is warned about, and does not fail the job by itself", () => {
    const r = failStep({ DIFF_CODE: "0", CONFLICTS: "true" }, true);
    expect(r.status).toBe(0);
    expect(r.out).toContain("::warning title=Merge conflicts::");
  });
});

/** The comment step's script, run with stand-ins for GitHub's API: returns the body it posted. */
async function commentStep(env: Record<string, string>, commentMd?: string): Promise<string> {
  const workflow = parse(fs.readFileSync(path.join(__dirname, "../../.github/workflows/cost.yml"), "utf8"));
  const steps = Object.values(workflow.jobs as Record<string, { steps: { name?: string; with?: { script?: string } }[] }>).flatMap((j) => j.steps);
  const script = steps.find((s) => s.name?.startsWith("Post or update"))!.with!.script!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-comment-"));
  if (commentMd !== undefined) fs.writeFileSync(path.join(dir, "comment.md"), commentMd);
  fs.writeFileSync(path.join(dir, "diff.err"), "Error: boom\n    at x (y.js:1:1)\n");
  const inDir = { readFileSync: (f: string, e: BufferEncoding) => fs.readFileSync(path.join(dir, f), e), existsSync: (f: string) => fs.existsSync(path.join(dir, f)) };
  const posted: string[] = [];
  const github = {
    paginate: async () => [],
    rest: { issues: { listComments: {}, createComment: async (a: { body: string }) => posted.push(a.body), updateComment: async (a: { body: string }) => posted.push(a.body) } },
  };
  const core = { summary: { addRaw: () => ({ write: async () => undefined }) }, warning: () => undefined };
  const context = { repo: { owner: "o", repo: "r" }, payload: { pull_request: { number: 1 } } };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  const base = { HEAD_SYNTH: "0", HEAD_COMPLETE: "true", BASE_SYNTH: "0", BASE_COMPLETE: "true", MERGE_BASE: "a".repeat(40), CONFLICTS: "false", DIFF_CODE: "0", FAIL_ON_INCREASE: "" };
  await new AsyncFunction("require", "github", "context", "core", "process", script)((m: string) => (m === "fs" ? inDir : require(m)), github, context, core, { env: { ...base, ...env } });
  expect(posted).toHaveLength(1);
  return posted[0];
}

describe("the pull-request comment CI posts", () => {
  const comment = "<!-- costkit-comment -->\n### 💰 Expected monthly cost unchanged (\\$0.00), but the worst case rises by +\\$2,835.64 (+54.6%)\n\nMonthly cost is unchanged at $754.50.\n";

  test("is costkit's comment as written when all went well", async () => {
    expect(await commentStep({}, comment)).toBe(comment);
  });

  test("a conflicting pull request says so, after the headline, which stays the first visible line", async () => {
    const body = await commentStep({ CONFLICTS: "true" }, comment);
    const lines = body.split("\n");
    expect(lines[0]).toBe("<!-- costkit-comment -->");
    expect(lines[1]).toMatch(/^### 💰 Expected monthly cost unchanged/);
    expect(body).toContain("> This pull request conflicts with its base branch. The cost below compares its head with the merge base (`aaaaaaaaaaaa`)");
    expect(body).not.toContain("could not be installed");
    expect(body).toContain("Monthly cost is unchanged at $754.50.");
  });

  test("a base that failed npm ci is said to be not installed; no merge base is said as such", async () => {
    const failed = await commentStep({ BASE_SYNTH: "", BASE_COMPLETE: "", DIFF_CODE: "" });
    expect(failed).toContain("The base branch (merge base) could not be installed (`npm ci` failed)");
    const none = await commentStep({ BASE_SYNTH: "", BASE_COMPLETE: "", MERGE_BASE: "", CONFLICTS: "unknown", DIFF_CODE: "" });
    expect(none).toContain("have no merge base");
    expect(none).not.toContain("could not be installed");
  });

  test("a crash of costkit diff is reported as a crash, with its escaped error, not as a threshold", async () => {
    const body = await commentStep({ DIFF_CODE: "70", FAIL_ON_INCREASE: "5%" }, comment);
    expect(body).toContain("`costkit diff` failed (exit 70)");
    expect(body).toContain("<pre>Error: boom");
    expect(body).not.toContain("Monthly cost is unchanged");
  });
});
