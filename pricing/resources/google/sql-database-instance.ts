import Decimal from "decimal.js";
import { Attributes, knownOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { decimalText, HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { ownValue } from "../../own";

/** The shape of a Cloud SQL tier: dedicated vCPUs and memory, or a shared-core type billed per instance. */
type TierShape = { kind: "dedicated"; vcpus: Decimal; memoryGib: Decimal } | { kind: "shared"; priceId: string };

const SHARED_CORE: Record<string, string> = { "db-f1-micro": "google/sql/db-f1-micro", "db-g1-small": "google/sql/db-g1-small" };
/** GB of memory per vCPU of the legacy predefined N1 tiers (https://cloud.google.com/sql/docs/mysql/instance-settings). */
const N1_MEMORY_PER_VCPU: Record<string, string> = { standard: "3.75", highmem: "6.5" };

/** Reads `settings.tier`: `db-custom-<vCPUs>-<MiB>`, `db-n1-standard-<vCPUs>`, `db-n1-highmem-<vCPUs>`, or shared core. */
export function tierShape(tier: string): TierShape {
  const shared = ownValue(SHARED_CORE, tier);
  if (shared) return { kind: "shared", priceId: shared };
  const custom = /^db-custom-(\d+)-(\d+)$/.exec(tier);
  if (custom) return { kind: "dedicated", vcpus: money(custom[1]), memoryGib: money(custom[2]).div(1024) };
  const n1 = /^db-n1-(standard|highmem)-(\d+)$/.exec(tier);
  if (n1) return { kind: "dedicated", vcpus: money(n1[2]), memoryGib: money(n1[2]).times(N1_MEMORY_PER_VCPU[n1[1]]) };
  throw new Unpriceable(
    `Cloud SQL tier "${tier}" is not one costkit reads; it prices db-custom-<vCPUs>-<MiB>, db-n1-standard-<vCPUs>, db-n1-highmem-<vCPUs>, db-f1-micro and db-g1-small`,
  );
}

/** The licence edition of a SQL Server `database_version` (`SQLSERVER_2019_STANDARD` → standard). */
function sqlServerEdition(version: string): "enterprise" | "standard" | "web" | "express" {
  const m = /_(ENTERPRISE|STANDARD|WEB|EXPRESS)$/.exec(version);
  if (!m) throw new Unpriceable(`unknown SQL Server database_version "${version}": expected SQLSERVER_<year>_ENTERPRISE, _STANDARD, _WEB or _EXPRESS`);
  return m[1].toLowerCase() as "enterprise" | "standard" | "web" | "express";
}

/** Memory GiB of the Enterprise Plus predefined tiers `db-perf-optimized-N-<vCPUs>` (N2 machines: 8 GiB per vCPU, and
 *  864 GiB at 128 vCPUs, the edition's maximum; https://cloud.google.com/sql/docs/mysql/instance-settings). */
const PERF_OPTIMIZED_MEMORY_GIB: Record<string, string> = {
  "2": "16", "4": "32", "8": "64", "16": "128", "32": "256", "48": "384", "64": "512", "80": "640", "96": "768", "128": "864",
};

/** The vCPUs and memory of an Enterprise Plus tier: `db-perf-optimized-N-<vCPUs>` or a `db-custom-…` tier. */
function enterprisePlusShape(tier: string): { kind: "dedicated"; vcpus: Decimal; memoryGib: Decimal } {
  const perf = /^db-perf-optimized-N-(\d+)$/.exec(tier);
  if (perf) {
    const gib = PERF_OPTIMIZED_MEMORY_GIB[perf[1]];
    if (gib === undefined) throw new Unpriceable(`unknown Enterprise Plus tier "${tier}"; the db-perf-optimized-N tiers have ${Object.keys(PERF_OPTIMIZED_MEMORY_GIB).join(", ")} vCPUs`);
    return { kind: "dedicated", vcpus: money(perf[1]), memoryGib: money(gib) };
  }
  const shape = tierShape(tier);
  if (shape.kind === "shared") throw new Unpriceable(`Enterprise Plus has no shared-core tier (${tier}); use db-perf-optimized-N-<vCPUs>`);
  return shape;
}

const ENTERPRISE_PLUS_HINT =
  "Cloud SQL Enterprise Plus rates are in no source costkit's books are built from: add google/sql/enterprise-plus-vcpu (vCPU-hours) and " +
  "google/sql/enterprise-plus-memory (GiB-hours) for this region from https://cloud.google.com/sql/pricing in a list book given with --price-book";

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
 * - SQL Server (`database_version` SQLSERVER_*): a licence per vCPU-hour by edition (Enterprise, Standard, Web; Express
 *   is licence-free), one rate for every region. For a high-availability instance the standby's licence is a line of its
 *   own, unpriced: whether it is billed is not in costkit's sources.
 * - Enterprise Plus (`settings.edition = ENTERPRISE_PLUS`, tiers `db-perf-optimized-N-<vCPUs>`)
 *   bills vCPUs and memory at its own rates, `google/sql/enterprise-plus-vcpu` and `-memory`. No public source that
 *   costkit's books are built from has them, so those lines are unpriced until a book (--price-book) gives them, from
 *   https://cloud.google.com/sql/pricing. Backups, network egress and IP addresses are not modelled.
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
        // The db-perf-optimized-N tiers exist only in Enterprise Plus: an instance (often a replica) that leaves the
        // edition unset but names one is Enterprise Plus.
        const edition = r.attrs.str("settings.edition") ?? (tier.startsWith("db-perf-optimized-") ? "ENTERPRISE_PLUS" : "ENTERPRISE");
        if (edition !== "ENTERPRISE" && edition !== "ENTERPRISE_PLUS") throw new Unpriceable(`unknown settings.edition "${edition}"; Cloud SQL has ENTERPRISE and ENTERPRISE_PLUS`);
        const plus = edition === "ENTERPRISE_PLUS";
        const shape = plus ? enterprisePlusShape(tier) : tierShape(tier);
        const hours = HOURS_PER_MONTH.times(copies);
        if (shape.kind === "shared") {
          lines.add({ name: `Instance usage (${tier}${suffix})`, unit: "hours", priceId: shape.priceId, quantity: fixed(hours) });
          return;
        }
        // Enterprise Plus has its own vCPU and memory rates, under their own ids: a book that has them prices these lines.
        const rates = plus ? "google/sql/enterprise-plus-" : "google/sql/";
        const hint = plus ? { missingPriceHint: ENTERPRISE_PLUS_HINT } : {};
        lines.add({ name: `Instance vCPUs (${tier}, ${decimalText(shape.vcpus)} vCPU${suffix})`, unit: "vCPU-hours", priceId: `${rates}vcpu`, quantity: fixed(shape.vcpus.times(hours)), ...hint });
        lines.add({ name: `Instance memory (${tier}, ${decimalText(shape.memoryGib)} GiB${suffix})`, unit: "GiB-hours", priceId: `${rates}memory`, quantity: fixed(shape.memoryGib.times(hours)), ...hint });
      });
      lines.line("SQL Server licence", () => {
        const version = r.attrs.str("database_version");
        if (version === undefined || !version.startsWith("SQLSERVER")) return;
        const edition = sqlServerEdition(version);
        if (edition === "express") return; // Express is licence-free
        const shape = tierShape(tier);
        if (shape.kind === "shared") throw new Unpriceable(`${version} on the shared-core tier ${tier}: Cloud SQL for SQL Server runs on dedicated-core tiers (db-custom-<vCPUs>-<MiB>), which its licence is billed by`);
        const label = `${edition[0].toUpperCase()}${edition.slice(1)}`;
        const primary = replica ? ", read replica" : "";
        lines.add({
          name: `SQL Server licence (${label}, ${decimalText(shape.vcpus)} vCPU${primary})`, unit: "vCPU-hours", priceId: `google/sql/sqlserver-license-${edition}`,
          region: "global", quantity: fixed(shape.vcpus.times(HOURS_PER_MONTH)),
        });
        if (ha) {
          lines.unpriceable(
            "whether the standby of a high-availability SQL Server instance bills a licence is not in costkit's sources; if it does, it is the vCPUs of the licence line above × the same rate",
            `SQL Server licence (${label}, HA standby)`,
          );
        }
      });
    }
    lines.line(`Storage${suffix ? ` (${qualifiers.join(", ")})` : ""}`, () => {
      const diskType = r.attrs.str("settings.disk_type") ?? "PD_SSD";
      const disk = ownValue(DISKS, diskType);
      if (!disk) throw new Unpriceable(`unknown settings.disk_type "${diskType}"; Cloud SQL has PD_SSD and PD_HDD`);
      const size = r.attrs.num("settings.disk_size") ?? 10;
      lines.add({ name: `Storage (${disk.label}${suffix})`, unit: "GiB-months", priceId: disk.priceId, quantity: fixed(money(size).times(copies)) });
    });
  },
};
