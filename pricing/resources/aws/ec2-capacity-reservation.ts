import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { range } from "../../range";
import { awsZonalRegion } from "./ebs-volume";
import { addInstanceHoursLine, checkInstanceType } from "./instance";

const TARGET_ID = "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_id";

/** Instances of this document that name the reservation as their target (`capacity_reservation_id = aws_ec2_capacity_reservation.x.id`). */
function targetingInstances(r: ResourceInput): number {
  let n = 0;
  for (const i of r.document.ofType("aws_instance")) {
    if (i.attrs.reference(TARGET_ID)?.address !== r.address) continue;
    if (typeof i.multiplicity !== "number") throw new Unpriceable(`the number of instances of ${i.address}, which run in this reservation, is not known before apply`);
    n += i.multiplicity;
  }
  return n;
}

/**
 * `aws_ec2_capacity_reservation` (an On-Demand Capacity Reservation). AWS bills reserved capacity at the instance type's
 * On-Demand rate whether instances run in it or not; an instance that runs in the reservation is billed as that
 * instance and the reservation's share for it stops (https://aws.amazon.com/ec2/pricing/on-demand/, "On-Demand Capacity
 * Reservations"). So the reservation's own line is its unused capacity:
 * `Reserved capacity (unused, <type>)` = (instance_count − instances running in it) × 730 hours at the
 * type's Linux on-demand rate. Instances running in it come from usage `usedInstanceCount`, else from the aws_instance
 * resources of this document that target it (counted with their count/for_each), else none.
 * Other platforms and dedicated tenancy are unpriced with the reason (the books hold Linux shared-tenancy rates).
 */
export const ec2CapacityReservation: Pricer = {
  type: "aws_ec2_capacity_reservation",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "usedInstanceCount", type: "quantity", unit: "instances", description: "Instances that run in the reservation (billed as those instances); default: the aws_instance resources of this configuration that target it." },
  ],
  region: (r) => awsZonalRegion(r.attrs, r.providerConfig),
  price(r, lines) {
    const type = r.attrs.str("instance_type");
    if (type === undefined) throw new Unpriceable("instance_type is not set");
    checkInstanceType(type);
    const name = `Reserved capacity (unused, ${type})`;
    lines.line(name, () => {
      const platform = r.attrs.str("instance_platform") ?? "Linux/UNIX";
      if (platform !== "Linux/UNIX") throw new Unpriceable(`instance_platform "${platform}" is billed at that platform's rate; costkit's books hold Linux/UNIX rates only`);
      const tenancy = r.attrs.str("tenancy") ?? "default";
      if (tenancy !== "default") throw new Unpriceable(`tenancy "${tenancy}" is billed at dedicated rates; costkit prices shared tenancy only`);
      const count = new Decimal(r.attrs.num("instance_count") ?? 0);
      const used = r.usage.quantity("usedInstanceCount") ?? range(targetingInstances(r), targetingInstances(r), targetingInstances(r));
      const unusedHours = (u: Decimal) => Decimal.max(0, count.minus(u)).times(HOURS_PER_MONTH);
      addInstanceHoursLine(lines, r, type, range(unusedHours(used.max), unusedHours(used.expected), unusedHours(used.min)), name);
    });
  },
};
