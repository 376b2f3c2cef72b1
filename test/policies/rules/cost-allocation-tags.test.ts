import { costAllocationTags } from "../../../policies/rules/cost-allocation-tags";
import { flat, report } from "../fixtures";

const params = { requiredTags: ["team", "feature"] };

describe("FinOps-TAG1 costAllocationTags", () => {
  test("fires for a resource missing a tag, or with an empty one, naming them", () => {
    const r = report("s", [
      flat("google_compute_disk.a", "10", { tags: { team: "data" } }),
      flat("aws_instance.b", "10", { provider: "aws", tags: { team: "", feature: "search" } }),
    ]);
    const v = costAllocationTags({ report: r }, params);
    expect(v.map((x) => x.address)).toEqual(["aws_instance.b", "google_compute_disk.a"]);
    expect(v[0].message).toContain('no cost-allocation tag "team"');
    expect(v[1].message).toContain('no cost-allocation label "feature" (labels seen: team)');
  });

  test("does not fire when every resource carries team and feature", () => {
    const r = report("s", [flat("google_compute_disk.a", "10", { tags: { team: "data", feature: "wrapped", env: "prod" } })]);
    expect(costAllocationTags({ report: r }, params)).toEqual([]);
  });
});
