/**
 * Generates pricing/books/google-compute.json (Compute Engine and GKE list prices) and
 * pricing/catalog/google-machine-types.json (machine type facts) from the Cloud Billing Catalog extract of
 * Cyclenerd/google-cloud-pricing-cost-calculator (pricing.yml of 2026-07-30, Apache-2.0), and the prices of GPUs
 * attachable to N1 VMs from anycloud-sh/catalog `gcp/vms.csv` (2026-05-20, SkyPilot format; both read the Cloud Billing
 * Catalog API):
 *
 *   node -r ts-node/register/transpile-only scripts/books/google-compute.ts PRICING_YML ACCELERATORS_CSV
 *
 * (or set GCP_PRICING_YML and GCP_ACCELERATORS_CSV).
 *
 * The extract prices every predefined machine type as a whole (`hour`, `hour_spot`), while GCP bills predefined types
 * per vCPU-hour and per GiB-hour of each series. For each series and region this script solves the two rates from the
 * two most different shapes (the pair of types whose vCPU:memory ratios differ most, largest first), then checks that
 * the rates reproduce the hour price of every type of the series in that region (to 1e-9 USD, i.e. the extract's own
 * rounding). Types that do not fit (shared-core types, types with bundled GPUs or bundled Local SSD, series whose types
 * all have the same memory per vCPU so that the split cannot be known) get a whole-machine entry
 * `google/compute/machine-<type>` instead, and the catalog marks them `perType`.
 *
 * Output is deterministic: entries sorted by id then region, catalog keys sorted. Every region of the extract is written
 * (its `region` map: 43 regions on 2026-07-30). A summary of what matched and what did not is printed.
 */
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import { money } from "../../pricing/money";
import { dec, EFFECTIVE_DATE, Entry, EXTRACT, inputFile, obj, readExtract, regionsOf, ROOT, text, writeBook, Yaml } from "./google-extract";

const USAGE = "node -r ts-node/register/transpile-only scripts/books/google-compute.ts PRICING_YML ACCELERATORS_CSV";
const BOOK_FILE = path.join(ROOT, "pricing", "books", "google-compute.json");
const CATALOG_FILE = path.join(ROOT, "pricing", "catalog", "google-machine-types.json");
/** Largest difference between an extract hour price and the rates' reproduction that still counts as a fit. */
const TOLERANCE = money("0.000000001");

/** Extract GPU keys → the accelerator type names Terraform uses (`guest_accelerator.type`). */
const GPU_NAMES: Record<string, string> = {
  a100: "nvidia-tesla-a100",
  "a100-80gb": "nvidia-a100-80gb",
  "h100-80gb": "nvidia-h100-80gb",
  "h100-80gb-mega": "nvidia-h100-mega-80gb",
  l4: "nvidia-l4",
  rtx6000: "nvidia-rtx-pro-6000",
};

/** GPUs attachable to N1 VMs: the accelerator extract's names → Terraform's `guest_accelerator.type`. */
const N1_GPU_NAMES: Record<string, string> = {
  P4: "nvidia-tesla-p4",
  P100: "nvidia-tesla-p100",
  T4: "nvidia-tesla-t4",
  V100: "nvidia-tesla-v100",
};
const ACCELERATORS = "anycloud-sh/catalog gcp/vms.csv @62ff0a987e0c257a89235415d2877812fb1aaf29 (\"Update catalogs 2026-05-20\", SkyPilot catalog format, read from the Cloud Billing Catalog API)";
const ACCELERATORS_DATE = "2026-05-20";

/** Shared-core types: billed for a fraction of a vCPU; priced per type. */
const SHARED_CORE = new Set(["e2-micro", "e2-small", "e2-medium", "f1-micro", "g1-small"]);

interface MachineFacts {
  series: string;
  vcpus: number;
  memoryGib: number;
  gpus?: { type: string; count: number };
  sharedCore?: true;
  localSsdGib?: number;
  perType?: true;
}

function seriesOf(type: string): string {
  return type.split("-")[0];
}

interface TypeInfo {
  name: string;
  series: string;
  vcpus: Decimal;
  memoryGib: Decimal;
  gpu?: { type: string; count: number };
  localSsdGib?: number;
  cost: Record<string, { hour?: Decimal; hourSpot?: Decimal }>;
}

