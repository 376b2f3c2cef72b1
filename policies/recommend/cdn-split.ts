import Decimal from "decimal.js";
import { solve } from "yalps";
import { money, ONE, ZERO } from "../../pricing/money";
import { Tier, tieredCost } from "../../pricing/tiers";

/**
 * The cheapest traffic split across CDNs, per viewer geo (solved with yalps, in floats):
 *
 *   variables  s[c][g]     share of geo g's delivered GB D[g] that CDN c carries
 *              x[c][g][k]  the part of D[g] that CDN c delivers in g within volume tier k of its price (as a share
 *                          of D[g]); Σ_k x[c][g][k] = s[c][g]
 *   minimise   Σ price[c][g][k] × D[g] × x[c][g][k]
 *   subject to Σ_c s[c][g] = 1 for every geo; min[c][g] ≤ s[c][g] ≤ max[c][g];
 *              x[c][g][k] ≤ width of tier k ÷ D[g];
 *              Σ_g,k price × D[g] × x ≥ minimum[c] (a committed minimum spend is used, not wasted)
 *
 * Tiers apply to what one CDN delivers in one geo, as the engine prices a contract item. When every later tier costs
 * the same or more (convex cost) that is a linear program: the solver fills the cheaper tier first by itself. Volume
 * discounts make the later tiers cheaper and the cost concave, which a linear program cannot minimise (it would use a
 * cheap later tier before the dear first one); then each later tier k gets a binary y[c][g][k] ("tier k is reached")
 * with x[k] ≤ (its width ÷ D[g]) × y[k] and x[k−1] ≥ (the width of tier k−1 ÷ D[g]) × y[k]: a tier is used only once
 * the one before it is full, so the mixed-integer program's cost is the tiered cost exactly, and branch and bound
 * (yalps, tolerance 0) finds its optimum. Tiers that start beyond D[g] can never be reached and are left out.
 *
 * The solver finds the optimal vertex; its shares are then made exact decimals (rounded to 1e-9, each geo's shares
 * summing to exactly 1, every bound kept) so that the engine can price the split exactly.
 */
export interface SplitProblem {
  readonly cdns: readonly string[];
  readonly geos: readonly string[];
  readonly delivered: Readonly<Record<string, Decimal>>;
  /** USD per GB, by CDN then geo: the flat rate, or the first tier's price when `tiers` gives the card. */
  readonly rates: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  /** Volume tiers of the per-GB price (effective prices, the first starting at 0), by CDN then geo; a CDN and geo
   *  without an entry pays its flat `rates`. */
  readonly tiers?: Readonly<Record<string, Readonly<Record<string, readonly Tier[]>>>>;
  readonly bounds: (cdn: string, geo: string) => { min: Decimal; max: Decimal };
  readonly minimums: Readonly<Record<string, Decimal>>;
}

export interface SplitSolution {
  /** Shares by CDN then geo, exact decimals; each geo's sum to 1. */
  readonly shares: Record<string, Record<string, Decimal>>;
  /** The constraints the optimum sits on: `fastly share in NA ≥ 0.2`, `akamai minimum spend ≥ 100000 USD`. */
  readonly binding: string[];
}

/** The price card of a CDN in a geo: its tiers, else its flat rate as one tier. */
function cardOf(p: SplitProblem, c: string, g: string): readonly Tier[] {
  return p.tiers?.[c]?.[g] ?? [{ start: ZERO, price: p.rates[c][g] }];
}

const SHARE_PLACES = 9;
const TIGHT = 1e-7;

/** The optimal split, or undefined when the constraints leave no feasible split. */
export function optimalSplit(p: SplitProblem): SplitSolution | undefined {
  const v = (c: string, g: string) => `${c}|${g}`;
  const constraints = new Map<string, { equal?: number; min?: number; max?: number }>();
  const variables = new Map<string, Map<string, number>>();
  const binaries: string[] = [];
  for (const g of p.geos) constraints.set(`geo|${g}`, { equal: 1 });
  for (const c of p.cdns) {
    const min = p.minimums[c];
    const hasMin = min !== undefined && min.gt(0);
    if (hasMin) constraints.set(`minimum|${c}`, { min: min.toNumber() });
    for (const g of p.geos) {
      const b = p.bounds(c, g);
      const link = `link|${c}|${g}`;
      constraints.set(`bound|${c}|${g}`, { min: b.min.toNumber(), max: b.max.toNumber() });
      constraints.set(link, { equal: 0 });
      variables.set(v(c, g), new Map([[`geo|${g}`, 1], [`bound|${c}|${g}`, 1], [link, -1]]));
      const d = p.delivered[g];
      // the tiers a share of D[g] can reach (all of D[g] at most), with their widths as shares of D[g]
      const card = cardOf(p, c, g).filter((t, k) => k === 0 || t.start.lt(d));
      const width = (k: number) => (k + 1 < card.length ? card[k + 1].start.minus(card[k].start).div(d).toNumber() : 1);
      const concave = card.some((t, k) => k > 0 && t.price.lt(card[k - 1].price));
      card.forEach((t, k) => {
        const x = `${v(c, g)}|tier${k}`;
        const cost = t.price.times(d).toNumber();
        const coefficients = new Map<string, number>([["cost", cost], [link, 1]]);
        if (hasMin) coefficients.set(`minimum|${c}`, cost);
        if (k + 1 < card.length) {
          constraints.set(`width|${x}`, { max: width(k) });
          coefficients.set(`width|${x}`, 1);
        }
        if (concave && k > 0) {
          const y = `${x}|reached`;
          binaries.push(y);
          // x[k] ≤ width[k] × y[k]; x[k−1] ≥ width[k−1] × y[k]
          constraints.set(`use|${x}`, { max: 0 });
          coefficients.set(`use|${x}`, 1);
          constraints.set(`fill|${x}`, { min: 0 });
          variables.get(`${v(c, g)}|tier${k - 1}`)!.set(`fill|${x}`, 1);
          variables.set(y, new Map([[`use|${x}`, -width(k)], [`fill|${x}`, -width(k - 1)]]));
        }
        variables.set(x, coefficients);
      });
    }
  }
  const solution = solve({ direction: "minimize", objective: "cost", constraints, variables, ...(binaries.length ? { binaries } : {}) });
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
      const spend = p.geos.reduce((t, g) => t.plus(tieredCost(p.delivered[g].times(shares[c][g]), cardOf(p, c, g))), ZERO);
      if (spend.minus(min).abs().lte(min.times(TIGHT))) binding.push(`${c} committed minimum ${min.toFixed()} USD a month`);
    }
  }
  return { shares, binding };
}

/** The cost of a split at the problem's rates and tiers, exact (for tests and the report). */
export function splitCost(p: SplitProblem, shares: Readonly<Record<string, Readonly<Record<string, Decimal>>>>): Decimal {
  let total = ZERO;
  for (const c of p.cdns) for (const g of p.geos) total = total.plus(tieredCost(p.delivered[g].times(shares[c][g]), cardOf(p, c, g)));
  return total;
}
