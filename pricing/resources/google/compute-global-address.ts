import { Attributes } from "../../attributes";
import { UnresolvedValue } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/** The value at a path as written: the expression itself when it is a reference unknown before apply. */
export function written(attrs: Attributes, path: string): unknown {
  try {
    return attrs.get(path);
  } catch (e) {
    if (e instanceof UnresolvedValue) return e.expression;
    throw e;
  }
}

/** A forwarding rule's `ip_address` refers to this address (`${google_compute_global_address.<name>.address}`), or
 *  equals its known literal address (plans). */
export function usedBy(rule: Attributes, address: string, literal: unknown): boolean {
  const value = written(rule, "ip_address");
  if (typeof value !== "string") return false;
  return value.includes(`\${${address}.`) || (typeof literal === "string" && literal !== "" && value === literal);
}

/**
 * `google_compute_global_address` (a global static IP address, used by global load balancers). Internal addresses
 * (`address_type = INTERNAL`, such as the ranges reserved for private services access) cost nothing. Google does not
 * charge for an external address attached to a forwarding rule; it charges the idle rate per hour for a static external
 * address reserved but not in use. costkit treats the address as in use when a global forwarding rule of the
 * configuration refers to it (`ip_address = google_compute_global_address.<name>.address` or `.id`), else as reserved
 * and idle; the usage `status` overrides either. IPv6 addresses are unpriced with the reason.
 */
export const computeGlobalAddress: Pricer = {
  type: "google_compute_global_address",
  provider: "google",
  category: "network",
  usage: [
    { name: "status", type: "enum", unit: "status", values: ["IN_USE", "RESERVED"], description: "IN_USE when attached to a forwarding rule (no charge); RESERVED when reserved and idle (idle rate). Default: IN_USE when a global forwarding rule of the configuration refers to the address, else RESERVED." },
  ],
  region: () => "global",
  price(r, lines) {
    if ((r.attrs.str("address_type") ?? "EXTERNAL") === "INTERNAL") return;
    lines.line("External IP address", () => {
      if (r.attrs.str("ip_version") === "IPV6") {
        lines.unpriceable("external IPv6 addresses are not priced by the price books", "External IP address (IPv6)");
        return;
      }
      const literal = written(r.attrs, "address");
      const referenced = r.document.ofType("google_compute_global_forwarding_rule").some((rule) => usedBy(rule.attrs, `${r.type}.${r.name}`, literal));
      const status = r.usage.enumValue("status") ?? (referenced ? "IN_USE" : "RESERVED");
      if (status === "IN_USE") return;
      lines.add({ name: "External IP address (reserved, not in use)", unit: "hours", priceId: "google/ip-address/reserved-idle", quantity: fixed(HOURS_PER_MONTH) });
    });
  },
};
