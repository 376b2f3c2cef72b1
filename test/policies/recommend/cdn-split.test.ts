import Decimal from "decimal.js";
import { money, ONE, ZERO } from "../../../pricing/money";
import { Tier, tieredCost } from "../../../pricing/tiers";
import { optimalSplit, SplitProblem, splitCost } from "../../../policies/recommend/cdn-split";

/** A small deterministic generator (mulberry32): the cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEP = 20; // grid of shares in steps of 1/20 = 0.05

interface Case extends SplitProblem {
  readonly table: Record<string, Record<string, { min: Decimal; max: Decimal }>>;
}

/** A random problem with 3 CDNs and 2 geos, share bounds on the 0.05 grid, rates in tenths of a cent. */
function randomCase(seed: number, withMinimums: boolean): Case {
  const rnd = random(seed);
  const cdns = ["a", "b", "c"], geos = ["NA", "EU"];
  const delivered = Object.fromEntries(geos.map((g) => [g, money(1000 + Math.floor(rnd() * 9000))]));
  const rates = Object.fromEntries(cdns.map((c) => [c, Object.fromEntries(geos.map((g) => [g, money(10 + Math.floor(rnd() * 40)).div(1000)]))]));
  const table: Case["table"] = {};
  for (const c of cdns) {
    table[c] = {};
    for (const g of geos) {
      const lo = Math.floor(rnd() * 6); // 0 .. 0.25
      const hi = Math.max(lo, 10 + Math.floor(rnd() * 11)); // 0.5 .. 1
      table[c][g] = { min: money(lo).div(STEP), max: money(hi).div(STEP) };
    }
  }
  const minimums: Record<string, Decimal> = withMinimums ? { a: money(20 + Math.floor(rnd() * 60)) } : {};
  return { cdns, geos, delivered, rates, bounds: (c, g) => table[c][g], minimums, table };
}

/** Every split on the grid that keeps the constraints, and the cheapest one's cost (exact). */
function bruteForce(p: Case): Decimal | undefined {
  const perGeo = (g: string) => {
    const out: Record<string, Decimal>[] = [];
    for (let i = 0; i <= STEP; i++) {
      for (let j = 0; i + j <= STEP; j++) {
        const s = { a: money(i).div(STEP), b: money(j).div(STEP), c: money(STEP - i - j).div(STEP) };
        if (p.cdns.every((c) => s[c as "a"].gte(p.table[c][g].min) && s[c as "a"].lte(p.table[c][g].max))) out.push(s);
      }
    }
    return out;
  };
  const [na, eu] = [perGeo("NA"), perGeo("EU")];
  let best: Decimal | undefined;
  for (const x of na) {
    for (const y of eu) {
      const shares = Object.fromEntries(p.cdns.map((c) => [c, { NA: x[c], EU: y[c] }]));
      if (!respects(p, shares)) continue;
      const cost = splitCost(p, shares);
      if (best === undefined || cost.lt(best)) best = cost;
    }
  }
  return best;
}

/**
 * The same with volume tiers on every CDN and geo: 2 or 3 tiers starting on the grid (a multiple of D[g] ÷ 20, so that
 * every vertex of every piece stays on the grid), usually each cheaper than the one before (volume discounts: a
 * concave cost), sometimes dearer (convex).
 */
function randomTieredCase(seed: number, withMinimums: boolean): Case {
  const base = randomCase(seed, withMinimums);
  const rnd = random(seed * 7919);
  const tiers: Record<string, Record<string, Tier[]>> = {};
  for (const c of base.cdns) {
    tiers[c] = {};
    for (const g of base.geos) {
      const d = base.delivered[g];
      const first = 2 + Math.floor(rnd() * 8); // tier 2 starts at 0.1 .. 0.45 of D[g]
      const starts = [0, first, ...(rnd() < 0.5 ? [first + 2 + Math.floor(rnd() * 8)] : [])];
      let price = base.rates[c][g];
      tiers[c][g] = starts.map((m, k) => {
        if (k > 0) price = rnd() < 0.8 ? price.times(5 + Math.floor(rnd() * 4)).div(10) : price.times(11 + Math.floor(rnd() * 5)).div(10);
        return { start: d.times(m).div(STEP), price };
      });
    }
  }
  return { ...base, tiers };
}

function respects(p: Case, shares: Record<string, Record<string, Decimal>>): boolean {
  for (const g of p.geos) {
    if (!p.cdns.reduce((s, c) => s.plus(shares[c][g]), ZERO).eq(ONE)) return false;
    if (p.cdns.some((c) => shares[c][g].lt(p.table[c][g].min) || shares[c][g].gt(p.table[c][g].max))) return false;
  }
  for (const [c, min] of Object.entries(p.minimums)) {
    const spend = p.geos.reduce((t, g) => t.plus(tieredCost(p.delivered[g].times(shares[c][g]), p.tiers?.[c]?.[g] ?? [{ start: ZERO, price: p.rates[c][g] }])), ZERO);
    if (spend.lt(min.minus("0.000001"))) return false; // the split is rounded to 1e-9 of a share
  }
  return true;
}

