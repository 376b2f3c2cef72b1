import fc from "fast-check";
import { formatQuantity, formatUsd, Money } from "../../pricing/money";
import { formatLinePrice, formatQty, formatUnitPrice, rankByCost, rankedEntries, usd } from "../../report/format";
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

  test("property: amounts, unit prices and quantities read as text are written as through Money", () => {
    const digits = fc.stringMatching(/^[0-9]{1,12}$/);
    const text = fc.tuple(digits, fc.option(digits, { nil: undefined })).map(([i, f]) => (f === undefined ? i : `${i}.${f}`));
    fc.assert(fc.property(text, (t) => {
      expect(usd(t)).toBe(formatUsd(new Money(t)));
      expect(formatUnitPrice(t)).toBe(formatUnitPrice(new Money(t)));
      expect(formatQty(t)).toBe(formatQuantity(new Money(t)));
      expect(formatLinePrice({ unitPrice: t, listUnitPrice: t })).toBe(formatUnitPrice(new Money(t)));
    }), { numRuns: 2000 });
    for (const t of ["0", "00.50", "0.005", "1234567.125", "-3.5", "1e3", "0.00001"]) {
      expect(usd(t)).toBe(formatUsd(new Money(t)));
      expect(formatQty(t)).toBe(formatQuantity(new Money(t)));
    }
  });

  test("largest cost first, ties by name with a plain comparison", () => {
    const r = (e: string) => ({ min: e, expected: e, max: e });
    expect(rankedEntries({ b: r("5"), a: r("5"), Z: r("5"), c: r("7"), d: r("0.5") }).map(([k]) => k)).toEqual(["c", "Z", "a", "b", "d"]);
    const open = { name: "b", cost: { min: "1", expected: "1", max: "9" } };
    expect(rankByCost([{ name: "a", cost: r("1") }, open], (x) => x.cost, (x) => x.name)).toEqual([open, { name: "a", cost: r("1") }]); // same expected: larger max first
  });

  test("property: ranking parses each amount once and orders as comparing the decimals would", () => {
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 })).map(([d, s]) => new Money(d.toString()).div(new Money(10).pow(s)).toFixed());
    fc.assert(fc.property(fc.array(fc.tuple(amount, amount, fc.string({ maxLength: 3 })), { maxLength: 30 }), (rows) => {
      const ranked = rankByCost(rows, ([e, m]) => ({ min: e, expected: e, max: m }), ([, , n]) => n);
      for (let i = 1; i < ranked.length; i++) {
        const [ea, ma, na] = ranked[i - 1], [eb, mb, nb] = ranked[i];
        const c = new Money(eb).cmp(ea) || new Money(mb).cmp(ma) || (na < nb ? -1 : na > nb ? 1 : 0);
        expect(c).toBeLessThanOrEqual(0);
      }
    }));
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
