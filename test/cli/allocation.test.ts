import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseCsv } from "../../report/focus";
import { runCli } from "../helpers/cli";

/**
 * Two Persistent Disks (pd-ssd in europe-west1, $0.17 per GiB-month): `shared` 100 GiB = $17.00, labelled
 * feature shared and split 3:1 (music:podcasts) by the drivers; `podcasts` 1,000 GiB = $170.00, labelled podcasts.
 */
const STACK = {
  "//": { cost: { drivers: { hoursByFeature: { music: 3, podcasts: 1 } } } },
  provider: { google: [{ project: "p", region: "europe-west1" }] },
  resource: {
    google_compute_disk: {
      shared: { name: "shared", size: 100, type: "pd-ssd", zone: "europe-west1-b", labels: { feature: "shared", team: "storage" } },
      podcasts: { name: "podcasts", size: 1000, type: "pd-ssd", zone: "europe-west1-b", labels: { feature: "podcasts", team: "podcast-eng" } },
    },
  },
};
const RULES = "features: [music, podcasts]\nrules:\n  - id: disks\n    match: { type: google_compute_disk }\n    split: { driver: hoursByFeature }\n";

function fixture(rules = RULES): { dir: string; tf: string; rules: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-alloc-cli-"));
  const tf = path.join(dir, "main.tf.json");
  fs.writeFileSync(tf, JSON.stringify(STACK));
  fs.writeFileSync(path.join(dir, "allocation.yaml"), rules);
  return { dir, tf, rules: path.join(dir, "allocation.yaml") };
}

describe("costkit estimate --allocation", () => {
  test("focus-csv splits the shared disk into one row per feature, exactly", async () => {
    const f = fixture();
    const r = await runCli(["estimate", f.tf, "--format", "focus-csv", "--allocation", f.rules]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    const col = (name: string) => rows[0].indexOf(name);
    const shared = rows.slice(1).filter((row) => row[col("ResourceId")] === "google_compute_disk.shared");
    expect(shared.map((row) => [row[col("EffectiveCost")], row[col("x_AllocatedMethodId")], row[col("x_AllocatedTags")]])).toEqual([
      ["12.75", "allocation/disks", '{"feature":"music","team":"storage"}'],
      ["4.25", "allocation/disks", '{"feature":"podcasts","team":"storage"}'],
    ]);
  });

  test("html shows cost by feature with the rules", async () => {
    const f = fixture();
    const r = await runCli(["estimate", f.tf, "--format", "html", "--allocation", f.rules]);
    expect(r.out).toContain("Every dollar is allocated to a feature.");
    expect(r.out).toContain("$174.25");
  });

  test("fails with exit 2 on a bad allocation file, naming file, line and key", async () => {
    const f = fixture(RULES.replace("match:", "matches:"));
    const r = await runCli(["estimate", f.tf, "--format", "focus-csv", "--allocation", f.rules]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/allocation\.yaml, line 4 \(rules\[0\]\.matches\): unknown key "matches"\. .*Did you mean "match"\?/);
  });
});

describe("costkit check --allocation", () => {
  const budgets = (dir: string, limit: string) => {
    const file = path.join(dir, "budgets.yaml");
    fs.writeFileSync(file, `budgets:\n  - id: music\n    scope: { tag.feature: music }\n    monthly: "${limit}"\n`);
    return file;
  };

  test("a tag.feature budget fires on allocated cost over its limit, and not at it", async () => {
    const f = fixture();
    const over = await runCli(["check", f.tf, "--budgets", budgets(f.dir, "12.74"), "--format", "json"]); // allocation.yaml beside the budgets
    expect(over.code).toBe(1);
    expect(JSON.parse(over.out).findings.map((x: { ruleId: string }) => x.ruleId)).toContain("Budget-music");
    const at = await runCli(["check", f.tf, "--budgets", budgets(f.dir, "12.75"), "--allocation", f.rules, "--format", "json"]);
    expect(JSON.parse(at.out).findings.map((x: { ruleId: string }) => x.ruleId)).not.toContain("Budget-music");
  });
});
