import { pricerGolden, resourceOf } from "../../../helpers/golden";
import { acceleratorTypeOfConfig, tpuSliceOf } from "../../../../pricing/resources/google/tpu-v2-vm";
import { Attributes, LITERAL_VALUES } from "../../../../pricing/attributes";

describe("google_tpu_v2_vm", () => {
  const report = pricerGolden(__filename, "tpu-v2-vm");
  const line = (address: string) => resourceOf(report, address).components[0];

  test("chip counts follow Google's naming (cores for v4/v5p, chips for v5e/v6e)", () => {
    expect(tpuSliceOf("v4-32").perHour.toFixed()).toBe("16");
    expect(tpuSliceOf("v5p-8").perHour.toFixed()).toBe("4");
    expect(tpuSliceOf("v5litepod-8").perHour.toFixed()).toBe("8");
    expect(tpuSliceOf("v6e-16").perHour.toFixed()).toBe("16");
    expect(tpuSliceOf("v2-8").unit).toBe("hours");
    expect(tpuSliceOf("v3-32")).toMatchObject({ stem: "v3-pod", unit: "core-hours" });
    const config = new Attributes({ type: "V4", topology: "2x2x2" }, LITERAL_VALUES);
    expect(acceleratorTypeOfConfig(config)).toBe("v4-16");
  });

  test("prices chip-hours at the regional rate", () => {
    expect(line("google_tpu_v2_vm.v5e")).toMatchObject({ name: "TPU usage (on-demand, v5litepod-8)", unit: "chip-hours", unitPrice: "1.2" });
    expect(line("google_tpu_v2_vm.v5e").monthlyCost.expected).toBe("7008");
    expect(line("google_tpu_v2_vm.v4").monthlyCost.expected).toBe("37609.6");
    expect(resourceOf(report, "google_tpu_v2_vm.v4").region).toBe("us-central2");
    expect(line("google_tpu_v2_vm.default").monthlyCost.expected).toBe("3285");
    expect(resourceOf(report, "google_tpu_v2_vm.v5e").category).toBe("ml");
  });

  test("spot and preemptible use the Spot rate", () => {
    expect(line("google_tpu_v2_vm.v6e_spot")).toMatchObject({ name: "TPU usage (spot, v6e-8)", unitPrice: "0.54421" });
    expect(line("google_tpu_v2_vm.v6e_spot").monthlyCost.expected).toBe("3178.1864");
    expect(line("google_tpu_v2_vm.v2pod").monthlyCost.expected).toBe("4467.6");
  });

  test("monthlyHours usage scales the hours (usage case)", () => {
    expect(line("google_tpu_v2_vm.v5p_part").monthlyQuantity.expected).toBe("400");
    expect(line("google_tpu_v2_vm.v5p_part").monthlyCost.expected).toBe("1680");
  });

  test("unknown types and regions without a rate are unpriced", () => {
    const reasons = report.unpriced.map((u) => `${u.address}: ${u.reason}`).join("\n");
    expect(reasons).toMatch(/google_tpu_v2_vm.sao: no price for google\/tpu\/v6e in southamerica-east1/);
    expect(reasons).toMatch(/google_tpu_v2_vm.weird: unknown TPU accelerator type "tpu7x-8"/);
    expect(report.monthlyCost.expected).toBe("57228.3864");
  });
});
