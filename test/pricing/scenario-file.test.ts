import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../pricing/errors";
import { applyOverrides, DriverSchema, overridesJson, parseScenario } from "../../pricing/scenario-file";
import { DRIVER_SCHEMA } from "../../stacks/drivers";

/** A small schema with every kind of value: counts, a money rate as text, a share map, an open map, a list, a flag. */
const SCHEMA: DriverSchema = {
  defaults: {
    users: { NA: 100, EU: 200 },
    mix: { free: { low: 0.4, high: 0.6 } },
    split: { a: 0.5, b: 0.5 },
    hitRate: 0.92,
    ratePerGb: "0.02",
    scale: true,
    jobs: [{ job: "train", hours: 4 }],
  },
  shareMaps: ["mix.*", "split"],
  fractions: ["hitRate", "mix.*.*", "split.*"],
  openMaps: { "mix.*": ["low", "high", "lossless"] },
};

const FILE = "scenarios/what-if.yaml";

function errorOf(text: string, schema: DriverSchema | undefined = SCHEMA): InputError {
  try {
    parseScenario(text, FILE, schema);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

const valid = (drivers: string, sources: string) => `description: A what-if.\ndrivers:\n${drivers}\nsources:\n${sources}\n`;

describe("scenario files", () => {
  test("a valid file: numbers keep their exact text, sources cover paths, the name is the file's", () => {
    const s = parseScenario(valid("  users:\n    NA: 123456789012345678901234567890\n  hitRate: 0.97\n  ratePerGb: 0.015", "  users: seed\n  hitRate: assumption\n  ratePerGb: contract"), FILE, SCHEMA);
    expect(s.name).toBe("what-if");
    expect(overridesJson(s.drivers)).toEqual({ users: { NA: "123456789012345678901234567890" }, hitRate: "0.97", ratePerGb: "0.015" });
    const applied = applyOverrides(SCHEMA.defaults, s.drivers, SCHEMA) as Record<string, unknown>;
    expect(applied.users).toEqual({ NA: 1.2345678901234568e29, EU: 200 }); // maps merge key by key
    expect(applied.ratePerGb).toBe("0.015"); // money stays text
    expect(applied.hitRate).toBe(0.97);
  });

  test("a share map is replaced whole, and may use the open map's other keys", () => {
    const s = parseScenario(valid("  mix:\n    free: { low: 0.25, lossless: 0.75 }", "  mix: assumption"), FILE, SCHEMA);
    const applied = applyOverrides(SCHEMA.defaults, s.drivers, SCHEMA) as { mix: { free: Record<string, number> } };
    expect(applied.mix.free).toEqual({ low: 0.25, lossless: 0.75 });
  });

  test("shares are summed exactly: 0.1 + 0.2 + 0.7 is 1", () => {
    expect(() => parseScenario(valid("  mix:\n    free: { low: 0.1, high: 0.2, lossless: 0.7 }", "  mix: a"), FILE, SCHEMA)).not.toThrow();
  });

  test("fails if a driver is unknown, naming file, line and key, with the nearest name", () => {
    const e = errorOf(valid("  users:\n    NA: 1\n  hitRat: 0.9", "  users: a\n  hitRat: b"));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain("scenarios/what-if.yaml, line 5 (drivers.hitRat)");
    expect(e.message).toContain('unknown driver "hitRat" (did you mean "hitRate"?)');
  });

  test("fails if a nested driver is unknown, with the keys of its map", () => {
    const e = errorOf(valid("  users:\n    LATAM: 5", "  users: a"));
    expect(e.message).toContain("line 4 (drivers.users.LATAM)");
    expect(e.message).toContain("Drivers here: EU, NA");
  });

  test("fails if a value has the wrong type", () => {
    expect(errorOf(valid("  hitRate: high", "  hitRate: a")).message).toContain('line 3 (drivers.hitRate): expected a number, got the string "high"');
    expect(errorOf(valid("  users: 5", "  users: a")).message).toContain("line 3 (drivers.users): expected a mapping, got number 5");
    expect(errorOf(valid("  scale: 1", "  scale: a")).message).toContain("(drivers.scale): expected true or false");
    expect(errorOf(valid("  ratePerGb: cheap", "  ratePerGb: a")).message).toContain('(drivers.ratePerGb): expected a decimal number such as "0.02"');
  });

  test("fails if a count is negative", () => {
    const e = errorOf(valid("  users:\n    EU: -3", "  users: a"));
    expect(e.message).toContain("line 4 (drivers.users.EU): a count, size or rate cannot be negative, got -3");
  });

  test("fails if a rate is over 1", () => {
    expect(errorOf(valid("  hitRate: 92", "  hitRate: a")).message).toContain("(drivers.hitRate): a share or rate is from 0 to 1, got 92");
  });

  test("fails if shares do not add up to 1, naming the map", () => {
    const e = errorOf(valid("  split:\n    a: 0.5\n    b: 0.4", "  split: a"));
    expect(e.message).toContain("line 4 (drivers.split): the shares add up to 0.9, not 1");
  });

  test("does not fail on a share map that sums to 1 or on a map that holds no shares", () => {
    expect(() => parseScenario(valid("  split:\n    a: 0.3\n    b: 0.7\n  users:\n    NA: 7", "  split: a\n  users: b"), FILE, SCHEMA)).not.toThrow();
  });

  test("fails if a list entry lacks a key (a list is replaced whole)", () => {
    const e = errorOf(valid("  jobs:\n    - { job: x }", "  jobs: a"));
    expect(e.message).toContain('line 4 (drivers.jobs[0]): "hours" is missing');
  });

  test("fails if a figure has no source, or a source names no overridden driver", () => {
    expect(errorOf(valid("  hitRate: 0.9\n  users:\n    NA: 2", "  hitRate: a")).message).toContain('line 5 (drivers.users.NA): the figure "users.NA" has no source');
    expect(errorOf(valid("  hitRate: 0.9", "  hitRate: a\n  users.NA: b")).message).toContain('line 6 (sources.users.NA): "users.NA" is not a driver the scenario overrides');
  });

  test("fails on unknown top-level keys, a missing description, a name that is not the file's, an empty file", () => {
    expect(errorOf("description: x\ndriver:\n  hitRate: 0.9\n").message).toContain('line 2 (driver): unknown key "driver"');
    expect(errorOf("drivers:\n  hitRate: 0.9\nsources:\n  hitRate: a\n").message).toContain('"description" is missing');
    expect(errorOf('name: other\ndescription: x\ndrivers:\n  hitRate: 0.9\nsources:\n  hitRate: a\n').message).toContain('line 1 (name): the name "other" differs from the file\'s name "what-if"');
    expect(errorOf("").message).toContain("the file is empty");
    expect(errorOf("description: x\n").message).toContain("the scenario changes nothing");
  });

  test("fails on YAML syntax errors with the line", () => {
    const e = errorOf("description: x\ndrivers: [\n");
    expect(e.message).toMatch(/^scenarios\/what-if.yaml is not valid YAML at line \d/);
  });

  test("without a schema, only the file's shape is checked", () => {
    expect(() => parseScenario(valid("  anything:\n    at: 1", "  anything: a"), FILE)).not.toThrow();
  });

  test("discounts need an effective date and a percent from 0 to 100", () => {
    const d = "description: x\ndiscounts:\n  - { id: d, description: y, percent: 10, scope: { provider: google }, source: z }\n";
    expect(errorOf(d).message).toContain('"effectiveDate" is missing');
    const s = parseScenario(`${d}effectiveDate: "2026-01-01"\n`, FILE, SCHEMA);
    expect(s.discounts).toEqual([{ id: "d", description: "y", percent: "10", scope: { provider: "google" }, source: "z" }]);
    expect(errorOf(`${d.replace("percent: 10", "percent: 120")}effectiveDate: "2026-01-01"\n`).message).toContain("(discounts[0].percent)");
  });
});

describe("the reference scenarios", () => {
  const dir = path.join(__dirname, "..", "..", "scenarios");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();

  test("are the 2026 projection and one per initiative of the seed", () => {
    expect(files).toEqual(["2026.yaml", "ai-infrastructure.yaml", "av1-codec.yaml", "edge-caching.yaml", "post-quantum-crypto.yaml"]);
  });

  test.each(files)("%s is valid against stacks/drivers.ts, with a source for every figure", (f) => {
    const file = path.join("scenarios", f);
    const s = parseScenario(fs.readFileSync(path.join(dir, f), "utf8"), file, DRIVER_SCHEMA);
    expect(s.description.length).toBeGreaterThan(40);
    expect(Object.keys(s.sources).length).toBeGreaterThan(0);
  });

  test("2026 has 800M users", () => {
    const s = parseScenario(fs.readFileSync(path.join(dir, "2026.yaml"), "utf8"), "scenarios/2026.yaml", DRIVER_SCHEMA);
    const byGeo = overridesJson(s.drivers).monthlyActiveUsersByGeo as Record<string, string>;
    expect(Object.values(byGeo).reduce((a, v) => a + BigInt(v), BigInt(0))).toBe(BigInt(800_000_000));
  });

  test("the reference drivers reject an unknown driver with a suggestion", () => {
    expect(() => parseScenario("description: x\ndrivers:\n  cdnCacheHitRat: 0.9\nsources:\n  cdnCacheHitRat: a\n", "scenarios/x.yaml", DRIVER_SCHEMA)).toThrow('unknown driver "cdnCacheHitRat" (did you mean "cdnCacheHitRate"?)');
  });
});
