import Decimal from "decimal.js";
import CATALOG_JSON from "../../catalog/google-machine-types.json";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money, Money, ZERO } from "../../money";
import { nearest } from "../../nearest";
import { ComponentSpec, CostLines, PurchaseOption } from "../../pricer";
import { fixed, mapRange, multiplyRanges, Range, scaleRange } from "../../range";
import { diskPriceId } from "../google/compute-disk";
import { gpuSustainedUseDiscount, sustainedUseDiscount } from "./sustained-use";
import { ownValue } from "../../own";

/**
 * Compute Engine machine types and the cost lines of the VMs that use them (instances, GKE nodes, Dataproc nodes).
 *
 * Predefined types are billed per vCPU-hour and per GiB-hour of their series (`google/compute/<series>-core`,
 * `google/compute/<series>-ram`, `-spot` for Spot/preemptible), so a VM gets two lines, `vCPU (…)` and `Memory (…)`.
 * Types whose price is not the sum of those rates (shared-core types, types with bundled GPUs or Local SSD, series with
 * a single memory-per-vCPU ratio) are billed as a whole (`google/compute/machine-<type>`, one `Instance usage (…)`
 * line). Which applies is decided by scripts/books/google-compute.ts and recorded in pricing/catalog
 * (`perType`). Sustained-use discounts are applied per the series (see sustained-use.ts).
 *
 * Custom machine types (`n2-custom-4-16384`, `custom-6-20480` = N1, `-ext` for extended memory) are checked against
 * the shapes GCP accepts and billed at the series' custom rates (`google/compute/<series>-custom-core`, `-custom-ram`,
 * `-custom-ram-extended` for memory beyond the series' most per vCPU). The N1 rates are in the services book (from
 * Google's calculator price list, in the regions where N1 has not been repriced since); the other series' custom rates
 * are not in costkit's sources, so their lines are reported as unpriced naming the price id until a book (an override
 * book, or one imported from the Cloud Billing Catalog) gives them.
 */
export interface MachineType {
  readonly name: string;
  readonly series: string;
  /** Billed vCPUs (for shared-core types, the fraction of a vCPU billed: e2-micro 0.25). */
  readonly vcpus: number;
  readonly memoryGib: number;
  /** GPUs included in the machine type (A2, A3, G2, G4), priced with the machine. */
  readonly gpus?: { readonly type: string; readonly count: number };
  readonly sharedCore?: boolean;
  /** Local SSD included in the machine type (`-lssd` types, Z3), priced with the machine. */
  readonly localSsdGib?: number;
  /** Priced as a whole machine (`google/compute/machine-<type>`), not per vCPU and GiB. */
  readonly perType?: boolean;
  /** A custom machine type (`n2-custom-4-16384`): billed at the series' custom rates; memory beyond the series' most
   *  per vCPU (with the `-ext` suffix) at the extended-memory rate. */
  readonly custom?: { readonly extendedMemoryGib: number };
}

type Facts = Omit<MachineType, "name">;
const CATALOG: Readonly<Record<string, Facts>> = CATALOG_JSON as Record<string, Facts>;
const SERIES = [...new Set(Object.values(CATALOG).map((m) => m.series))].sort();

