import * as path from "path";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

const DECLARED = path.join(__dirname, "testdata", "onprem-declared.book.json");

describe("costkit_onprem_servers", () => {
  const report = pricerGolden(__filename, "onprem-servers", [DECLARED]);
  const cost = (address: string) => resourceOf(report, address).monthlyCost.expected;

  test("capex straight-line: servers ÷ (12 × years) at the declared price, in the item's geo", () => {
    const eu = resourceOf(report, "costkit_onprem_servers.critical_eu");
    expect(eu.components[0]).toMatchObject({
      name: "Server capex (2s-32c-512g, straight-line over 5 years)", unit: "servers", unitPrice: "15000",
      monthlyQuantity: { expected: "8.3333333333" }, priceId: "on-prem/server-capex/2s-32c-512g@global",
    });
    expect(eu).toMatchObject({ provider: "on-prem", region: "EU", geo: "EU", category: "compute", tags: { "seed-line": "compute-bare-metal" } });
    expect(cost("costkit_onprem_servers.even")).toBe("150000");
    expect(resourceOf(report, "costkit_onprem_servers.even").geo).toBe("APAC");
  });

  test("the support line only when declared", () => {
    const na = resourceOf(report, "costkit_onprem_servers.edge_na");
    expect(na.components.map((c) => c.name)).toEqual(["Server capex (edge-1u, straight-line over 3 years)", "Server support (edge-1u)"]);
    expect(na.components[1].monthlyCost.expected).toBe("3000");
    expect(cost("costkit_onprem_servers.edge_na")).toBe("26999.99999976");
    expect(resourceOf(report, "costkit_onprem_servers.critical_eu").components).toHaveLength(1);
    expect(report.monthlyCost.expected).toBe("301999.99999926");
  });

  test("a missing price, a bad geo or a bad life is unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address, `${u.component ?? ""}: ${u.reason}`]));
    expect(reasons["costkit_onprem_servers.no_price"]).toMatch(/no price book has on-prem\/server-capex\/mystery/);
    expect(reasons["costkit_onprem_servers.bad_geo"]).toMatch(/geo is "Mars"; an on-prem item sits in one of NA, EU, LATAM, APAC, OTHER/);
    expect(reasons["costkit_onprem_servers.bad_life"]).toMatch(/amortizationYears is 0/);
  });
});
