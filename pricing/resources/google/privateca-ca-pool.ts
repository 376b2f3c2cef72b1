import { Unpriceable } from "../../errors";
import { Attributes } from "../../attributes";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed } from "../../range";
import { ownValue } from "../../own";

const TIERS: Record<string, { label: string; id: string }> = {
  DEVOPS: { label: "DevOps", id: "devops" },
  ENTERPRISE: { label: "Enterprise", id: "enterprise" },
};

/** The pool's `tier` (ENTERPRISE or DEVOPS), which sets the rates of its CAs and certificates. */
export function poolTier(pool: Attributes): { label: string; id: string } {
  const tier = pool.str("tier");
  if (tier === undefined) throw new Unpriceable("the CA pool's tier is not set; it is ENTERPRISE or DEVOPS");
  const t = ownValue(TIERS, tier);
  if (!t) throw new Unpriceable(`unknown CA pool tier "${tier}"; Certificate Authority Service has ENTERPRISE and DEVOPS`);
  return t;
}

/**
 * `google_privateca_ca_pool` (Certificate Authority Service): a pool has no fee of its own; each certificate it issues
 * is billed at its tier's rate (https://cloud.google.com/certificate-authority-service/pricing: per certificate a month,
 * DevOps 0.30 / 0.03 / 0.0009 and Enterprise 0.50 / 0.05 / 0.001 for the first 50,000, the next 50,000 and beyond),
 * one rate for every region, from the usage `monthlyCertificates` (without it the line depends on usage). The monthly
 * fee of each certificate authority is priced on its google_privateca_certificate_authority.
 */
export const privatecaCaPool: Pricer = {
  type: "google_privateca_ca_pool",
  provider: "google",
  category: "other",
  usage: [{ name: "monthlyCertificates", type: "quantity", unit: "certificates", description: "Certificates issued from the pool per month." }],
  region: () => "global",
  price(r, lines) {
    const tier = poolTier(r.attrs);
    lines.add({ name: `Certificates issued (${tier.label} tier)`, unit: "certificates", priceId: `google/privateca/certificates-${tier.id}`, quantity: r.usage.quantity("monthlyCertificates"), usageBased: true });
  },
};

/** The pool a certificate authority names in `pool`, when it is a google_privateca_ca_pool of this configuration. */
function poolOf(r: Pick<ResourceInput, "attrs" | "document">): Attributes {
  const ref = r.attrs.reference("pool");
  const res = ref && r.document.get(ref.address);
  if (!res || res.type !== "google_privateca_ca_pool") {
    throw new Unpriceable("the CA's pool is not a google_privateca_ca_pool of this configuration, so its tier (which sets the monthly fee: ENTERPRISE or DEVOPS) is not known");
  }
  return res.attrs;
}

/**
 * `google_privateca_certificate_authority`: a monthly fee per CA by its pool's tier (DevOps 20, Enterprise 200 a
 * month; https://cloud.google.com/certificate-authority-service/pricing), one rate for every region. The tier is read
 * from the google_privateca_ca_pool that `pool` refers to. Certificates are priced on the pool.
 */
export const privatecaCertificateAuthority: Pricer = {
  type: "google_privateca_certificate_authority",
  provider: "google",
  category: "other",
  usage: [],
  region: () => "global",
  price(r, lines) {
    const tier = poolTier(poolOf(r));
    lines.add({ name: `Certificate authority (${tier.label} tier)`, unit: "CA-months", priceId: `google/privateca/ca-${tier.id}`, quantity: fixed(1) });
  },
};
