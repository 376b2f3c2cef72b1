import { BudgetHeader, BudgetOutcome, CostReport } from "../pricing/report";
import { AllocationRules } from "./allocation";
import { Budget, describeScope, evaluateBudgets } from "./budgets";
import { budgetOptions } from "./check-stacks";

/**
 * Every budget held to the reports, in budget order (acknowledgements do not apply: this is a what-if). Budgets scoped
 * by `tag.feature` hold the allocated cost when allocation rules are given, as at synth and in `costkit check`.
 */
export function budgetOutcomes(budgets: readonly Budget[], reports: readonly CostReport[], allocation?: AllocationRules): BudgetOutcome[] {
  const findings = evaluateBudgets(budgets, reports, budgetOptions(budgets, reports, allocation ? { allocation } : {}));
  return budgets.map((b) => {
    const f = findings.find((x) => x.ruleId === `Budget-${b.id}` && x.level !== "info");
    return f ? { id: b.id, status: "exceeded", level: f.level === "error" ? "error" : "warning", message: f.message } : { id: b.id, status: "ok" };
  });
}

export function budgetHeaders(budgets: readonly Budget[]): BudgetHeader[] {
  return budgets.map((b) => ({
    id: b.id,
    scope: describeScope(b.scope),
    limit: b.monthly !== undefined ? b.monthly : `${b.perUnit!.max} per ${b.perUnit!.driver}`,
    level: b.level ?? "error",
    basis: b.basis ?? "expected",
  }));
}
