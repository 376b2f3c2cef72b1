import * as fs from "fs";
import * as path from "path";
import { CostLines } from "../../../../pricing/pricer";
import { fixed, range } from "../../../../pricing/range";
import { addMachineLines, extraGpus, machineType } from "../../../../pricing/resources/common/machine";
import CATALOG from "../../../../pricing/catalog/google-machine-types.json";

const BOOK = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../pricing/books/google-compute.json"), "utf8")) as {
  prices: { id: string; region: string; unit: string; price: string; source: string; effectiveDate: string }[];
};
/** Every region of the Cloud Billing Catalog extract (2026-07-30). */
const REGIONS = [
  "africa-south1", "asia-east1", "asia-east2", "asia-northeast1", "asia-northeast2", "asia-northeast3", "asia-south1", "asia-south2",
  "asia-southeast1", "asia-southeast2", "asia-southeast3", "australia-southeast1", "australia-southeast2", "europe-central2",
  "europe-north1", "europe-north2", "europe-southwest1", "europe-west1", "europe-west10", "europe-west12", "europe-west2",
  "europe-west3", "europe-west4", "europe-west6", "europe-west8", "europe-west9", "me-central1", "me-central2", "me-west1",
  "northamerica-northeast1", "northamerica-northeast2", "northamerica-south1", "southamerica-east1", "southamerica-west1",
  "us-central1", "us-east1", "us-east4", "us-east5", "us-south1", "us-west1", "us-west2", "us-west3", "us-west4",
];
const BY_KEY = new Map(BOOK.prices.map((p) => [`${p.id}@${p.region}`, p.price]));
const price = (id: string, region: string) => BY_KEY.get(`${id}@${region}`);