/** Why a type cannot be priced from its series' per-resource rates, before solving (undefined: it may fit). */
function bundledReason(t: TypeInfo): string | undefined {
  if (SHARED_CORE.has(t.name)) return "shared-core type";
  if (t.gpu) return `bundles ${t.gpu.count} × ${t.gpu.type}`;
  if (t.localSsdGib) return `bundles ${t.localSsdGib} GiB Local SSD`;
  return undefined;
}

interface Solution {
  core: Decimal;
  ram: Decimal;
  pair: [TypeInfo, TypeInfo];
  fits: TypeInfo[];
  misfits: { type: TypeInfo; got: Decimal; want: Decimal }[];
}

/** Solves core and RAM rates from the two most different shapes, then checks every type against them. */
function solve(types: TypeInfo[], region: string, key: "hour" | "hourSpot"): Solution | { problem: string } {
  const priced = types.filter((t) => t.cost[region]?.[key] !== undefined);
  const candidates = priced.filter((t) => bundledReason(t) === undefined);
  // Pairs in order of decreasing determinant (most different shapes first, and larger types round less); the pair whose
  // rates are positive and reproduce the most types wins, the earliest on a tie. (Stopping at the first pair that fits
  // half picked M4 Spot rates that fit 5 of 10 types where another pair fits 9.)
  const pairs: { a: TypeInfo; b: TypeInfo; det: Decimal }[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i], b = candidates[j];
      const det = a.vcpus.times(b.memoryGib).minus(a.memoryGib.times(b.vcpus));
      if (!det.isZero()) pairs.push({ a, b, det });
    }
  }
  if (pairs.length === 0) {
    return { problem: candidates.length < 2 ? "fewer than two types without bundled extras" : "every type has the same memory per vCPU, so the vCPU and memory rates cannot be separated" };
  }
  pairs.sort((x, y) => y.det.abs().cmp(x.det.abs()) || (x.a.name < y.a.name ? -1 : x.a.name > y.a.name ? 1 : x.b.name < y.b.name ? -1 : 1));
  let chosen: Solution | undefined;
  for (const { a, b, det } of pairs) {
    const pa = a.cost[region][key]!, pb = b.cost[region][key]!;
    // Catalog rates are exact decimals (nanos of a USD); 12 places hold them and remove division noise.
    const core = pa.times(b.memoryGib).minus(a.memoryGib.times(pb)).div(det).toDecimalPlaces(12);
    const ram = a.vcpus.times(pb).minus(pa.times(b.vcpus)).div(det).toDecimalPlaces(12);
    if (core.lte(0) || ram.lte(0)) continue;
    const fits: TypeInfo[] = [];
    const misfits: Solution["misfits"] = [];
    for (const t of priced) {
      const want = t.cost[region][key]!;
      const got = core.times(t.vcpus).plus(ram.times(t.memoryGib));
      if (bundledReason(t) === undefined && got.minus(want).abs().lte(TOLERANCE)) fits.push(t);
      else misfits.push({ type: t, got, want });
    }
    const s: Solution = { core, ram, pair: [a, b], fits, misfits };
    if (!chosen || fits.length > chosen.fits.length) chosen = s;
    if (fits.length === candidates.length) break; // every type fits: no pair can do better
  }
  if (!chosen || chosen.fits.length < 2) return { problem: "no pair of types gives rates that reproduce the others" };
  return chosen;
}

function shape(t: TypeInfo): string {
  return `${t.name} (${text(t.vcpus)} vCPU, ${text(t.memoryGib)} GiB)`;
}

function readTypes(doc: Yaml, regions: readonly string[]): TypeInfo[] {
  const instances = obj(obj(doc.compute).instance);
  const out: TypeInfo[] = [];
  for (const name of Object.keys(instances).sort()) {
    if (name.startsWith("custom-")) continue; // the extract's few custom examples are not predefined types
    const raw = obj(instances[name]);
    const vcpus = dec(raw.cpu), memoryGib = dec(raw.ram);
    if (!vcpus || !memoryGib) continue;
    let gpu: TypeInfo["gpu"];
    for (const [k, gpuName] of Object.entries(GPU_NAMES)) {
      const n = dec(raw[k]);
      if (n && n.gt(0)) gpu = { type: gpuName, count: n.toNumber() };
    }
    const lssd = dec(raw["local-ssd"]);
    const cost: TypeInfo["cost"] = {};
    for (const region of regions) {
      const c = obj(obj(raw.cost)[region]);
      const hour = dec(c.hour), hourSpot = dec(c.hour_spot);
      if (hour || hourSpot) cost[region] = { ...(hour ? { hour } : {}), ...(hourSpot ? { hourSpot } : {}) };
    }
    out.push({ name, series: seriesOf(name), vcpus, memoryGib, ...(gpu ? { gpu } : {}), ...(lssd && lssd.gt(0) ? { localSsdGib: lssd.toNumber() } : {}), cost });
  }
  return out;
}

