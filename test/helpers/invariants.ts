import { Money } from "../../pricing/money";
import { CostReport } from "../../pricing/report";

type R = { min: string; expected: string; max: string };
const d = (s: string) => new Money(s);

function ordered(r: R, where: string): void {
  if (d(r.min).gt(d(r.expected)) || d(r.expected).gt(d(r.max))) throw new Error(`${where}: range out of order ${JSON.stringify(r)}`);
}

function sumOf(rs: R[]): R {
  const out = { min: d("0"), expected: d("0"), max: d("0") };
  for (const r of rs) {
    out.min = out.min.plus(r.min);
    out.expected = out.expected.plus(r.expected);
    out.max = out.max.plus(r.max);
  }
  return { min: out.min.toFixed(), expected: out.expected.toFixed(), max: out.max.toFixed() };
}

function same(a: R, b: R, where: string): void {
  for (const k of ["min", "expected", "max"] as const) if (!d(a[k]).eq(d(b[k]))) throw new Error(`${where}: ${k} ${a[k]} ≠ ${b[k]}`);
}

/** The report contract's invariants (docs/report-format.md), exact in decimal. Throws naming the first violation. */
export function assertReportInvariants(report: CostReport): void {
  if (report.formatVersion !== "1") throw new Error("formatVersion must be \"1\"");
  ordered(report.monthlyCost, "report.monthlyCost");
  ordered(report.listMonthlyCost, "report.listMonthlyCost");
  same(report.monthlyCost, sumOf(report.resources.map((r) => r.monthlyCost)), "report.monthlyCost = Σ resources");
  same(report.listMonthlyCost, sumOf(report.resources.map((r) => r.listMonthlyCost)), "report.listMonthlyCost = Σ resources");
  for (const r of report.resources) {
    ordered(r.monthlyCost, `${r.address}.monthlyCost`);
    same(r.monthlyCost, sumOf(r.components.map((c) => c.monthlyCost)), `${r.address}.monthlyCost = Σ components`);
    same(r.listMonthlyCost, sumOf(r.components.map((c) => c.listMonthlyCost)), `${r.address}.listMonthlyCost = Σ components`);
    for (const c of r.components) {
      ordered(c.monthlyQuantity, `${r.address} ${c.name} quantity`);
      ordered(c.monthlyCost, `${r.address} ${c.name} cost`);
      for (const k of ["min", "expected", "max"] as const) {
        const expectCost = d(c.monthlyQuantity[k]).times(c.unitPrice);
        if (!expectCost.eq(c.monthlyCost[k])) throw new Error(`${r.address} ${c.name}: ${k} quantity × unitPrice ≠ cost`);
        if (!d(c.monthlyQuantity[k]).times(c.listUnitPrice).eq(c.listMonthlyCost[k])) throw new Error(`${r.address} ${c.name}: ${k} quantity × listUnitPrice ≠ list cost`);
      }
    }
  }
  const addresses = report.resources.map((r) => r.address);
  if ([...addresses].sort().join("\n") !== addresses.join("\n")) throw new Error("resources are not in address order");
}
