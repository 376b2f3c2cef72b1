import * as fc from "fast-check";
import { globMatches } from "../../pricing/glob";
import { parsePriceBook, PriceCatalog } from "../../pricing/price-book";
import { cpuTimer } from "../helpers/cpu";

/** The meaning of a glob, as a regular expression (fine for the short strings of the property). */
function reference(pattern: string, text: string): boolean {
  return new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join(".*")}$`, "s").test(text);
}

describe("globMatches", () => {
  test.each([
    ["google/compute/*", "google/compute/n2-core", true],
    ["google/compute/*", "google/gke/x", false],
    ["*", "", true],
    ["a*b*c", "abc", true],
    ["a*b*c", "acb", false],
    ["*core", "google/compute/n2-core", true],
    ["a*a", "a", false],
    ["google/compute/n2-core", "google/compute/n2-core", true],
    ["google.compute", "googleXcompute", false],
  ])("%s against %s is %s", (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });

  test("agrees with the regular expression it replaces", () => {
    const s = fc.string({ unit: fc.constantFrom("a", "b", "*", ".", "/"), maxLength: 8 });
    fc.assert(fc.property(s, fc.string({ unit: fc.constantFrom("a", "b", ".", "/"), maxLength: 10 }), (p, t) => globMatches(p, t) === reference(p, t)), { numRuns: 2000 });
  });

  test("a hostile pattern in a discount scope resolves fast (it took ~100 s with a backtracking regex)", () => {
    const hostile = parsePriceBook({
      formatVersion: "1", id: "hostile", kind: "override", currency: "USD", effectiveDate: "2026-07-30", prices: [],
      discounts: [{ id: "d", description: "d", percent: "10", source: "s", scope: { priceIds: ["*".repeat(40) + "Q", `${"*a".repeat(2000)}Q`] } }],
    }, "hostile.json");
    const list = parsePriceBook({
      formatVersion: "1", id: "list", kind: "list", currency: "USD", effectiveDate: "2026-07-30",
      prices: [{ id: `google/compute/${"a".repeat(3000)}`, region: "europe-west1", unit: "hours", description: "d", price: "1", source: "s", effectiveDate: "2026-07-30" }],
    }, "list.json");
    const elapsed = cpuTimer();
    const p = new PriceCatalog([list, hostile]).resolve(`google/compute/${"a".repeat(3000)}`, "europe-west1");
    expect(p?.appliedDiscounts).toEqual([]);
    expect(elapsed()).toBeLessThan(1000);
  });
});
