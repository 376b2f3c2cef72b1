import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_app_engine_flexible_app_version", () => {
  const report = pricerGolden(__filename, "app-engine-flexible-app-version");
  const res = (name: string) => resourceOf(report, `google_app_engine_flexible_app_version.${name}`);

  test("vCPU, memory and disk of every instance; defaults 1 vCPU, 0.6 GB, 10 GB and 2 to 20 instances", () => {
    expect(res("default_flex").monthlyCost).toEqual({ min: "83.8156", expected: "83.8156", max: "838.156" });
    expect(res("manual_big").monthlyCost.expected).toBe("294.984");
    expect(res("manual_big").components.find((c) => c.name === "Instance vCPU (2 vCPU)")?.monthlyQuantity.expected).toBe("4380");
  });

  test("expected instances from usage inside the autoscaler bounds", () => {
    expect(res("auto_usage").monthlyCost).toEqual({ min: "41.9078", expected: "83.8156", max: "167.6312" });
    expect(report.monthlyCost).toEqual({ min: "424.2172", expected: "466.125", max: "1304.281" });
  });

  test("a reference makes only its line unpriced; regions without prices are unpriced", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/cpu_by_ref Instance vCPU: resources.cpu is not known before apply/));
    expect(res("cpu_by_ref").monthlyCost.expected).toBe("3.5098");
    expect(reasons).toContainEqual(expect.stringMatching(/eu Instance vCPU \(1 vCPU\): no price for google\/appengine\/flex-vcpu in europe-west1/));
  });
});