/** `zones/europe-west1-b/machineTypes/n2-standard-8` → `n2-standard-8`. */
export function machineTypeName(value: string): string {
  return value.trim().replace(/^.*\//, "").toLowerCase();
}

/** The facts of a machine type (`n2-standard-8`, a URL ending in it, a custom type); throws Unpriceable (with the
 *  nearest known names) for anything else. */
export function machineType(value: string): MachineType {
  const name = machineTypeName(value);
  const facts = Object.prototype.hasOwnProperty.call(CATALOG, name) ? CATALOG[name] : undefined;
  if (facts) return { name, ...facts };
  if (/(^|-)custom-/.test(name)) return customMachineType(name);
  const series = name.split("-")[0];
  if (SERIES.includes(series)) {
    const ofSeries = Object.keys(CATALOG).filter((t) => CATALOG[t].series === series);
    // Same family (`e2-standard-`) first, nearest in vCPUs; else the closest spellings.
    const m = /^(.*-)(\d+)$/.exec(name);
    const family = m ? ofSeries.filter((t) => t.startsWith(m[1]) && /^\d+$/.test(t.slice(m[1].length))) : [];
    const names = family.length > 0
      ? family.sort((a, b) => Math.abs(Number(a.slice(m![1].length)) - Number(m![2])) - Math.abs(Number(b.slice(m![1].length)) - Number(m![2])) || (a < b ? -1 : 1)).slice(0, 5)
      : nearest(ofSeries, name, 5);
    throw new Unpriceable(`unknown machine type "${name}"; the nearest known ${series} types are ${names.join(", ")}`);
  }
  throw new Unpriceable(`unknown machine type "${name}" (series "${series}"); the nearest known series are ${nearest(SERIES, series, 3).join(", ")}`);
}

/**
 * The shapes GCP accepts for custom machine types, per series (https://cloud.google.com/compute/docs/instances/creating-instance-with-custom-machine-type,
 * "Custom machine type specifications"): the vCPU counts allowed, the memory per vCPU without extended memory (GiB),
 * and whether `-ext` (extended memory, billed at its own rate) is allowed. Memory is given in MiB, a multiple of 256.
 */
const CUSTOM_SHAPES: Readonly<Record<string, { vcpus: (n: number) => boolean; vcpuRule: string; minGibPerVcpu: number; maxGibPerVcpu: number; extended: boolean }>> = {
  n1: { vcpus: (n) => n === 1 || (n % 2 === 0 && n >= 2 && n <= 96), vcpuRule: "1, or an even number up to 96", minGibPerVcpu: 0.9, maxGibPerVcpu: 6.5, extended: true },
  n2: { vcpus: (n) => (n >= 2 && n <= 32 && n % 2 === 0) || (n > 32 && n <= 128 && n % 4 === 0), vcpuRule: "2 to 32 in steps of 2, then 36 to 128 in steps of 4", minGibPerVcpu: 0.5, maxGibPerVcpu: 8, extended: true },
  n2d: { vcpus: (n) => [2, 4, 8].includes(n) || (n >= 16 && n <= 96 && n % 16 === 0), vcpuRule: "2, 4, 8, or 16 to 96 in steps of 16", minGibPerVcpu: 0.5, maxGibPerVcpu: 8, extended: true },
  e2: { vcpus: (n) => n >= 2 && n <= 32 && n % 2 === 0, vcpuRule: "2 to 32 in steps of 2", minGibPerVcpu: 0.5, maxGibPerVcpu: 8, extended: false },
};

/**
 * A custom machine type from its name: `[series-]custom-<vCPUs>-<memory MiB>[-ext]` (no series = N1). Throws
 * Unpriceable, naming the rule, for shapes GCP rejects, series costkit does not know custom rules for, and the
 * shared-core E2 custom types (`e2-custom-medium-4096`, billed as a fraction of a vCPU).
 */
function customMachineType(name: string): MachineType {
  const shared = /^e2-custom-(micro|small|medium)-(\d+)$/.exec(name);
  if (shared) {
    throw new Unpriceable(`shared-core custom machine type "${name}" (e2-custom-${shared[1]}) is not priced: it bills a fraction of an E2 vCPU that costkit's books do not give; use a predefined e2-${shared[1]} or an e2-custom-<vCPUs>-<MiB> type`);
  }
  const m = /^(?:([a-z0-9]+)-)?custom-(\d+)-(\d+)(-ext)?$/.exec(name);
  if (!m) throw new Unpriceable(`malformed custom machine type "${name}": expected <series>-custom-<vCPUs>-<memory MiB>, optionally ending in -ext (n2-custom-4-16384, n1-custom-6-20480-ext)`);
  const series = m[1] ?? "n1";
  const vcpus = Number(m[2]), mib = Number(m[3]), ext = m[4] !== undefined;
  const shape = ownValue(CUSTOM_SHAPES, series);
  if (!shape) throw new Unpriceable(`custom machine type "${name}": costkit knows the custom shapes of ${Object.keys(CUSTOM_SHAPES).join(", ")}, not ${series}; use a predefined ${series} type`);
  const problems: string[] = [];
  if (!shape.vcpus(vcpus)) problems.push(`${series.toUpperCase()} custom types take ${shape.vcpuRule} vCPUs, not ${vcpus}`);
  if (mib % 256 !== 0) problems.push(`memory must be a multiple of 256 MiB, not ${mib}`);
  const gib = money(mib).div(1024);
  const perVcpu = vcpus > 0 ? gib.div(vcpus) : gib;
  if (perVcpu.lt(shape.minGibPerVcpu)) problems.push(`memory must be at least ${shape.minGibPerVcpu} GiB per vCPU (${vcpus} vCPU: ${money(shape.minGibPerVcpu).times(vcpus).toFixed()} GiB), not ${gib.toFixed()} GiB`);
  if (perVcpu.gt(shape.maxGibPerVcpu) && !ext) problems.push(`memory above ${shape.maxGibPerVcpu} GiB per vCPU needs extended memory (${shape.extended ? "the -ext suffix" : `which ${series.toUpperCase()} does not offer`})`);
  if (ext && !shape.extended) problems.push(`${series.toUpperCase()} custom types have no extended memory (-ext)`);
  if (problems.length > 0) throw new Unpriceable(`invalid custom machine type "${name}": ${problems.join("; ")}`);
  const standardGib = Money.min(gib, money(shape.maxGibPerVcpu).times(vcpus));
  return { name, series, vcpus, memoryGib: gib.toNumber(), custom: { extendedMemoryGib: gib.minus(standardGib).toNumber() } };
}

export interface MachineLinesOptions {
  readonly machineType: string;
  /** Region of the prices; defaults to the resource's region. */
  readonly region?: string;
  /** How many VMs (min, expected, max). */
  readonly nodes: Range;
  /** Hours each VM runs in the month. @default 730 */
  readonly hoursPerNode?: Range;
  /** Spot or preemptible capacity: `-spot` prices (preemptible VMs are billed at Spot prices) and no SUD. */
  readonly spot?: boolean;
  /** The word shown for Spot capacity in line names. @default "spot" */
  readonly spotWord?: "spot" | "preemptible";
  /** A role shown first in the brackets of every line: `vCPU (worker, on-demand, n2-standard-4)`. */
  readonly label?: string;
  /** Capacity under a resource-based committed-use discount of 1 or 3 years: the series' `-cud-1y`/`-cud-3y` vCPU and
   *  memory prices (pricing/books/google-commitments.json), no sustained-use discount. Types priced as a whole have
   *  no commitment price in the books: their line is unpriced. */
  readonly commitment?: "1y" | "3y";
}

/** How the VMs' capacity is bought: Spot or preemptible (billed alike), under a commitment, else on demand. */
function purchaseOf(o: { spot?: boolean; spotWord?: "spot" | "preemptible"; commitment?: "1y" | "3y" }): PurchaseOption {
  if (o.commitment) return `committed-${o.commitment}`;
  return o.spot ? o.spotWord ?? "spot" : "on-demand";
}

function qualifier(o: { label?: string; spot?: boolean; spotWord?: "spot" | "preemptible"; commitment?: "1y" | "3y" }, what: string): string {
  const purchase = purchaseOf(o);
  return [o.label, purchase, what].filter((x) => x !== undefined && x !== "").join(", ");
}

/** VM-hours of a node count and hours per node: min × min, expected × expected, max × max. */
export function nodeHours(nodes: Range, hoursPerNode?: Range): Range {
  return multiplyRanges(nodes, hoursPerNode ?? fixed(HOURS_PER_MONTH));
}

/**
 * GiB-months (or disk-months) of something each VM holds while it runs: VM-hours × amount ÷ 730, rounded to 6 decimal
 * places when the division does not end (so that quantity × unit price stays exact in reports).
 */
export function monthsWhileRunning(vmHours: Range, amountPerVm: number | Decimal): Range {
  return mapRange(scaleRange(vmHours, amountPerVm), (v) => v.div(HOURS_PER_MONTH).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN));
}

