import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_bigquery_dataset", () => {
  const report = pricerGolden(__filename, "bigquery-dataset");
  const lines = (address: string) => Object.fromEntries(resourceOf(report, address).components.map((c) => [c.name, c]));

  test("prices queries per TiB and undeclared-table storage at the location's rates", () => {
    const us = lines("google_bigquery_dataset.us_default");
    expect(us["Queries (on-demand)"].monthlyCost.expected).toBe("62.5");
    expect(us["Active storage (logical)"].monthlyCost.expected).toBe("20");
    expect(us["Long-term storage (logical)"].monthlyCost.expected).toBe("5");
    expect(resourceOf(report, "google_bigquery_dataset.us_default").region).toBe("us");
    expect(resourceOf(report, "google_bigquery_dataset.us_default").category).toBe("data");
  });

  test("physical billing model and a query range (usage case)", () => {
    const eu = resourceOf(report, "google_bigquery_dataset.eu_physical");
    expect(eu.region).toBe("eu");
    expect(eu.monthlyCost).toEqual({ min: "17.25", expected: "23.5", max: "36" });
    expect(lines("google_bigquery_dataset.eu_physical")["Active storage (physical)"].unitPrice).toBe("0.044");
  });

  test("no usage: lines show the unit price and depend on usage; declared tables carry their own storage", () => {
    const sp = resourceOf(report, "google_bigquery_dataset.sao_paulo");
    expect(sp.components.every((c) => c.dependsOnUsage === true)).toBe(true);
    expect(lines("google_bigquery_dataset.sao_paulo")["Queries (on-demand)"].unitPrice).toBe("11.25");
    const wt = resourceOf(report, "google_bigquery_dataset.with_tables");
    expect(wt.components.map((c) => c.name)).toEqual(["Queries (on-demand)"]);
    expect(wt.monthlyCost.expected).toBe("33.75");
    expect(report.free).toEqual([{ address: "google_bigquery_table.v", type: "google_bigquery_table" }]);
  });

  test("unknown locations and missing prices are unpriced, never zero", () => {
    const reasons = report.unpriced.map((u) => `${u.address}: ${u.reason}`).join("\n");
    expect(reasons).toMatch(/google_bigquery_dataset.by_ref: .*not known before apply/);
    expect(reasons).toMatch(/google_bigquery_dataset.tokyo: no price for google\/bigquery\/analysis-on-demand in asia-northeast1/);
    expect(report.monthlyCost).toEqual({ min: "138.5", expected: "144.75", max: "157.25" });
  });
});
