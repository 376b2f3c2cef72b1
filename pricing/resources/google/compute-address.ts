import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `google_compute_address` (a regional static IP address). Internal addresses (`address_type = INTERNAL`) cost nothing.
 * An external IPv4 address is billed per hour: at the in-use rate while attached to a resource, at the higher reserved
 * rate while idle. Whether it is attached is not in its own configuration: usage `status` says so, default IN_USE (the
 * usual case of an address reserved for a VM, a NAT gateway or a load balancer). IPv6 (`ip_version = IPV6`) is not priced
 * by the book: unpriced with the reason.
 */
export const computeAddress: Pricer = {
  type: "google_compute_address",
  provider: "google",
  category: "network",
  usage: [
    { name: "status", type: "enum", unit: "status", values: ["IN_USE", "RESERVED"], default: "IN_USE", description: "IN_USE while attached to a resource; RESERVED while reserved and idle (billed at the higher idle rate)." },
  ],
  price(r, lines) {
    if ((r.attrs.str("address_type") ?? "EXTERNAL") === "INTERNAL") return;
    lines.line("External IP address", () => {
      if (r.attrs.str("ip_version") === "IPV6") {
        lines.unpriceable("external IPv6 address ranges are not priced by the price books", "External IP address (IPv6)");
        return;
      }
      const idle = r.usage.enumValue("status") === "RESERVED";
      lines.add({
        name: `External IP address (${idle ? "reserved, not in use" : "in use"})`, unit: "hours",
        priceId: idle ? "google/ip-address/reserved-idle" : "google/ip-address/in-use", quantity: fixed(HOURS_PER_MONTH),
      });
    });
  },
};
