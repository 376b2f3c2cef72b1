import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";
import { totalOf } from "../../pricing/estimate";
import { decimalText, exactSum as checkedSum, Money } from "../../pricing/money";
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

describe("totals beyond 40 significant digits are refused, never rounded", () => {
  test("exactSum gives the Money sum when it keeps every digit, else the exact sum (property, up to 60 digits)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(amount(12), amount(60)), { minLength: 1, maxLength: 8 }), (values) => {
        const s = checkedSum(values.map((v) => new Money(v)));
        const expected = exactSum(values);
        if ("sum" in s) expect(decimalText(s.sum)).toBe(expected);
        else expect(decimalText(s.exceeds)).toBe(expected);
      }),
      { numRuns: 500 },
    );
    expect(checkedSum([new Money("4.25e40"), new Money("0.04")])).toEqual({ exceeds: expect.anything() });
    expect(checkedSum([new Money("4.25e36"), new Money("0.04")])).toEqual({ sum: new Money("4250000000000000000000000000000000000.04") });
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-digits-"));
  const put = (name: string, resource: unknown): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify({ provider: { google: [{ project: "p", region: "europe-west1" }] }, resource }));
    return file;
  };
  const disk = (size: string | number) => ({ zone: "europe-west1-b", size, type: "pd-ssd" });

  test("fails if a stack's total needs more than 40 digits (a disk of 2.5e41 GiB beside a small one): exit 2 naming the stack", async () => {
    const file = put("stack.tf.json", { google_compute_disk: { huge: disk("250000000000000000000000000000000000000001"), small: disk(1) } });
    const { code, err, out } = await runCli(["estimate", file, "--format", "json"]);
    expect(err).toMatch(/the stack stack \(in .*stack\.tf\.json\): the min monthly cost adds up to 42500000000000000000000000000000000000000\.17, which needs more than 40 significant digits/);
    expect(code).toBe(2);
    expect(out).toBe("");
  });

  test("fails if one resource's lines add up to more than 40 digits: exit 2 naming the resource", async () => {
    const file = put("vm.tf.json", {
      google_compute_instance: { vm: { zone: "europe-west1-b", machine_type: "n2-standard-4", boot_disk: [{ initialize_params: [{ size: 2.5e41 }] }] } },
    });
    const { code, err } = await runCli(["estimate", file]);
    expect(err).toMatch(/google_compute_instance\.vm \(in .*vm\.tf\.json\): the min monthly cost adds up to 1\d{40}\.\d+, which needs more than 40 significant digits/);
    expect(code).toBe(2);
  });

  test("a total of 40 significant digits is written, and diff accepts the report", async () => {
    const file = put("fits.tf.json", { google_compute_disk: { big: disk("25000000000000000000000000000000000000"), small: disk(1) } });
    const out = path.join(dir, "fits.json");
    const run = await runCli(["estimate", file, "--format", "json", "--out", out]);
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, "utf8")).monthlyCost.expected).toBe("4250000000000000000000000000000000000.17");
    expect((await runCli(["diff", out, out])).code).toBe(0);
  });
});
