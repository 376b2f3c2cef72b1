import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_router_nat", () => {
  const report = pricerGolden(__filename, "compute-router-nat");

  test("per VM up to 32, flat above, data processed and auto-allocated IPs", () => {
    expect(resourceOf(report, "google_compute_router_nat.small").monthlyCost.expected).toBe("26.108");
    expect(resourceOf(report, "google_compute_router_nat.big").monthlyCost.expected).toBe("32.12");
    expect(resourceOf(report, "google_compute_router_nat.big").components.map((c) => c.name)).toEqual(["NAT gateway (over 32 VMs)", "Data processed"]);
  });

  test("without usage every line shows its unit price", () => {
    expect(resourceOf(report, "google_compute_router_nat.no_usage").components.every((c) => c.monthlyCost === null || c.monthlyCost.expected === "0")).toBe(true);
    expect(report.monthlyCost.expected).toBe("58.228");
  });
});
