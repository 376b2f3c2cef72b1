import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_workbench_instance", () => {
  const report = pricerGolden(__filename, "workbench-instance");
  const cost = (a: string) => resourceOf(report, `google_workbench_instance.${a}`).monthlyCost.expected;
  const names = (a: string) => resourceOf(report, `google_workbench_instance.${a}`).components.map((c) => c.name);
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === `google_workbench_instance.${a}`).map((u) => `${u.component}: ${u.reason}`);

  test("the VM, its GPUs and disks at Compute Engine rates, with N1's sustained-use discount", () => {
    expect(names("full")).toEqual(["vCPU (on-demand, n1-standard-4)", "Memory (on-demand, n1-standard-4)", "Boot disk (pd-balanced)", "Data disk (pd-ssd)"]);
    expect(cost("full")).toBe("202.089489");
    expect(names("t4")).toContain("GPU (on-demand, nvidia-tesla-t4)");
    expect(cost("t4")).toBe("203.12237225");
    expect(resourceOf(report, "google_workbench_instance.t4").category).toBe("ml");
    expect(report.monthlyCost.expected).toBe("411.21186125");
  });

  test("a stopped instance bills only its disks (150 GB boot disk by default)", () => {
    expect(names("stopped")).toEqual(["Boot disk (pd-standard)"]);
    expect(cost("stopped")).toBe("6");
    expect(reasons("stopped")).toEqual([]);
  });

  test("what the API picks (machine type, disk type) and the management fee are unpriced with the reason", () => {
    expect(reasons("t4")).toEqual([
      expect.stringMatching(/^Boot disk: gce_setup\.boot_disk\.disk_type is not set/),
      expect.stringMatching(/^Management fee: Vertex AI bills Workbench instances a management fee/),
    ]);
    expect(reasons("no_machine").map((r) => r.split(":")[0])).toEqual(["Boot disk", "Machine", "Management fee"]);
  });
});
