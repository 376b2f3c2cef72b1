import { Pricer } from "../../pricer";

/**
 * `aws_acm_certificate` (https://aws.amazon.com/certificate-manager/pricing/): public certificates that ACM issues and
 * imported certificates cost nothing (no lines: reported as free). A private certificate (`certificate_authority_arn`
 * set) is billed when AWS Private CA issues it and at each renewal: `Private certificates issued`, usage
 * `monthlyCertificatesIssued` at the tiered rate per certificate; the CA itself is billed on
 * aws_acmpca_certificate_authority. An exportable public certificate (`options.export = "ENABLED"`) is billed when issued
 * and renewed as well; its rate is not in the price books: unpriced with the reason.
 */
export const acmCertificate: Pricer = {
  type: "aws_acm_certificate",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyCertificatesIssued", type: "quantity", unit: "certificates", description: "Private certificates issued or renewed per month (a one-year certificate renews about once a year: 1/12)." }],
  price(r, lines) {
    lines.line("Exportable certificate", () => {
      if ((r.attrs.str("options.export") ?? "DISABLED").toUpperCase() === "ENABLED") {
        lines.unpriceable("exportable public certificates are billed per certificate issued and renewed (https://aws.amazon.com/certificate-manager/pricing/), a rate not in the price books; add it with --price-book", "Exportable certificate");
      }
    });
    lines.line("Private certificates issued", () => {
      if (!r.attrs.isSet("certificate_authority_arn")) return;
      lines.add({ name: "Private certificates issued", unit: "certificates", priceId: "aws/acm-pca/certificates", usageBased: true, quantity: r.usage.quantity("monthlyCertificatesIssued") });
    });
  },
};
