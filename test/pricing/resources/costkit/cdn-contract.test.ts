import * as path from "path";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("costkit_cdn_contract", () => {
  const report = pricerGolden(__filename, "cdn-contract", [path.join(__dirname, "testdata", "cdn-contract.negotiated.json")]);
  const lines = (address: string) => resourceOf(report, address).components;
  const unpriced = (address: string) => report.unpriced.filter((u) => u.address === address);

  test("Fastly list prices: egress by viewer geo in SI GB, tiered at 10,000 GB; requests per 10K by geo", () => {
    const fastly = lines("costkit_cdn_contract.fastly_list");
    expect(fastly.filter((c) => c.priceId === "fastly/cdn/egress@NA").map((c) => [c.name, c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["CDN egress (NA, first 10,000 GB)", "10000", "0.12", "1200"],
      ["CDN egress (NA, over 10,000 GB)", "10000", "0.08", "800"],
    ]);
    expect(fastly.find((c) => c.name === "CDN egress (EU, first 10,000 GB)")?.monthlyCost).toEqual({ min: "60", expected: "120", max: "240" });
    expect(fastly.find((c) => c.name === "CDN egress (APAC, first 10,000 GB)")?.monthlyCost.expected).toBe("190");
    expect(fastly.filter((c) => c.name.startsWith("Requests")).map((c) => [c.name, c.monthlyQuantity.expected, c.monthlyCost.expected, c.geo])).toEqual([
      ["Requests (NA)", "1000", "7.5", "NA"],
      ["Requests (EU)", "200", "1.5", "EU"],
      ["Requests (APAC)", "100", "0.9", "APAC"],
    ]);
    const r = resourceOf(report, "costkit_cdn_contract.fastly_list");
    expect(r.monthlyCost).toEqual({ min: "2259.9", expected: "2319.9", max: "2439.9" });
    expect([r.provider, r.category, r.region, r.tags]).toEqual(["fastly", "cdn", "global", { "seed-line": "cdn-fastly" }]);
    expect(fastly.some((c) => c.name === "Monthly minimum top-up")).toBe(false);
  });

  test("below the monthly minimum a top-up line brings the bill to the minimum (Fastly's docs example: $8.70 billed as $50)", () => {
    const small = lines("costkit_cdn_contract.fastly_small");
    expect(small.map((c) => [c.name, c.monthlyQuantity.expected, c.unit, c.unitPrice, c.monthlyCost.expected])).toEqual([
      ["CDN egress (NA, first 10,000 GB)", "10", "GB", "0.12", "1.2"],
      ["Requests (NA)", "1000", "10K requests", "0.0075", "7.5"],
      ["Monthly minimum top-up", "41.3", "USD", "1", "41.3"],
    ]);
    expect(resourceOf(report, "costkit_cdn_contract.fastly_small").monthlyCost.expected).toBe("50");
  });

  test("monthlyRequests is split across geos by expected egress", () => {
    const split = lines("costkit_cdn_contract.fastly_split").filter((c) => c.name.startsWith("Requests"));
    expect(split.map((c) => [c.name, c.monthlyQuantity.expected, c.monthlyCost.expected])).toEqual([
      ["Requests (NA)", "300", "2.25"],
      ["Requests (EU)", "100", "0.75"],
    ]);
    expect(resourceOf(report, "costkit_cdn_contract.fastly_split").monthlyCost.expected).toBe("483");
  });

  test("with a usage range the top-up is exact at expected and takes its bounds from the opposite usage bounds", () => {
    const top = lines("costkit_cdn_contract.fastly_range").find((c) => c.name === "Monthly minimum top-up");
    expect(top?.monthlyQuantity).toEqual({ min: "0", expected: "1.25", max: "37.25" });
    expect(resourceOf(report, "costkit_cdn_contract.fastly_range").monthlyCost).toEqual({ min: "12.75", expected: "50", max: "158" });
  });

  test("Cloudflare has no public list: priced only from the contract (override) rate, list = contract", () => {
    const cf = resourceOf(report, "costkit_cdn_contract.cloudflare_contract");
    expect(cf.monthlyCost.expected).toBe("30000");
    expect(cf.listMonthlyCost.expected).toBe("30000");
    const na = cf.components.find((c) => c.name === "CDN egress (NA)");
    expect([na?.unitPrice, na?.listUnitPrice, na?.adjustments]).toEqual(["0.02", "0.02", ["test-cdn-contract"]]);
    // requests are included in the contract's per-GB rate (0 in the override), shown as depending on usage
    expect(cf.components.filter((c) => c.name.startsWith("Requests")).map((c) => [c.name, c.unitPrice, c.dependsOnUsage])).toEqual([
      ["Requests (NA)", "0", true],
      ["Requests (EU)", "0", true],
    ]);
  });

  test("a minimum that cannot be compared with usage, a vendor without any price, and an unknown vendor are unpriced with the reason", () => {
    expect(unpriced("costkit_cdn_contract.cloudflare_minimum")).toEqual([
      expect.objectContaining({ component: "Monthly minimum top-up", reason: expect.stringMatching(/cloudflare\/cdn\/egress has no public list price in NA/) }),
    ]);
    expect(resourceOf(report, "costkit_cdn_contract.cloudflare_minimum").monthlyCost.expected).toBe("20");
    expect(unpriced("costkit_cdn_contract.akamai_no_book").map((u) => u.reason)).toContain("no price book has akamai/cdn/egress");
    expect(unpriced("costkit_cdn_contract.bad_vendor")[0].reason).toMatch(/vendor is "limelight"; a CDN contract is one of fastly, cloudflare, akamai/);
  });

  test("without usage every geo shows its unit price, depending on usage", () => {
    const none = lines("costkit_cdn_contract.fastly_no_usage");
    expect(none.filter((c) => c.dependsOnUsage).map((c) => c.name)).toEqual([
      "CDN egress (NA, first 10,000 GB)", "CDN egress (EU, first 10,000 GB)", "CDN egress (LATAM, first 10,000 GB)",
      "CDN egress (APAC, first 10,000 GB)", "CDN egress (OTHER, first 10,000 GB)",
      "Requests (NA)", "Requests (EU)", "Requests (LATAM)", "Requests (APAC)", "Requests (OTHER)", "Monthly minimum top-up",
    ]);
    expect(report.monthlyCost).toEqual({ min: "32825.65", expected: "32922.9", max: "33150.9" });
  });
});
