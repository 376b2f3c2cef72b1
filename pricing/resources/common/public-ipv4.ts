import { HOURS_PER_MONTH } from "../../money";
import { CostLines } from "../../pricer";
import { Range, scaleRange } from "../../range";
import { UsageKeyDef } from "../../usage";

/** The price id of AWS's public IPv4 charge: one rate per address-hour, in use or idle, in every region (since 2024-02-01). */
export const PUBLIC_IPV4_PRICE_ID = "aws/vpc/public-ipv4";

/** Usage key for resources whose number of public addresses AWS decides (load balancers scale their nodes). */
export const PUBLIC_IPV4_USAGE: UsageKeyDef = {
  name: "publicIpv4Addresses",
  type: "quantity",
  unit: "addresses",
  description: "Public IPv4 addresses the resource holds on average over the month; defaults to one per subnet or Availability Zone (the least AWS assigns).",
};

/**
 * `Public IPv4 addresses (<how counted>)`: addresses × 730 address-hours at the public IPv4 rate. Used by every pricer
 * whose resource holds AWS-provided public IPv4 addresses (Elastic IPs, internet-facing load balancers; an
 * `aws_instance` with `associate_public_ip_address` is the same charge).
 */
export function addPublicIpv4Line(lines: CostLines, addresses: Range, how: string, usageBased = false): void {
  lines.add({
    name: `Public IPv4 addresses (${how})`, unit: "hours", priceId: PUBLIC_IPV4_PRICE_ID, category: "network",
    quantity: scaleRange(addresses, HOURS_PER_MONTH), usageBased,
  });
}
