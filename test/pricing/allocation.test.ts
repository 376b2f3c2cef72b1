import fc from "fast-check";
import * as path from "path";
import { allocateRange, costByTag, ResolvedAllocation, splitAmount, splitRange, UNALLOCATED } from "../../pricing/allocation";
import { Money, ZERO } from "../../pricing/money";
import { flat, line, report, resource } from "../policies/fixtures";
import { expectGolden } from "../helpers/golden";

const sum = (xs: readonly { plus(x: unknown): unknown }[]) => (xs as Money[]).reduce((s, x) => s.plus(x), ZERO);

/** A decimal amount with up to 12 decimals (so some carry digits below the billionth the split rounds to). */
const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 12 })).map(([n, scale]) => new Money(n.toString()).div(new Money(10).pow(scale)));
/** Random shares: 1 to 8 non-negative weights, at least one positive. */
const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }).filter((ws) => ws.some((w) => w > 0)).map((ws) => ws.map((w) => new Money(w)));

describe("splitAmount", () => {
  test("the parts sum exactly to the amount, for random amounts and shares", () => {
    fc.assert(fc.property(amount, weights, (a, ws) => sum(splitAmount(a, ws)).eq(a)), { seed: 14, numRuns: 500 });
  });

  test("every part is within a billionth (plus the sub-billionth rest) of its exact share", () => {
    fc.assert(fc.property(amount, weights, (a, ws) => {
      const total = sum(ws);
      return splitAmount(a, ws).every((p, i) => p.minus(a.times(ws[i]).div(total)).abs().lte(new Money("2e-9")));
    }), { seed: 15, numRuns: 300 });
  });

  test("a zero weight gets nothing; equal weights split a cent deterministically", () => {
    expect(splitAmount(new Money("10"), [new Money(0), new Money(1)]).map((p) => p.toFixed())).toEqual(["0", "10"]);
    // 1 cent in three: 0.003333333 each, the one billionth left over to the first of the tied parts
    expect(splitAmount(new Money("0.01"), [new Money(1), new Money(1), new Money(1)]).map((p) => p.toFixed())).toEqual(["0.003333334", "0.003333333", "0.003333333"]);
  });

  test("ranges split into ordered parts that sum bound by bound", () => {
    const range = fc.tuple(amount, amount, amount).map(([a, b, c]) => ({ min: a.toFixed(), expected: a.plus(b).toFixed(), max: a.plus(b).plus(c).toFixed() }));
    fc.assert(fc.property(range, weights, (r, ws) => {
      const parts = splitRange(r, ws);
      return parts.every((p) => p.min.lte(p.expected) && p.expected.lte(p.max))
        && sum(parts.map((p) => p.min)).eq(r.min) && sum(parts.map((p) => p.expected)).eq(r.expected) && sum(parts.map((p) => p.max)).eq(r.max);
    }), { seed: 16, numRuns: 300 });
  });
});

describe("allocateRange", () => {
  const range = { min: "10", expected: "25.000000001", max: "100" };
  const w = (pairs: [string, number][]) => pairs.map(([f, x]) => [f, new Money(x)] as const);
  const text = (parts: readonly (readonly [string, { min: Money; expected: Money; max: Money }])[]) => parts.map(([f, p]) => `${f} ${p.min.toFixed()} ${p.expected.toFixed()} ${p.max.toFixed()}`);

  test("a line split by two rules gets each rule's parts, however often and in whatever order it is split", () => {
    const a = w([["music", 2], ["podcasts", 1]]), b = w([["music", 1], ["podcasts", 1], ["wrapped", 1]]);
    const expected = (ws: typeof a) => text(ws.map(([f], i) => [f, splitRange(range, ws.map(([, x]) => x))[i]] as const));
    for (let i = 0; i < 2; i++) {
      expect(text(allocateRange(range, { kind: "rule", ruleId: "r1", weights: a }))).toEqual(expected(a));
      expect(text(allocateRange(range, { kind: "rule", ruleId: "r2", weights: b }))).toEqual(expected(b));
      // equal weights in another array (the allocation resolved again) split alike
      expect(text(allocateRange({ ...range }, { kind: "rule", ruleId: "r1", weights: w([["music", 2], ["podcasts", 1]]) }))).toEqual(expected(a));
    }
    expect(text(allocateRange(range, { kind: "rule", ruleId: "r1", weights: w([["music", 1], ["podcasts", 2]]) }))).toEqual(expected(w([["music", 1], ["podcasts", 2]])));
  });

  test("the parts it hands out cannot be changed by a caller", () => {
    const [[, part]] = allocateRange(range, { kind: "rule", ruleId: "r", weights: w([["music", 1]]) });
    expect(() => { (part as { min: Money }).min = ZERO; }).toThrow(TypeError);
  });
});

describe("costByTag", () => {
  const allocation: ResolvedAllocation = {
    features: ["music", "podcasts"],
    rules: [{ id: "cdn", match: { category: "cdn" }, weights: [["music", new Money(3)], ["podcasts", new Money(1)]] }],
  };
  const reports = [
    report("edge", [
      // shared, selected by the rule: 100 → music 75, podcasts 25
      flat("costkit_cdn_contract.audio", "100", { category: "cdn", tags: { team: "delivery" } }),
      // shared, no rule selects it (category storage): unallocated by feature
      flat("google_storage_bucket.shared", "7", { category: "storage", tags: { feature: "shared", team: "storage" } }),
    ]),
    report("apps", [
      // tagged: whole to its feature and team; a range
      resource("google_container_node_pool.api", [line("Node hours", "hours", "2", { min: "10", expected: "20", max: "40" })], { tags: { feature: "podcasts", team: "platform" } }),
      // no tags at all
      flat("google_compute_instance.loose", "3", { tags: {} }),
    ]),
  ];

  test("golden: by feature and team for a small fixture (testdata/by-tag.json)", () => {
    // feature: music 75; podcasts 25 + 20..80 (40 expected) = 45..105 (65); unallocated 7 + 3 = 10
    // team: delivery 100; platform 20..80; storage 7; unallocated 3
    const byTag = costByTag(reports, allocation);
    expectGolden(JSON.stringify(byTag, null, 2) + "\n", path.join(__dirname, "testdata", "by-tag.json"));
    expect(byTag.feature.music).toEqual({ min: "75", expected: "75", max: "75" });
    expect(Object.keys(byTag.feature)).toEqual(["music", "podcasts", UNALLOCATED]);
  });

  test("allocated plus unallocated is the total exactly, for features and teams", () => {
    const byTag = costByTag(reports, allocation);
    for (const map of [byTag.feature, byTag.team]) {
      for (const bound of ["min", "expected", "max"] as const) {
        expect(sum(Object.values(map).map((r) => new Money(r[bound]))).toFixed()).toBe(sum(reports.map((r) => new Money(r.monthlyCost[bound]))).toFixed());
      }
    }
  });

  test("without rules, shared resources are unallocated", () => {
    const byTag = costByTag(reports);
    expect(byTag.feature).toEqual({
      podcasts: { min: "20", expected: "40", max: "80" },
      unallocated: { min: "110", expected: "110", max: "110" },
    });
  });

  test("no cost at all: unallocated 0, never an empty map", () => {
    expect(costByTag([])).toEqual({ feature: { unallocated: { min: "0", expected: "0", max: "0" } }, team: { unallocated: { min: "0", expected: "0", max: "0" } } });
  });
});