/**
 * Bounds (and tier starts) on the 0.05 grid put every vertex of every piece on the grid: the optimum is a grid point,
 * so the solver's split must cost exactly the grid's best and keep every constraint.
 */
function expectGridOptimum(p: Case): void {
  const lp = optimalSplit(p);
  const grid = bruteForce(p);
  if (grid === undefined) {
    expect(lp).toBeUndefined();
    return;
  }
  expect(lp).toBeDefined();
  expect(respects(p, lp!.shares)).toBe(true);
  expect(splitCost(p, lp!.shares).toFixed()).toBe(grid.toFixed());
}

/** With a committed minimum the optimum may lie off the grid: at least as cheap as any grid split, every constraint kept. */
function expectNoDearerThanGrid(p: Case): void {
  const lp = optimalSplit(p);
  const grid = bruteForce(p);
  if (lp === undefined) {
    expect(grid).toBeUndefined();
    return;
  }
  expect(respects(p, lp.shares)).toBe(true);
  if (grid !== undefined) expect(splitCost(p, lp.shares).lte(grid.plus("0.000001"))).toBe(true);
}

describe("the CDN split LP (yalps) against a brute-force grid search", () => {
  const seeds = (n: number, from: number) => Array.from({ length: n }, (_, i) => i + from);
  test.each(seeds(40, 1))("case %i: share bounds only: the LP optimum equals the grid's, and keeps every constraint", (seed) => expectGridOptimum(randomCase(seed, false)));
  test.each(seeds(20, 101))("case %i: with a committed minimum: the LP is at least as cheap as any grid split and keeps every constraint", (seed) => expectNoDearerThanGrid(randomCase(seed, true)));
  test.each(seeds(20, 201))("case %i: tiered prices (volume discounts, concave): the MILP optimum equals the grid's, and keeps every constraint", (seed) => expectGridOptimum(randomTieredCase(seed, false)));
  test.each(seeds(8, 301))("case %i: tiered prices with a committed minimum: at least as cheap as any grid split, every constraint kept", (seed) => expectNoDearerThanGrid(randomTieredCase(seed, true)));

  test("a volume discount the first-tier LP would miss: filling one CDN's cheap second tier beats the flat-rate optimum", () => {
    // 2,000 GB; a: 0.05 for the first 500 GB, then 0.01; b: 0.03 flat. First-tier rates say all to b (60); the tiers
    // say all to a: 500 × 0.05 + 1,500 × 0.01 = 40.
    const p: SplitProblem = {
      cdns: ["a", "b"], geos: ["NA"], delivered: { NA: money(2000) },
      rates: { a: { NA: money("0.05") }, b: { NA: money("0.03") } },
      tiers: { a: { NA: [{ start: ZERO, price: money("0.05") }, { start: money(500), price: money("0.01") }] } },
      bounds: () => ({ min: ZERO, max: ONE }),
      minimums: {},
    };
    const s = optimalSplit(p)!;
    expect(s.shares.a.NA.toFixed()).toBe("1");
    expect(splitCost(p, s.shares).toFixed()).toBe("40");
    // half and half: a 25 + 5, b 30
    expect(splitCost(p, { a: { NA: money("0.5") }, b: { NA: money("0.5") } }).toFixed()).toBe("60");
  });

  test("names the binding constraints: the cheap CDN at its maximum, the other at its minimum", () => {
    const p: SplitProblem = {
      cdns: ["cheap", "dear"], geos: ["NA"], delivered: { NA: money(1000) },
      rates: { cheap: { NA: money("0.01") }, dear: { NA: money("0.03") } },
      bounds: (c) => (c === "cheap" ? { min: ZERO, max: money("0.8") } : { min: money("0.2"), max: ONE }),
      minimums: {},
    };
    const s = optimalSplit(p)!;
    expect(s.shares.cheap.NA.toFixed()).toBe("0.8");
    expect(s.shares.dear.NA.toFixed()).toBe("0.2");
    expect(s.binding).toEqual(["cheap share in NA ≤ 0.8", "dear share in NA ≥ 0.2"]);
  });

  test("infeasible constraints give no split", () => {
    const p: SplitProblem = {
      cdns: ["a", "b"], geos: ["NA"], delivered: { NA: money(1000) },
      rates: { a: { NA: money("0.01") }, b: { NA: money("0.02") } },
      bounds: () => ({ min: ZERO, max: money("0.4") }),
      minimums: {},
    };
    expect(optimalSplit(p)).toBeUndefined();
  });
});
