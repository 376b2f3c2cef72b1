import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../../pricing/errors";
import { ImportInput } from "../../../pricing/import/aws-offer";
import { gcpSkus, importGcpSkus } from "../../../pricing/import/gcp-skus";
import { defaultMappingFile, loadMapping } from "../../../pricing/import/mapping";
import { parsePriceBook, PriceEntryJson } from "../../../pricing/price-book";
import { expectGolden } from "../../helpers/golden";

/*
 * Fixtures (testdata/): services.skus.list responses of Compute Engine and Cloud Storage, hand-written, prices invented.
 * | SKU             | description                                   | becomes                                              | price (ours)              |
 * | CK01-N2C0-AMER  | N2 Instance Core running in Americas          | google/compute/n2-core @ us-central1, us-east1, us-west1 | 0.033333 (latest pricingInfo; 0.031611 is history) |
 * | CK02-N2R0-AMER  | N2 Instance Ram running in Americas           | google/compute/n2-ram, GiBy.h → GiB-hours            | 0.004444                  |
 * | CK03/CK04       | E2 Instance Core / Ram running in Americas    | google/compute/e2-core, e2-ram @ us-central1         | 0.02181159 / 0.00292353 (= the checked-in book) |
 * | CK08-PDBA-IOWA  | Balanced PD Capacity                          | google/compute/pd-balanced @ us-central1             | 0.1111                    |
 * | CK10-EGRS-AMAM  | Network Internet Egress from Americas to Americas | google/network/internet-egress, GiBy stays GiB   | 0.1212 / 0.1111 / 0.0808 at 0 / 1,024 / 10,240 GiB |
 * | CK20, CK21      | Standard Storage Iowa; … US Multi-region      | google/storage/standard @ us-central1; @ us          | 0.0222; 0.0277            |
 * | CK07, CK09, CK11, CK23, CK24 | C3 core, Regional Balanced PD, egress to China, dual-region, Class A ops | no rule |           |
 */
const dir = path.join(__dirname, "testdata");
const read = (f: string): ImportInput => ({ file: path.relative(process.cwd(), path.join(dir, f)), json: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) });
const mapping = loadMapping(path.relative(process.cwd(), defaultMappingFile("gcp-skus")), "gcp-skus");
const FILES = ["gcp-compute.skus.json", "gcp-storage.skus.json"];
const entry = (prices: readonly PriceEntryJson[], id: string, region: string) => {
  const e = prices.find((p) => p.id === id && p.region === region);
  if (!e) throw new Error(`no ${id}@${region}`);
  return e;
};

describe("Cloud Billing Catalog import", () => {
  const result = importGcpSkus(FILES.map(read), mapping, {});
  const prices = result.book.prices;

  test("writes a book that validates, with the latest effective date as its own", () => {
    const book = parsePriceBook(JSON.parse(result.text), "imported.json");
    expect(book.id).toBe("gcp-skus-2026-01-10");
    expect(book.effectiveDate).toBe("2026-01-10");
    expectGolden(result.text, path.join(dir, "gcp.book.golden.json"));
  });

  test("one price per service region, from the latest pricingInfo, units + nanos exactly", () => {
    for (const region of ["us-central1", "us-east1", "us-west1"]) {
      expect(entry(prices, "google/compute/n2-core", region)).toMatchObject({ unit: "vCPU-hours", price: "0.033333", sku: "CK01-N2C0-AMER", effectiveDate: "2026-01-10" });
    }
    expect(entry(prices, "google/compute/n2-core", "europe-west1").price).toBe("0.036666");
    expect(entry(prices, "google/compute/n2-ram", "us-central1")).toMatchObject({ unit: "GiB-hours", price: "0.004444", description: "N2 Instance Ram running in Americas" });
    expect(entry(prices, "google/compute/e2-core", "us-central1")).toMatchObject({ price: "0.02181159", effectiveDate: "2025-12-15" });
    expect(result.text).not.toContain("0.031611");
  });

  test("keeps tiers in GiB, and the multi-region from the description", () => {
    const egress = entry(prices, "google/network/internet-egress", "us-central1");
    expect(egress.unit).toBe("GiB");
    expect(egress.tiers).toEqual([{ start: "0", price: "0.1212" }, { start: "1024", price: "0.1111" }, { start: "10240", price: "0.0808" }]);
    expect(egress.notes).toContain("per account, monthly");
    expect(entry(prices, "google/storage/standard", "us").price).toBe("0.0277");
    expect(entry(prices, "google/storage/standard", "us-central1").price).toBe("0.0222");
    expect(entry(prices, "google/compute/pd-balanced", "us-central1").price).toBe("0.1111");
  });

  test("leaves regional disks, dual-regions, China egress and unknown series unmatched", () => {
    expect(result.report.unmatched.count).toBe(5);
    expect(result.report.unmatched.examples.map((e) => e.split(":")[0])).toEqual(["CK07-C3C0-AMER", "CK09-PDBR-IOWA", "CK11-EGRS-AMCN", "CK23-GCSS-DUAL", "CK24-GCSA-OPS0"]);
    expect(prices.some((p) => p.region === "europe-west2")).toBe(false);
    expect(result.report.rulesWithoutPrice.map((r) => r.rule)).toEqual(expect.arrayContaining(["pd-standard", "pd-ssd", "gcs-coldline"]));
    expectGolden(JSON.stringify({ ...result.report, notCovered: undefined }, null, 2) + "\n", path.join(dir, "gcp.report.golden.json"));
  });

  test("is idempotent", () => {
    expect(importGcpSkus(FILES.map(read).reverse(), mapping, {}).text).toBe(result.text);
  });
});

