import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { CostLines } from "../../pricer";
import { Range } from "../../range";
import { isSpot, requestedGpus } from "../google/compute-instance";
import { addCommittedMachineLines, Commitment } from "./commitment";
import { addDiskLine, addGpuLines, addLocalSsdLines, defaultBootDiskType, extraGpus, machineTypeName } from "./machine";

/**
 * `google_compute_instance_template` and `google_compute_region_instance_template` cost nothing by themselves (they
 * are on the free list); the instance group managers that use one are priced from it with `addTemplateLines`.
 *
 * From the template: the machine (`machine_type`, with the series' rates and sustained-use discount, as for
 * google_compute_instance), GPUs from `guest_accelerator` beyond those the machine type includes, Spot prices when
 * `scheduling.preemptible` or `scheduling.provisioning_model = "SPOT"`, and the disks of each instance from the `disk`
 * blocks: `type = "SCRATCH"` (or `disk_type = "local-ssd"`) is Local SSD (375 GiB unless `disk_size_gb` says otherwise)
 * for the hours the instances run; a persistent disk is `disk_size_gb` (default 10 GiB, the size of most public
 * images) of `disk_type` (default pd-standard, or hyperdisk-balanced for the boot disk of series without Persistent
 * Disk) for the whole month, `Boot disk (…)` for the boot disk and `Disk (…)` for the others. A disk attached by
 * `source` is an existing google_compute_disk, priced on its own.
 */
const DEFAULT_DISK_GIB = 10;
const LOCAL_SSD_GIB = 375;

/**
 * Adds the lines of `nodes` instances made from a template, each running `hoursPerNode` (default 730) a month;
 * `committed` instances' vCPU and memory under a resource commitment (see commitment.ts).
 */
export function addTemplateLines(lines: CostLines, template: Attributes, o: { nodes: Range; hoursPerNode?: Range; committed?: Commitment }): void {
  const { spot, spotWord } = isSpot({ attrs: template });
  const common = { nodes: o.nodes, ...(o.hoursPerNode ? { hoursPerNode: o.hoursPerNode } : {}), spot, spotWord };
  const type = template.str("machine_type");
  if (type === undefined) throw new Unpriceable("the instance template sets no machine_type");
  const m = addCommittedMachineLines(lines, { ...common, machineType: type }, o.committed);
  for (const g of extraGpus(m, requestedGpus({ attrs: template }))) addGpuLines(lines, { ...common, gpuType: g.type, count: g.count });
  const disks = template.blocks("disk");
  let scratch = 0;
  disks.forEach((d, i) => {
    const diskType = d.str("disk_type");
    if (d.str("type")?.toUpperCase() === "SCRATCH" || diskType === "local-ssd") {
      scratch += d.num("disk_size_gb") ?? LOCAL_SSD_GIB;
      return;
    }
    if (d.has("source")) return;
    const boot = d.bool("boot") ?? i === 0;
    const name = boot ? "Boot disk" : "Disk";
    const resolved = machineTypeName(diskType ?? (boot ? defaultBootDiskType(m, "pd-standard") : "pd-standard"));
    lines.line(`${name} (${resolved})`, () => {
      addDiskLine(lines, { name, diskType: resolved, gib: d.num("disk_size_gb") ?? DEFAULT_DISK_GIB, disks: o.nodes });
    });
  });
  if (scratch > 0) addLocalSsdLines(lines, { ...common, gibPerNode: scratch });
}
