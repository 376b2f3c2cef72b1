import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_container_node_pool under a resource commitment (usage committedNodes)", () => {
  const report = pricerGolden(__filename, "container-node-pool-commitment");
  const line = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no component ${name} on ${address}`);
    return c;
  };

  test("the committed nodes are billed all month at the 1-year rates, with no sustained-use discount", () => {
    const vcpu = line("google_container_node_pool.committed_1y", "vCPU (committed-1y, n2-standard-8)");
    expect(vcpu.monthlyQuantity).toEqual({ min: "52560", expected: "52560", max: "52560" });
    expect(vcpu.unitPrice).toBe("0.021907");
    expect(vcpu.monthlyCost.expected).toBe("1151.43192");
    expect(vcpu.purchaseOption).toBe("committed-1y");
    expect(vcpu.adjustments).toBeUndefined();
    expect(line("google_container_node_pool.committed_1y", "Memory (committed-1y, n2-standard-8)").monthlyCost.expected).toBe("617.26464");
  });

  test("the nodes above the commitment run on demand (0 / 11 / 81), the boot disks of every node too", () => {
    const vcpu = line("google_container_node_pool.committed_1y", "vCPU (on-demand, n2-standard-8)");
    expect(vcpu.monthlyQuantity).toEqual({ min: "0", expected: "64240", max: "473040" });
    expect(vcpu.unitPrice).toBe("0.0278253546");
    expect(line("google_container_node_pool.committed_1y", "Boot disk (pd-balanced)").monthlyCost).toEqual({ min: "90", expected: "200", max: "900" });
  });

  test("3 years: the 3-year rates (the extract's month_3y of n2-standard-8, 140.37024 = (8 × 0.015648 + 32 × 0.002097) × 730)", () => {
    expect(line("google_container_node_pool.committed_3y", "vCPU (committed-3y, n2-standard-8)").monthlyCost.expected).toBe("822.45888");
    expect(line("google_container_node_pool.committed_3y", "Memory (committed-3y, n2-standard-8)").monthlyCost.expected).toBe("440.87328");
  });

  test("committedNodes 0 is no commitment: every node on demand", () => {
    const pool = resourceOf(report, "google_container_node_pool.none");
    expect(pool.components.map((c) => c.purchaseOption ?? "-")).toEqual(["on-demand", "on-demand", "-"]);
  });
});
