import fc from "fast-check";
import { decimalText, formatUsd, Money, money, sum } from "../../pricing/money";
import { addRanges, fixed, multiplyRanges, range, scaleRange, sumRanges } from "../../pricing/range";
import { splitAcrossTiers, tier, tieredCost } from "../../pricing/tiers";

/** Decimal strings with up to 6 decimals, as prices and quantities appear in books and usage. */
const decimalString = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, scale]) => {
    const s = n.toString().padStart(scale + 1, "0");
    return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  });

const rangeArb = fc.tuple(decimalString, decimalString, decimalString).map(([a, b, c]) => {
  const [min, expected, max] = [money(a), money(b), money(c)].sort((x, y) => x.comparedTo(y));
  return range(min, expected, max);
});

describe("money", () => {
  test("parses decimal strings exactly and rejects anything else", () => {
    expect(decimalText(money("0.1").plus(money("0.2")))).toBe("0.3");
    expect(() => money("1e3")).toThrow(/not a decimal string/);
    expect(() => money("abc")).toThrow(/not a decimal string/);
    expect(() => money(Number.NaN)).toThrow(/finite/);
  });

  test("decimalText never uses exponents and writes zero as 0", () => {
    expect(decimalText(money("0.0000000001"))).toBe("0.0000000001");
    expect(decimalText(money("123456789012345678901234567890"))).toBe("123456789012345678901234567890");
    expect(decimalText(money("-0"))).toBe("0");
  });

  test("formatUsd rounds only for display and never shows a sub-cent amount as 0.00", () => {
    expect(formatUsd(money("1234567.891"))).toBe("$1,234,567.89");
    expect(formatUsd(money("0.0042"))).toBe("$0.0042");
    expect(formatUsd(money("-12.5"))).toBe("-$12.50");
    expect(formatUsd(money("3"), { signed: true })).toBe("+$3.00");
  });

  test("sums are exact and order-independent (property)", () => {
    fc.assert(
      fc.property(fc.array(decimalString, { maxLength: 30 }), (xs) => {
        const forward = sum(xs.map(money));
        const backward = sum([...xs].reverse().map(money));
        return forward.eq(backward) && decimalText(forward) === decimalText(backward);
      }),
    );
  });
});

describe("small integers in numbers", () => {
  // Integers and fractions around the 10^7 boundary, both signs, made the ways decimals are made here (from strings,
  // from numbers, and as results of arithmetic, whose representation decimal.js normalises).
  const anyDecimal = fc.oneof(
    decimalString.map((s) => money(s)),
    fc.integer({ min: -20_000_000, max: 20_000_000 }).map((n) => money(n)),
    fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 9 })).map(([n, k]) => new Money(n).times(new Money(10).pow(k))),
    fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 5 })).map(([n, k]) => new Money(n).div(new Money(10).pow(k))),
    fc.constantFrom(new Money(0), new Money("-0"), new Money(Infinity), new Money(NaN), new Money("9999999"), new Money("10000000")),
  );

  test("products of ranges and report texts are the same as decimal.js gives (property)", () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, (x, y) => {
        if (!x.isFinite() || !y.isFinite() || x.isNegative() || y.isNegative()) return;
        const product = scaleRange(fixed(x), y).min;
        expect(product.eq(x.times(y))).toBe(true);
        expect(decimalText(product)).toBe(x.times(y).isZero() ? "0" : x.times(y).toFixed());
        expect(decimalText(x)).toBe(x.isZero() ? "0" : x.toFixed());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("ranges", () => {
  test("range() refuses min > expected or expected > max", () => {
    expect(() => range(2, 1, 3)).toThrow(/out of order/);
    expect(() => range(1, 3, 2)).toThrow(/out of order/);
    expect(range(1, 1, 1)).toEqual(fixed(1));
  });

  test("sums, scaling and products keep min ≤ expected ≤ max (property)", () => {
    fc.assert(
      fc.property(rangeArb, rangeArb, decimalString, (a, b, k) => {
        for (const r of [addRanges(a, b), scaleRange(a, k), multiplyRanges(a, b), sumRanges([a, b, a])]) {
          if (r.min.gt(r.expected) || r.expected.gt(r.max)) return false;
        }
        return true;
      }),
    );
  });

  test("a sum of ranges is the sum of each bound (property)", () => {
    fc.assert(
      fc.property(fc.array(rangeArb, { maxLength: 20 }), (rs) => {
        const total = sumRanges(rs);
        return total.min.eq(sum(rs.map((r) => r.min))) && total.expected.eq(sum(rs.map((r) => r.expected))) && total.max.eq(sum(rs.map((r) => r.max)));
      }),
    );
  });
});

describe("tiers", () => {
  // CloudFront NA (https://aws.amazon.com/cloudfront/pricing/): first 10 TB 0.085, next 40 TB 0.080, next 100 TB 0.060 … (GB)
  const cf = [tier(0, "0.085"), tier(10240, "0.08"), tier(51200, "0.06"), tier(153600, "0.04")];

  test("a quantity is split across tier boundaries", () => {
    expect(splitAcrossTiers(money(60000), cf).map(decimalText)).toEqual(["10240", "40960", "8800", "0"]);
    // 10,240 × 0.085 + 40,960 × 0.08 + 8,800 × 0.06 = 870.4 + 3,276.8 + 528 = 4,675.2
    expect(decimalText(tieredCost(money(60000), cf))).toBe("4675.2");
    expect(decimalText(tieredCost(money(0), cf))).toBe("0");
  });

  test("tier parts sum back to the quantity, and cost is monotone (property)", () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        const qa = money(a), qb = money(b);
        const parts = splitAcrossTiers(qa, cf);
        const [lo, hi] = qa.lte(qb) ? [qa, qb] : [qb, qa];
        return sum(parts).eq(qa) && tieredCost(lo, cf).lte(tieredCost(hi, cf));
      }),
    );
  });
});
