import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadStacks, MAX_RESOURCES } from "../../pricing/load";
import { runCli } from "../helpers/cli";

/**
 * The largest input is refused before it is priced: a 1.6-million-resource input used to die after 39 s with
 * "Invalid string length" while writing its JSON report. Free resources keep the files small and the test fast.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-limit-"));
function networks(n: number): string {
  const file = path.join(dir, `networks-${n}.tf.json`);
  const resources: Record<string, { name: string }> = {};
  for (let i = 0; i < n; i++) resources[`n${i}`] = { name: `n${i}` };
  fs.writeFileSync(file, JSON.stringify({ provider: { google: [{ project: "p", region: "europe-west1" }] }, resource: { google_compute_network: resources } }));
  return file;
}

describe(`at most ${MAX_RESOURCES} resources in one run`, () => {
  test("an input at the limit is read", () => {
    const [stack] = loadStacks(networks(MAX_RESOURCES));
    expect(stack.document.resources).toHaveLength(MAX_RESOURCES);
  });

  test("fails if an input has one more, with exit 2 and a message stating the limit, whatever the format", async () => {
    const file = networks(MAX_RESOURCES + 1);
    for (const format of ["json", "table"]) {
      const { code, err, out } = await runCli(["estimate", file, "--format", format]);
      expect(err).toMatch(/networks-100001\.tf\.json holds 100,001 resources; costkit prices at most 100,000 in one run\. Estimate the stacks or folders separately\./);
      expect(code).toBe(2);
      expect(out).toBe("");
    }
  });
});
