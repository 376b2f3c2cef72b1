import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { addPublicIpv4Line } from "../common/public-ipv4";

/**
 * `aws_eip`: since 2024-02-01 AWS charges every public IPv4 address by the hour, in use or idle, so an Elastic IP is
 * `Public IPv4 addresses (Elastic IP)`: 730 address-hours. Addresses from a pool you bring (BYOIP, `public_ipv4_pool`
 * other than "amazon") and customer-owned Outposts addresses (`customer_owned_ipv4_pool`) are not charged: the resource
 * then has no cost line and is reported as free.
 */
export const eip: Pricer = {
  type: "aws_eip",
  provider: "aws",
  category: "network",
  usage: [],
  price(r, lines) {
    const pool = r.attrs.str("public_ipv4_pool");
    if (pool !== undefined && pool !== "" && pool !== "amazon") return; // BYOIP
    const coip = r.attrs.str("customer_owned_ipv4_pool");
    if (coip !== undefined && coip !== "") return;
    addPublicIpv4Line(lines, fixed(1), "Elastic IP");
  },
};
