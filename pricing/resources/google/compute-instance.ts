import { Category } from "../../categories";
import { Attributes, knownOr, knownOrPriceableOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, ONE } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed } from "../../range";
import { UsageKeyDef } from "../../usage";
import { addCommittedMachineLines } from "../common/commitment";
import { addDiskLine, addGpuLines, defaultBootDiskType, addLocalSsdLines, extraGpus, machineType, machineTypeName } from "../common/machine";

/**
 * `google_compute_instance`: one VM for `monthlyHours` (default 730).
 *
 * Lines: the machine (`vCPU`/`Memory` at the series' rates, or `Instance usage` for types priced whole), GPUs from
 * `guest_accelerator` beyond those the machine type includes (`google/compute/gpu-<type>`), Local SSD from
 * `scratch_disk` blocks (375 GiB each unless `size` says otherwise) for the hours the VM runs, and the boot disk from
 * `boot_disk.initialize_params` (`size`, default 10 GiB — the size of most public images — and `type`, default
 * pd-standard, or hyperdisk-balanced for series without Persistent Disk) for the whole month, since a stopped VM keeps
 * its disk. A boot disk given by `boot_disk.source` is a google_compute_disk priced on its own.
 * `scheduling.preemptible = true` or `scheduling.provisioning_model = "SPOT"` → Spot prices, no sustained-use
 * discount. Otherwise the series' sustained-use discount for the VM's share of the month applies.
 * Usage `commitmentTerm` puts the VM's vCPU and memory under a 1- or 3-year Compute Engine resource commitment: billed
 * all 730 hours at the commitment rates (whatever monthlyHours says), no sustained-use discount; each instance of a
 * `count` is committed.
 */
const USAGE: readonly UsageKeyDef[] = [
  { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the VM runs in a month (730 = always on)." },
  {
    name: "commitmentTerm", type: "enum", unit: "term", values: ["1y", "3y"],
    description: "The VM's vCPU and memory are bought under a Compute Engine resource commitment of this term (1y or 3y): billed every hour of the month at the commitment price whether or not it runs (each instance of a count). GPUs, Local SSD and disks stay on demand. Without it: on demand.",
  },
];

const DEFAULT_BOOT_GIB = 10;
const LOCAL_SSD_GIB = 375;

/** Spot capacity from `scheduling` (instances and instance templates share the block). */
export function isSpot(r: Pick<ResourceInput, "attrs">): { spot: boolean; spotWord: "spot" | "preemptible" } {
  const s = r.attrs.block("scheduling");
  const model = s?.str("provisioning_model")?.toUpperCase();
  if (model === "SPOT") return { spot: true, spotWord: "spot" };
  if (s?.bool("preemptible")) return { spot: true, spotWord: "preemptible" };
  return { spot: false, spotWord: "spot" };
}

/** GPUs asked for in `guest_accelerator` blocks (instances and instance templates). */
export function requestedGpus(r: Pick<ResourceInput, "attrs">): { type: string; count: number }[] {
  return r.attrs.blocks("guest_accelerator").map((g) => ({ type: g.str("type") ?? "", count: g.num("count") ?? 0 }));
}

function hasGpus(r: ResourceInput): boolean {
  if (knownOrPriceableOr(() => machineType(r.attrs.str("machine_type") ?? "").gpus !== undefined, false)) return true;
  return knownOr(() => requestedGpus(r).some((g) => g.count > 0), false);
}

/** True when the boot disk is an existing disk (`source`), even one known only after apply. */
function hasSource(boot: Attributes): boolean {
  if (boot.reference("source")) return true;
  return knownOr(() => boot.has("source"), true);
}

export const computeInstance: Pricer = {
  type: "google_compute_instance",
  provider: "google",
  category: (r): Category => (hasGpus(r) ? "ml" : "compute"),
  usage: USAGE,
  price(r, lines) {
    const hours = r.usage.quantity("monthlyHours") ?? fixed(HOURS_PER_MONTH);
    const { spot, spotWord } = isSpot(r);
    const common = { nodes: fixed(1), hoursPerNode: hours, spot, spotWord };
    const type = r.attrs.str("machine_type");
    if (type === undefined) throw new Unpriceable("machine_type is not set");
    const term = r.usage.enumValue("commitmentTerm") as "1y" | "3y" | undefined;
    const m = addCommittedMachineLines(lines, { ...common, machineType: type }, term ? { nodes: ONE, term } : undefined);
    for (const g of extraGpus(m, requestedGpus(r))) addGpuLines(lines, { ...common, gpuType: g.type, count: g.count });
    const scratch = r.attrs.blocks("scratch_disk").reduce((sum, d) => sum + (d.num("size") ?? LOCAL_SSD_GIB), 0);
    if (scratch > 0) addLocalSsdLines(lines, { ...common, gibPerNode: scratch });
    const boot = r.attrs.block("boot_disk");
    if (boot && hasSource(boot)) return;
    const init = boot?.block("initialize_params");
    const diskType = machineTypeName(init?.str("type") ?? defaultBootDiskType(m, "pd-standard"));
    lines.line(`Boot disk (${diskType})`, () => {
      addDiskLine(lines, { name: "Boot disk", diskType, gib: init?.num("size") ?? DEFAULT_BOOT_GIB, disks: fixed(1) });
    });
  },
};
