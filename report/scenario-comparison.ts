import { decimalText, Money } from "../pricing/money";
import { RangeJson } from "../pricing/range";
import { BudgetHeader, BudgetOutcome, CostReport } from "../pricing/report";
import { COSTKIT_VERSION } from "../pricing/version";
import { byString } from "../pricing/compare";
import { summarize, UnitMetric } from "./summary";

/**
 * comparison.json of `costkit scenarios`: the baseline and each scenario side by side, each as its cost summary has it
 * (total, by category, provider and geo, unit metrics), with its delta to the baseline and the budgets it breaks. Every
 * figure is computed here from the stacks' reports, exactly: a scenario's figures are the sums of its reports, a
 * delta is the scenario's figure less the baseline's (a key one side lacks counts as 0 there).
 */
export interface ScenarioComparison {
  readonly formatVersion: "1";
  readonly generator: { readonly name: "costkit"; readonly version: string };
  readonly currency: "USD";
  /** The name of the scenario the deltas are taken against (the app's own drivers). */
  readonly baseline: string;
  /** The budgets each scenario was held to (`--budgets`), in file order. */
  readonly budgets: readonly BudgetHeader[];
  /** The baseline first, then the scenarios in name order. */
  readonly scenarios: readonly ScenarioResult[];
}

export interface ScenarioResult {
  readonly name: string;
  readonly description: string;
  /** The scenario file (none for the baseline). */
  readonly file?: string;
  /** What the file changes, as written (numbers as exact decimal text), and the source of each figure. */
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly sources: Readonly<Record<string, string>>;
  /** The drivers the reports record (users, listening hours, GB delivered by geo), as the summary has them. */
  readonly drivers: Readonly<Record<string, string>>;
  readonly monthlyCost: RangeJson;
  readonly listMonthlyCost: RangeJson;
  readonly byCategory: Readonly<Record<string, RangeJson>>;
  readonly byProvider: Readonly<Record<string, RangeJson>>;
  readonly byGeo: Readonly<Record<string, RangeJson>>;
  readonly unitMetrics: readonly UnitMetric[];
  readonly unpricedCount: number;
  readonly delta: ScenarioDelta;
  /** Each budget of `budgets`: within its limit, or exceeded (at the budget's level, with the finding's message). */
  readonly budgets: readonly BudgetOutcome[];
}

export interface ScenarioDelta {
  readonly monthlyCost: RangeJson;
  readonly byCategory: Readonly<Record<string, RangeJson>>;
  readonly byProvider: Readonly<Record<string, RangeJson>>;
  readonly byGeo: Readonly<Record<string, RangeJson>>;
  /** Unit metrics both sides have (same id and scope): the scenario's less the baseline's. */
  readonly unitMetrics: readonly { readonly id: string; readonly scope: string; readonly monthlyCost: RangeJson }[];
}

/** One synthesized scenario: what it is and the reports of its stacks. */
export interface ScenarioRun {
  readonly name: string;
  readonly description: string;
  readonly file?: string;
  readonly overrides?: Readonly<Record<string, unknown>>;
  readonly sources?: Readonly<Record<string, string>>;
  readonly reports: readonly CostReport[];
  /** The budgets held to this run's reports (policies/budget-outcomes.ts), in the order of `ScenarioComparison.budgets`. */
  readonly budgets?: readonly BudgetOutcome[];
}


const ZERO_JSON: RangeJson = { min: "0", expected: "0", max: "0" };

/** b − a, bound by bound. */
export function rangeDelta(a: RangeJson | undefined, b: RangeJson | undefined): RangeJson {
  const x = a ?? ZERO_JSON, y = b ?? ZERO_JSON;
  return {
    min: decimalText(new Money(y.min).minus(x.min)),
    expected: decimalText(new Money(y.expected).minus(x.expected)),
    max: decimalText(new Money(y.max).minus(x.max)),
  };
}

function mapDelta(a: Readonly<Record<string, RangeJson>>, b: Readonly<Record<string, RangeJson>>): Record<string, RangeJson> {
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  return Object.fromEntries(keys.map((k) => [k, rangeDelta(a[k], b[k])]));
}

/** The comparison of the baseline (`runs[0]`) and the scenarios (the rest), held to `budgets`. */
export function compareScenarios(runs: readonly ScenarioRun[], budgets: readonly BudgetHeader[] = []): ScenarioComparison {
  if (runs.length === 0) throw new Error("compareScenarios needs the baseline run");
  const [base, ...rest] = runs;
  const ordered = [base, ...[...rest].sort((a, b) => byString(a.name, b.name))];
  const summaries = ordered.map((r) => summarize(r.reports));
  const baseSummary = summaries[0];
  const scenarios = ordered.map((run, i): ScenarioResult => {
    const s = summaries[i];
    const unitDelta = s.unitMetrics.flatMap((m) => {
      const b = baseSummary.unitMetrics.find((x) => x.id === m.id && x.scope === m.scope);
      return b ? [{ id: m.id, scope: m.scope, monthlyCost: rangeDelta(b.monthlyCost, m.monthlyCost) }] : [];
    });
    return {
      name: run.name,
      description: run.description,
      ...(run.file !== undefined ? { file: run.file } : {}),
      overrides: run.overrides ?? {},
      sources: run.sources ?? {},
      drivers: s.drivers,
      monthlyCost: s.monthlyCost,
      listMonthlyCost: s.listMonthlyCost,
      byCategory: s.byCategory,
      byProvider: s.byProvider,
      byGeo: s.byGeo,
      unitMetrics: s.unitMetrics,
      unpricedCount: s.unpricedCount,
      delta: {
        monthlyCost: rangeDelta(baseSummary.monthlyCost, s.monthlyCost),
        byCategory: mapDelta(baseSummary.byCategory, s.byCategory),
        byProvider: mapDelta(baseSummary.byProvider, s.byProvider),
        byGeo: mapDelta(baseSummary.byGeo, s.byGeo),
        unitMetrics: unitDelta,
      },
      budgets: run.budgets ?? [],
    };
  });
  return {
    formatVersion: "1",
    generator: { name: "costkit", version: COSTKIT_VERSION },
    currency: "USD",
    baseline: base.name,
    budgets,
    scenarios,
  };
}
