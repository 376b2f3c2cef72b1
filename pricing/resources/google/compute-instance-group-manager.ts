import { Attributes, knownOrPriceableOr } from "../../attributes";
import { Category } from "../../categories";
import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { range, Range } from "../../range";
import { UsageKeyDef } from "../../usage";
import { requestedGpus } from "./compute-instance";
import { commitmentOf, commitmentUsageKeys } from "../common/commitment";
import { addTemplateLines } from "../common/instance-template";
import { machineType } from "../common/machine";

/**
 * `google_compute_instance_group_manager` (zonal) and, through `instanceGroupManagerPricer`,
 * `google_compute_region_instance_group_manager`: the group's instances, priced from its instance template (machine,
 * GPUs, disks; see shared/instance-template.ts).
 *
 * Instances: an autoscaler of this configuration whose `target` is the group (`google_compute_autoscaler`, or
 * `google_compute_region_autoscaler` for a regional group; not in mode OFF) gives a range from
 * `autoscaling_policy.min_replicas` (0 when not set) to `max_replicas`; its expected count is the usage
 * `expectedInstances` (within the bounds), else the minimum. Without an autoscaler the group runs `target_size`
 * instances (the provider's default is 0). The template is the one of the first `version` block (or the deprecated
 * top-level `instance_template`); it must be a google_compute_instance_template or
 * google_compute_region_instance_template of the same configuration, else the group is unpriced with the reason.
 * Canary versions with their own template are priced with the first version's template.
 *
 * Usage `committedInstances` (with `commitmentTerm`) puts that many instances' vCPU and memory under a Compute Engine
 * resource commitment: billed all month at the commitment rates, the instances above it on demand.
 */
const USAGE: readonly UsageKeyDef[] = [
  { name: "expectedInstances", type: "quantity", unit: "instances", description: "Average instances over the month for an autoscaled group (between the autoscaler's min_replicas and max_replicas); the minimum when not given." },
  { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours each instance runs in a month (730 = always on)." },
  ...commitmentUsageKeys("instances"),
];

const TEMPLATE_TYPES = ["google_compute_instance_template", "google_compute_region_instance_template"];

/** The instance template the group uses (first version's, else the top-level one). */
function templateOf(r: Pick<ResourceInput, "attrs" | "document">): Attributes {
  const path = r.attrs.blocks("version").length > 0 ? "version.0.instance_template" : "instance_template";
  const ref = r.attrs.reference(path);
  if (!ref) {
    if (!r.attrs.has(path)) throw new Unpriceable("the group names no instance template (version.instance_template)");
    throw new Unpriceable(`the instance template ${JSON.stringify(r.attrs.str(path))} is not a resource of this configuration; costkit prices a group from a google_compute_instance_template it refers to (\${google_compute_instance_template.<name>.self_link})`);
  }
  const res = r.document.get(ref.address);
  if (!res || !TEMPLATE_TYPES.includes(res.type)) {
    throw new Unpriceable(`the instance template ${ref.address} is not a google_compute_instance_template or google_compute_region_instance_template of this configuration`);
  }
  return res.attrs;
}

/** The autoscaler of this configuration that targets the group, unless it is switched off. */
function autoscalerOf(r: Pick<ResourceInput, "address" | "document">, autoscalerType: string): Attributes | undefined {
  for (const a of r.document.ofType(autoscalerType)) {
    if (a.attrs.reference("target")?.address !== r.address) continue;
    const policy = a.attrs.block("autoscaling_policy");
    if (policy?.str("mode")?.toUpperCase() === "OFF") return undefined;
    return policy ?? a.attrs;
  }
  return undefined;
}

/** Instances as a range: the autoscaler's bounds with expected from usage or the minimum, else target_size. */
function instances(r: ResourceInput, autoscalerType: string): Range {
  const policy = autoscalerOf(r, autoscalerType);
  if (!policy) {
    const size = r.attrs.num("target_size") ?? 0;
    return range(size, size, size);
  }
  const min = policy.num("min_replicas") ?? 0;
  const max = Math.max(policy.num("max_replicas") ?? min, min);
  const expected = r.usage.quantity("expectedInstances")?.expected;
  if (expected === undefined) return range(min, min, max);
  if (expected.lt(min) || expected.gt(max)) {
    throw new Unpriceable(`usage expectedInstances ${expected.toFixed()} is outside the autoscaler's bounds (${min} to ${max} instances); fix the usage or min_replicas/max_replicas`);
  }
  return range(min, expected, max);
}

function hasGpus(r: ResourceInput): boolean {
  return knownOrPriceableOr(() => {
    const t = templateOf(r);
    return machineType(t.str("machine_type") ?? "").gpus !== undefined || requestedGpus({ attrs: t }).some((g) => g.count > 0);
  }, false);
}

/** A pricer for an instance group manager type whose autoscaler has type `autoscalerType`. */
export function instanceGroupManagerPricer(type: string, autoscalerType: string): Pricer {
  return {
    type,
    provider: "google",
    category: (r): Category => (hasGpus(r) ? "ml" : "compute"),
    usage: USAGE,
    price(r, lines) {
      const template = templateOf(r);
      const nodes = instances(r, autoscalerType);
      const committed = commitmentOf(r.usage, "committedInstances");
      addTemplateLines(lines, template, { nodes, hoursPerNode: r.usage.quantity("monthlyHours"), ...(committed ? { committed } : {}) });
    },
  };
}

export const computeInstanceGroupManager: Pricer = instanceGroupManagerPricer("google_compute_instance_group_manager", "google_compute_autoscaler");
