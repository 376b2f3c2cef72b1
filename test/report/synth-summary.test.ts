import { CostReport, Finding } from "../../pricing/report";
import { commonEnding, renderSynthSummary } from "../../report/synth-summary";

const fixed = (v: string) => ({ min: v, expected: v, max: v });
const FIX = "Add lifecycle rules that move ageing objects to colder classes. To accept it: Acknowledge.of(x).rule(\"FinOps-LC1\", { reason }).";

function report(stack: string, cost: { min: string; expected: string; max: string }, findings: Finding[] = []): CostReport {
  return {
    formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD", priceBooks: [], stack,
    monthlyCost: cost, listMonthlyCost: cost, resources: [], unpriced: [], free: [], findings,
  };
}

const lc1 = (address: string, tib: string): Finding => ({ ruleId: "FinOps-LC1", level: "warning", address, message: `${address} stores ${tib} TiB, more than 100 TiB. ${FIX}` });

describe("the summary printed after cdktf synth", () => {
  const reports = [
    report("storage", fixed("300"), [lc1("google_storage_bucket.a", "200"), lc1("google_storage_bucket.b", "150")]),
    report("compute", { min: "100", expected: "150", max: "400" }, [{ ruleId: "FinOps-TAG1", level: "error", address: "google_compute_instance.vm", message: "google_compute_instance.vm has no team tag. Tag it." }]),
  ];
  const text = renderSynthSummary(reports, [{ ruleId: "Budget-total", level: "error", message: "budget \"total\" is exceeded by $50.00. Raise it." }], { outdir: "cdktf.out" });
  const lines = text.trimEnd().split("\n");

  test("starts with the exact total and its range, then one line per stack with its report, largest first", () => {
    expect(lines[0]).toBe("costkit: 2 stacks, monthly cost $450.00 ($400.00 – $700.00)");
    expect(lines[1]).toBe("  storage  $300.00  (0 priced)  cdktf.out/stacks/storage/cost-report.md");
    expect(lines[2]).toBe("  compute  $150.00 ($100.00 – $400.00)  (0 priced)  cdktf.out/stacks/compute/cost-report.md");
  });

  test("groups findings by rule, errors first, the remediation once and each subject under it", () => {
    expect(text.split(FIX).length).toBe(2);
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    expect(at("  error Budget-total all stacks:")).toBeGreaterThan(0);
    expect(at("  error FinOps-TAG1 compute google_compute_instance.vm: has no team tag. Tag it.")).toBeGreaterThan(0);
    expect(lines[at("  warning FinOps-LC1 (2)")]).toBe(`  warning FinOps-LC1 (2): ${FIX}`);
    expect(lines.slice(at("  warning FinOps-LC1 (2)") + 1, at("  warning FinOps-LC1 (2)") + 3)).toEqual([
      "    storage google_storage_bucket.a: stores 200 TiB, more than 100 TiB.",
      "    storage google_storage_bucket.b: stores 150 TiB, more than 100 TiB.",
    ]);
    expect(at("  error")).toBeLessThan(at("  warning"));
  });

  test("ends with the report paths, and no line repeats another", () => {
    expect(lines[lines.length - 1]).toMatch(/^Reports: .*cdktf\.out\/cost-summary\.json and \.md; cdktf\.out\/cost-report\.html$/);
    expect(new Set(lines).size).toBe(lines.length);
  });

  test("without findings there is no findings section; acknowledged findings are counted, not listed", () => {
    expect(renderSynthSummary([report("a", fixed("1"))], [], { outdir: "out" })).not.toContain("Findings");
    const acked = renderSynthSummary([report("a", fixed("1"), [{ ...lc1("x.y", "1"), acknowledged: { reason: "known, FINOPS-1" } }])], [], { outdir: "out" });
    expect(acked).not.toContain("Findings");
    expect(acked).toContain("Acknowledged: 1 finding (FinOps-LC1), listed in the reports");
  });

  test("the common ending keeps at least one sentence of each message", () => {
    expect(commonEnding(["A. Fix.", "B. Fix."])).toEqual(["Fix."]);
    expect(commonEnding(["Fix.", "B. Fix."])).toEqual([]);
    expect(commonEnding(["Only one. Fix."])).toEqual([]);
    expect(commonEnding(["A. X.", "B. Y."])).toEqual([]);
  });
});
