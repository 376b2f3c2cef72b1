import fc from "fast-check";
import { totalOf } from "../../pricing/estimate";
import { decimalText, Money } from "../../pricing/money";
import { CostReport } from "../../pricing/report";
import { rangeToJson, sumRanges, fixed } from "../../pricing/range";

/** A decimal string with up to `digits` significant digits and up to 12 decimals: amounts far beyond 20 digits. */
const amount = (digits: number) =>
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(digits) - 1n }), fc.integer({ min: 0, max: 12 })).map(([n, scale]) => {
    const s = n.toString().padStart(scale + 1, "0");
    return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  });

/** The exact sum of decimal strings, with BigInt arithmetic at a common scale (independent of decimal.js). */
function exactSum(values: string[]): string {
  const scale = 12;
  const total = values.reduce((acc, v) => {
    const [int, frac = ""] = v.split(".");
    return acc + BigInt(int + frac.padEnd(scale, "0"));
  }, 0n);
  const s = total.toString().padStart(scale + 1, "0");
  const text = `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/\.?0+$/, "");
  return text === "" ? "0" : text;
}

function reportOf(total: string): CostReport {
  const r = rangeToJson(fixed(total));
  return { monthlyCost: r, listMonthlyCost: r } as unknown as CostReport;
}

describe("totals are exact sums", () => {
  test("the total of many reports keeps every digit (the default decimal.js keeps only 20)", () => {
    const total = totalOf([reportOf("65000000"), reportOf("118.24680928955078125")]);
    expect(decimalText(total.expected)).toBe("65000118.24680928955078125");
  });

  test("report totals of any size and precision are exact sums, up to 40 significant digits (property)", () => {
    fc.assert(
      fc.property(fc.array(amount(27), { minLength: 1, maxLength: 30 }), (values) => {
        const expected = exactSum(values);
        expect(decimalText(totalOf(values.map(reportOf)).expected)).toBe(expected);
        expect(decimalText(sumRanges(values.map((v) => fixed(new Money(v)))).max)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
