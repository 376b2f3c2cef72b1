import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed, Range } from "../../range";

const CLASSES = ["STANDARD", "INFREQUENT_ACCESS", "ARCHIVE"] as const;
type EfsClass = (typeof CLASSES)[number];

/** Price ids per class, for Regional and One Zone file systems (Archive has no price in the books: unpriced). */
const STORAGE: Record<"regional" | "oneZone", Record<EfsClass, [string, string | undefined]>> = {
  regional: { STANDARD: ["Standard", "aws/efs/storage-standard"], INFREQUENT_ACCESS: ["Infrequent Access", "aws/efs/storage-standard-ia"], ARCHIVE: ["Archive", undefined] },
  oneZone: { STANDARD: ["One Zone", "aws/efs/storage-one-zone"], INFREQUENT_ACCESS: ["One Zone-IA", "aws/efs/storage-one-zone-ia"], ARCHIVE: ["Archive", undefined] },
};

function hasIaTransition(r: ResourceInput): boolean {
  return r.attrs.blocks("lifecycle_policy").some((p) => (p.str("transition_to_ia") ?? "") !== "");
}

/**
 * `aws_efs_file_system`:
 * - `Storage (<class>)`: GB-months per storage class from `storageGbByClass` (STANDARD, INFREQUENT_ACCESS, ARCHIVE), else
 *   `storageGb` as Standard (without either, the Standard line depends on usage). One Zone file systems
 *   (`availability_zone_name` set) have their own rates. Archive storage has no price in the books: unpriced.
 * - With an Infrequent Access lifecycle policy (or IA storage in the usage): `IA data read` and `IA data written` per GB
 *   from `monthlyIaReadGb` / `monthlyIaWriteGb`.
 * - `throughput_mode = "provisioned"`: `Provisioned throughput` at provisioned_throughput_in_mibps MB/s-months.
 *   Elastic throughput is billed per GB read and written at rates the books do not have: that line is unpriced.
 *   Bursting throughput (the default) has no charge beyond storage.
 */
export const efsFileSystem: Pricer = {
  type: "aws_efs_file_system",
  provider: "aws",
  category: "storage",
  usage: [
    { name: "storageGb", type: "quantity", unit: "GB-months", description: "Average GB stored, priced as Standard (ignored when storageGbByClass is given)." },
    { name: "storageGbByClass", type: "quantity-map", unit: "GB-months", keys: CLASSES, excludes: ["storageGb"], description: "Average GB stored per storage class: STANDARD, INFREQUENT_ACCESS, ARCHIVE." },
    { name: "monthlyIaReadGb", type: "quantity", unit: "GB", description: "GB read from Infrequent Access storage per month." },
    { name: "monthlyIaWriteGb", type: "quantity", unit: "GB", description: "GB moved or written into Infrequent Access storage per month." },
  ],
  price(r, lines) {
    const oneZone = (r.attrs.str("availability_zone_name") ?? "") !== "";
    const table = STORAGE[oneZone ? "oneZone" : "regional"];
    const byClass = r.usage.quantityMap("storageGbByClass");
    const storage: [EfsClass, Range | undefined][] = byClass
      ? CLASSES.filter((c) => byClass.has(c)).map((c) => [c, byClass.get(c)])
      : [["STANDARD", r.usage.quantity("storageGb")]];
    for (const [cls, gb] of storage) {
      const [label, priceId] = table[cls];
      if (priceId === undefined) {
        lines.unpriceable("EFS Archive storage has no price in costkit's books yet", `Storage (${label})`);
        continue;
      }
      lines.add({ name: `Storage (${label})`, unit: "GB-months", priceId, quantity: gb, usageBased: true });
    }
    lines.line("IA data access", () => {
      if (!hasIaTransition(r) && !byClass?.has("INFREQUENT_ACCESS")) return;
      lines.add({ name: "IA data read", unit: "GB", priceId: "aws/efs/ia-reads", quantity: r.usage.quantity("monthlyIaReadGb"), usageBased: true });
      lines.add({ name: "IA data written", unit: "GB", priceId: "aws/efs/ia-writes", quantity: r.usage.quantity("monthlyIaWriteGb"), usageBased: true });
    });
    lines.line("Throughput", () => {
      const mode = r.attrs.str("throughput_mode") ?? "bursting";
      if (mode === "provisioned") {
        const mibps = r.attrs.num("provisioned_throughput_in_mibps");
        if (mibps === undefined) throw new Unpriceable("throughput_mode is provisioned but provisioned_throughput_in_mibps is not set");
        lines.add({ name: "Provisioned throughput", unit: "MBps-months", priceId: "aws/efs/provisioned-throughput", quantity: fixed(mibps) });
      } else if (mode === "elastic") {
        throw new Unpriceable("elastic throughput is billed per GB read and written, at rates costkit's books do not have yet");
      }
    });
  },
};
