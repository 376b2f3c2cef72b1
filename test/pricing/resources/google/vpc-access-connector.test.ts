import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_vpc_access_connector", () => {
  const report = pricerGolden(__filename, "vpc-access-connector");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;

  test("instances are Compute Engine VMs of the connector's machine type, min..max as a range", () => {
    expect(cost("google_vpc_access_connector.vc_default")).toEqual({ min: "12.22958415", expected: "12.22958415", max: "18.344376225" });
    expect(cost("google_vpc_access_connector.vc_std4")).toEqual({ min: "293.5100196", expected: "391.3466928", max: "489.183366" });
  });

  test("an e2-standard-4 connector without instance bounds is unpriced with the reason", () => {
    expect(report.unpriced.find((u) => u.address === "google_vpc_access_connector.vc_nobounds")?.reason).toMatch(/needs min_instances and max_instances/);
  });
});
