import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_container_node_pool", () => {
  const report = pricerGolden(__filename, "container-node-pool");
  const component = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no component ${name} on ${address}`);
    return c;
  };

  test("acceptance: a regional n2-standard-8 pool autoscaling 3..30 per zone is 9 to 90 nodes × 730 h with the N2 sustained-use discount", () => {
    const vcpu = component("google_container_node_pool.autoscaled", "vCPU (on-demand, n2-standard-8)");
    expect(vcpu.monthlyQuantity).toEqual({ min: "52560", expected: "52560", max: "525600" }); // 9 / 9 / 90 nodes × 730 h × 8
    expect(vcpu.listUnitPrice).toBe("0.034773");
    expect(vcpu.unitPrice).toBe("0.0278253546"); // 0.034773 × (1 − 0.1998)
    expect(vcpu.adjustments).toEqual(["sustained-use"]);
    const ram = component("google_container_node_pool.autoscaled", "Memory (on-demand, n2-standard-8)");
    expect(ram.monthlyQuantity).toEqual({ min: "210240", expected: "210240", max: "2102400" });
    expect(ram.unitPrice).toBe("0.0037297322");
    expect(ram.adjustments).toEqual(["sustained-use"]);
    const pool = resourceOf(report, "google_container_node_pool.autoscaled");
    // expected = min without usage
    expect(pool.monthlyCost).toEqual({ min: "2336.639535504", expected: "2336.639535504", max: "23366.39535504" });
    expect(pool.listMonthlyCost).toEqual({ min: "2897.59752", expected: "2897.59752", max: "28975.9752" });
    expect(pool.region).toBe("europe-west1");
    expect(pool.category).toBe("compute");
  });

  test("acceptance: usage expectedNodes moves only the expected figure", () => {
    const pool = resourceOf(report, "google_container_node_pool.autoscaled_usage");
    expect(pool.monthlyCost).toEqual({ min: "2336.639535504", expected: "5192.53230112", max: "23366.39535504" });
    expect(component("google_container_node_pool.autoscaled_usage", "vCPU (on-demand, n2-standard-8)").monthlyQuantity.expected).toBe("116800");
  });

  test("spot nodes: Spot rates, no sustained-use discount, Local SSD at the Spot rate, GPU pools are ml", () => {
    const pool = resourceOf(report, "google_container_node_pool.spot_gpu");
    expect(pool.monthlyCost.expected).toBe("391.4186");
    expect(pool.category).toBe("ml");
    expect(pool.region).toBe("us-central1");
    const vcpu = component("google_container_node_pool.spot_gpu", "vCPU (spot, n1-standard-4)");
    expect(vcpu.unitPrice).toBe("0.01115");
    expect(vcpu.adjustments).toBeUndefined();
    expect(component("google_container_node_pool.spot_gpu", "Local SSD (spot)").monthlyCost.expected).toBe("32.1");
    const gpu = component("google_container_node_pool.spot_gpu", "GPU (spot, nvidia-tesla-t4)");
    expect([gpu.unitPrice, gpu.monthlyQuantity.expected, gpu.adjustments]).toEqual(["0.1654", "1460", undefined]);
  });

  test("total_min/total_max bounds, node_locations zones, whole-machine e2-medium, disk settings", () => {
    const pool = resourceOf(report, "google_container_node_pool.total");
    expect(pool.monthlyCost).toEqual({ min: "79.0462822", expected: "79.0462822", max: "237.1388466" });
    expect(component("google_container_node_pool.total", "Instance usage (on-demand, e2-medium)").monthlyQuantity).toEqual({ min: "1460", expected: "1460", max: "4380" });
  });

  test("unknown types, missing locations, out-of-bounds usage and unpriced prices are reported with the reason, never zero", () => {
    const reasons = report.unpriced.map((u) => `${u.address}${u.component ? ` [${u.component}]` : ""}: ${u.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/unknown_machine: unknown machine type "n9-standard-4" \(series "n9"\); the nearest known series are/),
      expect.stringMatching(/orphan: the node pool's location is not known/),
      expect.stringMatching(/bad_usage: usage expectedNodes 100 is outside the pool's bounds \(9 to 90 nodes/),
      expect.stringMatching(/c4 \[Boot disk \(hyperdisk-balanced\)\]: no price book has google\/compute\/hyperdisk-balanced/),
    ]));
    expect(resourceOf(report, "google_container_node_pool.c4").monthlyCost.expected).toBe("288.5982");
  });
});
