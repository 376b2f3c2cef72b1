import { Attributes } from "../../attributes";
import { Category } from "../../categories";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { addDiskLine, addGpuLines, addMachineLines, extraGpus } from "../common/machine";

/** Sizes the API gives disks that do not say (the provider's documentation of `gce_setup.boot_disk.disk_size_gb` and
 *  `gce_setup.data_disks.disk_size_gb`: "defaults to the recommended value of 150GB", "defaults to 100"). */
const DEFAULT_BOOT_GIB = 150;
const DEFAULT_DATA_GIB = 100;

/** `NVIDIA_TESLA_T4` / `PD_BALANCED` as Compute Engine names them (`nvidia-tesla-t4`, `pd-balanced`). */
const computeName = (value: string) => value.toLowerCase().replace(/_/g, "-");

/** A disk's type: the API picks one when the configuration names none, and does not document which. */
function diskType(disk: Attributes | undefined, path: string): string {
  const type = disk?.str("disk_type");
  if (type === undefined) throw new Unpriceable(`${path}.disk_type is not set, and the type the API then picks is not documented; set it (PD_STANDARD, PD_BALANCED, PD_SSD, HYPERDISK_BALANCED…) to price the disk`);
  return computeName(type);
}

/**
 * `google_workbench_instance` (Vertex AI Workbench instance): a Compute Engine VM that runs JupyterLab, billed as
 * Compute Engine for the whole month (`gce_setup`):
 *
 * - the machine (`machine_type`; the API picks one when it is not set, which is then unpriced) and the GPUs of
 *   `accelerator_configs` (`NVIDIA_TESLA_T4` × `core_count`), at Compute Engine's on-demand rates with its sustained-use
 *   discount;
 * - the boot disk (`boot_disk.disk_size_gb`, default 150 GB) and each data disk (`data_disks.disk_size_gb`, default
 *   100 GB), at the rate of their `disk_type` (unpriced when it is not set: the API's choice is not documented).
 *
 * Vertex AI's management fee for Workbench instances is not in costkit's books: that line is unpriced with the reason.
 * `desired_state = STOPPED` bills only the disks.
 */
export const workbenchInstance: Pricer = {
  type: "google_workbench_instance",
  provider: "google",
  category: (r): Category => (r.attrs.blocks("gce_setup.accelerator_configs").length > 0 ? "ml" : "compute"),
  usage: [],
  price(r, lines) {
    const setup = r.attrs.block("gce_setup");
    const stopped = r.attrs.str("desired_state") === "STOPPED";
    if (!stopped) {
      lines.line("Machine", () => {
        const type = setup?.str("machine_type");
        if (type === undefined) throw new Unpriceable("gce_setup.machine_type is not set, and the API then picks the machine type; set it to price the VM");
        const common = { nodes: fixed(1), hoursPerNode: fixed(HOURS_PER_MONTH), spot: false, spotWord: "spot" as const };
        const m = addMachineLines(lines, { ...common, machineType: type });
        const gpus = (setup?.blocks("accelerator_configs") ?? []).map((g) => ({ type: computeName(g.str("type") ?? ""), count: g.num("core_count") ?? 1 }));
        for (const g of extraGpus(m, gpus)) addGpuLines(lines, { ...common, gpuType: g.type, count: g.count });
      });
      lines.unpriceable(
        "Vertex AI bills Workbench instances a management fee on top of Compute Engine (https://cloud.google.com/vertex-ai/pricing, Vertex AI Workbench) at rates costkit's books do not have",
        "Management fee",
      );
    }
    const boot = setup?.block("boot_disk");
    lines.line("Boot disk", () => {
      addDiskLine(lines, { name: "Boot disk", diskType: diskType(boot, "gce_setup.boot_disk"), gib: boot?.num("disk_size_gb") ?? DEFAULT_BOOT_GIB, disks: fixed(1) });
    });
    (setup?.blocks("data_disks") ?? []).forEach((d, i) => {
      lines.line(`Data disk ${i + 1}`, () => {
        addDiskLine(lines, { name: "Data disk", diskType: diskType(d, "gce_setup.data_disks"), gib: d.num("disk_size_gb") ?? DEFAULT_DATA_GIB, disks: fixed(1) });
      });
    });
  },
};
