import Decimal from "decimal.js";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { mapRange, scaleRange } from "../../range";

/** Cloud NAT bills per VM using the gateway up to this many VMs, then one flat hourly rate. */
const VM_CAP = 32;

/**
 * `google_compute_router_nat` (Cloud NAT, public NAT). Google bills the gateway per hour by the VMs that use it
 * (USD 0.0014 per VM-hour up to 32 VMs, a flat 0.044/hour above), plus every GiB processed in and out, plus the external
 * IPs the gateway uses. From usage: `assignedVmCount` (VMs with a NAT assignment) and `monthlyDataProcessedGib`; with
 * `nat_ip_allocate_option = AUTO_ONLY`, `natIpAddressCount` auto-allocated addresses at the in-use IPv4 rate (addresses
 * given in `nat_ips` are google_compute_address resources and priced there). A VM count range that straddles 32 is priced
 * per VM with the count capped at 32 (at most 0.0008/hour above the flat rate).
 */
export const computeRouterNat: Pricer = {
  type: "google_compute_router_nat",
  provider: "google",
  category: "network",
  usage: [
    { name: "assignedVmCount", type: "quantity", unit: "VMs", description: "VM instances that use the gateway (get a NAT assignment)." },
    { name: "monthlyDataProcessedGib", type: "quantity", unit: "GiB", description: "Data processed by the gateway per month, inbound and outbound." },
    { name: "natIpAddressCount", type: "quantity", unit: "addresses", description: "External IPs the gateway allocates itself (AUTO_ONLY)." },
  ],
  price(r, lines) {
    const vms = r.usage.quantity("assignedVmCount");
    if (vms && vms.min.gt(VM_CAP)) {
      lines.add({ name: `NAT gateway (over ${VM_CAP} VMs)`, unit: "hours", priceId: "google/cloud-nat/gateway-max", region: "global", quantity: mapRange(vms, () => HOURS_PER_MONTH), usageBased: true });
    } else {
      lines.add({
        name: "NAT gateway (per VM)", unit: "VM-hours", priceId: "google/cloud-nat/gateway-vm", region: "global",
        quantity: vms && mapRange(vms, (v) => Decimal.min(v, VM_CAP).times(HOURS_PER_MONTH)), usageBased: true,
      });
    }
    lines.add({ name: "Data processed", unit: "GiB", priceId: "google/cloud-nat/data-processed", quantity: r.usage.quantity("monthlyDataProcessedGib"), usageBased: true });
    lines.line("NAT IP addresses (auto-allocated)", () => {
      if ((r.attrs.str("nat_ip_allocate_option") ?? "AUTO_ONLY") !== "AUTO_ONLY") return;
      const ips = r.usage.quantity("natIpAddressCount");
      lines.add({ name: "NAT IP addresses (auto-allocated)", unit: "hours", priceId: "google/ip-address/in-use", quantity: ips && scaleRange(ips, HOURS_PER_MONTH), usageBased: true });
    });
  },
};