describe("machine types and their lines", () => {
  test("predefined types get vCPU and Memory lines with the series' ids, units and SUD", () => {
    const lines = new CostLines();
    addMachineLines(lines, { machineType: "n2-standard-8", nodes: range(9, 9, 90) });
    expect(lines.components.map((c) => [c.name, c.unit, c.priceId, c.quantity?.min.toFixed(), c.quantity?.max.toFixed(), c.sustainedUseDiscount?.toFixed()])).toEqual([
      ["vCPU (on-demand, n2-standard-8)", "vCPU-hours", "google/compute/n2-core", "52560", "525600", "0.1998"],
      ["Memory (on-demand, n2-standard-8)", "GiB-hours", "google/compute/n2-ram", "210240", "2102400", "0.1998"],
    ]);
  });

  test("shared-core, GPU and Local SSD types are billed whole; Spot uses -spot ids and no SUD; roles go first in the brackets", () => {
    const lines = new CostLines();
    addMachineLines(lines, { machineType: "e2-medium", nodes: fixed(1) });
    addMachineLines(lines, { machineType: "a2-highgpu-1g", nodes: fixed(1), spot: true, label: "worker" });
    addMachineLines(lines, { machineType: "c3-standard-4-lssd", nodes: fixed(1), region: "europe-west1" });
    expect(lines.components.map((c) => [c.name, c.priceId, c.region, c.sustainedUseDiscount])).toEqual([
      ["Instance usage (on-demand, e2-medium)", "google/compute/machine-e2-medium", undefined, undefined],
      ["Instance usage (worker, spot, a2-highgpu-1g)", "google/compute/machine-a2-highgpu-1g-spot", undefined, undefined],
      ["Instance usage (on-demand, c3-standard-4-lssd)", "google/compute/machine-c3-standard-4-lssd", "europe-west1", undefined],
    ]);
  });

  test("GPUs a machine type includes are not charged again", () => {
    expect(extraGpus(machineType("a2-highgpu-2g"), [{ type: "nvidia-tesla-a100", count: 2 }])).toEqual([]);
    expect(extraGpus(machineType("n1-standard-8"), [{ type: "nvidia-tesla-t4", count: 2 }])).toEqual([{ type: "nvidia-tesla-t4", count: 2 }]);
  });

  test("custom types get vCPU, Memory and Extended memory lines at the series' custom ids, with the series' SUD", () => {
    const lines = new CostLines();
    addMachineLines(lines, { machineType: "n1-custom-6-20480", nodes: fixed(1) });
    addMachineLines(lines, { machineType: "custom-1-7680-ext", nodes: fixed(2), spot: true });
    addMachineLines(lines, { machineType: "n2-custom-4-40960-ext", nodes: fixed(1) });
    addMachineLines(lines, { machineType: "e2-custom-4-8192", nodes: fixed(1) });
    expect(lines.components.map((c) => [c.name, c.priceId, c.quantity?.expected.toFixed(), c.sustainedUseDiscount?.toFixed()])).toEqual([
      ["vCPU (on-demand, n1-custom-6-20480)", "google/compute/n1-custom-core", "4380", "0.3"],
      ["Memory (on-demand, n1-custom-6-20480)", "google/compute/n1-custom-ram", "14600", "0.3"],
      // no series = N1; 7.5 GiB on 1 vCPU: 6.5 GiB standard + 1 GiB extended, 2 VMs × 730 h
      ["vCPU (spot, custom-1-7680-ext)", "google/compute/n1-custom-core-spot", "1460", undefined],
      ["Memory (spot, custom-1-7680-ext)", "google/compute/n1-custom-ram-spot", "9490", undefined],
      ["Extended memory (spot, custom-1-7680-ext)", "google/compute/n1-custom-ram-extended-spot", "1460", undefined],
      // N2: 8 GiB per vCPU standard → 32 GiB standard + 8 GiB extended
      ["vCPU (on-demand, n2-custom-4-40960-ext)", "google/compute/n2-custom-core", "2920", "0.1998"],
      ["Memory (on-demand, n2-custom-4-40960-ext)", "google/compute/n2-custom-ram", "23360", "0.1998"],
      ["Extended memory (on-demand, n2-custom-4-40960-ext)", "google/compute/n2-custom-ram-extended", "5840", "0.1998"],
      ["vCPU (on-demand, e2-custom-4-8192)", "google/compute/e2-custom-core", "2920", undefined],
      ["Memory (on-demand, e2-custom-4-8192)", "google/compute/e2-custom-ram", "5840", undefined],
    ]);
  });

  test("custom shapes GCP rejects are unpriced with the rule they break", () => {
    expect(() => machineType("n2-custom-3-4096")).toThrow(/N2 custom types take 2 to 32 in steps of 2, then 36 to 128 in steps of 4 vCPUs, not 3/);
    expect(() => machineType("n2-custom-34-65536")).toThrow(/not 34/);
    expect(machineType("n2-custom-36-73728").vcpus).toBe(36);
    expect(() => machineType("n2d-custom-12-24576")).toThrow(/2, 4, 8, or 16 to 96 in steps of 16 vCPUs, not 12/);
    expect(() => machineType("n1-custom-3-7680")).toThrow(/1, or an even number up to 96 vCPUs, not 3/);
    expect(() => machineType("e2-custom-4-8000")).toThrow(/multiple of 256 MiB, not 8000/);
    expect(() => machineType("n1-custom-4-2048")).toThrow(/at least 0.9 GiB per vCPU \(4 vCPU: 3.6 GiB\), not 2 GiB/);
    expect(() => machineType("n2-custom-4-40960")).toThrow(/above 8 GiB per vCPU needs extended memory \(the -ext suffix\)/);
    expect(() => machineType("e2-custom-2-20480")).toThrow(/needs extended memory \(which E2 does not offer\)/);
    expect(() => machineType("e2-custom-4-8192-ext")).toThrow(/E2 custom types have no extended memory/);
    expect(() => machineType("e2-custom-medium-4096")).toThrow(/shared-core custom machine type "e2-custom-medium-4096"/);
    expect(() => machineType("n4-custom-4-8192")).toThrow(/costkit knows the custom shapes of n1, n2, n2d, e2, not n4/);
    expect(() => machineType("n2-custom-4")).toThrow(/malformed custom machine type "n2-custom-4"/);
    // the edges that are allowed
    expect(machineType("n1-custom-1-1024").custom).toEqual({ extendedMemoryGib: 0 });
    expect(machineType("n2-custom-2-16384").custom).toEqual({ extendedMemoryGib: 0 });
  });

  test("unknown types throw Unpriceable naming the nearest known series or types", () => {
    expect(() => machineType("n9-standard-4")).toThrow(/nearest known series are n1, n2, n4/);
    expect(() => machineType("e2-standard-3")).toThrow(/nearest known e2 types are e2-standard-2, e2-standard-4/);
    expect(machineType("projects/p/zones/us-central1-a/machineTypes/N2-STANDARD-4").name).toBe("n2-standard-4");
  });

  test("the catalog and the book agree: every type has its prices (series rates or whole-machine) where the series is sold", () => {
    const cat = CATALOG as Record<string, { series: string; vcpus: number; memoryGib: number; perType?: boolean }>;
    for (const [type, m] of Object.entries(cat)) {
      for (const region of REGIONS) {
        if (m.perType) continue;
        const core = price(`google/compute/${m.series}-core`, region), ram = price(`google/compute/${m.series}-ram`, region);
        if (core === undefined) continue; // the series is not sold in this region
        expect([type, region, ram === undefined]).toEqual([type, region, false]);
      }
    }
    // Spot-checks against the published list prices (https://cloud.google.com/compute/vm-instance-pricing).
    expect(price("google/compute/n2-core", "us-central1")).toBe("0.031611");
    expect(price("google/compute/n2-ram", "us-central1")).toBe("0.004237");
    expect(price("google/compute/e2-core", "europe-west1")).toBe("0.02399337");
    expect(price("google/compute/machine-a2-highgpu-1g", "us-central1")).toBe("3.673385");
    expect(price("google/gke/cluster-management", "global")).toBe("0.1");
  });

  test("every book entry has a source and its extract's effective date, and every region has the general-purpose series", () => {
    for (const p of BOOK.prices) {
      expect(p.source.length).toBeGreaterThan(20);
      // GPUs attached to N1 VMs come from the accelerator extract of 2026-05-20; everything else from the 2026-07-30 one
      expect([p.id, p.effectiveDate]).toEqual([p.id, p.id.startsWith("google/compute/gpu-") ? "2026-05-20" : "2026-07-30"]);
    }
    // The newest regions sell only the newer series (the extract has no N1/N2/E2 there); C4 is everywhere.
    const NEWEST = ["asia-southeast3", "europe-north2", "northamerica-south1"];
    for (const region of REGIONS) {
      expect(["c4", region, price("google/compute/c4-core", region)]).toEqual(["c4", region, expect.any(String)]);
      if (!NEWEST.includes(region)) {
        for (const s of ["e2", "n1", "n2"]) expect([s, region, price(`google/compute/${s}-core`, region)]).toEqual([s, region, expect.any(String)]);
        expect(["e2-micro", region, price("google/compute/machine-e2-micro", region)]).toEqual(["e2-micro", region, expect.any(String)]);
      }
      for (const d of ["pd-standard", "pd-balanced", "pd-ssd", "local-ssd", "snapshot"]) expect([d, region, price(`google/compute/${d}`, region)]).toEqual([d, region, expect.any(String)]);
    }
    const FOUR = ["us-central1", "europe-west1", "asia-southeast1", "southamerica-east1"];
    for (const s of ["n2d", "c3", "c4", "n4", "m1"]) for (const region of FOUR) expect(price(`google/compute/${s}-core`, region)).toBeDefined();
    for (const t of ["c2-standard-4", "t2d-standard-4", "g2-standard-4", "a2-highgpu-1g"]) for (const region of FOUR) expect(price(`google/compute/machine-${t}`, region)).toBeDefined();
    // Spot-checks against the extract, outside the four reference regions: europe-west4 n2-standard-2 is 0.106916/h
    // = 2 × 0.034802 + 8 × 0.004664, n2-highcpu-2 0.078932 = 2 × 0.034802 + 2 × 0.004664; us-west2 pd-balanced 0.12
    expect(price("google/compute/n2-core", "europe-west4")).toBe("0.034802");
    expect(price("google/compute/n2-ram", "europe-west4")).toBe("0.004664");
    expect(price("google/compute/pd-balanced", "us-west2")).toBe("0.12");
  });

  test("GPUs attachable to N1 VMs are priced per GPU-hour where the accelerator extract lists them", () => {
    // us-central1: 1 × T4 0.35, 1 × V100 2.48, 1 × P100 1.46, 1 × P4 0.6 (anycloud-sh/catalog gcp/vms.csv, 2026-05-20)
    expect(price("google/compute/gpu-nvidia-tesla-t4", "us-central1")).toBe("0.35");
    expect(price("google/compute/gpu-nvidia-tesla-v100", "us-central1")).toBe("2.48");
    expect(price("google/compute/gpu-nvidia-tesla-p100", "us-central1")).toBe("1.46");
    expect(price("google/compute/gpu-nvidia-tesla-p4", "us-central1")).toBe("0.6");
    expect(price("google/compute/gpu-nvidia-tesla-t4-spot", "us-central1")).toBe("0.1654");
    // 4 × T4 = 1.54154 in northamerica-northeast1: the 1-GPU row (0.38538) is rounded, the per-GPU price is 1.54154 ÷ 4
    expect(price("google/compute/gpu-nvidia-tesla-t4", "northamerica-northeast1")).toBe("0.385385");
    // V100 is not sold in southamerica-east1: no entry, so the line is unpriced naming the region
    expect(price("google/compute/gpu-nvidia-tesla-v100", "southamerica-east1")).toBeUndefined();
  });
});
