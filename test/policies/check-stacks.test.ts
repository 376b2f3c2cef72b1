import { readTerraformConfig } from "../../pricing/terraform";
import { checkStacks, constructPathsOf, crossStackFindings, stackFindings, StackUnderCheck } from "../../policies/check-stacks";
import { flat, report } from "./fixtures";

// | stack | resource                  | $/month | tags        |
// | api   | google_compute_disk.a     | 300     | none        |
// | web   | google_compute_disk.b     | 200     | team+feature |
const api: StackUnderCheck = {
  report: report("api", [flat("google_compute_disk.a", "300", { tags: {} })]),
  acknowledgements: [{ path: "api/disk-a", ruleId: "FinOps-TAG1", reason: "legacy disk, deleted in Q3" }],
  addressToPath: (a) => (a === "google_compute_disk.a" ? "api/disk-a" : undefined),
};
const web: StackUnderCheck = { report: report("web", [flat("google_compute_disk.b", "200")]), acknowledgements: [] };
const budgets = [
  { id: "total", monthly: "400" },
  { id: "api", scope: { stack: "api" }, monthly: "250" },
  { id: "gone", scope: { stack: "gone" }, monthly: "1" },
];
const TODAY = "2026-01-15";

describe("the policy pass over stacks", () => {
  test("stackFindings: the pack and the stack's own budgets, acknowledged by construct path", () => {
    const f = stackFindings(api, { today: TODAY, budgets });
    expect(f.map((x) => [x.ruleId, x.level, !!x.acknowledged])).toEqual([["FinOps-TAG1", "warning", true], ["Budget-api", "error", false]]);
    expect(f[1].message).toContain("Acknowledge.of(<stack api>)");
    expect(stackFindings(web, { today: TODAY, budgets })).toEqual([]);
  });

  test("crossStackFindings: budgets over all stacks, acknowledged only at the app level, and unknown stacks warned", () => {
    const f = crossStackFindings([api, web], { today: TODAY, budgets });
    expect(f.map((x) => [x.ruleId, x.level])).toEqual([["Budget-total", "error"], ["Budget-gone", "warning"]]);
    expect(f[0].message).toContain("$500.00, $100.00 over the limit of $400.00");
    const stackAck = { ...web, acknowledgements: [{ path: "web", ruleId: "Budget-total", reason: "a stack cannot accept the total" }] };
    expect(crossStackFindings([api, stackAck], { today: TODAY, budgets })[0].acknowledged).toBeUndefined();
    const appAck = { ...web, acknowledgements: [{ path: "", ruleId: "Budget-total", reason: "the app accepts the total this quarter" }] };
    expect(crossStackFindings([api, appAck], { today: TODAY, budgets })[0].acknowledged).toBeDefined();
  });

  test("checkStacks lists every finding with its stack and subject, errors first", () => {
    const f = checkStacks([api, web], { today: TODAY, budgets, overrides: { TAG1: "error" } });
    expect(f.map((x) => [x.level, x.ruleId, x.stack, x.subject, !!x.acknowledged])).toEqual([
      ["error", "Budget-api", "api", "stack api", false],
      ["error", "Budget-total", undefined, "all stacks", false],
      ["warning", "Budget-gone", undefined, "stack gone", false],
      ["error", "FinOps-TAG1", "api", "api: google_compute_disk.a", true],
    ]);
  });

  test("construct paths come from the document's \"//\".metadata.path", () => {
    const doc = readTerraformConfig({
      resource: { google_compute_disk: { a: { "//": { metadata: { path: "api/disk-a" } }, size: 1 }, b: { size: 1 } } },
    }, "cdk.tf.json");
    const toPath = constructPathsOf(doc);
    expect([toPath("google_compute_disk.a"), toPath("google_compute_disk.b")]).toEqual(["api/disk-a", undefined]);
  });
});
