import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { ComputeInstance } from "@cdktf/provider-google/lib/compute-instance";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Cost, Costkit } from "../../constructs";
import { Budget } from "../../policies/budgets";
import { FINOPS_PACK } from "../../policies/packs/finops";
import { Money } from "../../pricing/money";
import { CostReport, Finding } from "../../pricing/report";
import { parseCsv } from "../../report/focus";
import { countFindings } from "../../report/findings";
import { formatUnitPrice, usd } from "../../report/format";
import { CostSummary } from "../../report/summary";
import { runCli } from "../helpers/cli";

/**
 * One synth rendered in every format (terminal table, Markdown, HTML, JSON, FOCUS CSV, `costkit check`, and the files
 * synth writes) must show the same findings, the budgets across stacks included, the same counts and the same totals.
 */

const BUDGETS: Budget[] = [
  { id: "storage", scope: { category: "storage" }, monthly: "100", level: "warning" }, // across stacks: 17 + 170 + … > 100
  { id: "beta", scope: { stack: "beta" }, monthly: "50", level: "warning" }, // one stack's
];
const BUDGETS_YAML = `budgets:
  - id: storage
    scope: { category: storage }
    monthly: "100"
    level: warning
  - id: beta
    scope: { stack: beta }
    monthly: "50"
    level: warning
`;

