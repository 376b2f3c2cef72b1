import Decimal from "decimal.js";
import { Attributes, knownOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { decimalText, HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/** The shape of a Cloud SQL tier: dedicated vCPUs and memory, or a shared-core type billed per instance. */
type TierShape = { kind: "dedicated"; vcpus: Decimal; memoryGib: Decimal } | { kind: "shared"; priceId: string };

const SHARED_CORE: Record<string, string> = { "db-f1-micro": "google/sql/db-f1-micro", "db-g1-small": "google/sql/db-g1-small" };
/** GB of memory per vCPU of the legacy predefined N1 tiers (https://cloud.google.com/sql/docs/mysql/instance-settings). */
const N1_MEMORY_PER_VCPU: Record<string, string> = { standard: "3.75", highmem: "6.5" };

/** Reads `settings.tier`: `db-custom-<vCPUs>-<MiB>`, `db-n1-standard-<vCPUs>`, `db-n1-highmem-<vCPUs>`, or shared core. */
export function tierShape(tier: string): TierShape {
  const shared = SHARED_CORE[tier];
  if (shared) return { kind: "shared", priceId: shared };
  const custom = /^db-custom-(\d+)-(\d+)$/.exec(tier);
  if (custom) return { kind: "dedicated", vcpus: money(custom[1]), memoryGib: money(custom[2]).div(1024) };
  const n1 = /^db-n1-(standard|highmem)-(\d+)$/.exec(tier);
  if (n1) return { kind: "dedicated", vcpus: money(n1[2]), memoryGib: money(n1[2]).times(N1_MEMORY_PER_VCPU[n1[1]]) };
  throw new Unpriceable(
    `Cloud SQL tier "${tier}" is not one costkit reads; it prices db-custom-<vCPUs>-<MiB>, db-n1-standard-<vCPUs>, db-n1-highmem-<vCPUs>, db-f1-micro and db-g1-small`,
  );
}

/** True when `master_instance_name` is set, also when it names an instance not created yet (a reference). */
function isReplica(attrs: Attributes): boolean {
  return knownOr(() => attrs.str("master_instance_name") !== undefined, true);
}

const DISKS: Record<string, { label: string; priceId: string }> = {
  PD_SSD: { label: "SSD", priceId: "google/sql/storage-ssd" },
  PD_HDD: { label: "HDD", priceId: "google/sql/storage-hdd" },
};

/**
 * `google_sql_database_instance` (Cloud SQL for MySQL, PostgreSQL and SQL Server), Enterprise edition:
 *
 * - Dedicated-core tiers: vCPUs × 730 h at the vCPU-hour rate plus memory GiB × 730 h at the GiB-hour rate of the region
 *   (one rate for every engine). Shared-core tiers (db-f1-micro, db-g1-small): 730 instance-hours.
 * - `settings.availability_type = REGIONAL` (high availability) bills the instance and its storage twice, as Google
 *   prices HA ("HA" in the line name).
 * - Storage: `settings.disk_size` GB (default 10) × the SSD or HDD rate of `settings.disk_type` (default PD_SSD).
 * - A read replica (`master_instance_name` set) is an instance of its own and is priced the same way ("read replica").
 * - SQL Server licences (per vCPU-hour, by edition) and Enterprise Plus vCPU/memory rates are not in the price books:
 *   those lines are unpriced with the reason. Backups, network egress and IP addresses are not modelled.
 * - `activation_policy = NEVER` (stopped): only storage is billed.
 */
export const sqlDatabaseInstance: Pricer = {
  type: "google_sql_database_instance",
  provider: "google",
  category: "data",
  usage: [],
  price(r, lines) {
    const tier = r.attrs.str("settings.tier");
    if (tier === undefined) throw new Unpriceable("settings.tier is not set");
    const ha = (r.attrs.str("settings.availability_type") ?? "ZONAL") === "REGIONAL";
    const replica = isReplica(r.attrs);
    const copies = ha ? 2 : 1;
    const qualifiers = [ha ? "HA" : undefined, replica ? "read replica" : undefined].filter((q) => q !== undefined);
    const suffix = qualifiers.length ? `, ${qualifiers.join(", ")}` : "";
    const stopped = r.attrs.str("settings.activation_policy") === "NEVER";

    if (!stopped) {
      lines.line(`Instance (${tier}${suffix})`, () => {
        const edition = r.attrs.str("settings.edition") ?? "ENTERPRISE";
        if (edition !== "ENTERPRISE") {
          throw new Unpriceable(`edition ${edition}: Cloud SQL Enterprise Plus vCPU and memory rates are not in the price books (add them in an override book)`);
        }
        const shape = tierShape(tier);
        const hours = HOURS_PER_MONTH.times(copies);
        if (shape.kind === "shared") {
          lines.add({ name: `Instance usage (${tier}${suffix})`, unit: "hours", priceId: shape.priceId, quantity: fixed(hours) });
          return;
        }
        lines.add({ name: `Instance vCPUs (${tier}, ${decimalText(shape.vcpus)} vCPU${suffix})`, unit: "vCPU-hours", priceId: "google/sql/vcpu", quantity: fixed(shape.vcpus.times(hours)) });
        lines.add({ name: `Instance memory (${tier}, ${decimalText(shape.memoryGib)} GiB${suffix})`, unit: "GiB-hours", priceId: "google/sql/memory", quantity: fixed(shape.memoryGib.times(hours)) });
      });
      lines.line("SQL Server licence", () => {
        const version = r.attrs.str("database_version");
        if (version === undefined || !version.startsWith("SQLSERVER")) return;
        throw new Unpriceable(`${version} bills a SQL Server licence per vCPU-hour that is not in the price books (add it in an override book)`);
      });
    }
    lines.line(`Storage${suffix ? ` (${qualifiers.join(", ")})` : ""}`, () => {
      const diskType = r.attrs.str("settings.disk_type") ?? "PD_SSD";
      const disk = DISKS[diskType];
      if (!disk) throw new Unpriceable(`unknown settings.disk_type "${diskType}"; Cloud SQL has PD_SSD and PD_HDD`);
      const size = r.attrs.num("settings.disk_size") ?? 10;
      lines.add({ name: `Storage (${disk.label}${suffix})`, unit: "GiB-months", priceId: disk.priceId, quantity: fixed(money(size).times(copies)) });
    });
  },
};