describe("Cloud Billing Catalog edge cases", () => {
  const sku = (over: Record<string, unknown>, rates: unknown[], unit = "h") => ({
    name: "services/6F81-5844-456A/skus/X", skuId: "X", description: "N2 Instance Core running in Americas",
    category: { serviceDisplayName: "Compute Engine", resourceFamily: "Compute", resourceGroup: "CPU", usageType: "OnDemand" },
    serviceRegions: ["us-central1"],
    pricingInfo: [{ pricingExpression: { usageUnit: unit, tieredRates: rates }, effectiveTime: "2026-02-03T04:05:06Z" }],
    ...over,
  });
  const run = (skus: unknown[]) => importGcpSkus([{ file: "edge.json", json: { skus } }], mapping, { bookId: "edge" });

  test("proto3 JSON leaves out zero fields: no startUsageAmount, no units, no nanos", () => {
    const r = run([
      sku({}, [{ unitPrice: { currencyCode: "USD", nanos: 12345678 } }]),
      sku({ skuId: "Y", description: "N2 Instance Ram running in Americas", category: { resourceFamily: "Compute", resourceGroup: "RAM", usageType: "OnDemand" } }, [{ unitPrice: { currencyCode: "USD", units: "2" } }], "GiBy.h"),
    ]);
    expect(r.book.prices.map((p) => [p.id, p.price])).toEqual([["google/compute/n2-core", "0.012345678"], ["google/compute/n2-ram", "2"]]);
    expect(r.book.effectiveDate).toBe("2026-02-03");
  });

  test("a price in another currency or a tier list that does not start at 0 is skipped with the reason", () => {
    const r = run([
      sku({}, [{ unitPrice: { currencyCode: "EUR", nanos: 1 } }]),
      sku({ skuId: "Z" }, [{ startUsageAmount: 5, unitPrice: { currencyCode: "USD", nanos: 1 } }]),
      sku({ skuId: "W", serviceRegions: ["europe-west1"] }, [{ unitPrice: { currencyCode: "USD", nanos: 5 } }], "GiBy"),
      sku({ skuId: "V", serviceRegions: ["asia-southeast1"] }, [{ unitPrice: { currencyCode: "USD", nanos: 7 } }]),
    ]);
    expect(r.report.skipped).toEqual([
      { sku: "W", rule: "n2-core", reason: 'unit "GiBy", but the rule expects "h"' },
      { sku: "X", rule: "n2-core", reason: "the price is in EUR; costkit books are in USD (list SKUs with currencyCode=USD)" },
      { sku: "Z", rule: "n2-core", reason: "its first tier starts at 5, not 0" },
    ]);
    expect(r.book.prices.map((p) => p.region)).toEqual(["asia-southeast1"]);
  });

  test("accepts a list of pages or a list of SKUs; rejects anything else naming the file", () => {
    const one = sku({}, [{ unitPrice: { currencyCode: "USD", nanos: 1 } }]);
    expect(gcpSkus([{ skus: [one] }, { skus: [] }], "pages.json").skus).toHaveLength(1);
    expect(gcpSkus([one], "list.json").skus).toHaveLength(1);
    expect(() => gcpSkus({ products: {} }, "offer.json")).toThrow(InputError);
    expect(() => gcpSkus({ products: {} }, "offer.json")).toThrow(/offer\.json is not a Cloud Billing Catalog SKU list: it has no "skus" list/);
  });
});
