import { known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { Category } from "../../categories";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { Range } from "../../range";
import { addEbsVolumeLines, awsZonalRegion, readVolumeSpec } from "./ebs-volume";
import { ec2ImportHint } from "../common/offer-hint";

export { ec2ImportHint };

/** An EC2 instance type: family, generation and options, a dot, a size (`m6i.large`, `c7gn.16xlarge`, `u-6tb1.metal`). */
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;

/** Accelerated families whose cost belongs to machine learning: NVIDIA GPUs (g*, p*), Inferentia, Trainium, Gaudi (dl*). */
const ML_FAMILY = /^(g\d|gr\d|p\d|inf\d|trn\d|dl\d)/;

/** Root volume when the configuration does not say: most AMIs map an 8 GiB gp2 root device (Infracost assumes the same). */
const ROOT_DEFAULT = { type: "gp2", sizeGib: 8 };

/** The category of EC2 capacity of an instance type: `ml` for accelerated families, else `compute` (also when the type
 *  cannot be read). */
export function instanceTypeCategory(instanceType: string | undefined): Category {
  return instanceType !== undefined && ML_FAMILY.test(instanceType) ? "ml" : "compute";
}

/** Throws Unpriceable unless `type` is written as an EC2 instance type. */
export function checkInstanceType(type: string): void {
  if (!INSTANCE_TYPE.test(type)) throw new Unpriceable(`"${type}" is not an EC2 instance type (expected family.size, e.g. m6i.large)`);
}

/** `Instance usage (Linux/UNIX, on-demand, <type>)`: instance-hours at the type's on-demand rate. */
export function addInstanceHoursLine(lines: CostLines, r: { region: string | undefined }, type: string, hours: Range | undefined, name = `Instance usage (Linux/UNIX, on-demand, ${type})`): void {
  lines.add({ name, unit: "hours", priceId: `aws/ec2/${type}`, quantity: hours, missingRegionHint: ec2ImportHint(r.region), purchaseOption: "on-demand", machineType: type });
}

/**
 * `aws_instance`: the instance's Linux on-demand, shared-tenancy hourly price × hours running (usage `monthlyHours`,
 * default 730), its root volume and each `ebs_block_device`, priced like `aws_ebs_volume` (gp3 IOPS and throughput
 * above the free baseline, io1/io2 IOPS).
 *
 * Assumptions and limits, each stated in the report when it applies:
 * - The operating system comes from the AMI, which the configuration does not show: Linux/UNIX is assumed (Windows,
 *   RHEL, SUSE and other licensed images cost more).
 * - The root volume's type and size come from the AMI when not set: an 8 GiB gp2 root is assumed.
 * - Dedicated tenancy (`tenancy = "dedicated"` or `"host"`) and Spot (`instance_market_options.market_type = "spot"`)
 *   are not priced: the instance line is unpriced with the reason; volumes are still priced.
 * - T-family CPU credits above the baseline (unlimited mode) and data transfer are not included.
 */
export const instance: Pricer = {
  type: "aws_instance",
  provider: "aws",
  category: (r) => instanceTypeCategory(known(() => r.attrs.str("instance_type"))),
  usage: [
    { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the instance runs in a month (730 = always on)." },
  ],
  region: (r) => awsZonalRegion(r.attrs, r.providerConfig),
  price(r, lines) {
    lines.line("Instance usage (Linux/UNIX, on-demand)", () => {
      const type = r.attrs.str("instance_type");
      if (type === undefined) throw new Unpriceable("instance_type is not set (costkit does not read a launch template's type)");
      const name = `Instance usage (Linux/UNIX, on-demand, ${type})`;
      if (!INSTANCE_TYPE.test(type)) {
        lines.unpriceable(`"${type}" is not an EC2 instance type (expected family.size, e.g. m6i.large)`, name);
        return;
      }
      const tenancy = r.attrs.str("tenancy") ?? "default";
      if (tenancy !== "default") {
        lines.unpriceable(`tenancy "${tenancy}" is billed at dedicated rates (plus a per-region fee for dedicated instances); costkit prices shared tenancy only`, name);
        return;
      }
      const market = r.attrs.block("instance_market_options")?.str("market_type");
      if (market === "spot") {
        lines.unpriceable("a Spot instance is billed at the Spot price, which moves with supply and demand; costkit has no Spot price to report", name);
        return;
      }
      if (market !== undefined) {
        lines.unpriceable(`market_type "${market}" (a Capacity Block) is paid upfront at the reservation's price; costkit prices on-demand only`, name);
        return;
      }
      addInstanceHoursLine(lines, r, type, r.usage.quantity("monthlyHours"), name);
    });

    addInstanceVolumeLines(r, lines);
  },
};

/** The root volume and each `ebs_block_device` of an instance, priced like `aws_ebs_volume`. */
export function addInstanceVolumeLines(r: ResourceInput, lines: CostLines): void {
  lines.line("Storage (root)", () => {
    const root = r.attrs.block("root_block_device");
    const spec = root
      ? readVolumeSpec(root, { type: "volume_type", size: "volume_size" }, { type: ROOT_DEFAULT.type, sizeGib: ROOT_DEFAULT.sizeGib })
      : ROOT_DEFAULT;
    addEbsVolumeLines(lines, spec, "root", r.region);
  });

  for (const [i, dev] of r.attrs.blocks("ebs_block_device").entries()) {
    const which = known(() => dev.str("device_name")) ?? `ebs_block_device ${i}`;
    lines.line(`Storage (${which})`, () => {
      const spec = readVolumeSpec(dev, { type: "volume_type", size: "volume_size" }, {
        type: "gp2",
        sizeReason: "volume_size is not set, so the volume takes its snapshot's size, which is not known before apply",
      });
      addEbsVolumeLines(lines, spec, which, r.region);
    });
  }
}
