import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_tpu_node", () => {
  const report = pricerGolden(__filename, "tpu-node");
  const cost = (address: string) => resourceOf(report, address).monthlyCost.expected;

  test("prices device-hours; preemptible uses the Spot rate; the zone gives the region", () => {
    expect(resourceOf(report, "google_tpu_node.legacy").components[0]).toMatchObject({ name: "TPU usage (spot, v3-8)", unitPrice: "2.04" });
    expect(cost("google_tpu_node.legacy")).toBe("1489.2");
    expect(cost("google_tpu_node.eu")).toBe("3613.5");
    expect(resourceOf(report, "google_tpu_node.eu").region).toBe("europe-west4");
  });

  test("monthlyHours usage (usage case) and the provider zone", () => {
    expect(cost("google_tpu_node.half")).toBe("1642.5");
    expect(resourceOf(report, "google_tpu_node.half").region).toBe("us-central1");
  });

  test("an accelerator type not known before apply is unpriced", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`).join("\n")).toMatch(/google_tpu_node.by_var: accelerator_type is not known before apply/);
    expect(report.monthlyCost.expected).toBe("6745.2");
  });
});
