import Decimal from "decimal.js";
import { Category } from "../../pricing/categories";
import { Geo } from "../../pricing/geo";
import { ComponentCost, CostReport, ResourceCost, UnpricedEntry } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";

/**
 * Hand-built cost reports for policy tests. Builders compute every cost from quantity × unit price and sum them, so a
 * fixture is valid by construction (each report is checked with assertReportInvariants).
 */

type Q = string | { min: string; expected: string; max: string };
const rq = (q: Q) => (typeof q === "string" ? { min: q, expected: q, max: q } : q);
const t = (d: Decimal) => (d.isZero() ? "0" : d.toFixed());
const times = (q: { min: string; expected: string; max: string }, p: string) => ({
  min: t(new Decimal(q.min).times(p)), expected: t(new Decimal(q.expected).times(p)), max: t(new Decimal(q.max).times(p)),
});

/** The structured fields pricers set on some lines (purchase option, machine type, storage class). */
type LineFields = Pick<ComponentCost, "purchaseOption" | "machineType" | "storageClass" | "fromLifecycle">;

export function line(name: string, unit: string, unitPrice: string, quantity: Q, opts: { geo?: Geo; adjustments?: string[]; listUnitPrice?: string; fields?: LineFields } = {}): ComponentCost {
  const q = rq(quantity);
  const list = opts.listUnitPrice ?? unitPrice;
  return {
    name, unit, unitPrice, listUnitPrice: list,
    monthlyQuantity: q, monthlyCost: times(q, unitPrice), listMonthlyCost: times(q, list),
    usageBased: false, priceId: `test/${name}@region`,
    ...(opts.geo ? { geo: opts.geo } : {}),
    ...(opts.adjustments ? { adjustments: opts.adjustments } : {}),
    ...(opts.fields ?? {}),
  };
}

function sum(rs: { min: string; expected: string; max: string }[]) {
  const z = new Decimal(0);
  return {
    min: t(rs.reduce((s, r) => s.plus(r.min), z)),
    expected: t(rs.reduce((s, r) => s.plus(r.expected), z)),
    max: t(rs.reduce((s, r) => s.plus(r.max), z)),
  };
}

export interface ResourceOpts {
  provider?: string;
  region?: string | null;
  geo?: Geo | null;
  category?: Category;
  tags?: Record<string, string>;
  usage?: Record<string, unknown>;
}

export function resource(address: string, components: ComponentCost[], opts: ResourceOpts = {}): ResourceCost {
  const type = address.split(".")[0];
  return {
    address, type,
    provider: opts.provider ?? type.split("_")[0],
    region: opts.region === undefined ? "europe-west1" : opts.region,
    geo: opts.geo === undefined ? "EU" : opts.geo,
    category: opts.category ?? "compute",
    tags: opts.tags ?? { feature: "streaming", team: "platform" },
    monthlyCost: sum(components.map((c) => c.monthlyCost)),
    listMonthlyCost: sum(components.map((c) => c.listMonthlyCost)),
    components,
    ...(opts.usage ? { usage: opts.usage } : {}),
  };
}

export function report(stack: string, resources: ResourceCost[], opts: { unpriced?: UnpricedEntry[]; drivers?: Record<string, string> } = {}): CostReport {
  const sorted = [...resources].sort((a, b) => (a.address < b.address ? -1 : 1));
  const r: CostReport = {
    formatVersion: "1",
    generator: { name: "costkit", version: "0.1.0" },
    currency: "USD",
    priceBooks: [],
    stack,
    monthlyCost: sum(sorted.map((x) => x.monthlyCost)),
    listMonthlyCost: sum(sorted.map((x) => x.listMonthlyCost)),
    resources: sorted,
    unpriced: opts.unpriced ?? [],
    free: [],
    findings: [],
    ...(opts.drivers ? { drivers: opts.drivers } : {}),
  };
  assertReportInvariants(r);
  return r;
}

/** A fixed monthly cost: one line of `amount` × 1 month. */
export function flat(address: string, amount: string, opts: ResourceOpts = {}): ResourceCost {
  return resource(address, [line("Fixed (test)", "months", amount, "1")], opts);
}
