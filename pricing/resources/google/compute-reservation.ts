import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { addGpuLines, addLocalSsdLines, addMachineLines, extraGpus } from "../common/machine";

/**
 * `google_compute_reservation`: a zonal reservation of Compute Engine capacity. Google bills reserved VMs at the
 * on-demand rates of the VMs they reserve, used or not, with sustained-use discounts as for running VMs
 * (https://cloud.google.com/compute/docs/instances/reservations-overview#how_reservations_work); VMs that consume the
 * reservation are not billed again. costkit prices `specific_reservation.count` VMs of
 * `instance_properties.machine_type` for the whole month, plus their `guest_accelerators` (GPUs beyond those the type
 * includes) and `local_ssds` (`disk_size_gb` each, 375 by default). If the configuration also declares the VMs that
 * will consume the reservation, both are priced: the same capacity is then counted twice.
 *
 * A reservation made from an instance template (`source_instance_template`) is unpriced with the reason.
 */
export const computeReservation: Pricer = {
  type: "google_compute_reservation",
  provider: "google",
  category: "compute",
  usage: [],
  price(r, lines) {
    const specific = r.attrs.block("specific_reservation");
    if (!specific) throw new Unpriceable("specific_reservation is not set, so the reserved machines are not known");
    if (specific.has("source_instance_template")) {
      throw new Unpriceable("the reservation takes its machines from source_instance_template, which costkit does not read for reservations; give instance_properties (machine_type) instead");
    }
    const count = specific.num("count");
    if (count === undefined) throw new Unpriceable("specific_reservation.count is not set");
    const props = specific.block("instance_properties");
    const type = props?.str("machine_type");
    if (!props || type === undefined) throw new Unpriceable("specific_reservation.instance_properties.machine_type is not set");
    const common = { nodes: fixed(count), label: "reserved" };
    const m = addMachineLines(lines, { ...common, machineType: type });
    const gpus = props.blocks("guest_accelerators").map((g) => ({ type: g.str("accelerator_type") ?? "", count: g.num("accelerator_count") ?? 0 }));
    for (const g of extraGpus(m, gpus)) addGpuLines(lines, { ...common, gpuType: g.type, count: g.count });
    const ssd = props.blocks("local_ssds").reduce((sum, d) => sum + (d.num("disk_size_gb") ?? 375), 0);
    if (ssd > 0) addLocalSsdLines(lines, { ...common, gibPerNode: ssd });
  },
};
