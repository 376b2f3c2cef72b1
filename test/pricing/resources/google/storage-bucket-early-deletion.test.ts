import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_storage_bucket early deletion (usage objectLifetimeDays)", () => {
  const report = pricerGolden(__filename, "storage-bucket-early-deletion");
  const line = (address: string, name: string) => resourceOf(report, `google_storage_bucket.${address}`).components.find((c) => c.name === name);

  test("objects deleted before the class's minimum duration pay the remaining days: stored × (M − L) ÷ L GiB-months", () => {
    expect(line("nearline", "Early deletion (nearline)")?.monthlyQuantity.expected).toBe("2000");
    expect(line("nearline", "Early deletion (nearline)")?.monthlyCost.expected).toBe("20");
    expect(line("nearline_week", "Early deletion (nearline)")?.monthlyQuantity.expected).toBe("328.571429");
    expect(line("archive", "Early deletion (archive)")?.monthlyCost.expected).toBe("0.954");
  });

  test("no early deletion at or above the minimum duration, nor for Standard", () => {
    expect(resourceOf(report, "google_storage_bucket.coldline_long").components.filter((c) => c.name.startsWith("Early deletion"))).toEqual([]);
    expect(resourceOf(report, "google_storage_bucket.coldline_long").monthlyCost.expected).toBe("2");
    expect(line("standard", "Early deletion (standard)")).toBeUndefined();
  });
});
