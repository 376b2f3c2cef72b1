/**
 * A tiny app for `costkit scenarios` tests: its drivers come from scenarioDrivers() like the reference app's, and it
 * writes what a synth with costkit writes (manifest.json, one stack's cost-report.json) without cdktf, in a second.
 * Its one resource costs $0.10 per user a month (expected), from $0.05 to $0.20.
 */
import * as fs from "fs";
import * as path from "path";
import { scenarioDrivers } from "../../../../constructs/scenario";
import { Money } from "../../../../pricing/money";

const { drivers } = scenarioDrivers({
  defaults: { usersByGeo: { NA: 1000, EU: 3000 }, cdnSplit: { a: 0.5, b: 0.5 }, perUser: "0.10" },
  shareMaps: ["cdnSplit"],
  fractions: ["cdnSplit.*"],
});
const outdir = process.env.CDKTF_OUTDIR ?? "cdktf.out";
const users = (["NA", "EU"] as const).map((g) => [g, drivers.usersByGeo[g]] as const);
const line = (geo: string, n: number) => {
  const expected = new Money(n).times(drivers.perUser);
  const r = { min: expected.div(2).toFixed(), expected: expected.toFixed(), max: expected.times(2).toFixed() };
  return { name: `Delivery (${geo})`, unit: "users", unitPrice: drivers.perUser, listUnitPrice: drivers.perUser, monthlyQuantity: { min: String(n), expected: String(n), max: String(n) }, monthlyCost: r, listMonthlyCost: r, usageBased: true, priceId: "x/delivery@global", geo };
};
const components = users.map(([g, n]) => line(g, n));
const sum = (k: "min" | "expected" | "max") => components.reduce((s, c) => s.plus(c.monthlyCost[k]), new Money(0)).toFixed();
const total = { min: sum("min"), expected: sum("expected"), max: sum("max") };
const report = {
  formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD", priceBooks: [], stack: "main",
  monthlyCost: total, listMonthlyCost: total,
  resources: [{ address: "x_delivery.all", type: "x_delivery", provider: "x", region: null, geo: null, category: "cdn", tags: {}, monthlyCost: total, listMonthlyCost: total, components }],
  unpriced: [], free: [], findings: [],
  drivers: Object.fromEntries(users.map(([g, n]) => [`monthlyActiveUsers.${g}`, String(n)])),
};
fs.mkdirSync(path.join(outdir, "stacks", "main"), { recursive: true });
fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ stacks: { main: { workingDirectory: "stacks/main" } } }));
fs.writeFileSync(path.join(outdir, "stacks", "main", "cost-report.json"), JSON.stringify(report));
