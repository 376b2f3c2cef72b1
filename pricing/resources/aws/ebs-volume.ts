import { Unpriceable } from "../../errors";
import { awsRegionOfZone } from "../../geo";
import { fixed, perMillion } from "../../range";
import { Attributes, known } from "../../attributes";
import { CostLines, Pricer } from "../../pricer";
import { ec2ImportHint } from "../common/offer-hint";
import { ownValue } from "../../own";

/** EBS volume types costkit prices, each with its storage price id (per GB-month of provisioned size). */
export const EBS_STORAGE_PRICE: Readonly<Record<string, string>> = {
  gp2: "aws/ebs/gp2",
  gp3: "aws/ebs/gp3",
  io1: "aws/ebs/io1",
  io2: "aws/ebs/io2",
  st1: "aws/ebs/st1",
  sc1: "aws/ebs/sc1",
  standard: "aws/ebs/standard",
};

/** gp3 includes 3,000 IOPS and 125 MiB/s; only what is provisioned above is billed. */
export const GP3_FREE_IOPS = 3000;
export const GP3_FREE_THROUGHPUT_MIBPS = 125;

/** The volume settings that decide its price. */
export interface EbsVolumeSpec {
  readonly type: string;
  readonly sizeGib: number;
  /** Provisioned IOPS (gp3, io1, io2); undefined when not set. */
  readonly iops?: number;
  /** Provisioned throughput in MiB/s (gp3); undefined when not set. */
  readonly throughputMibps?: number;
}

/**
 * Adds the cost lines of one EBS volume: provisioned storage, and for gp3 the IOPS above 3,000 and the throughput above
 * 125 MiB/s, for io1/io2 every provisioned IOPS (io2 in per-volume tiers). `which` names the volume inside the brackets
 * so that an instance's volumes stay apart (`Storage (root, gp3)`, `Storage (/dev/sdh, io2)`); a volume resource passes
 * "" (`Storage (gp3)`).
 */
export function addEbsVolumeLines(lines: CostLines, spec: EbsVolumeSpec, which: string, region?: string): void {
  const storageId = ownValue(EBS_STORAGE_PRICE, spec.type);
  const q = (what: string, type: string) => `${what} (${which ? `${which}, ` : ""}${type})`;
  if (!storageId) {
    lines.unpriceable(`unknown EBS volume type "${spec.type}"; costkit prices ${Object.keys(EBS_STORAGE_PRICE).join(", ")}`, q("Storage", spec.type));
    return;
  }
  // the region's EC2 offer file has EBS storage (not the IOPS and throughput rates)
  const hint = region === undefined ? {} : { missingRegionHint: ec2ImportHint(region) };
  lines.add({ name: q("Storage", spec.type), unit: "GB-months", priceId: storageId, quantity: fixed(spec.sizeGib), ...hint });
  if (spec.type === "gp3") {
    const iops = spec.iops ?? GP3_FREE_IOPS;
    if (iops > GP3_FREE_IOPS) {
      lines.add({ name: q("Provisioned IOPS", "gp3"), unit: "IOPS-months", priceId: "aws/ebs/gp3-iops", quantity: fixed(iops - GP3_FREE_IOPS) });
    }
    const throughput = spec.throughputMibps ?? GP3_FREE_THROUGHPUT_MIBPS;
    if (throughput > GP3_FREE_THROUGHPUT_MIBPS) {
      lines.add({
        name: q("Provisioned throughput", "gp3"), unit: "MiBps-months", priceId: "aws/ebs/gp3-throughput",
        quantity: fixed(throughput - GP3_FREE_THROUGHPUT_MIBPS),
      });
    }
  } else if (spec.type === "io1" || spec.type === "io2") {
    const name = q("Provisioned IOPS", spec.type);
    if (spec.iops === undefined) {
      lines.unpriceable(`an ${spec.type} volume needs iops (the provider requires it); none is set`, name);
    } else {
      lines.add({ name, unit: "IOPS-months", priceId: spec.type === "io1" ? "aws/ebs/io1-iops" : "aws/ebs/io2-iops", quantity: fixed(spec.iops) });
    }
  }
}

/** Reads a volume's settings from a block or resource whose attribute names are given (they differ between them). */
export function readVolumeSpec(
  attrs: Attributes,
  names: { type: string; size: string },
  defaults: { type: string; sizeGib?: number; sizeReason?: string },
): EbsVolumeSpec {
  const type = attrs.str(names.type) ?? defaults.type;
  const size = attrs.num(names.size) ?? defaults.sizeGib;
  if (size === undefined) throw new Unpriceable(defaults.sizeReason ?? `${names.size} is not set`);
  const iops = attrs.num("iops");
  const throughput = attrs.num("throughput");
  return { type, sizeGib: size, ...(iops !== undefined ? { iops } : {}), ...(throughput !== undefined ? { throughputMibps: throughput } : {}) };
}

/** The region of an AWS resource placed in an availability zone: its own `region` (provider 6), else the zone's, else the provider's. */
export function awsZonalRegion(attrs: Attributes, providerConfig: Attributes): string | undefined {
  const own = attrs.str("region");
  if (own !== undefined) return own;
  // a zone known only after apply (a subnet's zone, a data source) still lies in the provider's region
  const az = known(() => attrs.str("availability_zone"));
  if (az !== undefined) return awsRegionOfZone(az);
  return providerConfig.str("region");
}

/**
 * `aws_ebs_volume`: provisioned storage per GB-month (type defaults to gp2, as in the AWS provider), gp3 IOPS above
 * 3,000 and throughput above 125 MiB/s, io1/io2 provisioned IOPS (io2 tiered per volume), magnetic I/O requests and
 * snapshot storage from usage. Snapshots are incremental and belong to the account, so only usage can say how much
 * they hold; the line is shown as depending on usage when none is given.
 */
export const ebsVolume: Pricer = {
  type: "aws_ebs_volume",
  provider: "aws",
  category: "storage",
  usage: [
    { name: "snapshotStorageGb", type: "quantity", unit: "GB-months", description: "Snapshot storage of this volume held during the month (incremental, standard tier)." },
    { name: "monthlyIoRequests", type: "quantity", unit: "requests", description: "I/O requests per month; billed only for magnetic (standard) volumes." },
  ],
  region: (r) => awsZonalRegion(r.attrs, r.providerConfig),
  price(r, lines) {
    const spec = readVolumeSpec(r.attrs, { type: "type", size: "size" }, {
      type: "gp2",
      sizeReason: r.attrs.has("snapshot_id")
        ? "size is not set, so the volume takes its snapshot's size, which is not known before apply; set size to price it"
        : "size is not set (the provider requires size or snapshot_id)",
    });
    addEbsVolumeLines(lines, spec, "", r.region);
    if (spec.type === "standard") {
      const io = r.usage.quantity("monthlyIoRequests");
      lines.add({
        name: "I/O requests (standard)", unit: "1M requests", priceId: "aws/ebs/standard-io", usageBased: true,
        quantity: perMillion(io),
      });
    }
    lines.add({ name: "Snapshot storage", unit: "GB-months", priceId: "aws/ebs/snapshot", usageBased: true, quantity: r.usage.quantity("snapshotStorageGb") });
  },
};
