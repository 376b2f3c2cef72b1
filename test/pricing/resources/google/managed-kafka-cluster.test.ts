import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_managed_kafka_cluster", () => {
  const report = pricerGolden(__filename, "managed-kafka-cluster");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => `${u.component}: ${u.reason}`);

  test("compute in Data Compute Units: 0.6 per vCPU and 0.1 per GiB of RAM, by the hour", () => {
    expect(resourceOf(report, "google_managed_kafka_cluster.small").components[0].name).toBe("Compute (3 vCPU, 3 GiB = 2.1 DCU)");
    expect(cost("google_managed_kafka_cluster.small")).toBe("137.97");
    // Google's worked example: 6 vCPU with 4 GiB each is 6 DCU, 0.54 an hour
    expect(cost("google_managed_kafka_cluster.standard")).toBe("394.2");
    expect(report.monthlyCost.expected).toBe("532.17");
  });

  test("storage has no rate in the books: unpriced with how to price it; a region without a rate is named", () => {
    expect(reasons("google_managed_kafka_cluster.standard")).toEqual([
      expect.stringMatching(/^Broker local storage: no price book has google\/managed-kafka\/local-storage; .*--price-book/),
      expect.stringMatching(/^Long-term storage: no price book has google\/managed-kafka\/long-term-storage; /),
    ]);
    expect(reasons("google_managed_kafka_cluster.europe")).toContainEqual(expect.stringMatching(/^Compute .*: no price for google\/managed-kafka\/dcu in europe-west1/));
    expect(report.free.map((f) => f.address)).toEqual(["google_managed_kafka_topic.events"]);
  });
});
