import { unpricedLines } from "../../../policies/rules/unpriced-lines";
import { flat, report } from "../fixtures";

const unpriced = [
  { address: "google_x.a", type: "google_x", reason: "costkit has no pricer for google_x yet" },
  { address: "google_compute_disk.b", type: "google_compute_disk", component: "Storage (pd-ssd)", reason: "size is not known before apply" },
];

describe("FinOps-UP1 unpricedLines", () => {
  test("fires for every unpriced line when there are more than allowed", () => {
    const v = unpricedLines({ report: report("s", [flat("google_compute_disk.c", "10")], { unpriced }) }, { maxUnpricedLines: 0 });
    expect(v.map((x) => x.address)).toEqual(["google_x.a", "google_compute_disk.b"]);
    expect(v[1].message).toContain("(Storage (pd-ssd)) is not priced: size is not known before apply");
    expect(v[1].message).toContain("2 unpriced lines, more than the 0 allowed");
  });

  test("does not fire with no unpriced line, or with as many as allowed", () => {
    expect(unpricedLines({ report: report("s", [flat("google_compute_disk.c", "10")]) }, { maxUnpricedLines: 0 })).toEqual([]);
    expect(unpricedLines({ report: report("s", [], { unpriced }) }, { maxUnpricedLines: 2 })).toEqual([]);
  });
});
