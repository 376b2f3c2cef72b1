import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { recommendationsFor } from "../../cli/recommend";
import { Cost, Costkit } from "../../constructs";

/** One stack: a Standard bucket of 100,000 GiB nobody reads, kept 400 days (ARCHIVE saves 2,000 − 120 = 1,880 a month). */
function synth(recommendations: boolean | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-recs-"));
  const app = new App({ outdir: path.join(dir, "out"), stackTraces: false });
  const stack = new TerraformStack(app, "storage");
  new GoogleProvider(stack, "google", { project: "p", region: "us-central1" });
  const bucket = new StorageBucket(stack, "cold", { name: "cold", location: "US-CENTRAL1", storageClass: "STANDARD" });
  Cost.usage(bucket, { storageGib: 100000, objectLifetimeDays: 400 });
  Costkit.enable(app, recommendations === undefined ? { consoleSummary: false } : { recommendations, consoleSummary: false });
  app.synth();
  return path.join(dir, "out");
}

describe("recommendations in cost-summary.json", () => {
  const on = synth(true);
  const summary = JSON.parse(fs.readFileSync(path.join(on, "cost-summary.json"), "utf8"));

  test("with recommendations: true, the summary lists them as `costkit recommend --format json` does, and their total", () => {
    expect(summary.recommendations.monthlySaving).toBe("1880");
    expect(summary.recommendations.items).toEqual(JSON.parse(JSON.stringify(recommendationsFor(on))));
    expect(summary.recommendations.items.map((r: { id: string }) => r.id)).toEqual(["Savings-STORE1:storage:google_storage_bucket.cold"]);
    expect(Object.keys(summary).at(-1)).toBe("recommendations");
  });

  test("without them (off, or not asked for) the summary is byte for byte the one without the field", () => {
    const off = fs.readFileSync(path.join(synth(false), "cost-summary.json"), "utf8");
    expect(fs.readFileSync(path.join(synth(undefined), "cost-summary.json"), "utf8")).toBe(off);
    expect(off).not.toContain("recommendations");
    const { recommendations: _, ...rest } = summary;
    expect(`${JSON.stringify(rest, null, 2)}\n`).toBe(off);
  });
});
