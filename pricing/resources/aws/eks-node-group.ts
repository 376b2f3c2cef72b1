import { known, knownOrPriceableOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { addFleetLines, groupSize, launchTemplateOf, templateVolumes } from "../common/fleet";
import { instanceTypeCategory } from "./instance";

/** EKS defaults when the node group does not say (CreateNodegroup API): t3.medium instances with a 20 GiB gp2 disk. */
const DEFAULT_TYPE = "t3.medium";
const DEFAULT_DISK_GIB = 20;

function instanceTypeOf(r: ResourceInput): { type: string | undefined; reason?: string } {
  const types = r.attrs.list("instance_types").filter((x): x is string => typeof x === "string");
  if (types.length) return { type: types[0] };
  const t = launchTemplateOf(r, r.attrs.block("launch_template"));
  if (t) return { type: t.attrs.str("instance_type") ?? DEFAULT_TYPE };
  return { type: DEFAULT_TYPE };
}

/**
 * `aws_eks_node_group` (managed node group): its EC2 instances, as a range from scaling_config min_size to max_size,
 * expected at desired_size:
 * - `Instance usage (Linux/UNIX, on-demand, <type>)`: the first of instance_types (EKS launches that one first), else
 *   the launch template's instance_type, else t3.medium (the EKS default), × 730 hours at the on-demand rate.
 *   capacity_type = SPOT is unpriced with the reason.
 * - `Storage (disk, gp2)`: disk_size GiB per node (default 20), or the launch template's block_device_mappings.
 * The node group itself has no fee (the cluster's hourly fee is on aws_eks_cluster).
 */
export const eksNodeGroup: Pricer = {
  type: "aws_eks_node_group",
  provider: "aws",
  category: (r) => instanceTypeCategory(knownOrPriceableOr(() => instanceTypeOf(r).type, undefined)),
  usage: [],
  price(r, lines) {
    const sc = r.attrs.block("scaling_config");
    if (!sc) throw new Unpriceable("scaling_config is not set (min_size, desired_size, max_size)");
    const size = groupSize(sc.num("min_size"), sc.num("desired_size"), sc.num("max_size"), "scaling_config");
    const template = launchTemplateOf(r, r.attrs.block("launch_template"));
    const volumes = templateVolumes(template?.attrs) ?? [{ which: "disk", spec: { type: "gp2", sizeGib: r.attrs.num("disk_size") ?? DEFAULT_DISK_GIB } }];
    const capacity = known(() => r.attrs.str("capacity_type")) ?? "ON_DEMAND";
    const { type } = instanceTypeOf(r);
    addFleetLines(lines, r, size, capacity === "SPOT" ? undefined : type, volumes,
      "capacity_type SPOT: Spot instances are billed at the Spot price, which moves with supply and demand; costkit prices on-demand only");
  },
};
