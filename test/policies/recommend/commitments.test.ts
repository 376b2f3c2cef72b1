import * as fs from "fs";
import * as path from "path";
import { recommendationsFor } from "../../../cli/recommend";
import { catalogOf, embeddedBooks } from "../../../pricing/books";
import { estimate } from "../../../pricing/estimate";
import { Money } from "../../../pricing/money";
import { Recommendation } from "../../../pricing/recommendation";
import { DEFAULT_REGISTRY } from "../../../pricing/resources";
import { readTerraform } from "../../../pricing/terraform";

/** testdata/commitments.tf.json: VM groups in europe-west1 (its comment says which get a commitment and why). */
const FIXTURE = path.join(__dirname, "testdata", "commitments.tf.json");
const json = () => JSON.parse(fs.readFileSync(FIXTURE, "utf8"));

function total(doc: unknown): Money {
  const d = readTerraform(doc, "fixture.tf.json");
  return new Money(estimate(d, { stack: "s", catalog: catalogOf([], {}, embeddedBooks(d)), registry: DEFAULT_REGISTRY }).monthlyCost.expected);
}

describe("Savings-COMMIT1 over managed instance groups and fleets of VMs", () => {
  let recs: Recommendation[];
  beforeAll(() => {
    recs = recommendationsFor(FIXTURE).filter((r) => r.rule === "Savings-COMMIT1");
  });
  const of = (address: string) => recs.find((r) => r.subject.addresses[0] === address);

  test("fires for the autoscaled group (its minimum, 4 instances, not the expected 10) and for the always-on fleet", () => {
    expect(recs.map((r) => r.subject.addresses[0]).sort()).toEqual(["google_compute_instance.fleet", "google_compute_region_instance_group_manager.web"]);
    expect(of("google_compute_region_instance_group_manager.web")?.details).toEqual({ committedInstances: "4", term: "3y" });
    expect(of("google_compute_region_instance_group_manager.web")?.assumptions.join(" ")).toContain("not sized above the minimum");
    expect(of("google_compute_instance.fleet")?.details).toEqual({ committedInstances: "6", term: "3y" });
    expect(of("google_compute_instance.fleet")?.confidence).toBe("high");
  });

  test("the group's saving equals two estimates of the Terraform, before and with committedInstances 4 for 3 years", () => {
    const after = json();
    after.resource.google_compute_region_instance_group_manager.web["//"].cost.usage = { expectedInstances: 10, committedInstances: 4, commitmentTerm: "3y" };
    expect(total(json()).minus(total(after)).toFixed()).toBe(of("google_compute_region_instance_group_manager.web")?.monthlySaving.expected);
  });

  test("the fleet's saving equals two estimates, before and with commitmentTerm 3y on its instances", () => {
    const after = json();
    after.resource.google_compute_instance.fleet["//"] = { cost: { usage: { commitmentTerm: "3y" } } };
    const saving = total(json()).minus(total(after));
    expect(saving.gt(0)).toBe(true);
    expect(saving.toFixed()).toBe(of("google_compute_instance.fleet")?.monthlySaving.expected);
  });

  test("does not fire for VMs that run part of the month, Spot VMs, a group that may scale to 0, or a group already committed", () => {
    expect(of("google_compute_instance.part_time")).toBeUndefined();
    expect(of("google_compute_instance.spot")).toBeUndefined();
    expect(of("google_compute_region_instance_group_manager.scale_to_zero")).toBeUndefined();
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "costkit-commit-"));
    const committed = json();
    committed.resource.google_compute_region_instance_group_manager.web["//"].cost.usage.committedInstances = 2;
    committed.resource.google_compute_instance.fleet["//"] = { cost: { usage: { commitmentTerm: "1y" } } };
    fs.writeFileSync(path.join(dir, "c.tf.json"), JSON.stringify(committed));
    expect(recommendationsFor(path.join(dir, "c.tf.json")).filter((r) => r.rule === "Savings-COMMIT1")).toEqual([]);
  });
});
