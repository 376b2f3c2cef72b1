import { onDemandCommitment } from "../../../policies/rules/on-demand-commitment";
import { line, report, resource } from "../fixtures";

// | resource                      | expected $/month | adjustments                   | fires |
// | google_compute_instance.big   | 20,000           | sustained-use                 | yes   |
// | aws_ecs_service.api           | 15,000           | none                          | yes   |
// | google_container_node_pool.c  | 20,000           | gcp-compute-commitment-25     | no    |
// | google_compute_instance.spot  | 20,000           | none, spot line               | no    |
// | google_compute_instance.small | 5,000            | none                          | no (under 10,000) |
// | google_bigtable_instance.d    | 50,000           | none                          | no (category data) |
const params = { minMonthly: "10000" };
const vm = (address: string, amount: string, name = "vCPU (on-demand, n2-standard-8)", adjustments?: string[], category: "compute" | "data" = "compute") =>
  resource(address, [line(name, "months", amount, "1", {
    ...(adjustments ? { adjustments } : {}),
    fields: { purchaseOption: /\((spot|preemptible)/.exec(name)?.[1] as "spot" | "preemptible" | undefined ?? "on-demand" },
  })], { category });

describe("FinOps-CUD1 onDemandCommitment", () => {
  test("fires for on-demand Google and AWS compute over the threshold with no commitment (sustained use is not one)", () => {
    const r = report("s", [
      vm("google_compute_instance.big", "20000", undefined, ["sustained-use"]),
      resource("aws_ecs_service.api", [line("Fargate vCPU (x86_64)", "months", "15000", "1")], { provider: "aws" }),
    ]);
    const v = onDemandCommitment({ report: r }, params);
    expect(v.map((x) => x.address)).toEqual(["aws_ecs_service.api", "google_compute_instance.big"]);
    expect(v[1].message).toContain("runs on demand at $20,000.00 a month (expected), more than $10,000.00");
  });

  test("does not fire under a commitment, on spot, under the threshold or outside compute", () => {
    const r = report("s", [
      vm("google_container_node_pool.c", "20000", undefined, ["gcp-compute-commitment-25", "sustained-use"]),
      vm("google_compute_instance.spot", "20000", "vCPU (spot, n2-standard-8)"),
      vm("google_compute_instance.small", "5000"),
      vm("google_bigtable_instance.d", "50000", "Nodes (SSD)", undefined, "data"),
    ]);
    expect(onDemandCommitment({ report: r }, params)).toEqual([]);
  });

  test("reads the lines' purchaseOption, not their names", () => {
    const named = resource("google_compute_instance.named", [line("vCPU (spot, n2-standard-8)", "months", "20000", "1", { fields: { purchaseOption: "on-demand" } })]);
    const spot = resource("google_compute_instance.field", [line("Capacity", "months", "20000", "1", { fields: { purchaseOption: "preemptible" } })]);
    const committed = resource("google_compute_instance.cud", [line("Capacity", "months", "20000", "1", { fields: { purchaseOption: "committed-3y" } })]);
    expect(onDemandCommitment({ report: report("s", [named, spot, committed]) }, params).map((v) => v.address)).toEqual(["google_compute_instance.named"]);
  });
});
