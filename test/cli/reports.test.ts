import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadReports } from "../../cli/reports";

/** A stack synthesized with a negotiated book carries it in "//".cost.priceBooks: every command prices it with it. */
test("a stack folder with only cdk.tf.json is priced with the books it embeds, as synth priced it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-reports-"));
  fs.mkdirSync(path.join(dir, "stacks", "s"), { recursive: true });
  const book = {
    formatVersion: "1", id: "negotiated-test", kind: "override", currency: "USD", effectiveDate: "2026-01-01",
    prices: [{ id: "google/compute/pd-ssd", region: "europe-west1", unit: "GiB-months", description: "contract", price: "0.1", source: "test", effectiveDate: "2026-01-01" }],
  };
  const tf = {
    "//": { cost: { priceBooks: [book] } },
    provider: { google: [{ region: "europe-west1" }] },
    resource: { google_compute_disk: { d: { name: "d", type: "pd-ssd", size: 100 } } },
  };
  fs.writeFileSync(path.join(dir, "stacks", "s", "cdk.tf.json"), JSON.stringify(tf));
  const [report] = loadReports(dir);
  // 100 GiB at the contract's 0.1 (list 0.17)
  expect(report.monthlyCost.expected).toBe("10");
  expect(report.listMonthlyCost.expected).toBe("17");
});
