import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";

/** Reports given to `diff` whose categories are not costkit's: exit 2 naming the file and the place, never a diff. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-categories-"));
const put = (name: string, report: unknown): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(report));
  return file;
};
const range = (v: string) => ({ min: v, expected: v, max: v });
const report = (resourceCategory: unknown, lineCategory?: unknown) => ({
  formatVersion: "1", currency: "USD", stack: "s", monthlyCost: range("1"), listMonthlyCost: range("1"),
  resources: [{
    address: "google_compute_disk.d", type: "google_compute_disk", category: resourceCategory, tags: {},
    monthlyCost: range("1"), listMonthlyCost: range("1"),
    components: [{
      name: "Storage (pd-ssd)", unit: "GiB-months", unitPrice: "0.1", listUnitPrice: "0.1", monthlyQuantity: range("10"),
      monthlyCost: range("1"), listMonthlyCost: range("1"), ...(lineCategory === undefined ? {} : { category: lineCategory }),
    }],
  }],
});

describe("diff refuses reports with malformed categories", () => {
  const good = put("good.json", report("storage"));

  test.each([
    ["a numeric resource category", report(7), /at resources\[0\]\.category, expected one of cdn, storage, compute, data, network, ml, other, got 7/],
    ["an unknown resource category", report("bogus"), /at resources\[0\]\.category, expected one of .*, got "bogus"/],
    ["a numeric line category", report("storage", 7), /at resources\[0\]\.components\[0\]\.category, expected one of .*, got 7/],
    ["a line category that is a list", report("storage", ["network"]), /at resources\[0\]\.components\[0\]\.category, expected one of .*, got \["network"\]/],
  ])("fails on %s, exit 2 naming the file and the place", async (name, bad, message) => {
    const file = put(`${name.replace(/ /g, "-")}.json`, bad);
    const { code, err } = await runCli(["diff", good, file]);
    expect(err).toMatch(new RegExp(`${path.basename(file).replace(/[.]/g, "\\.")} is not a valid cost report: ${message.source}`));
    expect(code).toBe(2);
  });

  test("a well-formed report, with or without a line category, diffs (exit 0)", async () => {
    const { code, out } = await runCli(["diff", good, put("line.json", report("storage", "network"))]);
    expect(code).toBe(0);
    expect(out).toMatch(/unchanged/);
  });
});