function stack(app: App, id: string, disk: number, vms: number): void {
  const s = new TerraformStack(app, id);
  new GoogleProvider(s, "google", { project: "p", region: "europe-west1" });
  const d = new ComputeDisk(s, "data-disk", { name: "d", type: "pd-ssd", size: disk });
  Cost.category(d, "storage");
  for (let i = 0; i < vms; i++) {
    new ComputeInstance(s, `worker-${i}`, { name: `w${i}`, machineType: "n2-standard-64", zone: "europe-west1-b", bootDisk: { initializeParams: { image: "debian-12" } }, networkInterface: [{ network: "default" }] });
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-consistency-"));
const outdir = path.join(dir, "cdktf.out");
const app = new App({ outdir, stackTraces: false });
stack(app, "alpha", 100, 0);
stack(app, "beta", 1000, 3);
Costkit.enable(app, { pack: FINOPS_PACK, budgets: BUDGETS, consoleSummary: false });
app.synth();
const budgetsFile = path.join(dir, "budgets.yaml");
fs.writeFileSync(budgetsFile, BUDGETS_YAML);

const read = <T>(f: string): T => JSON.parse(fs.readFileSync(f, "utf8")) as T;
const reports: CostReport[] = ["alpha", "beta"].map((s) => read(path.join(outdir, "stacks", s, "cost-report.json")));
const summary = read<CostSummary>(path.join(outdir, "cost-summary.json"));
const findings: Finding[] = [...reports.flatMap((r) => r.findings), ...summary.crossStackFindings];
const total = summary.monthlyCost.expected;

/** How many findings of each rule, `FinOps-CUD1 3`, sorted. */
const byRule = (list: readonly Finding[]) => {
  const n = new Map<string, number>();
  for (const f of list) n.set(f.ruleId, (n.get(f.ruleId) ?? 0) + 1);
  return [...n.entries()].map(([k, v]) => `${k} ${v}`).sort();
};
/** The same from a rendering: the counts of the rule's groups (`FinOps-CUD1 (3)`), added up over the stacks shown. */
const renderedByRule = (text: string, pattern: (rule: string) => RegExp, of: readonly Finding[] = findings) =>
  [...new Set(of.map((f) => f.ruleId))].map((rule) => `${rule} ${[...text.matchAll(new RegExp(pattern(rule), "g"))].reduce((n, m) => n + Number(m[1]), 0)}`).sort();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("every renderer shows the same findings, counts and totals", () => {
  test("the synth has findings of each kind: a rule's, a stack budget's and a budget across stacks", () => {
    expect(summary.crossStackFindings.map((f) => f.ruleId)).toEqual(["Budget-storage"]);
    expect(reports.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual(expect.arrayContaining(["Budget-beta"]));
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(summary.findings.warnings).toBe(countFindings(findings).warnings);
  });

  test("terminal table: every finding grouped by rule, the total of the stacks", async () => {
    const { out } = await runCli(["estimate", outdir]);
    expect(renderedByRule(out, (r) => new RegExp(`\\] ${esc(r)} \\((\\d+)\\)`))).toEqual(byRule(findings));
    expect(out).toContain(`Total of 2 stacks: ${usd(total)}`);
    expect(out).toContain("Findings of budgets across stacks:");
  });

  test("Markdown (estimate and the synth's files): the same groups and total", async () => {
    const { out } = await runCli(["estimate", outdir, "--format", "markdown"]);
    const md = (t: string, of: readonly Finding[] = findings) => renderedByRule(t, (r) => new RegExp(`· ${esc(r)}\\*\\* \\((\\d+)\\)`), of);
    expect(md(out)).toEqual(byRule(findings));
    expect(out).toContain(`# Monthly cost of 2 stacks: ${usd(total)}`);
    const summaryMd = fs.readFileSync(path.join(outdir, "cost-summary.md"), "utf8");
    expect(md(summaryMd)).toEqual(byRule(findings));
    expect(summaryMd).toContain(`# Monthly cost: ${usd(total)}`);
    const stackMds = reports.map((r) => fs.readFileSync(path.join(outdir, "stacks", r.stack, "cost-report.md"), "utf8")).join("\n");
    expect(md(stackMds, reports.flatMap((r) => r.findings))).toEqual(byRule(reports.flatMap((r) => r.findings)));
  });

  test("HTML (estimate and the synth's page): the same groups, the header counts what the page lists", async () => {
    const { out } = await runCli(["estimate", outdir, "--format", "html"]);
    for (const html of [out, fs.readFileSync(path.join(outdir, "cost-report.html"), "utf8")]) {
      const section = html.slice(html.indexOf('id="findings"'), html.indexOf('id="drilldown"')); // the drill-down repeats each stack's
      expect(renderedByRule(section, (r) => new RegExp(`<code>${esc(r)}</code> <span class="count">(\\d+)</span>`))).toEqual(byRule(findings));
      expect(html).toContain(`<h2>Policy findings <span class="count">${findings.length}</span></h2>`);
      expect(html).toContain(`<div class="label">Warnings</div><div class="value">${countFindings(findings).warnings}</div>`);
      expect(html).toContain(`<div class="total" id="total">${usd(total)}</div>`);
    }
  });

  test("JSON and FOCUS CSV: the same findings and the same exact total", async () => {
    const json = JSON.parse((await runCli(["estimate", outdir, "--format", "json"])).out);
    expect(json.monthlyCost.expected).toBe(total);
    expect(byRule(json.reports.flatMap((r: CostReport) => r.findings))).toEqual(byRule(reports.flatMap((r) => r.findings)));
    const [header, ...rows] = parseCsv((await runCli(["estimate", outdir, "--format", "focus-csv"])).out);
    const col = header.indexOf("EffectiveCost");
    expect(rows.reduce((s, r) => s.plus(r[col]), new Money(0)).eq(total)).toBe(true);
  });

  test("costkit check with the same budgets: the same findings and counts, in every format", async () => {
    const json = JSON.parse((await runCli(["check", outdir, "--budgets", budgetsFile, "--format", "json"])).out);
    expect(byRule(json.findings)).toEqual(byRule(findings));
    expect(json.counts).toEqual(countFindings(findings));
    const table = (await runCli(["check", outdir, "--budgets", budgetsFile])).out;
    expect(renderedByRule(table, (r) => new RegExp(`\\] ${esc(r)} \\((\\d+)\\)`))).toEqual(byRule(findings));
    const md = (await runCli(["check", outdir, "--budgets", budgetsFile, "--format", "markdown"])).out;
    expect(renderedByRule(md, (r) => new RegExp(`· ${esc(r)}\\*\\* \\((\\d+)\\)`))).toEqual(byRule(findings));
  });

  test("no rendered unit price differs from the report's exact price", async () => {
    const outputs = [
      (await runCli(["estimate", outdir])).out,
      (await runCli(["estimate", outdir, "--format", "markdown"])).out,
      (await runCli(["estimate", outdir, "--format", "html"])).out,
    ];
    const prices = reports.flatMap((r) => r.resources.flatMap((res) => res.components.flatMap((c) => [c.unitPrice, c.listUnitPrice])));
    expect(prices.some((p) => new Money(p).decimalPlaces() > 2)).toBe(true); // the test would be empty otherwise
    for (const text of outputs) {
      for (const p of prices) expect({ price: p, shown: text.includes(formatUnitPrice(p)) }).toEqual({ price: p, shown: true });
      // and every dollar amount with more than two decimals is one of the exact prices
      const shownPrices = [...text.matchAll(/\$([\d,]+\.\d{3,})/g)].map((m) => new Money(m[1].replace(/,/g, "")));
      for (const s of shownPrices) expect({ shown: s.toFixed(), exact: prices.some((p) => s.eq(p)) }).toEqual({ shown: s.toFixed(), exact: true });
    }
  });
});
