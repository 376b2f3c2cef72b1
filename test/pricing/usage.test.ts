import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../pricing/errors";
import { loadUsageFile } from "../../pricing/load";
import { parseUsage, UsageKeyDef, UsageValues } from "../../pricing/usage";

const defs: UsageKeyDef[] = [
  { name: "storageGib", type: "quantity", unit: "GiB-months", description: "stored data" },
  { name: "monthlyEgressGibByGeo", type: "quantity-map", unit: "GiB", description: "egress by viewer geo", keys: ["NA", "EU"] },
  { name: "tier", type: "enum", unit: "", description: "tier", values: ["basic", "standard"], default: "basic" },
  { name: "hours", type: "quantity", unit: "hours", description: "hours", default: 730, max: 730 },
];

function error(raw: unknown): string {
  try {
    parseUsage(raw, defs, "usage.yml", "resource_usage.google_storage_bucket.media");
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error("expected an error");
}

describe("usage", () => {
  test("quantities are numbers, decimal strings or ranges; defaults fill the rest", () => {
    const v = new UsageValues(defs, parseUsage({ storageGib: { min: 10, expected: "20", max: 30 }, monthlyEgressGibByGeo: { NA: 5 } }, defs, "u.yml", "x"));
    expect(v.quantity("storageGib")!.expected.toFixed()).toBe("20");
    expect(v.quantity("hours")!.expected.toFixed()).toBe("730");
    expect(v.declared("hours")).toBe(false);
    expect(v.quantityMap("monthlyEgressGibByGeo")!.get("NA")!.max.toFixed()).toBe("5");
    expect(v.enumValue("tier")).toBe("basic");
  });

  test("an unknown key is an error naming the file, the path and the keys allowed", () => {
    const m = error({ storageGb: 10 });
    expect(m).toContain("usage.yml");
    expect(m).toContain("resource_usage.google_storage_bucket.media.storageGb");
    expect(m).toContain("storageGib");
  });

  test("negative values, wrong types, bad ranges and unknown map keys are errors", () => {
    expect(error({ storageGib: -1 })).toMatch(/negative/);
    expect(error({ storageGib: "lots" })).toMatch(/must be a number/);
    expect(error({ storageGib: { min: 5, expected: 1 } })).toMatch(/out of order/);
    expect(error({ monthlyEgressGibByGeo: { MARS: 1 } })).toMatch(/unknown usage key "MARS"/);
    expect(error({ tier: "premium" })).toMatch(/allowed: basic, standard/);
  });

  test("a quantity above its most (more hours than a month has) is an error; at the most it is not", () => {
    expect(error({ hours: 100000 })).toContain("usage value (in usage.yml, at resource_usage.google_storage_bucket.media.hours) is 100000 hours, more than the 730 hours there can be");
    expect(error({ hours: { min: 100, expected: 200, max: 731 } })).toContain("is 731 hours, more than the 730 hours");
    expect(parseUsage({ hours: 730 }, defs, "u.yml", "x").get("hours")).toBeDefined();
  });

  test("two keys that say the same thing two ways cannot be given together", () => {
    const both: UsageKeyDef[] = [
      { name: "storageGib", type: "quantity", unit: "GiB-months", description: "all" },
      { name: "storageGibByClass", type: "quantity-map", unit: "GiB-months", description: "by class", excludes: ["storageGib"] },
    ];
    expect(() => parseUsage({ storageGib: 1, storageGibByClass: { STANDARD: 1 } }, both, "u.yml", "resource_usage.b")).toThrow(
      "usage (in u.yml, at resource_usage.b) gives both storageGibByClass and storageGib, which say the same thing two ways; give one of them.",
    );
    expect(parseUsage({ storageGibByClass: { STANDARD: 1 } }, both, "u.yml", "resource_usage.b").size).toBe(1);
  });

  test("the usage file's version is 1, or 0.1 as Infracost writes it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-usage-version-"));
    const write = (version: string) => {
      const file = path.join(dir, `v${version}.yml`);
      fs.writeFileSync(file, `version: ${version}\nresource_usage: {}\n`);
      return file;
    };
    expect(() => loadUsageFile(write("1"))).not.toThrow();
    expect(() => loadUsageFile(write("0.1"))).not.toThrow();
    expect(() => loadUsageFile(write("7"))).toThrow(/at version\) must be 1 \(or 0\.1, as Infracost writes it\), got number 7/);
  });

  test("a malformed YAML usage file is an error with the line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-usage-"));
    const file = path.join(dir, "usage.yml");
    fs.writeFileSync(file, "resource_usage:\n  a.b: {storageGib: 1\n");
    expect(() => loadUsageFile(file)).toThrow(/not valid YAML.*line \d+/);
    fs.writeFileSync(file, "version: 1\nresource_usage:\n\tfoo: 1\n");
    expect(() => loadUsageFile(file)).toThrow(/is not valid YAML: Tabs are not allowed as indentation \(line 3, column 1\)\. Fix/); // the position once
    fs.writeFileSync(file, "resource_usage: {}\nextra: 1\n");
    expect(() => loadUsageFile(file)).toThrow(/unknown key "extra"/);
  });
});

describe("usage in reports does not depend on the locale", () => {
  test("toJson orders keys by code unit, whatever localeCompare says (as under LANG=haw_US.UTF-8)", () => {
    const keys: UsageKeyDef[] = ["b", "a", "B", "A", "_z"].map((name) => ({ name: `${name}Gib`, type: "quantity", unit: "GiB", description: name }));
    const v = new UsageValues(keys, parseUsage({ bGib: 1, aGib: 2, BGib: 3, AGib: 4, _zGib: 5 }, keys, "u.yml", "x"));
    const original = String.prototype.localeCompare;
    // A locale whose collation reverses everything.
    String.prototype.localeCompare = function (this: string, other: string) { return original.call(other, this); } as typeof original;
    try {
      expect(Object.keys(v.toJson())).toEqual(["AGib", "BGib", "_zGib", "aGib", "bGib"]);
    } finally {
      String.prototype.localeCompare = original;
    }
  });
});
