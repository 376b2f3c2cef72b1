import { Attributes, knownOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed } from "../../range";
import { addTemplateLines } from "../common/instance-template";

const TEMPLATE_TYPES = ["google_compute_instance_template", "google_compute_region_instance_template"];

/** What an instance can override of its template that changes its price: costkit prices the template's own values. */
const PRICED_OVERRIDES = ["machine_type", "boot_disk", "scratch_disk", "guest_accelerator", "scheduling", "attached_disk"];

/** The template `source_instance_template` refers to, when it is one of this configuration. */
function templateOf(r: Pick<ResourceInput, "attrs" | "document">): Attributes {
  const ref = r.attrs.reference("source_instance_template");
  if (!ref) {
    // a value known only after apply (a module's output) makes the instance unpriced with that reason
    const written = r.attrs.str("source_instance_template");
    if (written === undefined) throw new Unpriceable("source_instance_template is not set");
    throw new Unpriceable(`the instance template ${JSON.stringify(written)} is not a resource of this configuration; costkit prices the instance from a google_compute_instance_template it refers to (\${google_compute_instance_template.<name>.self_link})`);
  }
  const res = r.document.get(ref.address);
  if (!res || !TEMPLATE_TYPES.includes(res.type)) {
    throw new Unpriceable(`the instance template ${ref.address} is not a google_compute_instance_template or google_compute_region_instance_template of this configuration`);
  }
  return res.attrs;
}

/**
 * `google_compute_instance_from_template`: one VM made from an instance template, priced as an instance group's
 * instances are (machine with its series' sustained-use discount, GPUs, Spot, Local SSD and disks from the template;
 * see common/instance-template.ts) for `monthlyHours` (default 730). The template must be a
 * google_compute_instance_template or google_compute_region_instance_template of this configuration. An instance that
 * overrides a priced field of its template (machine_type, boot_disk, scratch_disk, guest_accelerator, scheduling,
 * attached_disk) is unpriced with the reason rather than priced from the template's value.
 */
export const computeInstanceFromTemplate: Pricer = {
  type: "google_compute_instance_from_template",
  provider: "google",
  category: "compute",
  usage: [{ name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the VM runs in a month (730 = always on)." }],
  price(r, lines) {
    const overridden = PRICED_OVERRIDES.filter((f) => knownOr(() => r.attrs.has(f), true));
    if (overridden.length > 0) {
      throw new Unpriceable(`the instance overrides ${overridden.join(", ")} of its template, which costkit does not merge; price it as a google_compute_instance, or leave those fields to the template`);
    }
    addTemplateLines(lines, templateOf(r), { nodes: fixed(1), hoursPerNode: r.usage.quantity("monthlyHours") ?? fixed(730) });
  },
};
