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
