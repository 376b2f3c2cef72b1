import * as path from "path";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

const DECLARED = path.join(__dirname, "testdata", "onprem-declared.book.json");

describe("costkit_onprem_tape", () => {
  const report = pricerGolden(__filename, "onprem-tape", [DECLARED]);

  test("cartridges from the data, and libraries, straight-line over the life", () => {
    const a = resourceOf(report, "costkit_onprem_tape.archive");
    expect(a.components.map((c) => [c.name, c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["Tape cartridges (LTO-9, straight-line over 5 years)", "92.6", "92", "8519.2"],
      ["Tape libraries and drives (lib-10k, straight-line over 5 years)", "0.0166666667", "1200000", "20000.00004"],
    ]);
    expect(a.category).toBe("storage");
    const two = resourceOf(report, "costkit_onprem_tape.two_copy");
    expect(two.components.map((c) => [c.name, c.monthlyQuantity.expected, c.monthlyCost.expected])).toEqual([
      ["Tape cartridges (LTO-10, straight-line over 4 years)", "1.25", "362.5"],
    ]);
    expect(report.monthlyCost.expected).toBe("28881.70004");
  });

  test("an unknown medium is unpriced with the reason", () => {
    expect(report.unpriced).toEqual([expect.objectContaining({ address: "costkit_onprem_tape.bad_media", reason: 'attribute media is "lto-5"; costkit prices lto-9, lto-10' })]);
  });
});
