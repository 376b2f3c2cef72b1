import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `google_compute_vpn_tunnel` (Cloud VPN). Google bills each tunnel by the hour, at the same rate for HA VPN and Classic
 * VPN (https://cloud.google.com/network-connectivity/docs/vpn/pricing): `VPN tunnel (HA VPN)` when the tunnel attaches
 * to an HA VPN gateway (`vpn_gateway`), `VPN tunnel (Classic VPN)` for a target VPN gateway. The gateways themselves
 * are free (see the free list). Traffic sent through the tunnel is billed as network egress of the VMs that send it,
 * not on the tunnel, so it is not a line here.
 */
export const computeVpnTunnel: Pricer = {
  type: "google_compute_vpn_tunnel",
  provider: "google",
  category: "network",
  usage: [],
  price(r, lines) {
    const kind = r.attrs.isSet("target_vpn_gateway") ? "Classic VPN" : "HA VPN";
    lines.add({ name: `VPN tunnel (${kind})`, unit: "hours", priceId: "google/network/vpn-tunnel", quantity: fixed(HOURS_PER_MONTH) });
  },
};
