import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_redshift_cluster` (provisioned):
 * - `Cluster nodes (<node type>)`: number_of_nodes (default 1) × 730 node-hours at the node type's on-demand rate.
 * - `Managed storage`: RA3 nodes bill the data they store, GB-months from usage `managedStorageGb`.
 * Concurrency scaling, Spectrum and backup storage beyond the free amount are not included.
 */
export const redshiftCluster: Pricer = {
  type: "aws_redshift_cluster",
  provider: "aws",
  category: "data",
  usage: [{ name: "managedStorageGb", type: "quantity", unit: "GB-months", description: "Data held in Redshift managed storage (RA3 node types), averaged over the month." }],
  price(r, lines) {
    const type = r.attrs.str("node_type");
    if (type === undefined) throw new Unpriceable("node_type is not set");
    if (!/^[a-z0-9]+\.[a-z0-9]+$/.test(type)) throw new Unpriceable(`"${type}" is not a Redshift node type (e.g. ra3.xlplus, dc2.large)`);
    const nodes = r.attrs.num("number_of_nodes") ?? 1;
    lines.add({ name: `Cluster nodes (${type})`, unit: "hours", priceId: `aws/redshift/${type}`, quantity: scaleRange(fixed(nodes), HOURS_PER_MONTH) });
    if (type.startsWith("ra3.")) {
      lines.add({ name: "Managed storage", unit: "GB-months", priceId: "aws/redshift/managed-storage", usageBased: true, quantity: r.usage.quantity("managedStorageGb") });
    }
  },
};
