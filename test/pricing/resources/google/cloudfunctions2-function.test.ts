import { pricerGolden, resourceOf } from "../../../helpers/golden";
import { memoryBytes } from "../../../../pricing/resources/google/cloudfunctions2-function";

describe("google_cloudfunctions2_function", () => {
  const report = pricerGolden(__filename, "cloudfunctions2-function");
  const line = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no line "${name}" on ${address}`);
    return c;
  };

  test("Cloud Run request-based CPU and memory, default CPU from the memory size", () => {
    expect(line("google_cloudfunctions2_function.api", "CPU time (0.333 vCPU)").monthlyCost.expected).toBe("7.992");
    expect(line("google_cloudfunctions2_function.api", "Memory time (512Mi)").monthlyQuantity.expected).toBe("500000");
    expect(resourceOf(report, "google_cloudfunctions2_function.api").monthlyCost.expected).toBe("12.442");
    // 256M is 256,000,000 bytes (not MiB): 200,000 s × 0.2384185791015625 GiB
    expect(line("google_cloudfunctions2_function.default", "Memory time (256M)").monthlyQuantity.expected).toBe("47683.7158203125");
    expect(line("google_cloudfunctions2_function.default", "CPU time (0.167 vCPU)").monthlyCost.expected).toBe("0.8016");
  });

  test("Tier 2, concurrency lowers only the minimum, idle minimum instances bill the rest of the month", () => {
    expect(line("google_cloudfunctions2_function.heavy", "CPU time (2 vCPU)").monthlyCost).toEqual({ min: "3.36", expected: "33.6", max: "33.6" });
    expect(line("google_cloudfunctions2_function.heavy", "Minimum instances idle CPU (2 × 2 vCPU)").monthlyQuantity).toEqual({ min: "9512000", expected: "9512000", max: "10412000" });
    expect(resourceOf(report, "google_cloudfunctions2_function.heavy").monthlyCost).toEqual({ min: "70.694", expected: "104.084", max: "110.384" });
    expect(report.monthlyCost.expected).toBe("118.24680928955078125");
  });

  test("unreadable memory and regions without prices are unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/bad_memory Compute time: available_memory "lots" is not a memory quantity/));
    expect(reasons).toContainEqual(expect.stringMatching(/nowhere CPU time \(0.167 vCPU\): no price for google\/cloudfunctions2\/vcpu in asia-east1/));
    expect(line("google_cloudfunctions2_function.nowhere", "Requests").dependsOnUsage).toBe(true);
  });

  test("memory quantities: decimal and binary units, bare bytes", () => {
    expect(memoryBytes("256M").toFixed()).toBe("256000000");
    expect(memoryBytes("1Gi").toFixed()).toBe("1073741824");
    expect(memoryBytes("512Mi").toFixed()).toBe("536870912");
    expect(memoryBytes("1048576").toFixed()).toBe("1048576");
  });
});