function main(): void {
  const input = inputFile(2, "GCP_PRICING_YML", "the Cyclenerd pricing.yml extract", USAGE);
  const accelerators = inputFile(3, "GCP_ACCELERATORS_CSV", "the N1 GPU price extract (SkyPilot-format CSV)", USAGE);
  const { doc, generated } = readExtract(input);
  const regions = regionsOf(doc);
  const types = readTypes(doc, regions);
  const entries: Entry[] = [];
  const summary: string[] = [];
  const catalog: Record<string, MachineFacts> = {};
  const perType = new Map<string, string>(); // type → reason

  const bySeries = new Map<string, TypeInfo[]>();
  for (const t of types) bySeries.set(t.series, [...(bySeries.get(t.series) ?? []), t]);

  for (const [series, members] of [...bySeries.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const upper = series.toUpperCase();
    const lines: string[] = [];
    for (const region of regions) {
      for (const key of ["hour", "hourSpot"] as const) {
        const spot = key === "hourSpot";
        const priced = members.filter((t) => t.cost[region]?.[key] !== undefined);
        if (priced.length === 0) continue;
        const s = solve(members, region, key);
        if ("problem" in s) {
          for (const t of priced) if (!perType.has(t.name)) perType.set(t.name, bundledReason(t) ?? s.problem);
          if (!spot) lines.push(`  ${region}: no per-resource rates (${s.problem}); ${priced.length} types priced per type`);
          continue;
        }
        const suffix = spot ? "-spot" : "";
        const how = `solved from the ${spot ? "Spot " : ""}hour prices of ${shape(s.pair[0])} and ${shape(s.pair[1])}; reproduces ${s.fits.length} of ${priced.length} ${series} types in ${region}`;
        entries.push({
          id: `google/compute/${series}-core${suffix}`, region, unit: "vCPU-hours",
          description: `${upper} vCPU (predefined, ${spot ? "Spot" : "on-demand"})`, price: text(s.core),
          source: `${EXTRACT}: ${how}`, effectiveDate: EFFECTIVE_DATE,
          ...(spot ? { notes: "Spot prices are dynamic (they may change up to once a day); this is the rate in the extract." } : {}),
        });
        entries.push({
          id: `google/compute/${series}-ram${suffix}`, region, unit: "GiB-hours",
          description: `${upper} memory (predefined, ${spot ? "Spot" : "on-demand"})`, price: text(s.ram),
          source: `${EXTRACT}: ${how}`, effectiveDate: EFFECTIVE_DATE,
          ...(spot ? { notes: "Spot prices are dynamic (they may change up to once a day); this is the rate in the extract." } : {}),
        });
        for (const m of s.misfits) {
          if (!perType.has(m.type.name)) perType.set(m.type.name, bundledReason(m.type) ?? `does not fit the ${series} rates in ${region}${spot ? " (Spot)" : ""}: ${text(m.got)} vs ${text(m.want)}`);
        }
        if (!spot) {
          lines.push(`  ${region}: vCPU ${text(s.core)}, GiB ${text(s.ram)} from ${s.pair[0].name} + ${s.pair[1].name}; fit ${s.fits.length}/${priced.length}${s.misfits.length ? `; per type: ${s.misfits.map((m) => m.type.name).join(", ")}` : ""}`);
        }
      }
    }
    summary.push(`${series} (${members.length} types)`, ...lines);
  }

  // Whole-machine entries for every type that does not fit its series' rates in some region.
  for (const t of types) {
    const reason = perType.get(t.name);
    if (reason === undefined) continue;
    for (const region of regions) {
      const c = t.cost[region];
      if (!c) continue;
      for (const [key, spot] of [["hour", false], ["hourSpot", true]] as const) {
        const p = c[key];
        if (!p) continue;
        entries.push({
          id: `google/compute/machine-${t.name}${spot ? "-spot" : ""}`, region, unit: "hours",
          description: `${t.name} (${spot ? "Spot" : "on-demand"}, whole machine)`, price: text(p),
          source: `${EXTRACT}: compute.instance.${t.name}.cost.${region}.${spot ? "hour_spot" : "hour"}`,
          effectiveDate: EFFECTIVE_DATE,
          notes: `Priced per machine: ${reason}.${t.gpu ? " The GPUs are included in this price." : ""}${t.localSsdGib ? " The bundled Local SSD is included in this price." : ""}${spot ? " Spot prices are dynamic (they may change up to once a day)." : ""}`,
        });
      }
    }
  }

  for (const t of types) {
    catalog[t.name] = {
      series: t.series,
      vcpus: t.vcpus.toNumber(),
      memoryGib: t.memoryGib.toNumber(),
      ...(t.gpu ? { gpus: t.gpu } : {}),
      ...(SHARED_CORE.has(t.name) ? { sharedCore: true as const } : {}),
      ...(t.localSsdGib ? { localSsdGib: t.localSsdGib } : {}),
      // A type with no price in any supported region cannot be verified: price it as a whole machine (no entry → unpriced).
      ...(perType.has(t.name) || Object.keys(t.cost).length === 0 ? { perType: true as const } : {}),
    };
  }

  entries.push(...storageEntries(doc, regions), ...gpuEntries(fs.readFileSync(accelerators, "utf8")), ...gkeEntries(), ...dataprocEntries());
  const sorted = writeBook(BOOK_FILE, {
    id: "google-compute-2026-07-30",
    description: `Compute Engine and GKE list prices for the ${regions.length} regions of the extract (${regions.join(", ")}). Machine, disk, Local SSD and snapshot prices derived from the ${EXTRACT}, generated ${generated}, by scripts/books/google-compute.ts; GPUs attachable to N1 VMs from ${ACCELERATORS}; GKE and Dataproc fees from the GCP pricing pages (see each entry's source).`,
  }, entries);
  fs.mkdirSync(path.dirname(CATALOG_FILE), { recursive: true });
  const cat = Object.fromEntries(Object.keys(catalog).sort().map((k) => [k, catalog[k]]));
  fs.writeFileSync(CATALOG_FILE, `{\n${Object.entries(cat).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n}\n`);

  const perTypeList = [...perType.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  console.log(`Read ${input} (generated ${generated}): ${types.length} machine types.`);
  console.log("Per-resource rates by series (on-demand; Spot solved the same way):");
  for (const l of summary) console.log(l);
  console.log(`Priced per machine type (${perTypeList.length}):`);
  for (const [t, reason] of perTypeList) console.log(`  ${t}: ${reason}`);
  console.log(`Wrote ${path.relative(process.cwd(), BOOK_FILE)} (${sorted.length} entries) and ${path.relative(process.cwd(), CATALOG_FILE)} (${Object.keys(cat).length} types).`);
}

/** Persistent disk, Hyperdisk Extreme, Local SSD and snapshot storage, per GiB-month. */
function storageEntries(doc: Yaml, regions: readonly string[]): Entry[] {
  const storage = obj(obj(doc.compute).storage);
  const out: Entry[] = [];
  const kinds: { key: string; id: string; description: string; notes?: string; spotId?: string }[] = [
    { key: "hdd", id: "pd-standard", description: "Standard persistent disk capacity (zonal)" },
    { key: "balanced", id: "pd-balanced", description: "Balanced persistent disk capacity (zonal)" },
    { key: "ssd", id: "pd-ssd", description: "SSD persistent disk capacity (zonal)" },
    { key: "extreme", id: "pd-extreme", description: "Extreme persistent disk capacity (zonal)", notes: "Capacity only: provisioned IOPS are billed separately and are not in the extract." },
    { key: "hyperdisk-extreme", id: "hyperdisk-extreme", description: "Hyperdisk Extreme capacity", notes: "Capacity only: provisioned IOPS are billed separately and are not in the extract." },
    { key: "hdd-replicated", id: "pd-standard-regional", description: "Regional standard persistent disk capacity (replicated in two zones)" },
    { key: "balanced-replicated", id: "pd-balanced-regional", description: "Regional balanced persistent disk capacity (replicated in two zones)" },
    { key: "ssd-replicated", id: "pd-ssd-regional", description: "Regional SSD persistent disk capacity (replicated in two zones)" },
    { key: "local", id: "local-ssd", description: "Local SSD capacity (attached to on-demand VMs)", spotId: "local-ssd-spot" },
    { key: "snapshot", id: "snapshot", description: "Standard snapshot storage (regional location)" },
  ];
  // Snapshots may be stored in a multi-region (storage_locations "us", "eu", "asia"), at its own price.
  const snapshotMulti = obj(obj(storage.snapshot).cost);
  for (const [key, location] of [["us-multi", "us"], ["europe-multi", "eu"], ["asia-multi", "asia"]] as const) {
    const month = dec(obj(snapshotMulti[key]).month);
    if (month) {
      out.push({
        id: "google/compute/snapshot", region: location, unit: "GiB-months", description: `Standard snapshot storage (multi-region ${location.toUpperCase()})`,
        price: text(month), source: `${EXTRACT}: compute.storage.snapshot.cost.${key}.month`, effectiveDate: EFFECTIVE_DATE,
      });
    }
  }
  for (const k of kinds) {
    const cost = obj(obj(storage[k.key]).cost);
    for (const region of regions) {
      const c = obj(cost[region]);
      const month = dec(c.month);
      if (month) {
        out.push({
          id: `google/compute/${k.id}`, region, unit: "GiB-months", description: k.description, price: text(month),
          source: `${EXTRACT}: compute.storage.${k.key}.cost.${region}.month`, effectiveDate: EFFECTIVE_DATE,
          ...(k.notes ? { notes: k.notes } : {}),
        });
      }
      const spot = dec(c.month_spot);
      if (k.spotId && spot) {
        out.push({
          id: `google/compute/${k.spotId}`, region, unit: "GiB-months", description: "Local SSD capacity (attached to Spot VMs)", price: text(spot),
          source: `${EXTRACT}: compute.storage.${k.key}.cost.${region}.month_spot`, effectiveDate: EFFECTIVE_DATE,
          notes: "Spot prices are dynamic (they may change up to once a day); this is the rate in the extract.",
        });
      }
    }
  }
  return out;
}

/**
 * GPUs attachable to N1 VMs, per GPU-hour, from the accelerator extract (columns region, accelerator, kind, count,
 * price_hourly_usd, spot_hourly_usd, zones). The extract prices 1, 2, 4 (and 8) GPUs, rounded to 5 decimals; the
 * per-GPU price is the largest row divided by its count (0.385385 from 4 × T4 = 1.54154 where the 1-GPU row shows the
 * rounded 0.38538), and every row is checked to be that price times its count to within the rounding (0.00001).
 */
function gpuEntries(csv: string): Entry[] {
  const [header, ...rows] = csv.trim().split("\n");
  const cols = header.split(",");
  const col = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`accelerator extract: no column ${name}`);
    return i;
  };
  const [cRegion, cAcc, cKind, cCount, cPrice, cSpot] = ["region", "accelerator", "kind", "count", "price_hourly_usd", "spot_hourly_usd"].map(col);
  interface Row { region: string; type: string; count: Decimal; price: Decimal; spot?: Decimal }
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const f = row.split(",");
    const type = N1_GPU_NAMES[f[cAcc]];
    if (f[cKind] !== "gpu" || type === undefined) continue;
    const key = `${type}@${f[cRegion]}`;
    const spot = dec(f[cSpot]);
    byKey.set(key, [...(byKey.get(key) ?? []), { region: f[cRegion], type, count: money(f[cCount]), price: money(f[cPrice]), ...(spot ? { spot } : {}) }]);
  }
  const rounding = money("0.00001");
  const out: Entry[] = [];
  for (const [key, group] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const largest = group.reduce((a, b) => (b.count.gt(a.count) ? b : a));
    const perGpu = (p: Decimal) => p.div(largest.count).toDecimalPlaces(9);
    const price = perGpu(largest.price), spot = largest.spot ? perGpu(largest.spot) : undefined;
    for (const r of group) {
      const off = (want: Decimal, per: Decimal) => per.times(r.count).minus(want).abs().gt(rounding);
      if (off(r.price, price) || (r.spot && spot && off(r.spot, spot))) {
        throw new Error(`accelerator extract: ${key} × ${text(r.count)} (${text(r.price)}) is not ${text(r.count)} × ${text(price)}`);
      }
    }
    const { region, type } = largest;
    const from = `${ACCELERATORS}: ${region}, ${text(largest.count)} × ${type}`;
    out.push({
      id: `google/compute/gpu-${type}`, region, unit: "GPU-hours", description: `${type} GPU attached to an N1 VM (on-demand)`,
      price: text(price), source: `${from}, price_hourly_usd ${text(largest.price)} ÷ ${text(largest.count)}`, effectiveDate: ACCELERATORS_DATE,
      notes: "Per GPU; the N1 machine is billed on its own. Earns the N1 sustained-use discount.",
    });
    if (spot) {
      out.push({
        id: `google/compute/gpu-${type}-spot`, region, unit: "GPU-hours", description: `${type} GPU attached to an N1 VM (Spot)`,
        price: text(spot), source: `${from}, spot_hourly_usd ${text(largest.spot!)} ÷ ${text(largest.count)}`, effectiveDate: ACCELERATORS_DATE,
        notes: "Per GPU. Spot prices are dynamic (they may change up to once a day); this is the rate in the extract.",
      });
    }
  }
  return out;
}

