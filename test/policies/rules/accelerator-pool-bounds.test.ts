import { acceleratorPoolBounds } from "../../../policies/rules/accelerator-pool-bounds";
import { line, report, resource } from "../fixtures";

// | resource                         | category | $/month min / exp / max | fires            |
// | google_container_node_pool.gpu   | ml       | 2,000 / 10,000 / 200,000 | max over 100,000, min ≠ 0 |
// | google_tpu_v2_vm.tpu             | ml       | 50,000 (fixed)          | cannot scale to zero |
// | google_container_node_pool.lean  | ml       | 0 / 5,000 / 80,000      | no               |
// | google_container_node_pool.cpu   | compute  | 2,000 / 2,000 / 500,000 | no (not ml)      |
const params = { maxMonthly: "100000" };
const gpuPool = (address: string, nodes: { min: string; expected: string; max: string }, category: "ml" | "compute" = "ml") =>
  resource(address, [line("GPU (on-demand, nvidia-l4)", "node-months", "1000", nodes)], { category });

describe("FinOps-ACC1 acceleratorPoolBounds", () => {
  test("fires for a pool whose max is over the limit and for accelerators that cannot scale to zero", () => {
    const r = report("s", [
      gpuPool("google_container_node_pool.gpu", { min: "2", expected: "10", max: "200" }),
      resource("google_tpu_v2_vm.tpu", [line("TPU usage (on-demand, v5litepod-8)", "months", "50000", "1")], { category: "ml" }),
    ]);
    const v = acceleratorPoolBounds({ report: r }, params);
    expect(v.map((x) => [x.address, /scale to zero/.test(x.message) ? "zero" : "max"])).toEqual([
      ["google_container_node_pool.gpu", "max"],
      ["google_container_node_pool.gpu", "zero"],
      ["google_tpu_v2_vm.tpu", "zero"],
    ]);
    expect(v[0].message).toContain("$200,000.00");
    expect(v[1].message).toContain("idle, it still costs $2,000.00 a month");
  });

  test("does not fire for a pool that scales to zero under the limit, nor for non-ML pools, nor for ML pools without accelerators", () => {
    const r = report("s", [
      gpuPool("google_container_node_pool.lean", { min: "0", expected: "5", max: "80" }),
      gpuPool("google_container_node_pool.cpu", { min: "2", expected: "2", max: "500" }, "compute"),
      // CPU model servers are `ml` but hold no accelerator
      resource("google_container_node_pool.model_servers", [line("vCPU (n2-standard-16)", "vCPU-hours", "0.03", { min: "1000", expected: "2000", max: "9000000" })], { category: "ml" }),
    ]);
    expect(acceleratorPoolBounds({ report: r }, params)).toEqual([]);
  });
});
