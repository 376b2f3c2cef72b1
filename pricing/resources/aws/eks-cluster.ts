import { known } from "../../attributes";
import { Pricer } from "../../pricer";
import { ownValue } from "../../own";

/**
 * End of standard support of each EKS Kubernetes version (AWS's release calendar, as listed on
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html and endoflife.date/amazon-eks, read
 * 2026-12-07). A version past it is in extended support; versions after the table are taken as standard.
 */
const END_OF_STANDARD: Readonly<Record<string, string>> = {
  "1.23": "2023-10-11", "1.24": "2024-01-31", "1.25": "2024-05-01", "1.26": "2024-06-11", "1.27": "2024-07-24",
  "1.28": "2024-11-26", "1.29": "2025-03-23", "1.30": "2025-07-23", "1.31": "2025-11-26", "1.32": "2026-03-23",
  "1.33": "2026-07-29", "1.34": "2026-12-02", "1.35": "2027-03-27",
};
/** The date the version's support status is judged at: the date of the price book's EKS rates. */
const AS_OF = "2026-12-07";

/** True when a version (`1.29`, `1.29.3`) is past its end of standard support on AS_OF. */
export function inExtendedSupport(version: string): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const minor = `${m[1]}.${m[2]}`;
  const end = ownValue(END_OF_STANDARD, minor);
  if (end !== undefined) return end <= AS_OF;
  // before the table: long past standard support (or auto-upgraded to the oldest extended version)
  return Number(m[1]) === 1 && Number(m[2]) < 23;
}

/**
 * `aws_eks_cluster`: the control plane's hourly fee, `EKS cluster (standard support)` at 0.10 per hour, or
 * `EKS cluster (extended support)` at 0.60 when `version` is past its end of standard support (judged as of 2026-12-07;
 * an unset or unknown version is taken as current). upgrade_policy support_type STANDARD does not change the price of a
 * version in standard support; a cluster past it with STANDARD is upgraded by AWS. Nodes are priced on their own
 * resources (aws_eks_node_group, aws_autoscaling_group).
 */
export const eksCluster: Pricer = {
  type: "aws_eks_cluster",
  provider: "aws",
  category: "compute",
  usage: [{ name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the cluster exists in a month (730 = always)." }],
  price(r, lines) {
    const version = known(() => r.attrs.str("version"));
    const extended = version !== undefined && inExtendedSupport(version) && r.attrs.block("upgrade_policy")?.str("support_type") !== "STANDARD";
    lines.add({
      name: `EKS cluster (${extended ? "extended" : "standard"} support)`, unit: "hours",
      priceId: extended ? "aws/eks/cluster-extended-support" : "aws/eks/cluster", region: "global",
      quantity: r.usage.quantity("monthlyHours"),
    });
  },
};
