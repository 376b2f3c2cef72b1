import { parseAllocation } from "../../policies/allocation";
import { budgetOutcomes } from "../../policies/budget-outcomes";
import { evaluateBudgets } from "../../policies/budgets";
import { checkStacks } from "../../policies/check-stacks";
import { ResolvedAllocation } from "../../pricing/allocation";
import { Money } from "../../pricing/money";
import { flat, line, report, resource } from "./fixtures";

// podcasts: tagged 40 + 25 % of the shared CDN's 100 = 65; music: 75 % of 100 = 75
const reports = [
  report("edge", [flat("costkit_cdn_contract.audio", "100", { category: "cdn", geo: "EU", tags: { feature: "shared", team: "delivery" } })], {
    drivers: { "hoursByFeature.music": "300", "hoursByFeature.podcasts": "100" },
  }),
  report("apps", [resource("google_compute_instance.podcast_api", [line("Instance hours", "hours", "2", "20")], { tags: { feature: "podcasts", team: "platform" } })]),
];
const allocation: ResolvedAllocation = {
  features: ["music", "podcasts"],
  rules: [{ id: "cdn", match: { category: "cdn" }, weights: [["music", new Money(3)], ["podcasts", new Money(1)]] }],
};

describe("budgets scoped by tag.feature hold allocated cost", () => {
  test("fires when the feature's allocated cost (tagged plus its share of shared resources) is over the limit", () => {
    const findings = evaluateBudgets([{ id: "podcasts", scope: { "tag.feature": "podcasts" }, monthly: "64.99" }], reports, { allocation });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "Budget-podcasts", level: "error" });
    expect(findings[0].message).toContain("the expected monthly cost is $65.00");
  });

  test("does not fire at or under the limit", () => {
    expect(evaluateBudgets([{ id: "podcasts", scope: { "tag.feature": "podcasts" }, monthly: "65" }], reports, { allocation })).toEqual([]);
  });

  test("without allocation rules only tagged cost counts (the shared CDN is unallocated)", () => {
    expect(evaluateBudgets([{ id: "podcasts", scope: { "tag.feature": "podcasts" }, monthly: "40" }], reports)).toEqual([]);
    expect(evaluateBudgets([{ id: "unallocated", scope: { "tag.feature": "unallocated" }, monthly: "99" }], reports)).toHaveLength(1);
  });

  test("combines with geo and team: the feature's part of the lines in scope", () => {
    // music is only in the shared CDN (EU, team delivery): 75
    expect(evaluateBudgets([{ id: "m", scope: { "tag.feature": "music", geo: "EU", "tag.team": "delivery" }, monthly: "74" }], reports, { allocation })).toHaveLength(1);
    expect(evaluateBudgets([{ id: "m", scope: { "tag.feature": "music", "tag.team": "platform" }, monthly: "0" }], reports, { allocation })[0]).toMatchObject({ level: "info" });
  });

  test("costkit check resolves the file's driver rule against the reports' drivers", () => {
    const rules = parseAllocation("features: [music, podcasts]\nrules:\n  - id: cdn\n    match: { category: cdn }\n    split: { driver: hoursByFeature }\n", "allocation.yaml");
    const stacks = reports.map((r) => ({ report: r, acknowledgements: [] }));
    const fired = checkStacks(stacks, { today: "2026-01-01", pack: null, budgets: [{ id: "music", scope: { "tag.feature": "music" }, monthly: "70" }], allocation: rules });
    expect(fired.map((f) => f.ruleId)).toEqual(["Budget-music"]);
    const quiet = checkStacks(stacks, { today: "2026-01-01", pack: null, budgets: [{ id: "music", scope: { "tag.feature": "music" }, monthly: "75" }], allocation: rules });
    expect(quiet).toEqual([]);
  });

  test("a driver the reports lack fails each tag.feature budget with an error finding, and leaves other budgets be", () => {
    const rules = parseAllocation("features: [music, podcasts]\nrules:\n  - id: cdn\n    split: { driver: listeningByFeature }\n", "allocation.yaml");
    const stacks = reports.map((r) => ({ report: r, acknowledgements: [] }));
    const found = checkStacks(stacks, { today: "2026-01-01", pack: null, allocation: rules, budgets: [
      { id: "music", scope: { "tag.feature": "music" }, monthly: "1000" },
      { id: "total", monthly: "1000" },
    ] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: "Budget-music", level: "error" });
    expect(found[0].message).toContain('holds allocated cost, but the allocation rules cannot be applied to these reports: allocation: allocation.yaml, line 4 (rules[0].split.driver): no stack declares the driver "listeningByFeature"');
  });
});

describe("budget outcomes of a scenario (costkit scenarios)", () => {
  const rules = parseAllocation('features: [music, podcasts]\nrules:\n  - id: cdn\n    match: { category: cdn }\n    split: { shares: { music: "0.75", podcasts: "0.25" } }\n', "allocation.yaml");
  const budgets = [{ id: "podcasts", scope: { "tag.feature": "podcasts" }, monthly: "64.99", level: "warning" as const }];

  test("hold allocated cost when the allocation rules are given, as synth and check do", () => {
    expect(budgetOutcomes(budgets, reports, rules)).toEqual([expect.objectContaining({ id: "podcasts", status: "exceeded", level: "warning" })]);
  });

  test("hold tagged cost only without them", () => {
    expect(budgetOutcomes(budgets, reports)).toEqual([{ id: "podcasts", status: "ok" }]);
  });
});
