import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("Compute Engine VM groups under a resource commitment (committedInstances, commitmentTerm)", () => {
  const report = pricerGolden(__filename, "compute-commitment");
  const line = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no component ${name} on ${address}`);
    return c;
  };
  const group = "google_compute_region_instance_group_manager.web";

  test("a group's committed instances are billed all month at the 3-year rates, with no sustained-use discount", () => {
    const vcpu = line(group, "vCPU (committed-3y, n2-standard-8)");
    expect(vcpu.monthlyQuantity).toEqual({ min: "23360", expected: "23360", max: "23360" });
    expect(vcpu.unitPrice).toBe("0.015648");
    expect(vcpu.purchaseOption).toBe("committed-3y");
    expect(vcpu.adjustments).toBeUndefined();
    expect(line(group, "Memory (committed-3y, n2-standard-8)").monthlyCost.expected).toBe("195.94368");
  });

  test("the instances above the commitment run on demand (0 / 6 / 16); disks of every instance", () => {
    expect(line(group, "vCPU (on-demand, n2-standard-8)").monthlyQuantity).toEqual({ min: "0", expected: "35040", max: "93440" });
    expect(line(group, "Boot disk (pd-balanced)").monthlyCost).toEqual({ min: "8", expected: "20", max: "40" });
    expect(resourceOf(report, group).monthlyCost).toEqual({ min: "569.48096", expected: "2079.240650336", max: "4595.506800896" });
  });

  test("commitmentTerm on a counted instance commits each instance at the 1-year rates", () => {
    const fleet = resourceOf(report, "google_compute_instance.fleet");
    expect(fleet.components.map((c) => c.name)).toEqual(["vCPU (committed-1y, n2-standard-8)", "Memory (committed-1y, n2-standard-8)", "Boot disk (pd-standard)"]);
    expect(fleet.monthlyCost.expected).toBe("590.76552");
  });

  test("a committed VM that runs 200 hours still pays the commitment for all 730", () => {
    expect(line("google_compute_instance.part_time", "vCPU (committed-1y, n2-standard-8)").monthlyQuantity.expected).toBe("5840");
  });
});