/**
 * The SUD of a VM running `hoursPerNode` (the expected hours decide: the engine takes one discount per line; with
 * 730 hours, the default, every bound gets the full-month discount).
 */
function sudFor(series: string, o: MachineLinesOptions): Decimal {
  if (o.commitment) return ZERO; // committed usage gets no sustained-use discount
  return sustainedUseDiscount(series, { hours: o.hoursPerNode?.expected, spot: o.spot });
}

/**
 * Adds the machine lines of `nodes` VMs of a type: `vCPU (…)` in vCPU-hours and `Memory (…)` in GiB-hours, or
 * `Instance usage (…)` in hours for types priced whole. Returns the machine type. Throws Unpriceable for unknown types.
 */
export function addMachineLines(lines: CostLines, o: MachineLinesOptions): MachineType {
  const m = machineType(o.machineType);
  const vmHours = nodeHours(o.nodes, o.hoursPerNode);
  const sud = sudFor(m.series, o);
  const t = machineTexts(m, o);
  const line = (name: string, unit: string, priceId: string, quantity: Range): void => {
    const spec: { -readonly [K in keyof ComponentSpec]: ComponentSpec[K] } = { name, unit, priceId, quantity, purchaseOption: purchaseOf(o), machineType: m.name };
    if (o.region !== undefined) spec.region = o.region;
    if (!sud.isZero()) spec.sustainedUseDiscount = sud;
    lines.add(spec);
  };
  if (m.perType) {
    if (o.commitment) {
      lines.unpriceable(`costkit's books have no committed-use price for ${m.name}, which Compute Engine prices as a whole machine`, t.instanceName);
      return m;
    }
    line(t.instanceName, "hours", t.instanceId, vmHours);
    return m;
  }
  line(t.vcpuName, "vCPU-hours", t.vcpuId, scaleRange(vmHours, m.vcpus));
  const extended = m.custom?.extendedMemoryGib ?? 0;
  line(t.ramName, "GiB-hours", t.ramId, scaleRange(vmHours, money(m.memoryGib).minus(extended)));
  if (extended > 0) line(t.extendedName, "GiB-hours", t.extendedId, scaleRange(vmHours, money(extended)));
  return m;
}

