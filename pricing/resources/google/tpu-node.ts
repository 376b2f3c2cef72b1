import { Pricer } from "../../pricer";
import { addTpuLine, TPU_USAGE } from "./tpu-v2-vm";

/**
 * `google_tpu_node` (the older TPU Node API): priced like `google_tpu_v2_vm` (see there) from `accelerator_type`
 * (required) and `scheduling_config.preemptible`; the zone gives the region.
 */
export const tpuNode: Pricer = {
  type: "google_tpu_node",
  provider: "google",
  category: "ml",
  usage: TPU_USAGE,
  price(r, lines) {
    const acceleratorType = r.attrs.str("accelerator_type") ?? "v2-8";
    const preemptible = Boolean(r.attrs.block("scheduling_config")?.bool("preemptible"));
    addTpuLine(r, lines, acceleratorType, preemptible);
  },
};
