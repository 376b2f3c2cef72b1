import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_storage_bucket", () => {
  const report = pricerGolden(__filename, "storage-bucket");
  const line = (address: string, name: string) => {
    const c = resourceOf(report, address).components.filter((x) => x.name.startsWith(name));
    if (c.length === 0) throw new Error(`no line ${name} on ${address}`);
    return c;
  };

  test("storage, operations and tiered egress from usage", () => {
    const assets = resourceOf(report, "google_storage_bucket.assets");
    expect(assets.monthlyCost.expected).toBe("258.52");
    expect(line("google_storage_bucket.assets", "Class A operations (standard)")[0].monthlyQuantity.expected).toBe("20");
    const egress = line("google_storage_bucket.assets", "Internet egress (worldwide");
    expect(egress.map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["Internet egress (worldwide, first 1,024 GiB)", "122.88"],
      ["Internet egress (worldwide, next 9,216 GiB)", "112.64"],
    ]);
    expect(assets.geo).toBe("NA");
  });

  test("lifecycle transitions show each class; usage per class prices them", () => {
    const logs = resourceOf(report, "google_storage_bucket.logs");
    expect(logs.components.filter((c) => c.name.startsWith("Storage")).map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["Storage (standard)", "2"], ["Storage (nearline)", "3"], ["Storage (coldline)", "2.4"],
    ]);
    expect(line("google_storage_bucket.logs", "Retrieval (coldline)")[0].dependsOnUsage).toBe(true);
    expect(logs.monthlyCost.expected).toBe("7.958");
    // only storageGib: priced in the default class, the transition class depends on usage
    const total = resourceOf(report, "google_storage_bucket.lifecycle_total");
    expect(total.monthlyCost.expected).toBe("10");
    expect(line("google_storage_bucket.lifecycle_total", "Storage (archive)")[0].dependsOnUsage).toBe(true);
  });

  test("multi- and dual-regions, ranges, Autoclass", () => {
    expect(resourceOf(report, "google_storage_bucket.media_us").monthlyCost).toEqual({ min: "15.6", expected: "26", max: "65" });
    // egress from a multi-region: the price every US region has (0.12 for the first TiB)
    expect(line("google_storage_bucket.media_us", "Internet egress").map((c) => [c.priceId, c.monthlyCost.expected])).toEqual([
      ["google/network/internet-egress@us", "12"],
    ]);
    expect(line("google_storage_bucket.dual", "Internet egress").map((c) => [c.priceId, c.dependsOnUsage])).toEqual([
      ["google/network/internet-egress@nam4", true],
    ]);
    expect(line("google_storage_bucket.media_us", "Storage (standard)")[0].priceId).toBe("google/storage/standard@us");
    expect(resourceOf(report, "google_storage_bucket.archive_sa").monthlyCost.expected).toBe("30");
    // regional Archive operations: $0.05 per 1,000 = 0.5 per 10K for Class A and Class B; no usage, so no cost
    expect(["Class A operations (archive)", "Class B operations (archive)"].map((n) => {
      const c = line("google_storage_bucket.archive_sa", n)[0];
      return [c.priceId, c.unitPrice, c.dependsOnUsage];
    })).toEqual([
      ["google/storage/class-a-archive@southamerica-east1", "0.5", true],
      ["google/storage/class-b-archive@southamerica-east1", "0.5", true],
    ]);
    expect(resourceOf(report, "google_storage_bucket.dual").monthlyCost.expected).toBe("8.8");
    const auto = resourceOf(report, "google_storage_bucket.autoclass");
    expect(auto.components.filter((c) => c.name.startsWith("Storage")).map((c) => c.name)).toEqual([
      "Storage (standard)", "Storage (nearline)", "Storage (coldline)", "Storage (archive)",
    ]);
    expect(auto.monthlyCost.expected).toBe("3.2");
    expect(report.monthlyCost).toEqual({ min: "334.078", expected: "344.478", max: "383.478" });
  });

  test("what cannot be priced is unpriced with the reason, never zero", () => {
    const reasons = (address: string) => report.unpriced.filter((u) => u.address === address).map((u) => `${u.component ?? ""}: ${u.reason}`);
    expect(reasons("google_storage_bucket.media_us")).toEqual([]);
    expect(reasons("google_storage_bucket.archive_sa")).toEqual([]);
    // Coldline operation prices are regional only: a dual-region Coldline bucket's operations stay unpriced
    expect(reasons("google_storage_bucket.dual").join("\n")).toMatch(/no price for google\/storage\/class-a-coldline in nam4/);
    expect(reasons("google_storage_bucket.dual").join("\n")).toMatch(/no price for google\/storage\/class-b-coldline in nam4/);
    expect(reasons("google_storage_bucket.dual").join("\n")).not.toMatch(/internet-egress/);
    expect(reasons("google_storage_bucket.autoclass")).toEqual(["Autoclass management: the Autoclass management fee (per 1,000 objects a month) is not modelled"]);
    expect(reasons("google_storage_bucket.custom_dual").join()).toMatch(/custom dual-region placement/);
    expect(reasons("google_storage_bucket.dra").join()).toMatch(/unknown storage class "DURABLE_REDUCED_AVAILABILITY"/);
    expect(reasons("google_storage_bucket.oklahoma").join()).toMatch(/no price for google\/storage\/standard in us-central2/);
    expect(reasons("google_storage_bucket.by_var").join()).toMatch(/not known before apply/);
    expect(report.resources.map((r) => r.address)).not.toContain("google_storage_bucket.oklahoma");
    expect(report.free).toEqual([{ address: "google_storage_bucket_iam_member.public", type: "google_storage_bucket_iam_member" }]);
  });
});
