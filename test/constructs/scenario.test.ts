import * as path from "path";
import { scenarioDrivers } from "../../constructs/scenario";
import { parsePriceBook } from "../../pricing/price-book";

const SCHEMA = { defaults: { hitRate: 0.92, users: { NA: 10 } }, fractions: ["hitRate"] };
const FILE = path.join("test", "constructs", "testdata", "scenario", "discounted.yaml");

describe("scenarioDrivers", () => {
  test("without COSTKIT_SCENARIO, the baseline drivers and no price books", () => {
    const r = scenarioDrivers(SCHEMA, {});
    expect(r.drivers).toBe(SCHEMA.defaults);
    expect(r.scenario).toBeUndefined();
    expect(r.priceBooks).toEqual([]);
  });

  test("with a scenario: its overrides applied, its price books and its discounts as one override book", () => {
    const r = scenarioDrivers(SCHEMA, { COSTKIT_SCENARIO: FILE });
    expect(r.drivers).toEqual({ hitRate: 0.95, users: { NA: 10 } });
    expect(r.scenario?.name).toBe("discounted");
    expect(r.priceBooks.map((b) => b.id)).toEqual(["test-override", "scenario-discounted-discounts"]);
    expect(r.priceBooks[1]).toMatchObject({ kind: "override", effectiveDate: "2026-01-01", prices: [], discounts: [{ id: "deeper-commitment", percent: "30", scope: { provider: "google", priceIds: ["google/compute/*-core"] } }] });
    // a book the engine accepts, as the stacks carry it
    expect(parsePriceBook(r.priceBooks[1], "scenario").discounts.map((d) => d.id)).toEqual(["deeper-commitment"]);
  });
});
