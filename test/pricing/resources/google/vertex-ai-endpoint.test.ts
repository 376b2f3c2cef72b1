import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_vertex_ai_endpoint", () => {
  const report = pricerGolden(__filename, "vertex-ai-endpoint");
  const lines = (address: string) => Object.fromEntries(resourceOf(report, address).components.map((c) => [c.name, c]));
  const reasons = () => report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`).join("\n");

  test("replica bounds from usage give a node-hour range (usage case)", () => {
    const cpu = resourceOf(report, "google_vertex_ai_endpoint.cpu");
    expect(cpu.components[0]).toMatchObject({ name: "Prediction nodes (n1-standard-4)", unit: "node-hours", unitPrice: "0.21849885" });
    expect(cpu.monthlyCost).toEqual({ min: "159.5041605", expected: "319.008321", max: "478.5124815" });
    expect(cpu.category).toBe("ml");
  });

  test("GPUs attached to N1 machines bill per GPU-hour; G2 machines include their L4", () => {
    const gpu = lines("google_vertex_ai_endpoint.gpu");
    expect(gpu["Prediction nodes (n1-standard-8)"].monthlyCost.expected).toBe("701.845506");
    expect(gpu["Prediction accelerators (NVIDIA_TESLA_T4)"].monthlyCost.expected).toBe("587.65");
    expect(Object.keys(lines("google_vertex_ai_endpoint.l4"))).toEqual(["Prediction nodes (g2-standard-4)"]);
    expect(resourceOf(report, "google_vertex_ai_endpoint.l4").monthlyCost.expected).toBe("593.3856780725");
  });

  test("no declared deployment, unknown accelerators and regions without rates are unpriced, never zero", () => {
    expect(reasons()).toMatch(/endpoint.none Prediction nodes: the endpoint's deployed models are not in the Terraform configuration/);
    expect(reasons()).toMatch(/endpoint.v100 Prediction accelerators \(NVIDIA_TESLA_V100\): no Vertex AI prediction rate for accelerator NVIDIA_TESLA_V100/);
    expect(reasons()).toMatch(/endpoint.sydney Prediction nodes \(e2-standard-2\): no price for google\/vertex-ai\/prediction-e2-standard-2 in australia-southeast1/);
    expect(report.monthlyCost).toEqual({ min: "2201.8895050725", expected: "2361.3936655725", max: "2520.8978260725" });
  });
});
