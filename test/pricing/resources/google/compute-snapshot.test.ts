import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_snapshot", () => {
  const report = pricerGolden(__filename, "compute-snapshot");
  const res = (name: string) => resourceOf(report, `google_compute_snapshot.${name}`);

  test("stored GiB from usage at the storage location's price: a region or a multi-region", () => {
    expect(res("nightly").components.map((c) => [c.name, c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([["Storage (standard)", "120", "0.05", "6"]]);
    expect(res("eu_multi").monthlyCost.expected).toBe("3");
    expect(res("eu_multi").region).toBe("eu");
    expect(res("tokyo").monthlyCost.expected).toBe("6.4");
  });

  test("without storage_locations: the multi-region closest to the disk; without usage: the source disk's size", () => {
    expect(res("default_us").region).toBe("us");
    expect(res("default_us").components.map((c) => [c.name, c.monthlyQuantity.expected, c.unitPrice, c.monthlyCost.expected])).toEqual([["Storage (standard, source disk size)", "200", "0.065", "13"]]);
    // a source disk outside the configuration: the line depends on usage
    expect(res("external_source").region).toBe("asia");
    expect(res("external_source").components[0]).toMatchObject({ name: "Storage (standard)", unitPrice: "0.083", dependsOnUsage: true });
    expect(report.monthlyCost.expected).toBe("65.4"); // snapshots 28.4 + the two disks 34 + 3
  });

  test("archive snapshots and unknown default locations are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address.replace(/^.*\./, ""), `${u.component ?? ""}: ${u.reason}`]));
    expect(reasons.archive).toBe("Storage (archive): no price book has google/compute/snapshot-archive");
    expect(reasons.sao_paulo).toMatch(/names no storage_locations.*southamerica-east1; set storage_locations/);
    expect(Object.keys(reasons).sort()).toEqual(["archive", "sao_paulo"]);
  });
});
