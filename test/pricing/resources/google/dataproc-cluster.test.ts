import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_dataproc_cluster", () => {
  const report = pricerGolden(__filename, "dataproc-cluster");
  const line = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no ${name} on ${address}`);
    return c;
  };

  test("master and workers at Compute Engine prices with SUD, their disks, and the Dataproc fee per vCPU-hour", () => {
    const basic = resourceOf(report, "google_dataproc_cluster.basic");
    expect(basic.monthlyCost.expected).toBe("796.06653764");
    expect(basic.category).toBe("data");
    expect(line("google_dataproc_cluster.basic", "Dataproc premium (all nodes)")).toMatchObject({
      unit: "vCPU-hours", unitPrice: "0.01", priceId: "google/dataproc/premium@global", monthlyQuantity: { min: "14600", expected: "14600", max: "14600" },
    });
    expect(line("google_dataproc_cluster.basic", "vCPU (worker, on-demand, n2-standard-8)").adjustments).toEqual(["sustained-use"]);
  });

  test("autoscaling policy bounds, usage expected workers, part-month clusters and Spot secondary workers", () => {
    const r = resourceOf(report, "google_dataproc_cluster.autoscaled");
    expect(r.region).toBe("us-central1");
    expect(r.monthlyCost).toEqual({ min: "261.0440145", expected: "729.4252575", max: "1938.3343865" });
    expect(line("google_dataproc_cluster.autoscaled", "vCPU (master, on-demand, n1-standard-4)").unitPrice).toBe("0.0284499"); // 0.031611 × 0.9
    expect(line("google_dataproc_cluster.autoscaled", "vCPU (secondary worker, spot, n1-standard-4)").monthlyQuantity).toEqual({ min: "0", expected: "8760", max: "29200" });
    expect(line("google_dataproc_cluster.autoscaled", "Dataproc premium (all nodes)").monthlyQuantity).toEqual({ min: "4380", expected: "16060", max: "45260" });
  });

  test("an N1 custom machine type is priced at the N1 custom rates, with the N1 sustained-use discount", () => {
    expect(report.unpriced.filter((x) => x.address === "google_dataproc_cluster.custom")).toEqual([]);
    const custom = resourceOf(report, "google_dataproc_cluster.custom");
    expect(custom.components.find((c) => c.name === "vCPU (master, on-demand, custom-6-30720)")).toMatchObject({
      priceId: "google/compute/n1-custom-core@us-central1", listUnitPrice: "0.033174", unitPrice: "0.0232218", adjustments: ["sustained-use"],
    });
    expect(custom.monthlyCost.expected).toBe("526.247642");
  });
});
