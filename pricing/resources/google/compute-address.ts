import { usedBy, written } from "./compute-global-address";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `google_compute_address` (a regional static IP address). Internal addresses (`address_type = INTERNAL`) cost nothing.
 * An external IPv4 address is billed per hour: at the in-use rate while attached to a VM or a NAT gateway, at the higher
 * reserved rate while idle, and not at all while attached to a forwarding rule (Google charges the rule, not its address;
 * as for global addresses). An address that a regional forwarding rule of the configuration refers to
 * (`ip_address = google_compute_address.<name>.address` or `.id`) therefore has no cost lines; otherwise whether it is
 * attached is not in its own configuration: usage `status` says so, default IN_USE (the usual case of an address
 * reserved for a VM or a NAT gateway). IPv6 (`ip_version = IPV6`) is not priced
 * by the book: unpriced with the reason.
 */
export const computeAddress: Pricer = {
  type: "google_compute_address",
  provider: "google",
  category: "network",
  usage: [
    { name: "status", type: "enum", unit: "status", values: ["IN_USE", "RESERVED"], description: "IN_USE while attached to a VM or NAT gateway; RESERVED while reserved and idle (billed at the higher idle rate). Default: no charge when a regional forwarding rule of the configuration refers to the address (Google bills the rule), else IN_USE." },
  ],
  price(r, lines) {
    if ((r.attrs.str("address_type") ?? "EXTERNAL") === "INTERNAL") return;
    lines.line("External IP address", () => {
      if (r.attrs.str("ip_version") === "IPV6") {
        lines.unpriceable("external IPv6 address ranges are not priced by the price books", "External IP address (IPv6)");
        return;
      }
      const declared = r.usage.enumValue("status");
      const literal = written(r.attrs, "address");
      const onRule = r.document.ofType("google_compute_forwarding_rule").some((rule) => usedBy(rule.attrs, `${r.type}.${r.name}`, literal));
      if (declared === undefined && onRule) return;
      const idle = (declared ?? "IN_USE") === "RESERVED";
      lines.add({
        name: `External IP address (${idle ? "reserved, not in use" : "in use"})`, unit: "hours",
        priceId: idle ? "google/ip-address/reserved-idle" : "google/ip-address/in-use", quantity: fixed(HOURS_PER_MONTH),
      });
    });
  },
};
