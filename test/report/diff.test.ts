import Decimal from "decimal.js";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { ComponentCost, CostReport, Finding, ResourceCost } from "../../pricing/report";
import { CostDiff, diffReports, matchFindings, pairedName } from "../../report/diff";
import { assertReportInvariants } from "../helpers/invariants";

const testdata = path.join(__dirname, "testdata");

/** A fixture: a single report, or an estimate bundle's reports. Every report is checked against the contract. */
function loadFixture(name: string): CostReport[] {
  const json = JSON.parse(fs.readFileSync(path.join(testdata, name), "utf8"));
  const reports: CostReport[] = json.reports ?? [json];
  reports.forEach(assertReportInvariants);
  return reports;
}

const d = (s: string) => new Decimal(s);
const BOUNDS = ["min", "expected", "max"] as const;

function sumReports(reports: readonly CostReport[]) {
  return Object.fromEntries(BOUNDS.map((k) => [k, reports.reduce((t, r) => t.plus(r.monthlyCost[k]), d("0"))])) as Record<(typeof BOUNDS)[number], Decimal>;
}

describe("diffReports: machine type changed, bucket added, function removed", () => {
  const base = loadFixture("machine-type.base.json");
  const head = loadFixture("machine-type.head.json");
  const diff = diffReports(base, head);
  const resource = (address: string) => diff.stacks[0].resources.find((r) => r.address === address);

  test("the totals are exactly head minus base, bound by bound", () => {
    const b = sumReports(base), h = sumReports(head);
    for (const k of BOUNDS) {
      expect(d(diff.monthlyCost.before[k]).eq(b[k])).toBe(true);
      expect(d(diff.monthlyCost.after[k]).eq(h[k])).toBe(true);
      expect(d(diff.monthlyCost.delta[k]).eq(h[k].minus(b[k]))).toBe(true);
    }
    expect(diff.monthlyCost.delta.expected).toBe("152.7");
    expect(diff.monthlyCost.percent.expected).toBe("65.06");
    expect(diff.stacks[0].monthlyCost.delta.expected).toBe("152.7");
  });

  test("the changed machine shows the bracket that varied, and the quantity and unit-price deltas", () => {
    const api = resource("google_compute_instance.api")!;
    expect(api.change).toBe("changed");
    expect(api.monthlyCost.delta.expected).toBe("138.7");
    expect(api.components).toHaveLength(1); // the boot disk did not change, so it is not listed
    const line = api.components[0];
    expect(line).toMatchObject({
      name: "Instance usage (n2-standard-4 → n2-standard-8)",
      change: "changed",
      baseName: "Instance usage (on-demand, n2-standard-4)",
      headName: "Instance usage (on-demand, n2-standard-8)",
      unitPrice: { before: "0.19", after: "0.38", delta: "0.19" },
      monthlyQuantity: { delta: { min: "0", expected: "0", max: "0" } },
    });
    expect(line.monthlyCost.delta.expected).toBe("138.7");
  });

  test("the added bucket and the removed function carry all their lines", () => {
    const bucket = resource("google_storage_bucket.assets")!;
    expect(bucket.change).toBe("added");
    expect(bucket.monthlyCost.delta.expected).toBe("20");
    expect(bucket.monthlyCost.percent.expected).toBeNull();
    expect(bucket.components.map((c) => [c.name, c.change, c.dependsOnUsage ?? false])).toEqual([
      ["Storage (standard)", "added", false],
      ["Class A operations", "added", true],
    ]);
    const fn = resource("google_cloudfunctions_function.thumbnails")!;
    expect(fn.change).toBe("removed");
    expect(fn.monthlyCost.delta.expected).toBe("-6");
    expect(fn.monthlyCost.percent.expected).toBe("-100");
    expect(fn.components.map((c) => c.monthlyCost.delta.expected)).toEqual(["-4", "-2"]);
  });

  test("unchanged resources are counted, not listed; resources come in address order", () => {
    expect(diff.resourceCounts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(diff.stacks[0].resources.map((r) => r.address)).toEqual([
      "google_cloudfunctions_function.thumbnails",
      "google_compute_instance.api",
      "google_storage_bucket.assets",
    ]);
  });

  test("the cost by category is split exactly", () => {
    expect(diff.categories.map((c) => [c.category, c.monthlyCost.before.expected, c.monthlyCost.after.expected])).toEqual([
      ["storage", "85", "105"],
      ["compute", "149.7", "282.4"],
    ]);
  });
});

describe("diffReports: stacks, ranges, findings and unpriced lines", () => {
  const diff = diffReports(loadFixture("ranges.base.json"), loadFixture("ranges.head.json"));
  const stack = (name: string) => diff.stacks.find((s) => s.stack === name)!;

  test("stacks added or removed entirely count, in name order", () => {
    expect(diff.stacks.map((s) => [s.stack, s.status])).toEqual([["gke", "changed"], ["legacy", "removed"], ["ml", "added"]]);
    expect(diff.stackCounts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    expect(stack("legacy").monthlyCost.delta.expected).toBe("-70.08");
    expect(stack("ml").monthlyCost.percent.expected).toBeNull();
  });

  test("min, expected and max each get their own delta", () => {
    expect(diff.monthlyCost.delta).toEqual({ min: "-248.9297", expected: "-88.3297", max: "1043.1703" });
    const pool = stack("gke").resources.find((r) => r.address === "google_container_node_pool.general")!;
    expect(pool.monthlyCost.delta).toEqual({ min: "0", expected: "0", max: "489.1" });
  });

  test("a resource the head cannot price is removed with the reason, so the drop does not read as a saving", () => {
    const redis = stack("gke").resources.find((r) => r.address === "google_redis_instance.cache")!;
    expect(redis.change).toBe("removed");
    expect(redis.headUnpriced).toEqual([{ component: "Capacity (standard, M2)", reason: expect.stringContaining("no price for google/redis/standard-m2") }]);
    expect(stack("gke").unpriced.map((u) => u.new)).toEqual([true]);
  });

  test("the head's findings are matched to the base's by rule id and address: new, changed (another message) or as they were; the base's others are resolved", () => {
    const gke = stack("gke");
    expect(gke.findings.map((f) => [f.ruleId, f.level, f.new, f.changed ?? false])).toEqual([
      ["FinOps-Budget1", "error", true, false],
      ["FinOps-GKE1", "warning", false, true], // the same finding; its message changed (10 → 15 nodes)
      ["FinOps-SEC1", "warning", false, false],
    ]);
    expect(gke.findings[2].acknowledged).toEqual({ reason: "rotated by the vault sync job every 30 days", expires: "2027-01-01" });
    expect(gke.resolvedFindings).toEqual([]);
    expect(stack("legacy").resolvedFindings.map((f) => f.ruleId)).toEqual(["FinOps-TAG1"]);
    expect(diff.findingCounts).toEqual({ total: 3, new: 1, resolved: 1, errors: 1, newErrors: 1 });
  });

  test("several findings of one rule on one address pair by message first, then in order", () => {
    const f = (message: string) => ({ ruleId: "R", level: "warning" as const, address: "a.b", message });
    const { findings, resolved } = matchFindings([f("x"), f("y"), f("z")], [f("y"), f("w")]);
    expect(findings.map((d) => [d.message, d.new, d.changed ?? false])).toEqual([["w", false, true], ["y", false, false]]);
    expect(resolved.map((d) => d.message)).toEqual(["z"]);
    expect(matchFindings([], [f("y")]).findings[0].new).toBe(true);
  });

  test("findings of budgets across stacks are diffed too, and counted", () => {
    const budget = (message: string) => ({ ruleId: "Budget-platform-total", level: "error" as const, message });
    const d = diffReports([], [], { baseCrossStack: [budget("over by $1")], headCrossStack: [budget("over by $2"), { ruleId: "Budget-cdn", level: "warning", message: "cdn" }] });
    expect(d.crossStackFindings.map((x) => [x.ruleId, x.new, x.changed ?? false, x.stack])).toEqual([
      ["Budget-platform-total", false, true, undefined],
      ["Budget-cdn", true, false, undefined],
    ]);
    expect(d.findingCounts).toEqual({ total: 2, new: 1, resolved: 0, errors: 1, newErrors: 0 });
    expect(diffReports([], [], { baseCrossStack: [budget("x")] }).resolvedCrossStackFindings.map((x) => x.ruleId)).toEqual(["Budget-platform-total"]);
  });

  test("price books are listed per side", () => {
    expect(diff.priceBooks).toEqual({ before: ["aws-compute-2026-07-30", "google-compute-2026-07-30"], after: ["google-compute-2026-11-28"] });
  });
});

describe("matching cost lines", () => {
  const r = { min: "1", expected: "1", max: "1" };
  const line = (name: string, price = "1"): ComponentCost => ({
    name, unit: "hours", unitPrice: price, listUnitPrice: price, monthlyQuantity: r,
    monthlyCost: { min: price, expected: price, max: price }, listMonthlyCost: { min: price, expected: price, max: price }, usageBased: false, priceId: "p",
  });
  const report = (components: ComponentCost[]): CostReport => {
    const total = components.reduce((t, c) => t.plus(c.monthlyCost.expected), d("0")).toFixed();
    const t = { min: total, expected: total, max: total };
    return {
      formatVersion: "1", generator: { name: "costkit", version: "0" }, currency: "USD", priceBooks: [], stack: "s", monthlyCost: t, listMonthlyCost: t,
      resources: [{ address: "a.b", type: "a", provider: "google", region: "r", geo: "EU", category: "compute", tags: {}, monthlyCost: t, listMonthlyCost: t, components }],
      unpriced: [], free: [], findings: [],
    };
  };
  const lines = (diff: CostDiff) => diff.stacks[0].resources[0]?.components.map((c) => [c.name, c.change]) ?? [];

  test("a bracket change pairs only when each side has one unmatched line of that stem", () => {
    expect(lines(diffReports([report([line("Storage (a)")])], [report([line("Storage (b)", "2")])]))).toEqual([["Storage (a → b)", "changed"]]);
    expect(lines(diffReports([report([line("Storage (a)"), line("Storage (b)")])], [report([line("Storage (c)", "2")])]))).toEqual([
      ["Storage (c)", "added"], ["Storage (a)", "removed"], ["Storage (b)", "removed"],
    ]);
    expect(lines(diffReports([report([line("Storage")])], [report([line("Storage (b)", "2")])]))).toEqual([["Storage (b)", "added"], ["Storage", "removed"]]);
  });

  test("only what varied in the bracket is shown", () => {
    expect(pairedName("Instance usage", "on-demand, n2-standard-4", "on-demand, n2-standard-8")).toBe("Instance usage (n2-standard-4 → n2-standard-8)");
    expect(pairedName("Instance usage", "on-demand, n2-standard-4", "spot, n2-standard-8")).toBe("Instance usage (on-demand → spot, n2-standard-4 → n2-standard-8)");
    expect(pairedName("Storage", "standard", "nearline")).toBe("Storage (standard → nearline)");
  });

  test("repeated names match in order; a renamed line at the same price still shows as changed", () => {
    const diff = diffReports([report([line("Egress"), line("Egress", "2")])], [report([line("Egress"), line("Egress", "3")])]);
    expect(diff.stacks[0].resources[0].components.map((c) => c.monthlyCost.delta.expected)).toEqual(["1"]);
    expect(lines(diffReports([report([line("Storage (a)")])], [report([line("Storage (b)")])]))).toEqual([["Storage (a → b)", "changed"]]);
  });

  test("a stack or an address given twice is bad input", () => {
    expect(() => diffReports([report([]), report([])], [])).toThrow(/two reports for stack "s"/);
    const twice = report([line("x")]);
    const dup = { ...twice, resources: [twice.resources[0], twice.resources[0]] };
    expect(() => diffReports([], [dup])).toThrow(/lists resource "a.b" twice/);
  });
});

// --- properties over small random valid reports ----------------------------------------------------------------

const decimalArb = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((n) => new Decimal(n).div(100).toFixed());
const text = (x: Decimal) => (x.isZero() ? "0" : x.toFixed());

const componentArb: fc.Arbitrary<ComponentCost> = fc
  .record({
    name: fc.constantFrom("Instance usage (on-demand, n2-standard-4)", "Instance usage (on-demand, n2-standard-8)", "Storage (pd-ssd)", "Storage (pd-balanced)", "Egress", "Requests"),
    unit: fc.constantFrom("hours", "GiB-months"),
    price: decimalArb(500),
    discount: fc.constantFrom("1", "0.75"),
    q: fc.tuple(decimalArb(100000), decimalArb(100000), decimalArb(100000)).map((t) => t.map((s) => new Decimal(s)).sort((a, b) => a.comparedTo(b))),
  })
  .map(({ name, unit, price, discount, q }) => {
    const list = new Decimal(price), eff = list.times(discount);
    const r = (f: Decimal) => ({ min: text(q[0].times(f)), expected: text(q[1].times(f)), max: text(q[2].times(f)) });
    return {
      name, unit, unitPrice: text(eff), listUnitPrice: text(list), monthlyQuantity: r(new Decimal(1)),
      monthlyCost: r(eff), listMonthlyCost: r(list), usageBased: false, priceId: "p",
    };
  });

function sumOf(rs: { min: string; expected: string; max: string }[]) {
  const s = (k: (typeof BOUNDS)[number]) => text(rs.reduce((t, r) => t.plus(r[k]), new Decimal(0)));
  return { min: s("min"), expected: s("expected"), max: s("max") };
}

const resourceArb = (address: string): fc.Arbitrary<ResourceCost> =>
  fc.record({ components: fc.uniqueArray(componentArb, { minLength: 1, maxLength: 3, selector: (c) => c.name }), category: fc.constantFrom("compute", "storage", "cdn") }).map(({ components, category }) => ({
    address, type: address.split(".")[0], provider: "google", region: "europe-west1", geo: "EU", category: category as ResourceCost["category"], tags: {},
    monthlyCost: sumOf(components.map((c) => c.monthlyCost)), listMonthlyCost: sumOf(components.map((c) => c.listMonthlyCost)), components,
  }));

const findingArb: fc.Arbitrary<Finding> = fc.record({
  ruleId: fc.constantFrom("R1", "R2"), level: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Finding["level"]>,
  address: fc.constantFrom("google_compute_disk.a", "google_compute_instance.b"), message: fc.constantFrom("m1", "m2"),
});

const ADDRESSES = ["google_compute_disk.a", "google_compute_disk.b", "google_compute_instance.b", "google_storage_bucket.c"];

const reportArb = (stack: string): fc.Arbitrary<CostReport> =>
  fc.record({ picked: fc.subarray(ADDRESSES), findings: fc.array(findingArb, { maxLength: 2 }) })
    .chain(({ picked, findings }) => fc.tuple(...picked.map(resourceArb)).map((resources) => ({ resources: resources as ResourceCost[], findings })))
    .map(({ resources, findings }) => ({
      formatVersion: "1" as const, generator: { name: "costkit" as const, version: "0" }, currency: "USD" as const, priceBooks: [], stack,
      monthlyCost: sumOf(resources.map((r) => r.monthlyCost)), listMonthlyCost: sumOf(resources.map((r) => r.listMonthlyCost)),
      resources, unpriced: [], free: [], findings,
    }));

const reportsArb: fc.Arbitrary<CostReport[]> = fc
  .subarray(["app", "data", "web"], { minLength: 1 })
  .chain((stacks) => (stacks.length === 0 ? fc.constant([] as CostReport[]) : fc.tuple(...stacks.map(reportArb)).map((rs) => rs as CostReport[])));

/**
 * A base and a head that overlap: the head's stacks take some of the base's resources as they are (unchanged), some
 * stacks of the base come through whole, and the rest is drawn independently (added, removed or changed).
 */
const pairArb: fc.Arbitrary<[CostReport[], CostReport[]]> = fc
  .tuple(reportsArb, reportsArb, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }))
  .map(([a, b, keep, whole]) => {
    let i = 0;
    const take = () => keep[i++ % keep.length];
    const head: CostReport[] = b.map((hr) => {
      const br = a.find((x) => x.stack === hr.stack);
      if (!br) return hr;
      const byAddress = new Map(hr.resources.map((r) => [r.address, r]));
      for (const r of br.resources) if (take()) byAddress.set(r.address, r);
      const resources = [...byAddress.values()].sort((x, y) => (x.address < y.address ? -1 : 1));
      return { ...hr, resources, monthlyCost: sumOf(resources.map((r) => r.monthlyCost)), listMonthlyCost: sumOf(resources.map((r) => r.listMonthlyCost)) };
    });
    a.forEach((br, j) => {
      if (whole[j] && !head.some((h) => h.stack === br.stack)) head.push(br);
    });
    return [a, head.sort((x, y) => (x.stack < y.stack ? -1 : 1))];
  });

