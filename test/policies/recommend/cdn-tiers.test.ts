import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { recommendationsFor } from "../../../cli/recommend";
import { catalogOf, embeddedBooks } from "../../../pricing/books";
import { estimate } from "../../../pricing/estimate";
import { Money } from "../../../pricing/money";
import { parsePriceBook } from "../../../pricing/price-book";
import { DEFAULT_REGISTRY } from "../../../pricing/resources";
import { readTerraform } from "../../../pricing/terraform";

/** testdata/cdn-tiers.tf.json: Fastly's tiered list price against Cloudflare's flat contract rate (its comment gives each split's cost). */
const FIXTURE = path.join(__dirname, "testdata", "cdn-tiers.tf.json");
const json = () => JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
const RATES = parsePriceBook({
  formatVersion: "1", id: "cdn-contract-rates", kind: "override", currency: "USD", effectiveDate: "2024-09-01", description: "test",
  prices: [{ id: "cloudflare/cdn/egress", region: "NA", unit: "GB", description: "rate", price: "0.1", source: "test contract", effectiveDate: "2024-09-01" }],
}, "rates");

function total(doc: unknown): Money {
  const d = readTerraform(doc, "fixture.tf.json");
  return new Money(estimate(d, { stack: "s", catalog: catalogOf([], {}, [...embeddedBooks(d), RATES]), registry: DEFAULT_REGISTRY }).monthlyCost.expected);
}

describe("Savings-CDN1 with volume tiers", () => {
  const [r] = recommendationsFor(FIXTURE).filter((x) => x.rule === "Savings-CDN1");

  test("fires: the split that fills Fastly's cheaper second tier (80 %), which first-tier rates would miss; saves 600", () => {
    expect(r.details?.split).toEqual({ cloudflare: { NA: "0.2" }, fastly: { NA: "0.8" } });
    expect(r.details?.bindingConstraints).toEqual(["cloudflare share in NA ≥ 0.2", "fastly share in NA ≤ 0.8"]);
    expect(r.monthlySaving.expected).toBe("600");
    expect(r.assumptions.join(" ")).toContain("mixed-integer linear programming over each CDN's per-GB volume tiers");
  });

  test("the saving equals two estimates of the Terraform, before and with the traffic moved (both at the contract rates)", () => {
    const after = json();
    after["//"].cost.items[0].usage.monthlyEgressGbByGeo = { NA: "80000" };
    after["//"].cost.items[1].usage.monthlyEgressGbByGeo = { NA: "20000" };
    expect(total(json()).minus(total(after)).toFixed()).toBe("600");
    expect(total(json()).toFixed()).toBe("9400");
  });

  test("does not fire when the declared split is already the tiered optimum", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-cdn-tiers-"));
    const best = json();
    best["//"].cost.items[0].usage.monthlyEgressGbByGeo = { NA: "80000" };
    best["//"].cost.items[1].usage.monthlyEgressGbByGeo = { NA: "20000" };
    fs.writeFileSync(path.join(dir, "best.tf.json"), JSON.stringify(best));
    expect(recommendationsFor(path.join(dir, "best.tf.json")).filter((x) => x.rule === "Savings-CDN1")).toEqual([]);
  });
});
