import Decimal from "decimal.js";
import { solve } from "yalps";
import { money, ONE, ZERO } from "../../pricing/money";

/**
 * The cheapest traffic split across CDNs, per viewer geo, as a linear program (solved with yalps, in floats):
 *
 *   variables  s[c][g]  share of geo g's delivered GB that CDN c carries
 *   minimise   Σ rate[c][g] × delivered[g] × s[c][g]
 *   subject to Σ_c s[c][g] = 1 for every geo; min[c][g] ≤ s[c][g] ≤ max[c][g];
 *              Σ_g rate[c][g] × delivered[g] × s[c][g] ≥ minimum[c] (a committed minimum spend is used, not wasted)
 *
 * The solver finds the optimal vertex; its shares are then made exact decimals (rounded to 1e-9, each geo's shares
 * summing to exactly 1, every bound kept) so that the engine can price the split exactly.
 */
export interface SplitProblem {
  readonly cdns: readonly string[];
  readonly geos: readonly string[];
  readonly delivered: Readonly<Record<string, Decimal>>;
  /** USD per GB, by CDN then geo. */
  readonly rates: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  readonly bounds: (cdn: string, geo: string) => { min: Decimal; max: Decimal };
  readonly minimums: Readonly<Record<string, Decimal>>;
}

export interface SplitSolution {
  /** Shares by CDN then geo, exact decimals; each geo's sum to 1. */
  readonly shares: Record<string, Record<string, Decimal>>;
  /** The constraints the optimum sits on: `fastly share in NA ≥ 0.2`, `akamai minimum spend ≥ 100000 USD`. */
  readonly binding: string[];
}

const SHARE_PLACES = 9;
const TIGHT = 1e-7;

/** The optimal split, or undefined when the constraints leave no feasible split. */
export function optimalSplit(p: SplitProblem): SplitSolution | undefined {
  const v = (c: string, g: string) => `${c}|${g}`;
  const constraints = new Map<string, { equal?: number; min?: number; max?: number }>();
  const variables = new Map<string, Map<string, number>>();
  for (const g of p.geos) constraints.set(`geo|${g}`, { equal: 1 });
  for (const c of p.cdns) {
    const min = p.minimums[c];
    if (min && min.gt(0)) constraints.set(`minimum|${c}`, { min: min.toNumber() });
    for (const g of p.geos) {
      const b = p.bounds(c, g);
      constraints.set(`bound|${c}|${g}`, { min: b.min.toNumber(), max: b.max.toNumber() });
      const cost = p.rates[c][g].times(p.delivered[g]).toNumber();
      variables.set(v(c, g), new Map([["cost", cost], [`geo|${g}`, 1], [`bound|${c}|${g}`, 1], ...(min && min.gt(0) ? [[`minimum|${c}`, cost] as [string, number]] : [])]));
    }
  }
  const solution = solve({ direction: "minimize", objective: "cost", constraints, variables });
  if (solution.status !== "optimal") return undefined;
  const found = new Map(solution.variables);
  const shares: Record<string, Record<string, Decimal>> = Object.fromEntries(p.cdns.map((c) => [c, {}]));
  for (const g of p.geos) {
    for (const c of p.cdns) {
      const b = p.bounds(c, g);
      const s = money((found.get(v(c, g)) ?? 0).toFixed(SHARE_PLACES));
      shares[c][g] = Decimal.min(b.max, Decimal.max(b.min, s));
    }
    // The rounding remainder goes to the CDNs with room for it, largest share first, so each geo sums to exactly 1.
    let rest = ONE.minus(p.cdns.reduce((s, c) => s.plus(shares[c][g]), ZERO));
    for (const c of [...p.cdns].sort((a, b) => shares[b][g].cmp(shares[a][g]) || (a < b ? -1 : 1))) {
      if (rest.isZero()) break;
      const b = p.bounds(c, g);
      const next = Decimal.min(b.max, Decimal.max(b.min, shares[c][g].plus(rest)));
      rest = rest.minus(next.minus(shares[c][g]));
      shares[c][g] = next;
    }
    if (!rest.isZero()) return undefined;
  }
  const binding: string[] = [];
  for (const c of p.cdns) {
    for (const g of p.geos) {
      const b = p.bounds(c, g), s = shares[c][g];
      if (b.min.gt(0) && s.minus(b.min).abs().lt(TIGHT)) binding.push(`${c} share in ${g} ≥ ${b.min.toFixed()}`);
      if (b.max.lt(1) && s.minus(b.max).abs().lt(TIGHT)) binding.push(`${c} share in ${g} ≤ ${b.max.toFixed()}`);
    }
    const min = p.minimums[c];
    if (min && min.gt(0)) {
      const spend = p.geos.reduce((t, g) => t.plus(p.rates[c][g].times(p.delivered[g]).times(shares[c][g])), ZERO);
      if (spend.minus(min).abs().lte(min.times(TIGHT))) binding.push(`${c} committed minimum ${min.toFixed()} USD a month`);
    }
  }
  return { shares, binding };
}

/** The cost of a split at the problem's rates, exact (for tests and the report). */
export function splitCost(p: SplitProblem, shares: Readonly<Record<string, Readonly<Record<string, Decimal>>>>): Decimal {
  let total = ZERO;
  for (const c of p.cdns) for (const g of p.geos) total = total.plus(p.rates[c][g].times(p.delivered[g]).times(shares[c][g]));
  return total;
}
