import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_instance_group_manager and google_compute_region_instance_group_manager", () => {
  const report = pricerGolden(__filename, "compute-instance-group-manager");
  const res = (address: string) => resourceOf(report, address);
  const names = (address: string) => res(address).components.map((c) => c.name);

  test("a fixed-size group is target_size instances of its template: machine, disks and Local SSD per instance", () => {
    expect(res("google_compute_instance_group_manager.web").monthlyCost).toEqual({ min: "487.386547368", expected: "487.386547368", max: "487.386547368" });
    expect(names("google_compute_instance_group_manager.web")).toEqual([
      "vCPU (on-demand, n2-standard-4)", "Memory (on-demand, n2-standard-4)", "Boot disk (pd-balanced)", "Disk (pd-ssd)", "Local SSD (on-demand)",
    ]);
  });

  test("an autoscaler targeting the group gives min..max; expected from usage expectedInstances, else the minimum", () => {
    expect(res("google_compute_instance_group_manager.autoscaled_no_usage").monthlyCost).toEqual({ min: "98.6366732", expected: "98.6366732", max: "295.9100196" });
    expect(res("google_compute_region_instance_group_manager.regional").monthlyCost).toEqual({ min: "109.6245716", expected: "219.2491432", max: "548.122858" });
    expect(res("google_compute_region_instance_group_manager.regional").region).toBe("europe-west1");
  });

  test("an autoscaler in mode OFF leaves target_size in charge", () => {
    const vcpu = res("google_compute_instance_group_manager.web").components[0];
    expect(vcpu.monthlyQuantity).toEqual({ min: "8760", expected: "8760", max: "8760" });
  });

  test("GPUs of the template are priced per instance with the N1 sustained-use discount; Spot templates use Spot prices", () => {
    const gpu = res("google_compute_instance_group_manager.gpu");
    expect(gpu.category).toBe("ml");
    expect(gpu.components.find((c) => c.name === "GPU (on-demand, nvidia-tesla-t4)")).toMatchObject({ unitPrice: "0.245", listUnitPrice: "0.35", monthlyCost: { expected: "357.7" } });
    expect(names("google_compute_instance_group_manager.spot")).toEqual(["vCPU (spot, n2-standard-4)", "Memory (spot, n2-standard-4)", "Boot disk (pd-balanced)"]);
    expect(res("google_compute_instance_group_manager.spot").monthlyCost.expected).toBe("341.238");
  });

  test("templates and autoscalers are free by themselves; what cannot be priced is unpriced with the reason", () => {
    const free = report.free.map((f) => f.type);
    expect(free).toEqual(expect.arrayContaining(["google_compute_instance_template", "google_compute_region_instance_template", "google_compute_autoscaler", "google_compute_region_autoscaler"]));
    const reasons = Object.fromEntries(report.unpriced.map((u) => [u.address.replace(/^.*\./, ""), u.reason]));
    expect(reasons.by_variable).toMatch(/instance_template is not known before apply/);
    expect(reasons.external_template).toMatch(/"projects\/p\/global\/instanceTemplates\/web-1" is not a resource of this configuration/);
    expect(reasons.bad_usage).toBe("usage expectedInstances 5 is outside the autoscaler's bounds (1 to 3 instances); fix the usage or min_replicas/max_replicas");
    expect(report.resources.map((r) => r.address)).not.toContain("google_compute_instance_group_manager.bad_usage");
    expect(report.monthlyCost).toEqual({ min: "1592.764770168", expected: "1702.389341768", max: "2228.536402968" });
  });
});
