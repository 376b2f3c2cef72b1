import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_container_node_pool: location given as its cluster's", () => {
  const report = pricerGolden(__filename, "container-node-pool-location-ref");

  test("a reference to a cluster's location in this configuration is that location", () => {
    const pool = resourceOf(report, "google_container_node_pool.by_ref");
    expect(pool.region).toBe("us-central1");
    expect(pool.monthlyCost.expected).toBe("68.9183366");
    expect(report.monthlyCost.expected).toBe("141.9183366");
  });

  test("a reference to a cluster that is not in the configuration stays unknown", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      "google_container_node_pool.elsewhere: location is not known before apply (${google_container_cluster.other.location})",
    ]);
  });
});
