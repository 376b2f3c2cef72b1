import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `aws_acmpca_certificate_authority` (https://aws.amazon.com/private-ca/pricing/): `Certificate authority (<mode>)`,
 * one CA-month at the general-purpose rate, or the short-lived certificate rate when
 * `usage_mode = "SHORT_LIVED_CERTIFICATE"`. A CA that is disabled still bills; certificates it issues are billed per
 * certificate (on aws_acm_certificate, or from usage here for the general-purpose mode): `Certificates issued`, usage
 * `monthlyCertificatesIssued`.
 */
export const acmpcaCertificateAuthority: Pricer = {
  type: "aws_acmpca_certificate_authority",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyCertificatesIssued", type: "quantity", unit: "certificates", description: "Certificates the CA issues per month outside ACM (ACM private certificates are counted on aws_acm_certificate)." }],
  price(r, lines) {
    const shortLived = (r.attrs.str("usage_mode") ?? "GENERAL_PURPOSE").toUpperCase() === "SHORT_LIVED_CERTIFICATE";
    lines.add({ name: `Certificate authority (${shortLived ? "short-lived certificates" : "general-purpose"})`, unit: "CA-months", priceId: shortLived ? "aws/acm-pca/short-lived-ca" : "aws/acm-pca/general-purpose-ca", quantity: fixed(1) });
    if (!shortLived) lines.add({ name: "Certificates issued", unit: "certificates", priceId: "aws/acm-pca/certificates", usageBased: true, quantity: r.usage.quantity("monthlyCertificatesIssued") });
  },
};
