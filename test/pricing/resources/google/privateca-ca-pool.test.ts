import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_privateca_ca_pool and google_privateca_certificate_authority", () => {
  const report = pricerGolden(__filename, "privateca-ca-pool");
  const cost = (address: string) => resourceOf(report, address).monthlyCost.expected;

  test("certificates issued, tiered by the pool's tier", () => {
    expect(cost("google_privateca_ca_pool.enterprise")).toBe("27520");
    expect(cost("google_privateca_ca_pool.devops")).toBe("300");
    expect(resourceOf(report, "google_privateca_ca_pool.no_usage").components[0]).toMatchObject({ name: "Certificates issued (DevOps tier, first 50,000 certificates)", dependsOnUsage: true });
  });

  test("each CA pays its pool tier's monthly fee", () => {
    expect(cost("google_privateca_certificate_authority.root")).toBe("200");
    expect(cost("google_privateca_certificate_authority.dev")).toBe("20");
  });

  test("a CA whose pool is not in the configuration, and an unknown tier, are unpriced with the reason", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      "google_privateca_ca_pool.bad_tier: unknown CA pool tier \"STANDARD\"; Certificate Authority Service has ENTERPRISE and DEVOPS",
      "google_privateca_certificate_authority.elsewhere: the CA's pool is not a google_privateca_ca_pool of this configuration, so its tier (which sets the monthly fee: ENTERPRISE or DEVOPS) is not known",
    ]);
  });
});
