import { catalogOf } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";
import { generateTerraform } from "../../bench/generate";
import { parsePriceBook } from "../../pricing/price-book";
import { assertReportInvariants } from "../helpers/invariants";

// A catalog keeps the prices it resolved and the books stay read across estimates; neither may change a report.
describe("estimates do not depend on what was estimated before", () => {
  const price = (json: unknown) => JSON.stringify(estimate(readTerraform(json, "doc.tf.json"), { stack: "s", catalog: catalogOf(), registry: DEFAULT_REGISTRY }));

  test("the same document gives the same bytes before and after others, in either shape", () => {
    const a = generateTerraform(40, DEFAULT_REGISTRY.types(), "cdktf");
    const b = generateTerraform(57, DEFAULT_REGISTRY.types(), "bare");
    const first = price(a);
    const other = price(b);
    expect(price(a)).toBe(first);
    expect(price(b)).toBe(other);
  });

  test("a resource priced alone is priced as it is among thousands that share its quantities", () => {
    const many = generateTerraform(800, DEFAULT_REGISTRY.types(), "bare") as { resource: Record<string, Record<string, unknown>> };
    const report = JSON.parse(price(many));
    for (const address of ["google_compute_instance.r000002", "google_container_node_pool.r000793", "aws_ebs_volume.r000005"]) {
      const [type, name] = address.split(".");
      const alone = JSON.parse(price({ provider: (many as Record<string, unknown>).provider, resource: { [type]: { [name]: many.resource[type][name] } } }));
      expect(report.resources.find((r: { address: string }) => r.address === address)).toEqual(alone.resources[0]);
    }
  });
});

describe("stack totals, tallied by value", () => {
  // 800 generated resources repeat a few hundred totals; a 25 % commitment on Compute Engine puts some off list.
  const commitment = parsePriceBook(
    {
      formatVersion: "1", id: "commitment", kind: "override", currency: "USD", effectiveDate: "2026-01-01", prices: [],
      discounts: [{ id: "cud-25", description: "25 % committed use", percent: "25", scope: { provider: "google", priceIds: ["google/compute/*"] }, source: "test" }],
    },
    "commitment.json",
  );
  const doc = readTerraform(generateTerraform(800, DEFAULT_REGISTRY.types(), "bare"), "doc.tf.json");

  test.each([
    ["with the default books (sustained use is off list)", () => catalogOf()],
    ["with a commitment on some lines", () => catalogOf([], {}, [commitment])],
  ])("%s: the stack's totals are exactly the sums of its resources' (and list differs only off list)", (_name, catalog) => {
    const report = estimate(doc, { stack: "s", catalog: catalog(), registry: DEFAULT_REGISTRY });
    assertReportInvariants(report);
    const distinct = new Set(report.resources.map((r) => JSON.stringify(r.monthlyCost)));
    expect(distinct.size).toBeLessThan(report.resources.length / 2); // the case the tally is for
    const offList = report.resources.some((r) => r.listMonthlyCost !== r.monthlyCost && JSON.stringify(r.listMonthlyCost) !== JSON.stringify(r.monthlyCost));
    expect(JSON.stringify(report.listMonthlyCost) !== JSON.stringify(report.monthlyCost)).toBe(offList);
  });
});
