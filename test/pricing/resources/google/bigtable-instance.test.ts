import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_bigtable_instance", () => {
  const report = pricerGolden(__filename, "bigtable-instance");
  const lines = (address: string) => Object.fromEntries(resourceOf(report, address).components.map((c) => [c.name, c]));
  const reasons = () => report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`).join("\n");

  test("fixed nodes at 730 h and SSD storage by usage", () => {
    const fixed = lines("google_bigtable_instance.fixed");
    expect(fixed["Nodes (c1)"].monthlyQuantity.expected).toBe("2190");
    expect(fixed["Nodes (c1)"].monthlyCost.expected).toBe("1423.5");
    expect(fixed["Storage (SSD, c1)"].monthlyCost.expected).toBe("85");
    expect(resourceOf(report, "google_bigtable_instance.fixed").category).toBe("data");
  });

  test("autoscaling bounds give a range, expectedNodes the expected value (usage case); HDD rate", () => {
    const auto = resourceOf(report, "google_bigtable_instance.autoscaled");
    expect(auto.monthlyCost).toEqual({ min: "975", expected: "1924", max: "4771" });
    expect(lines("google_bigtable_instance.autoscaled")["Storage (HDD, c-auto)"].unitPrice).toBe("0.026");
  });

  test("each cluster bills in its own region; a region without a rate is unpriced, not zero", () => {
    const rep = lines("google_bigtable_instance.replicated");
    expect(rep["Nodes (c-us)"].monthlyCost.expected).toBe("474.5");
    expect(rep["Storage (SSD, c-us)"].dependsOnUsage).toBe(true);
    expect(rep["Nodes (c-eu)"].priceId).toBe("google/bigtable/node@europe-west1");
    expect(rep["Nodes (c-eu)"].monthlyCost.expected).toBe("474.5");
    const regional = lines("google_bigtable_instance.regional");
    expect(regional["Nodes (c-sg)"].unitPrice).toBe("0.72");
    expect(regional["Nodes (c-sg)"].monthlyCost.expected).toBe("1051.2");
    expect(regional["Storage (SSD, c-sg)"].monthlyCost.expected).toBe("19");
    expect(regional["Nodes (c-sp)"].monthlyCost.expected).toBe("715.4");
    expect(regional["Storage (HDD, c-sp)"].monthlyCost.expected).toBe("3.9");
    expect(resourceOf(report, "google_bigtable_instance.regional").monthlyCost.expected).toBe("1789.5");
    expect(reasons()).toMatch(/regional Nodes \(c-syd\): no price for google\/bigtable\/node in australia-southeast1/);
    expect(reasons()).toMatch(/regional Storage \(SSD, c-syd\): no price for google\/bigtable\/ssd-storage in australia-southeast1/);
  });

  test("development instances run one node; zones default to the provider's", () => {
    expect(lines("google_bigtable_instance.dev")["Nodes (c-dev)"].monthlyCost.expected).toBe("474.5");
    expect(resourceOf(report, "google_bigtable_instance.dev").region).toBe("us-central1");
  });

  test("bad usage and unsourced rates are unpriced with the reason", () => {
    expect(reasons()).toMatch(/bad_expected Nodes \(c-x\): usage expectedNodes 5 is outside the autoscaling bounds 1..3/);
    expect(reasons()).toMatch(/backup Backup storage: no price book has google\/bigtable\/backup-storage/);
    expect(report.monthlyCost).toEqual({ min: "6172.7", expected: "7121.7", max: "9968.7" });
  });
});
