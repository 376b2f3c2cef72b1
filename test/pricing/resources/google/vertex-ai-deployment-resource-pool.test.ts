import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_vertex_ai_deployment_resource_pool", () => {
  const report = pricerGolden(__filename, "vertex-ai-deployment-resource-pool");

  test("replica bounds from dedicated_resources give a range; attached T4s bill per GPU-hour", () => {
    expect(resourceOf(report, "google_vertex_ai_deployment_resource_pool.t4").monthlyCost).toEqual({ min: "453.3291605", expected: "453.3291605", max: "906.658321" });
  });

  test("expectedReplicas usage sets the expected value (usage case)", () => {
    expect(resourceOf(report, "google_vertex_ai_deployment_resource_pool.big").monthlyCost).toEqual({ min: "638.016642", expected: "957.024963", max: "1276.033284" });
  });

  test("a machine type without a rate is unpriced", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`).join("\n")).toMatch(/pool.odd: no Vertex AI prediction rate for machine type "c3-standard-4"/);
    expect(report.monthlyCost).toEqual({ min: "1091.3458025", expected: "1410.3541235", max: "2182.691605" });
  });
});
