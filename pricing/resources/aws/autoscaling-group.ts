import { Attributes, known, knownOrPriceableOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { EbsVolumeSpec } from "./ebs-volume";
import { addFleetLines, groupSize, launchTemplateOf, templateVolumes } from "../common/fleet";
import { instanceTypeCategory } from "./instance";

/** Root volume when the template maps none: most AMIs map an 8 GiB gp2 root device (as for aws_instance). */
const ROOT_DEFAULT: { which: string; spec: EbsVolumeSpec } = { which: "root", spec: { type: "gp2", sizeGib: 8 } };

interface GroupShape {
  type: string | undefined;
  typeReason?: string;
  volumes: { which: string; spec: EbsVolumeSpec }[];
}

/** What the group launches: from launch_template, or mixed_instances_policy (its first override's type, else the template's). */
function shapeOf(r: ResourceInput): GroupShape {
  const lt = r.attrs.block("launch_template");
  const mixed = r.attrs.block("mixed_instances_policy");
  if (lt) {
    const t = launchTemplateOf(r, lt)!;
    const type = t.attrs.str("instance_type");
    return { type, typeReason: `the launch template ${t.address} sets no instance_type`, volumes: templateVolumes(t.attrs) ?? [ROOT_DEFAULT] };
  }
  if (mixed) {
    const spec = mixed.block("launch_template");
    const t = launchTemplateOf(r, spec?.block("launch_template_specification"));
    if (!t) throw new Unpriceable("mixed_instances_policy names no launch template (launch_template.launch_template_specification)");
    const overrides = (spec?.blocks("override") ?? []).map((o) => known(() => o.str("instance_type"))).filter((x): x is string => x !== undefined);
    const onDemandPct = mixed.block("instances_distribution")?.num("on_demand_percentage_above_base_capacity") ?? 100;
    if (onDemandPct < 100) {
      return { type: undefined, typeReason: `${100 - onDemandPct} % of the instances above the on-demand base run on Spot, whose price moves with supply and demand; costkit prices on-demand only`, volumes: templateVolumes(t.attrs) ?? [ROOT_DEFAULT] };
    }
    return { type: overrides[0] ?? t.attrs.str("instance_type"), typeReason: `neither the overrides nor the launch template ${t.address} set an instance_type`, volumes: templateVolumes(t.attrs) ?? [ROOT_DEFAULT] };
  }
  // A reference (`aws_launch_configuration.web.name`) is read before the value: the name is known only after apply.
  const ref = r.attrs.reference("launch_configuration");
  if (ref || r.attrs.has("launch_configuration")) {
    const lc = ref && r.document.get(ref.address);
    if (!lc || lc.type !== "aws_launch_configuration") throw new Unpriceable("the launch configuration is not in this document; its instance type and volumes decide the price");
    return { type: lc.attrs.str("instance_type"), typeReason: "the launch configuration sets no instance_type", volumes: launchConfigurationVolumes(lc.attrs) };
  }
  throw new Unpriceable("the group names no launch_template, mixed_instances_policy or launch_configuration");
}

function launchConfigurationVolumes(lc: Attributes): { which: string; spec: EbsVolumeSpec }[] {
  const root = lc.block("root_block_device");
  const out = [{ which: "root", spec: root ? { type: root.str("volume_type") ?? "gp2", sizeGib: root.num("volume_size") ?? 8, ...(root.num("iops") !== undefined ? { iops: root.num("iops") } : {}) } : ROOT_DEFAULT.spec }];
  for (const [i, d] of lc.blocks("ebs_block_device").entries()) {
    const size = d.num("volume_size");
    if (size === undefined) continue;
    out.push({ which: known(() => d.str("device_name")) ?? `ebs_block_device ${i}`, spec: { type: d.str("volume_type") ?? "gp2", sizeGib: size } });
  }
  return out;
}

/**
 * `aws_autoscaling_group`: the instances the group runs, as a range from min_size to max_size, expected at
 * desired_capacity (else min_size):
 * - `Instance usage (Linux/UNIX, on-demand, <type>)`: instances × 730 hours at the type's on-demand rate. The type comes
 *   from the launch template (`launch_template`), the first override of a `mixed_instances_policy` (else its template's
 *   type), or the launch configuration. A mixed policy that runs part of the group on Spot is unpriced with the reason.
 * - `Storage (<device>, <type>)` (and IOPS/throughput as for aws_ebs_volume) for each EBS volume of the template's
 *   block_device_mappings, per instance; an 8 GiB gp2 root when the template maps none (the AMI decides).
 * Linux is assumed (the AMI decides the OS). A template outside the document makes the group unpriced with the reason.
 */
export const autoscalingGroup: Pricer = {
  type: "aws_autoscaling_group",
  provider: "aws",
  category: (r) => instanceTypeCategory(knownOrPriceableOr(() => shapeOf(r).type, undefined)),
  usage: [],
  price(r, lines) {
    const size = groupSize(r.attrs.num("min_size"), r.attrs.num("desired_capacity"), r.attrs.num("max_size"), "min_size / max_size");
    const shape = shapeOf(r);
    addFleetLines(lines, r, size, shape.type, shape.volumes, shape.typeReason);
  },
};