/** Names and price ids of a machine's lines. */
interface MachineTexts {
  readonly instanceName: string;
  readonly instanceId: string;
  readonly vcpuName: string;
  readonly vcpuId: string;
  readonly ramName: string;
  readonly ramId: string;
  readonly extendedName: string;
  readonly extendedId: string;
}

function machineTexts(m: MachineType, o: MachineLinesOptions): MachineTexts {
  const q = qualifier(o, m.name);
  const spot = o.commitment ? `-cud-${o.commitment}` : o.spot ? "-spot" : "";
  const rates = m.custom ? `${m.series}-custom` : m.series;
  return {
    instanceName: `Instance usage (${q})`, instanceId: `google/compute/machine-${m.name}${spot}`,
    vcpuName: `vCPU (${q})`, vcpuId: `google/compute/${rates}-core${spot}`,
    ramName: `Memory (${q})`, ramId: `google/compute/${rates}-ram${spot}`,
    extendedName: `Extended memory (${q})`, extendedId: `google/compute/${rates}-ram-extended${spot}`,
  };
}

export interface GpuLinesOptions extends Omit<MachineLinesOptions, "machineType"> {
  /** Accelerator type as Terraform writes it (`nvidia-tesla-t4`, or a URL ending in it). */
  readonly gpuType: string;
  /** GPUs per VM. */
  readonly count: number;
}

