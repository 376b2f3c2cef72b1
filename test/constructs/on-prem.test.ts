import { TerraformStack, Testing } from "cdktf";
import { Costkit, OnPremColocation, OnPremServers, OnPremServersProps, TapeArchive, TapeArchiveProps } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const SERVERS: OnPremServersProps = {
  name: "critical_eu", geo: "EU", model: "2s-32c-512g", servers: 600, capexPerServerUsd: 15_000, capexSource: "test estimate",
  powerKwPerServer: 0.5, labels: { "seed-line": "compute-bare-metal" },
};
const TAPE: TapeArchiveProps = {
  name: "tape_eu", geo: "EU", storedTb: 100_000,
  library: { model: "lib-10k", slots: 10_000, capexUsd: 1_200_000, capexSource: "test estimate", powerKw: 10 },
};

function reportOf(stack: TerraformStack): CostReport {
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return report;
}

const newStack = () => new TerraformStack(Testing.app(), "onprem");
const costs = (r: CostReport) => Object.fromEntries(r.resources.map((x) => [x.address, x.monthlyCost.expected]));

describe("OnPremServers", () => {
  test("capex straight-line at the declared price, and colocation and power for their load", () => {
    const stack = newStack();
    const servers = new OnPremServers(stack, "servers", { ...SERVERS, supportPerServerMonthUsd: 20 });
    expect(servers.itLoadKw).toBe(300);
    const report = reportOf(stack);
    // capex 600 ÷ 60 = 10 servers × 15,000; support 600 × 20; colocation 300 kW × 184.06 = 55,218; power 420 kW × 73 = 30,660
    expect(costs(report)).toEqual({ "costkit_onprem_servers.critical_eu": "162000", "costkit_onprem_colocation.critical_eu": "85878" });
    const s = report.resources.find((r) => r.type === "costkit_onprem_servers")!;
    expect(s).toMatchObject({ provider: "on-prem", geo: "EU", category: "compute", tags: { "seed-line": "compute-bare-metal" } });
    expect(s.components[0]).toMatchObject({ name: "Server capex (2s-32c-512g, straight-line over 5 years)", unitPrice: "15000", monthlyQuantity: { expected: "10" } });
  });

  test("the declared price travels in a book the stack carries, with its source", () => {
    const stack = newStack();
    new OnPremServers(stack, "servers", SERVERS);
    const books = (stack.toTerraform() as { "//": { cost: { priceBooks: { id: string; prices: { id: string; source: string; price: string }[] }[] } } })["//"].cost.priceBooks;
    expect(books).toEqual([expect.objectContaining({
      id: "declared-onprem-server-capex-2s-32c-512g", kind: "list",
      prices: [expect.objectContaining({ id: "on-prem/server-capex/2s-32c-512g", price: "15000", source: "declared by the stack: test estimate" })],
    })]);
    expect(reportOf(stack).priceBooks.map((b) => b.id)).toEqual(["onprem-2026-08", "declared-onprem-server-capex-2s-32c-512g"]);
  });

  test("fails if one model is declared at two prices in a stack", () => {
    const stack = newStack();
    new OnPremServers(stack, "a", SERVERS);
    expect(() => new OnPremServers(stack, "b", { ...SERVERS, name: "critical_na", geo: "NA", capexPerServerUsd: 9000 }))
      .toThrow(/on-prem\/server-capex\/2s-32c-512g is already declared at 15000 USD in this stack, and now at 9000/);
  });

  test("fails on a bad geo, model, count or life, all at once", () => {
    expect(() => new OnPremServers(newStack(), "s", { ...SERVERS, geo: "Mars" as "EU", model: "Big Box", servers: -1, amortizationYears: 0 }))
      .toThrow(/geo \("Mars"\) must be one of NA, EU, LATAM, APAC, OTHER[\s\S]*model \("Big Box"\) must be lowercase[\s\S]*servers \(-1\) must be a whole number ≥ 0[\s\S]*amortizationYears \(0\) must be more than 0/);
  });
});

describe("TapeArchive", () => {
  test("cartridges from the data, libraries from their slots, and the libraries' power", () => {
    const stack = newStack();
    const tape = new TapeArchive(stack, "tape", { ...TAPE, copies: 2 });
    // ⌈100,000 × 2 ÷ 18⌉ = 11,112 cartridges → ⌈11,112 ÷ 10,000⌉ = 2 libraries
    expect([tape.cartridges, tape.libraries]).toEqual([11112, 2]);
    const report = reportOf(stack);
    // cartridges 11,112 ÷ 60 = 185.2 × 92 = 17,038.4; libraries 2 ÷ 60 = 0.0333333333 × 1.2M = 39,999.99996
    // colocation 20 kW × 184.06 = 3,681.2; power 28 kW × 73 = 2,044
    expect(costs(report)).toEqual({ "costkit_onprem_tape.tape_eu": "57038.39996", "costkit_onprem_colocation.tape_eu": "5725.2" });
    expect(report.resources.every((r) => r.category === "storage")).toBe(true);
  });

  test("fails on an unknown medium or library without slots", () => {
    expect(() => new TapeArchive(newStack(), "t", { ...TAPE, media: "lto-5" as "lto-9", library: { ...TAPE.library, slots: 0 } }))
      .toThrow(/media \("lto-5"\) must be one of lto-9, lto-10[\s\S]*library.slots \(0\) must be a whole number ≥ 1/);
  });
});

describe("OnPremColocation", () => {
  test("per kW of IT load and per kW × PUE of power", () => {
    const stack = newStack();
    new OnPremColocation(stack, "racks", { name: "network_eu", geo: "EU", itLoadKw: 40, pue: 1.2, category: "network" });
    // 40 × 184.06 = 7,362.4; 48 × 73 = 3,504
    expect(costs(reportOf(stack))).toEqual({ "costkit_onprem_colocation.network_eu": "10866.4" });
  });

  test("fails if PUE is below 1", () => {
    expect(() => new OnPremColocation(newStack(), "racks", { name: "x", geo: "EU", itLoadKw: 1, pue: 0.8 })).toThrow(/pue \(0\.8\) must be from 1 to 3/);
  });
});

describe("OnPremColocation props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => new OnPremColocation(newStack(), "racks", { name: "x", geo: "EUR" as "EU", itLoadKw: -1, pue: 0.8 }), "onprem/racks", ["geo", "itLoadKw", "pue"]);
    expect(e.message).toMatch(/geo \("EUR"\) must be one of NA, EU, LATAM, APAC, OTHER; did you mean "EU"\?/);
    expect(e.message).toMatch(/pue \(0\.8\) must be from 1 to 3/);
  });
});
