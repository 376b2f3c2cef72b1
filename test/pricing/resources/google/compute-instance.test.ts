import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_instance", () => {
  const report = pricerGolden(__filename, "compute-instance");
  const res = (name: string) => resourceOf(report, `google_compute_instance.${name}`);

  test("predefined types are billed per vCPU and GiB with the full-month sustained-use discount", () => {
    expect(res("standard").monthlyCost.expected).toBe("121.962182456");
    expect(res("standard").region).toBe("us-central1");
    expect(res("standard").tags).toEqual({ env: "test", team: "web" });
    const vcpu = res("standard").components.find((c) => c.name === "vCPU (on-demand, n2-standard-4)")!;
    expect(vcpu).toMatchObject({ unitPrice: "0.0252951222", listUnitPrice: "0.031611", adjustments: ["sustained-use"] });
  });

  test("usage monthlyHours: the machine for those hours with the discount for that share of the month; the disk all month", () => {
    const r = res("part_time");
    expect(r.monthlyCost.expected).toBe("17.564699875");
    expect(r.components.find((c) => c.name === "vCPU (on-demand, n1-standard-1)")!.unitPrice).toBe("0.0312957"); // 0.034773 × 0.9
    expect(r.usage).toEqual({ monthlyHours: "365" });
  });

  test("Spot and preemptible VMs use Spot prices without discount; scratch disks are Local SSD", () => {
    expect(res("spot_gpu").monthlyCost.expected).toBe("371.8186");
    expect(res("spot_gpu").category).toBe("ml");
    expect(res("preemptible").monthlyCost.expected).toBe("8.31743");
    expect(res("preemptible").components[0].name).toBe("Instance usage (preemptible, e2-small)");
  });

  test("whole-machine types include their GPUs and Local SSD", () => {
    expect(res("a2").monthlyCost.expected).toBe("2691.57105");
    expect(res("a2").category).toBe("ml");
    expect(res("a2").components.map((c) => c.name)).toEqual(["Instance usage (on-demand, a2-highgpu-1g)", "Boot disk (pd-balanced)"]);
    expect(res("c3_lssd").monthlyCost.expected).toBe("193.05310880000007");
  });

  test("a boot disk given by source is priced as its own google_compute_disk", () => {
    expect(res("source_disk").monthlyCost.expected).toBe("77.650392");
    expect(res("source_disk").components.map((c) => c.name)).toEqual(["vCPU (on-demand, e2-standard-2)", "Memory (on-demand, e2-standard-2)"]);
  });

  test("an N1 custom type with extended memory: vCPU, memory up to 6.5 GiB per vCPU, and the rest at the extended rate", () => {
    const c = res("n1_custom_ext").components;
    expect(c.map((x) => `${x.name}: ${x.monthlyQuantity.expected} × ${x.unitPrice} (${x.priceId})`)).toEqual([
      "vCPU (on-demand, custom-2-15360-ext): 1460 × 0.0232218 (google/compute/n1-custom-core@us-central1)",
      "Memory (on-demand, custom-2-15360-ext): 9490 × 0.0031122 (google/compute/n1-custom-ram@us-central1)",
      "Extended memory (on-demand, custom-2-15360-ext): 1460 × 0.006685 (google/compute/n1-custom-ram-extended@us-central1)",
      "Boot disk (pd-standard): 10 × 0.04 (google/compute/pd-standard@us-central1)",
    ]);
    expect(res("n1_custom_ext").monthlyCost.expected).toBe("73.598706");
  });

  test("custom, unknown and unresolved machine types are unpriced with the reason", () => {
    const reasons = Object.fromEntries(report.unpriced.filter((u) => !u.component).map((u) => [u.address, u.reason]));
    expect(report.unpriced.filter((u) => u.address === "google_compute_instance.custom").map((u) => `${u.component}: ${u.reason}`)).toEqual([
      "Memory (on-demand, n2-custom-4-16384): no price book has google/compute/n2-custom-ram",
      "vCPU (on-demand, n2-custom-4-16384): no price book has google/compute/n2-custom-core",
    ]);
    // its boot disk is still priced
    expect(res("custom").components.map((c) => c.name)).toEqual(["Boot disk (pd-standard)"]);
    expect(reasons["google_compute_instance.unknown_type"]).toMatch(/unknown machine type "n2-standard-7"; the nearest known n2 types are n2-standard-8, n2-standard-4, /);
    expect(reasons["google_compute_instance.by_variable"]).toMatch(/machine_type is not known before apply/);
  });

  test("GPUs attached to N1 VMs are priced per GPU-hour with the N1 sustained-use discount; Spot GPUs get none", () => {
    const gpu = (address: string) => res(address).components.find((c) => c.name.startsWith("GPU"));
    expect(gpu("gpu_n1")).toMatchObject({ name: "GPU (on-demand, nvidia-tesla-v100)", unitPrice: "1.736", listUnitPrice: "2.48", monthlyCost: { expected: "1267.28" } });
    expect(res("gpu_n1").monthlyCost.expected).toBe("1364.769489");
    expect(res("gpu_n1").category).toBe("ml");
    expect(gpu("spot_gpu")).toMatchObject({ name: "GPU (spot, nvidia-tesla-t4)", unitPrice: "0.1654", monthlyCost: { expected: "241.484" } });
    // where the GPU is not sold, only its line is unpriced, naming the region
    expect(res("gpu_nowhere").monthlyCost.expected).toBe("154.715045");
    expect(report.unpriced.find((u) => u.address === "google_compute_instance.gpu_nowhere")).toMatchObject({
      component: "GPU (on-demand, nvidia-tesla-v100)", reason: expect.stringMatching(/^no price for google\/compute\/gpu-nvidia-tesla-v100 in southamerica-east1/),
    });
  });
});
