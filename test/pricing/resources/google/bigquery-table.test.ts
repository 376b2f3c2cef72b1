import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_bigquery_table", () => {
  const report = pricerGolden(__filename, "bigquery-table");
  const lines = (address: string) => Object.fromEntries(resourceOf(report, address).components.map((c) => [c.name, c]));

  test("storage and ingestion by usage, at the dataset's location (usage case)", () => {
    const events = lines("google_bigquery_table.events");
    expect(events["Active storage (logical)"].monthlyCost.expected).toBe("20");
    expect(events["Long-term storage (logical)"].monthlyCost.expected).toBe("20");
    expect(events["Streaming inserts"].monthlyCost.expected).toBe("0.5");
    expect(events["Storage Write API"].monthlyCost.expected).toBe("12.5");
    expect(resourceOf(report, "google_bigquery_table.events").monthlyCost.expected).toBe("53");
    expect(resourceOf(report, "google_bigquery_table.events").region).toBe("us");
  });

  test("a literal dataset_id finds its dataset; no usage shows unit prices that depend on usage", () => {
    const literal = resourceOf(report, "google_bigquery_table.literal");
    expect(literal.region).toBe("us");
    expect(literal.components.every((c) => c.dependsOnUsage === true)).toBe(true);
  });

  test("physical billing model comes from the dataset; the Write API bills at the US multi-region rate", () => {
    const phys = lines("google_bigquery_table.phys_table");
    expect(phys["Active storage (physical)"].monthlyCost.expected).toBe("4");
    expect(phys["Storage Write API"].priceId).toBe("google/bigquery/storage-write-api@us");
    expect(phys["Streaming inserts"].priceId).toBe("google/bigquery/streaming-inserts@us-central1");
  });

  test("streaming inserts at the dataset's regional rate", () => {
    const sp = lines("google_bigquery_table.sp_events");
    expect(sp["Streaming inserts"].priceId).toBe("google/bigquery/streaming-inserts@southamerica-east1");
    expect(sp["Streaming inserts"].unitPrice).toBe("0.00009");
    expect(sp["Streaming inserts"].monthlyCost.expected).toBe("0.9");
  });

  test("views and external tables are free; materialized views bill storage only", () => {
    expect(report.free.map((f) => f.address)).toEqual(["google_bigquery_table.external", "google_bigquery_table.view"]);
    expect(Object.keys(lines("google_bigquery_table.mv"))).toEqual(["Active storage (logical)", "Long-term storage (logical)"]);
  });

  test("no dataset in the configuration or no regional rate: unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`).join("\n");
    expect(reasons).toMatch(/google_bigquery_table.orphan .*location of dataset not_here/);
    expect(reasons).toMatch(/google_bigquery_table.phys_table Long-term storage \(physical\): no price for google\/bigquery\/long-term-physical-storage in us-central1/);
    expect(reasons).toMatch(/google_bigquery_table.sp_events Storage Write API: no price for google\/bigquery\/storage-write-api in southamerica-east1/);
    expect(report.monthlyCost.expected).toBe("58.9");
  });
});
