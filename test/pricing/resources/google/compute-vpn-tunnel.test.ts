import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_vpn_tunnel", () => {
  const report = pricerGolden(__filename, "compute-vpn-tunnel");

  test("each tunnel is billed by the hour at its region's rate; HA and Classic VPN cost the same; the gateway is free", () => {
    expect(resourceOf(report, "google_compute_vpn_tunnel.ha_a").components.map((c) => c.name)).toEqual(["VPN tunnel (HA VPN)"]);
    expect(resourceOf(report, "google_compute_vpn_tunnel.ha_a").monthlyCost.expected).toBe("36.5");
    expect(resourceOf(report, "google_compute_vpn_tunnel.ha_b").monthlyCost.expected).toBe("36.5");
    expect(resourceOf(report, "google_compute_vpn_tunnel.classic").components[0].name).toBe("VPN tunnel (Classic VPN)");
    expect(resourceOf(report, "google_compute_vpn_tunnel.classic").monthlyCost.expected).toBe("54.75");
    expect(report.free.map((f) => f.address)).toEqual(["google_compute_ha_vpn_gateway.gw"]);
    expect(report.unpriced).toEqual([]);
    expect(report.monthlyCost.expected).toBe("127.75");
  });
});
