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

describe("reports read for diff and check keep the contract's invariants", () => {
  const fixtureReport = () => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "report", "testdata", "machine-type.head.json"), "utf8"));
  const write = (report: unknown) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costkit-inv-")), "cost-report.json");
    fs.writeFileSync(file, JSON.stringify(report));
    return file;
  };

  test("a resource total that is not the sum of its lines, or a report total that is not the sum of its resources, is bad input naming the path", () => {
    const edited = fixtureReport();
    edited.resources[0].monthlyCost = { min: "99999", expected: "99999", max: "99999" };
    expect(() => loadReports(write(edited))).toThrow(/is not a valid cost report: at resources\[0\]\.monthlyCost\.min, 99999 is not the sum of its components' monthlyCost/);
    const total = fixtureReport();
    total.monthlyCost = { min: "1", expected: "1", max: "1" };
    expect(() => loadReports(write(total))).toThrow(/at monthlyCost\.min, 1 is not the sum of its resources' monthlyCost/);
  });

  test("a range out of order is bad input", () => {
    const r = fixtureReport();
    r.resources[0].components[0].monthlyQuantity = { min: "500", expected: "50", max: "50" };
    expect(() => loadReports(write(r))).toThrow(/at resources\[0\]\.components\[0\]\.monthlyQuantity, the range is out of order \(min 500, expected 50, max 50\)/);
  });

  test("the reports costkit writes pass", () => {
    expect(loadReports(write(fixtureReport()))).toHaveLength(1);
  });
});
