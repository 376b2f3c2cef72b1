import { Attributes, known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { CostLines, ResourceInput } from "../../pricer";
import { multiplyRanges, Range, range, scaleRange } from "../../range";
import { addEbsVolumeLines, EbsVolumeSpec, readVolumeSpec } from "../aws/ebs-volume";
import { addInstanceHoursLine, checkInstanceType } from "../aws/instance";

/**
 * Instances launched as a group (an Auto Scaling group, an EKS managed node group): how many (a range), of which type,
 * with which volumes, read from the resource and the launch template it names.
 */

/** The launch template a block names (`launch_template { id | name = aws_launch_template.x.id }`), when in the document. */
export function launchTemplateOf(r: ResourceInput, spec: Attributes | undefined): { address: string; attrs: Attributes } | undefined {
  if (!spec) return undefined;
  const ref = spec.reference("id") ?? spec.reference("name") ?? spec.reference("launch_template_id") ?? spec.reference("launch_template_name");
  if (!ref) {
    const named = known(() => spec.str("name") ?? spec.str("id") ?? spec.str("launch_template_name") ?? spec.str("launch_template_id"));
    throw new Unpriceable(`the launch template ${named !== undefined ? `"${named}" ` : ""}is not in this document; its instance type and volumes decide the price`);
  }
  const t = r.document.get(ref.address); // the lookup is the module's own: the address as the reference writes it
  if (!t || t.type !== "aws_launch_template") throw new Unpriceable(`the launch template ${ref.address} is not in this document; its instance type and volumes decide the price`);
  if (t.multiplicity === 0) throw new Unpriceable(`the launch template ${ref.address} is not created (its count is 0), so the group uses one this configuration does not define; its instance type and volumes decide the price`);
  return { address: ref.address, attrs: t.attrs };
}

/** The volumes of a launch template's block_device_mappings (each `ebs` block), or undefined when it maps none. */
export function templateVolumes(template: Attributes | undefined): { which: string; spec: EbsVolumeSpec }[] | undefined {
  const mappings = template?.blocks("block_device_mappings") ?? [];
  const volumes: { which: string; spec: EbsVolumeSpec }[] = [];
  for (const [i, m] of mappings.entries()) {
    const ebs = m.block("ebs");
    if (!ebs) continue;
    const which = known(() => m.str("device_name")) ?? `block_device_mappings ${i}`;
    volumes.push({
      which,
      spec: readVolumeSpec(ebs, { type: "volume_type", size: "volume_size" }, {
        type: "gp2", sizeReason: `${which}: volume_size is not set, so the volume takes its snapshot's size, which is not known before apply`,
      }),
    });
  }
  return volumes.length ? volumes : undefined;
}

/** Runs `build` on lines of one instance and adds them to `lines` with every quantity multiplied by `count`. */
export function perInstance(lines: CostLines, count: Range, build: (one: CostLines) => void): void {
  const one = new CostLines();
  build(one);
  for (const c of one.components) lines.add({ ...c, quantity: c.quantity && multiplyRanges(c.quantity, count) });
  for (const u of one.unpriced) lines.unpriceable(u.reason, u.component);
}

/** Instance hours of `count` instances of `type`, and each volume per instance. */
export function addFleetLines(
  lines: CostLines, r: ResourceInput, count: Range, type: string | undefined, volumes: { which: string; spec: EbsVolumeSpec }[], typeReason?: string,
): void {
  lines.line("Instance usage (Linux/UNIX, on-demand)", () => {
    if (type === undefined) throw new Unpriceable(typeReason ?? "the instance type is not set");
    checkInstanceType(type);
    addInstanceHoursLine(lines, r, type, scaleRange(count, HOURS_PER_MONTH));
  });
  for (const v of volumes) {
    lines.line(`Storage (${v.which})`, () => perInstance(lines, count, (one) => addEbsVolumeLines(one, v.spec, v.which, r.region)));
  }
}

/** A min..max group size with an expected size (the desired size when set, else the minimum). */
export function groupSize(min: number | undefined, desired: number | undefined, max: number | undefined, what: string): Range {
  if (min === undefined && max === undefined && desired === undefined) throw new Unpriceable(`${what}: no size is set`);
  const lo = min ?? desired ?? max!;
  const hi = max ?? Math.max(lo, desired ?? lo);
  const expected = desired ?? lo;
  if (!(lo <= expected && expected <= hi)) throw new Unpriceable(`${what}: the desired size ${expected} is outside min ${lo} .. max ${hi}`);
  return range(lo, expected, hi);
}