const GKE_PAGE = "https://cloud.google.com/kubernetes-engine/pricing";

/** GKE: the extract has no Kubernetes Engine SKUs; these come from the pricing page and catalog-quoted sources. */
function gkeEntries(): Entry[] {
  const e = (id: string, region: string, unit: string, description: string, price: string, source: string, notes?: string): Entry => ({
    id, region, unit, description, price, source, effectiveDate: EFFECTIVE_DATE, ...(notes ? { notes } : {}),
  });
  return [
    e("google/gke/cluster-management", "global", "hours", "GKE cluster management fee (Standard and Autopilot, zonal and regional)", "0.1",
      `${GKE_PAGE} ("a flat cluster management fee of $0.10 per cluster per hour … applies to all GKE clusters irrespective of the mode of operation, cluster size, or topology"); also autopilot-cost-calculator config.ini cluster_fee = 0.1`,
      "The GKE free tier ($74.40 of credit per billing account per month, zonal and Autopilot clusters only) is not applied: it is per billing account, not per cluster."),
    e("google/gke/autopilot-pod-vcpu", "us-central1", "vCPU-hours", "Autopilot general-purpose Pod vCPU requests", "0.0445",
      `SKU "Autopilot Pod mCPU Requests (us-central1)", 0.0000445 per mCPU-hour; infracost GKE golden 2026-04-02 ($32.49 per vCPU-month = 0.0445 × 730); ${GKE_PAGE}`),
    e("google/gke/autopilot-pod-memory", "us-central1", "GiB-hours", "Autopilot general-purpose Pod memory requests", "0.0049225",
      `SKU "Autopilot Pod Memory Requests (us-central1)"; infracost GKE golden 2026-04-02 ($3.59 per GiB-month = 0.0049225 × 730); ${GKE_PAGE}`),
    e("google/gke/autopilot-pod-ephemeral-storage", "us-central1", "GiB-hours", "Autopilot Pod ephemeral storage requests", "0.0000548",
      `SKU "Autopilot Pod Ephemeral Storage Requests (us-central1)"; infracost GKE golden 2026-04-02 ($0.040004 per GiB-month = 0.0000548 × 730); ${GKE_PAGE}`),
    e("google/gke/autopilot-pod-vcpu", "asia-southeast1", "vCPU-hours", "Autopilot general-purpose Pod vCPU requests", "0.0549",
      `kahnwong/calculator src/models/GcpGkeModel.ts (general-purpose, asia-southeast1, "Ref: ${GKE_PAGE}")`,
      "Secondary source (confidence C): one calculator quoting the pricing page."),
    e("google/gke/autopilot-pod-memory", "asia-southeast1", "GiB-hours", "Autopilot general-purpose Pod memory requests", "0.0060729",
      `kahnwong/calculator src/models/GcpGkeModel.ts (general-purpose, asia-southeast1, "Ref: ${GKE_PAGE}")`,
      "Secondary source (confidence C): one calculator quoting the pricing page."),
  ];
}

function dataprocEntries(): Entry[] {
  return [{
    id: "google/dataproc/premium", region: "global", unit: "vCPU-hours", description: "Dataproc on Compute Engine fee per vCPU of the cluster (masters and all workers)",
    price: "0.01", source: "https://cloud.google.com/dataproc/pricing (\"The Dataproc pricing formula is: $0.010 * # of vCPUs * hourly duration\"), on top of the Compute Engine price of each VM",
    effectiveDate: EFFECTIVE_DATE,
  }];
}

main();