/** GPUs attached to each VM: `GPU (on-demand, nvidia-tesla-t4)` in GPU-hours, price id `google/compute/gpu-<type>`. */
export function addGpuLines(lines: CostLines, o: GpuLinesOptions): void {
  const type = machineTypeName(o.gpuType);
  if (o.count <= 0) return;
  const sud = gpuSustainedUseDiscount(type, { hours: o.hoursPerNode?.expected ?? HOURS_PER_MONTH, spot: o.spot });
  lines.add({
    name: `GPU (${qualifier(o, type)})`, unit: "GPU-hours", priceId: `google/compute/gpu-${type}${o.spot ? "-spot" : ""}`,
    quantity: scaleRange(nodeHours(o.nodes, o.hoursPerNode), o.count), purchaseOption: purchaseOf(o),
    ...(o.region !== undefined ? { region: o.region } : {}),
    ...(sud.isZero() ? {} : { sustainedUseDiscount: sud }),
  });
}

/**
 * The GPUs a configuration asks for beyond those its machine type includes: A2/A3/G2/G4 types carry their GPUs (and
 * GKE asks the same GPUs to be named in `guest_accelerator`), so only a different or larger request is extra.
 */
export function extraGpus(m: MachineType, requested: { type: string; count: number }[]): { type: string; count: number }[] {
  const out: { type: string; count: number }[] = [];
  for (const g of requested) {
    const type = machineTypeName(g.type);
    if (m.gpus && m.gpus.type === type) {
      if (g.count > m.gpus.count) out.push({ type, count: g.count - m.gpus.count });
    } else if (g.count > 0) out.push({ type, count: g.count });
  }
  return out;
}

export interface LocalSsdOptions extends Omit<MachineLinesOptions, "machineType"> {
  /** Local SSD per VM, in GiB (375 GiB per partition). */
  readonly gibPerNode: number;
}

/** Local SSD attached to each VM, in GiB-months for the hours the VMs run: `Local SSD (on-demand)`. */
export function addLocalSsdLines(lines: CostLines, o: LocalSsdOptions): void {
  if (o.gibPerNode <= 0) return;
  const months = monthsWhileRunning(nodeHours(o.nodes, o.hoursPerNode), o.gibPerNode);
  lines.add({
    name: `Local SSD (${qualifier(o, "")})`, unit: "GiB-months",
    priceId: `google/compute/local-ssd${o.spot ? "-spot" : ""}`, quantity: months, purchaseOption: purchaseOf(o),
    ...(o.region !== undefined ? { region: o.region } : {}),
  });
}

/**
 * A persistent disk per VM that exists for the whole month (boot disks of GKE and Dataproc nodes, VM boot disks):
 * `Boot disk (pd-balanced)`, GiB-months. Unknown disk types make only this line unpriced.
 */
export function addDiskLine(lines: CostLines, o: { name: string; label?: string; diskType: string; gib: number; disks: Range; region?: string; regional?: boolean }): void {
  const component = `${o.name} (${[o.label, o.diskType].filter((x) => x).join(", ")})`;
  lines.line(component, () => {
    lines.add({
      name: component, unit: "GiB-months", priceId: diskPriceId(o.diskType, o.regional ?? false),
      quantity: scaleRange(o.disks, o.gib), ...(o.region !== undefined ? { region: o.region } : {}),
    });
  });
}

/**
 * Series that cannot use Persistent Disk (Hyperdisk only), whose GKE boot disk therefore defaults to hyperdisk-balanced
 * (the provider: "Defaults to hyperdisk-balanced if hyperdisk-balanced is supported and pd-balanced is not supported
 * for the machine type; otherwise defaults to pd-balanced").
 */
const HYPERDISK_ONLY = new Set(["c4", "c4a", "c4d", "c4n", "n4", "n4a", "n4d", "m4", "m4n", "x4", "a4", "a4x", "h4d", "g4"]);

/**
 * The boot disk type a service picks when the configuration names none: `hyperdisk-balanced` for series without
 * Persistent Disk, else the service's own default (`pd-balanced` for GKE, `pd-standard` for VMs and Dataproc).
 */
export function defaultBootDiskType(m: MachineType, pdDefault: "pd-balanced" | "pd-standard"): string {
  return HYPERDISK_ONLY.has(m.series) ? "hyperdisk-balanced" : pdDefault;
}
