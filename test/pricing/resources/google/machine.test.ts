import * as fs from "fs";
import * as path from "path";
import { CostLines } from "../../../../pricing/pricer";
import { fixed, range } from "../../../../pricing/range";
import { addMachineLines, extraGpus, machineType } from "../../../../pricing/resources/google/machine";
import CATALOG from "../../../../pricing/catalog/google-machine-types.json";

const BOOK = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../pricing/books/google-compute.json"), "utf8")) as {
  prices: { id: string; region: string; unit: string; price: string; source: string; effectiveDate: string }[];
};
const REGIONS = ["us-central1", "europe-west1", "asia-southeast1", "southamerica-east1"];
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

  test("unknown and custom types throw Unpriceable naming the nearest known series or types", () => {
    expect(() => machineType("n9-standard-4")).toThrow(/nearest known series are n1, n2, n4/);
    expect(() => machineType("e2-standard-3")).toThrow(/nearest known e2 types are e2-standard-2, e2-standard-4/);
    expect(() => machineType("e2-custom-4-8192")).toThrow(/custom machine type/);
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

  test("every book entry has a source and the extract's effective date, and the four regions have the core series", () => {
    for (const p of BOOK.prices) {
      expect(p.source.length).toBeGreaterThan(20);
      expect(p.effectiveDate).toBe("2026-07-30");
    }
    for (const s of ["e2", "n1", "n2", "n2d", "c3", "c4", "n4", "m1"]) for (const region of REGIONS) expect(price(`google/compute/${s}-core`, region)).toBeDefined();
    for (const t of ["c2-standard-4", "t2d-standard-4", "g2-standard-4", "a2-highgpu-1g", "e2-micro"]) for (const region of REGIONS) expect(price(`google/compute/machine-${t}`, region)).toBeDefined();
  });
});