describe("properties", () => {
  test("the generator makes valid reports", () => {
    fc.assert(fc.property(reportsArb, (rs) => rs.forEach(assertReportInvariants)));
  });

  test("diff(a, a) has no change and a zero delta", () => {
    fc.assert(
      fc.property(reportsArb, (a) => {
        const diff = diffReports(a, a);
        expect(diff.stacks.every((s) => s.status === "unchanged" && s.resources.length === 0)).toBe(true);
        for (const k of BOUNDS) expect(diff.monthlyCost.delta[k]).toBe("0");
        expect(diff.resourceCounts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: a.reduce((n, r) => n + r.resources.length, 0) });
        expect(diff.findingCounts.new).toBe(0);
        expect(diff.findingCounts.resolved).toBe(0);
      }),
    );
  });

  test("diff(a, b) totals are the negation of diff(b, a), overall and per stack", () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const ab = diffReports(a, b), ba = diffReports(b, a);
        for (const k of BOUNDS) {
          expect(d(ab.monthlyCost.delta[k]).eq(d(ba.monthlyCost.delta[k]).neg())).toBe(true);
          expect(ab.monthlyCost.before[k]).toBe(ba.monthlyCost.after[k]);
        }
        ab.stacks.forEach((s, i) => {
          for (const k of BOUNDS) expect(d(s.monthlyCost.delta[k]).eq(d(ba.stacks[i].monthlyCost.delta[k]).neg())).toBe(true);
        });
        expect(ab.resourceCounts.added).toBe(ba.resourceCounts.removed);
        expect(ab.resourceCounts.changed).toBe(ba.resourceCounts.changed);
      }),
    );
  });

  test("the delta is exactly head minus base and the sum of the resource deltas", () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffReports(a, b);
        const sa = sumReports(a), sb = sumReports(b);
        for (const k of BOUNDS) {
          expect(d(diff.monthlyCost.delta[k]).eq(sb[k].minus(sa[k]))).toBe(true);
          const fromResources = diff.stacks.flatMap((s) => s.resources).reduce((t, r) => t.plus(r.monthlyCost.delta[k]), d("0"));
          expect(fromResources.eq(d(diff.monthlyCost.delta[k]))).toBe(true);
        }
      }),
    );
  });

  test("every resource of base or head appears exactly once: listed when it differs, counted as unchanged when not", () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffReports(a, b);
        const key = (stack: string, address: string) => `${stack}\u0000${address}`;
        const listed = diff.stacks.flatMap((s) => s.resources.map((r) => key(s.stack, r.address)));
        expect(new Set(listed).size).toBe(listed.length);
        const index = (rs: CostReport[]) => new Map(rs.flatMap((r) => r.resources.map((x) => [key(r.stack, x.address), x] as const)));
        const ia = index(a), ib = index(b);
        const all = new Set([...ia.keys(), ...ib.keys()]);
        // names are unique within a generated resource, so comparing the sorted lines is exact
        const lines = (r: ResourceCost) => r.components.map((c) => JSON.stringify(c)).sort().join("\n");
        const differs = [...all].filter((k) => !ia.has(k) || !ib.has(k) || lines(ia.get(k)!) !== lines(ib.get(k)!));
        expect([...listed].sort()).toEqual(differs.sort());
        const c = diff.resourceCounts;
        expect(c.added + c.removed + c.changed + c.unchanged).toBe(all.size);
      }),
    );
  });
});
