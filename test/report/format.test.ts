import fc from "fast-check";
import { Money } from "../../pricing/money";
import { byCostDesc, formatLinePrice, formatUnitPrice, rankedEntries } from "../../report/format";
import { columns, tableColumns } from "../../report/table";

describe("the shared formatting of every renderer", () => {
  test("a unit price is shown exactly as the report holds it, never rounded", () => {
    expect(formatUnitPrice("0.05056")).toBe("$0.05056");
    expect(formatUnitPrice("0.000016666666666666667")).toBe("$0.000016666666666666667");
    expect(formatUnitPrice("1234.5")).toBe("$1,234.50");
    expect(formatUnitPrice("3")).toBe("$3.00");
    expect(formatUnitPrice("0")).toBe("$0.00");
  });

  test("a discounted price shows both exact prices; an undiscounted one, one", () => {
    expect(formatLinePrice({ unitPrice: "0.02607975", listUnitPrice: "0.034773" })).toBe("$0.02607975 (list $0.034773)");
    expect(formatLinePrice({ unitPrice: "0.10", listUnitPrice: "0.1" })).toBe("$0.10");
  });

  test("property: the shown unit price reads back as the exact price", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }), (digits, scale) => {
      const exact = new Money(digits.toString()).div(new Money(10).pow(scale));
      expect(new Money(formatUnitPrice(exact).replace(/[$,]/g, "")).eq(exact)).toBe(true);
    }));
  });

  test("largest cost first, ties by name with a plain comparison", () => {
    const r = (e: string) => ({ min: e, expected: e, max: e });
    expect(rankedEntries({ b: r("5"), a: r("5"), Z: r("5"), c: r("7"), d: r("0.5") }).map(([k]) => k)).toEqual(["c", "Z", "a", "b", "d"]);
    expect(byCostDesc(r("1"), { min: "1", expected: "1", max: "9" }, "a", "b")).toBeGreaterThan(0); // same expected: larger max first
  });
});

describe("terminal columns", () => {
  const aligns = ["left", "right", "left"] as const;

  test("text one column wide a character is laid out byte for byte as cli-table3 lays it out", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ unit: fc.constantFrom("a", "Z", "0", " ", "-", "(", "$", ",", "–", "─", "└") }), fc.string(), fc.string()).map((t) => t.map((s) => s.replace(/[^\x20-\x7e]/g, "x"))), { minLength: 1, maxLength: 8 }), (rows) => {
      expect(columns(rows, aligns)).toEqual(tableColumns(rows, aligns));
    }));
  });

  test("wide characters (CJK, emoji) take two columns: the next column still lines up", () => {
    const lines = columns([["日本語", "1", "x"], ["abcdef", "22", "y"], ["🙂🙂", "333", "z"]], aligns);
    expect(lines).toEqual(["日本語    1  x", "abcdef   22  y", "🙂🙂    333  z"]);
  });
});
