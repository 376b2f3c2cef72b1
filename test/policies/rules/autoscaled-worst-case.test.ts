import { autoscaledWorstCase } from "../../../policies/rules/autoscaled-worst-case";
import { line, report, resource } from "../fixtures";

// | resource           | nodes min / exp / max | $/node-month | cost min / exp / max     |
// | pool.big           | 1 / 10 / 2,000        | 1,000        | 1,000 / 10,000 / 2,000,000 |
// | pool.small         | 1 / 2 / 50            | 1,000        | 1,000 / 2,000 / 50,000   |
// | disk.fixed         | 3,000 (fixed)         | 1,000        | 3,000,000 (min = max)    |
const pool = (address: string, max: string) =>
  resource(address, [line("Nodes (on-demand, n2-standard-8)", "node-months", "1000", { min: "1", expected: max === "2000" ? "10" : "2", max })]);
const params = { maxMonthly: "1000000" };

describe("FinOps-AS1 autoscaledWorstCase", () => {
  test("fires for an autoscaled resource whose worst case is over the limit", () => {
    const v = autoscaledWorstCase({ report: report("s", [pool("google_container_node_pool.big", "2000")]) }, params);
    expect(v).toHaveLength(1);
    expect(v[0].address).toBe("google_container_node_pool.big");
    expect(v[0].message).toContain("$2,000,000.00");
    expect(v[0].message).toContain("$1,000,000.00");
  });

  test("does not fire within the limit, nor for a fixed resource over it (min = max is not autoscaled)", () => {
    const r = report("s", [
      pool("google_container_node_pool.small", "50"),
      resource("google_compute_disk.fixed", [line("Storage (pd-ssd)", "disk-months", "1000", "3000")]),
    ]);
    expect(autoscaledWorstCase({ report: r }, params)).toEqual([]);
  });
});
