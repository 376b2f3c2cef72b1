import { evaluatePack } from "../../../policies/evaluate-pack";
import { FINOPS_PACK } from "../../../policies/packs/finops";
import { ruleSource } from "../../../scripts/rules-doc";
import { flat, line, report, resource } from "../fixtures";

describe("the FinOps pack", () => {
  test("pins its rule ids (renaming or removing one breaks acknowledgements in users' code)", () => {
    expect(FINOPS_PACK.id).toBe("FinOps");
    expect(FINOPS_PACK.rules.map((r) => r.id)).toEqual(["AS1", "UP1", "TAG1", "LC1", "ACC1", "CUD1", "CDN1"]);
  });

  test("pins the default levels: AS1 is an error, the rest warn", () => {
    const levels = Object.fromEntries(FINOPS_PACK.rules.map((r) => [r.id, r.level ?? FINOPS_PACK.level]));
    expect(levels).toEqual({ AS1: "error", UP1: "warning", TAG1: "warning", LC1: "warning", ACC1: "warning", CUD1: "warning", CDN1: "warning" });
  });

  test("every rule lives in its own file named after it, with a one-line compliant condition and documented params", () => {
    for (const r of FINOPS_PACK.rules) {
      const src = ruleSource(r);
      expect(src.compliant.length).toBeGreaterThan(20);
      for (const key of Object.keys(r.params)) expect(src.paramDocs[key]).toBeDefined();
      expect(r.explanation.length).toBeGreaterThan(40);
    }
  });

  test("a compliant stack has no findings", () => {
    const r = report("ok", [flat("google_compute_disk.a", "100"), resource("google_container_node_pool.p", [line("vCPU (on-demand, e2-standard-4)", "months", "100", { min: "1", expected: "2", max: "5" })])]);
    expect(evaluatePack(FINOPS_PACK, { report: r })).toEqual([]);
  });

  test("findings carry <pack>-<rule>, the level, the address, the violation, the fix and how to acknowledge", () => {
    const r = report("s", [flat("google_compute_disk.a", "100", { tags: {} })]);
    const [f] = evaluatePack(FINOPS_PACK, { report: r });
    expect(f).toMatchObject({ ruleId: "FinOps-TAG1", level: "warning", address: "google_compute_disk.a" });
    expect(f.message).toMatch(/^google_compute_disk\.a has no cost-allocation labels "team" and "feature".*\. Set the labels .*Acknowledge\.of\(scope\)\.rule\("FinOps-TAG1", \{ reason, expires \}\)\.$/);
  });
});
