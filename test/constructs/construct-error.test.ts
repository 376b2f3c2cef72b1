import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { Acknowledge, ConstructError, Costkit, OnPremServers, OnPremServersProps, StackCost, Warehouse } from "../../constructs";
import { ConstructError as CoreConstructError } from "../../constructs/core";
import { constructErrorOf } from "../helpers/construct-error";

const SERVERS: OnPremServersProps = {
  name: "critical_eu", geo: "EU", model: "2s-32c-512g", servers: 2, capexPerServerUsd: 15_000, capexSource: "test estimate", powerKwPerServer: 0.5,
};

describe("ConstructError", () => {
  test("fails if a method is asked for what the construct does not have: the path, the argument and the nearest name", () => {
    const w = new Warehouse(new TerraformStack(Testing.app(), "data"), "warehouse", { datasetId: "events", location: "EU", tables: [{ tableId: "raw_events" }] });
    const e = constructErrorOf(() => w.tableReference("raw_event"));
    expect(e).toMatchObject({ construct: "Warehouse", path: "data/warehouse", problems: [{ prop: "tableId" }] });
    expect(e.message).toBe('Warehouse at data/warehouse: no table "raw_event"; the warehouse has raw_events; did you mean "raw_events"?');
  });

  test("fails if a cost item is declared twice in a stack, naming the stack and the address", () => {
    const stack = new TerraformStack(Testing.app(), "edge");
    const item = { type: "costkit_cdn_contract", name: "fastly", provider: "fastly", attributes: {} };
    StackCost.of(stack).addItem(item);
    const e = constructErrorOf(() => StackCost.of(stack).addItem(item));
    expect(e).toMatchObject({ path: "edge", problems: [{ prop: "item.name" }] });
    expect(e.message).toMatch(/^TerraformStack at edge: a cost item costkit_cdn_contract\.fastly already exists; give each item its own name\.$/);
  });

  test("fails if one on-prem model is declared at two prices, naming the second construct", () => {
    const stack = new TerraformStack(Testing.app(), "onprem");
    new OnPremServers(stack, "a", SERVERS);
    const e = constructErrorOf(() => new OnPremServers(stack, "b", { ...SERVERS, name: "critical_na", capexPerServerUsd: 9000 }));
    expect(e).toMatchObject({ construct: "OnPremServers", path: "onprem/b", problems: [{ prop: "model" }] });
    expect(e.message).toMatch(/give the other configuration its own model name$/);
  });

  test("fails if costkit is enabled twice on an app, or an acknowledgement has a short reason", () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "costkit-twice-")) });
    Costkit.enable(app);
    expect(constructErrorOf(() => Costkit.enable(app)).message).toBe("App (the app): Costkit.enable() was called twice on the same app; call it once, after defining the stacks.");
    const stack = new TerraformStack(app, "alpha");
    const e = constructErrorOf(() => Acknowledge.of(stack).rule("FinOps-TAG1", { reason: "because" }));
    expect(e).toMatchObject({ path: "alpha", problems: [{ prop: "Acknowledge.rule" }] });
    expect(e.message).toMatch(/^TerraformStack at alpha: .*10 characters/s);
  });

  test("is exported from both entry points", () => {
    expect(CoreConstructError).toBe(ConstructError);
  });
});

describe("a ConstructError at synth", () => {
  const app = path.join(__dirname, "testdata", "bad-props", "main.ts");
  const run = (env: Record<string, string>) => spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", app], {
    cwd: path.join(__dirname, "..", ".."), encoding: "utf8", timeout: 120_000,
    env: { ...process.env, COSTKIT_DEBUG: "", CDKTF_OUTDIR: fs.mkdtempSync(path.join(os.tmpdir(), "costkit-bad-props-")), ...env },
  });

  test("is one message under the cdktf CLI, every problem listed, without a stack trace; exit 1", () => {
    const r = run({});
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe([
      "costkit: LambdaService at api/fn has invalid props:",
      "  - memorySizeMb (64) must be a whole number of MB from 128 to 10240",
      "  - usage.averageDurationMs (5000) exceeds the timeout (3000 ms): no invocation lasts longer; raise timeoutSeconds or fix the usage",
      "",
    ].join("\n"));
    expect(r.status).toBe(1);
  }, 120_000);

  test("leaves any other error of the app to Node, with its stack trace", () => {
    const r = run({ BAD_PROPS_CAUGHT: "1" });
    expect(r.stderr).toMatch(/TypeError: an error of the app itself\n\s+at /);
    expect(r.stderr).not.toMatch(/^costkit:/m);
    expect(r.status).toBe(1);
  }, 120_000);
});
