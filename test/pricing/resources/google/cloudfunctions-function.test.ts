import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_cloudfunctions_function", () => {
  const report = pricerGolden(__filename, "cloudfunctions-function");
  const line = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no line "${name}" on ${address}`);
    return c;
  };

  test("invocations, GB-seconds and GHz-seconds with duration rounded up to 100 ms, plus egress", () => {
    expect(line("google_cloudfunctions_function.api", "Invocations").monthlyCost.expected).toBe("4");
    expect(line("google_cloudfunctions_function.api", "Memory time (512 MB)").monthlyQuantity.expected).toBe("1500000");
    expect(line("google_cloudfunctions_function.api", "CPU time (0.8 GHz)").monthlyCost.expected).toBe("24");
    expect(line("google_cloudfunctions_function.api", "Internet egress (first 1,024 GiB)").monthlyCost.expected).toBe("6");
    expect(resourceOf(report, "google_cloudfunctions_function.api").monthlyCost.expected).toBe("37.75");
  });

  test("Tier 2 rates and idle minimum instances for the time they serve nothing", () => {
    expect(line("google_cloudfunctions_function.worker_sg", "CPU time (1.4 GHz)").unitPrice).toBe("0.000014");
    expect(line("google_cloudfunctions_function.worker_sg", "Minimum instances idle memory (1 × 1024 MB)").monthlyQuantity.expected).toBe("1628000");
    expect(line("google_cloudfunctions_function.worker_sg", "Minimum instances idle CPU (1 × 1.4 GHz)").monthlyCost.expected).toBe("3.30484");
    expect(resourceOf(report, "google_cloudfunctions_function.worker_sg").monthlyCost.expected).toBe("32.50284");
  });

  test("usage ranges carry through; no usage means the lines depend on usage, not zero by default", () => {
    expect(resourceOf(report, "google_cloudfunctions_function.ranged").monthlyCost).toEqual({ min: "0.63125", expected: "1.2625", max: "2.525" });
    const dflt = resourceOf(report, "google_cloudfunctions_function.default");
    expect(dflt.components.map((c) => c.name)).toEqual(["Invocations", "Memory time (256 MB)", "CPU time (0.4 GHz)", "Internet egress (first 1,024 GiB)"]);
    expect(dflt.components.every((c) => c.dependsOnUsage === true)).toBe(true);
    expect(report.monthlyCost).toEqual({ min: "70.88409", expected: "71.51534", max: "72.77784" });
  });

  test("unknown memory sizes, references and regions without prices are unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/odd_memory Compute time: available_memory_mb 300 is not a 1st gen memory size/));
    expect(reasons).toContainEqual(expect.stringMatching(/by_ref Compute time: available_memory_mb is not known before apply/));
    expect(reasons).toContainEqual(expect.stringMatching(/nowhere CPU time \(0.4 GHz\): no price for google\/cloudfunctions\/cpu in asia-east1/));
  });
});
