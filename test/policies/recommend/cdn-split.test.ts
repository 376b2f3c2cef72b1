import Decimal from "decimal.js";
import { money, ONE, ZERO } from "../../../pricing/money";
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

function respects(p: Case, shares: Record<string, Record<string, Decimal>>): boolean {
  for (const g of p.geos) {
    if (!p.cdns.reduce((s, c) => s.plus(shares[c][g]), ZERO).eq(ONE)) return false;
    if (p.cdns.some((c) => shares[c][g].lt(p.table[c][g].min) || shares[c][g].gt(p.table[c][g].max))) return false;
  }
  for (const [c, min] of Object.entries(p.minimums)) {
    const spend = p.geos.reduce((t, g) => t.plus(p.rates[c][g].times(p.delivered[g]).times(shares[c][g])), ZERO);
    if (spend.lt(min.minus("0.000001"))) return false; // the split is rounded to 1e-9 of a share
  }
  return true;
}

describe("the CDN split LP (yalps) against a brute-force grid search", () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))("case %i: share bounds only: the LP optimum equals the grid's, and keeps every constraint", (seed) => {
    const p = randomCase(seed, false);
    const lp = optimalSplit(p);
    const grid = bruteForce(p);
    if (grid === undefined) {
      expect(lp).toBeUndefined();
      return;
    }
    expect(lp).toBeDefined();
    expect(respects(p, lp!.shares)).toBe(true);
    // Bounds on the 0.05 grid put every vertex on the grid: the optimum is a grid point, found exactly.
    expect(splitCost(p, lp!.shares).toFixed()).toBe(grid.toFixed());
  });

  test.each(Array.from({ length: 20 }, (_, i) => i + 101))("case %i: with a committed minimum: the LP is at least as cheap as any grid split and keeps every constraint", (seed) => {
    const p = randomCase(seed, true);
    const lp = optimalSplit(p);
    const grid = bruteForce(p);
    if (lp === undefined) {
      expect(grid).toBeUndefined();
      return;
    }
    expect(respects(p, lp.shares)).toBe(true);
    if (grid !== undefined) expect(splitCost(p, lp.shares).lte(grid.plus("0.000001"))).toBe(true);
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
