import { pricerGolden, resourceOf } from "../../../helpers/golden";
import { fixed, rangeToJson } from "../../../../pricing/range";
import { instancesRange } from "../../../../pricing/resources/google/app-engine-standard-app-version";

describe("google_app_engine_standard_app_version", () => {
  const report = pricerGolden(__filename, "app-engine-standard-app-version");
  const cost = (address: string) => resourceOf(report, `google_app_engine_standard_app_version.${address}`).monthlyCost;

  test("instance hours of the class, scaling settings as the range, usage as the expected value", () => {
    expect(cost("auto_default")).toEqual({ min: "0", expected: "0", max: "730" });
    expect(cost("auto_bounded")).toEqual({ min: "85", expected: "158", max: "377" });
    expect(cost("basic")).toEqual({ min: "0", expected: "0", max: "438" });
    expect(cost("manual")).toEqual({ min: "146", expected: "146", max: "146" });
    expect(report.monthlyCost).toEqual({ min: "501.1803", expected: "574.1803", max: "2691.1803" });
  });

  test("the region comes from the project's App Engine application, priced at that region's rate", () => {
    expect(resourceOf(report, "google_app_engine_standard_app_version.manual").region).toBe("us-central1");
    expect(resourceOf(report, "google_app_engine_standard_app_version.eu").region).toBe("europe-west1");
    expect(cost("eu")).toEqual({ min: "0", expected: "0", max: "730" });
    const sg = resourceOf(report, "google_app_engine_standard_app_version.sg");
    expect(sg.region).toBe("asia-southeast1");
    expect(sg.components[0].unitPrice).toBe("0.37011");
    expect(cost("sg")).toEqual({ min: "270.1803", expected: "270.1803", max: "270.1803" });
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, u.reason]));
    expect(reasons["google_app_engine_standard_app_version.weird"]).toMatch(/unknown App Engine instance class "F8"/);
    expect(report.free).toEqual([
      { address: "google_app_engine_application.app", type: "google_app_engine_application" },
      { address: "google_app_engine_application.app_eu", type: "google_app_engine_application" },
      { address: "google_app_engine_application.app_sg", type: "google_app_engine_application" },
    ]);
  });

  test("a usage value outside the autoscaler bounds widens the range instead of being dropped", () => {
    expect(rangeToJson(instancesRange(1, 5, fixed(8)))).toEqual({ min: "1", expected: "8", max: "8" });
    expect(rangeToJson(instancesRange(2, undefined, undefined))).toEqual({ min: "2", expected: "2", max: "2" });
  });
});
