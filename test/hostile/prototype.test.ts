import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../helpers/cli";

/** Object.prototype's own property names, to show that no input adds one. */
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

function folder(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-proto-"));
  for (const [name, json] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof json === "string" ? json : JSON.stringify(json));
  return dir;
}

const disk = (size: string) => ({ google_compute_disk: { d: { zone: "europe-west1-b", size, type: "pd-ssd" } } });

describe("prototype keys in a folder of *.tf.json files", () => {
  const before = protoKeys();
  afterEach(() => expect(protoKeys()).toEqual(before));

  test.each([
    ["a resource type named __proto__", '{"resource": {"__proto__": {"polluted": {"size": 1}}}}'],
    ["a resource named __proto__", '{"resource": {"google_compute_disk": {"__proto__": {"zone": "europe-west1-b", "size": 1}}}}'],
    ["a provider named __proto__", '{"provider": {"__proto__": [{"polluted": 1}]}}'],
    ["a resource type named constructor", '{"resource": {"constructor": {"polluted": {"size": 1}}}}'],
  ])("%s leaves Object.prototype unchanged and exits 0 or 2 without a stack trace", async (_name, text) => {
    const dir = folder({ "a.tf.json": text, "b.tf.json": { provider: { google: [{ project: "p", region: "europe-west1" }] } } });
    const { code, err } = await runCli(["estimate", dir, "--format", "json"]);
    expect([0, 2]).toContain(code);
    expect(err).not.toMatch(/\n\s+at /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a top-level __proto__ block does not change prices", async () => {
    const base = { provider: { google: [{ project: "p", region: "europe-west1" }] }, variable: { size: { default: 10 } }, resource: disk("${var.size}") };
    const plain = await runCli(["estimate", folder({ "a.tf.json": base }), "--format", "json"]);
    const hostile = await runCli(["estimate", folder({ "a.tf.json": base, "b.tf.json": '{"__proto__": {"variable": {"size": {"default": 100000}}}}' }), "--format", "json"]);
    expect(plain.code).toBe(0);
    expect(hostile.code).toBe(plain.code);
    expect(JSON.parse(hostile.out).monthlyCost).toEqual(JSON.parse(plain.out).monthlyCost);
  });
});

describe("prototype names as commands", () => {
  test.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("costkit %s is an unknown command (exit 2)", async (name) => {
    const { code, err } = await runCli([name]);
    expect(code).toBe(2);
    expect(err).toContain(`unknown command "${name}"`);
  });
});
