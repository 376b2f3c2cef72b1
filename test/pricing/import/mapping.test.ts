import { loadDefaultBooks } from "../../../pricing/books";
import { InputError } from "../../../pricing/errors";
import { defaultMappingFile, loadMapping, parseMapping, regionsOf, templatePattern } from "../../../pricing/import/mapping";
import { AWS_UNITS, conversionFactor, GCP_UNITS } from "../../../pricing/import/units";
import { decimalText } from "../../../pricing/money";

const rule = (over: Record<string, unknown> = {}) => ({
  id: "r", match: { productFamily: "Compute Instance" }, priceId: "aws/ec2/{attributes.instanceType}", region: { field: "attributes.regionCode" }, unit: { from: "Hrs", to: "hours" }, ...over,
});
const mapping = (rules: unknown[], over: Record<string, unknown> = {}) => ({ formatVersion: "1", from: "aws-offer", rules, ...over });

function problem(json: unknown): string {
  try {
    parseMapping(json, "maps/custom.json");
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error("expected the mapping to be rejected");
}

describe("mapping validation", () => {
  test.each([
    ["an unknown top-level key", mapping([rule()], { extra: 1 }), /at extra: unknown key "extra"/],
    ["an unknown source", mapping([rule()], { from: "azure" }), /at from: expected one of aws-offer, gcp-skus/],
    ["no rules", mapping([]), /at rules: expected a non-empty list/],
    ["a duplicate rule id", mapping([rule(), rule()]), /rules\[1\] \(r\): duplicate rule id "r"/],
    ["an unknown rule key", mapping([rule({ colour: "red" })]), /rules\[0\] \(r\): unknown key "colour"/],
    ["a bad regular expression", mapping([rule({ match: { sku: { pattern: "(" } } })]), /rules\[0\] \(r\)\.match\.sku\.pattern: not a valid regular expression/],
    ["an unknown condition", mapping([rule({ match: { sku: { startsWith: "A" } } })]), /unknown condition "startsWith"/],
    ["both region value and field", mapping([rule({ region: { value: "NA", field: "x" } })]), /region: give either "value" or "field"/],
    ["a unit without its provider unit", mapping([rule({ unit: { to: "hours" } })]), /unit\.from: expected the provider's unit/],
    ["a negative factor", mapping([rule({ unit: { from: "Hrs", to: "hours", factor: "-1" } })]), /unit\.factor: expected a positive decimal string/],
    ["a bad id template", mapping([rule({ priceId: "ec2 {x}" })]), /priceId: expected an id template/],
  ])("rejects %s, naming the file and the rule", (_name, json, pattern) => {
    const message = problem(json);
    expect(message).toContain("maps/custom.json");
    expect(message).toMatch(pattern);
  });

  test("a mapping for the other source is refused", () => {
    expect(() => loadMapping(defaultMappingFile("gcp-skus"), "aws-offer")).toThrow(/is for "--from gcp-skus", but the import is "--from aws-offer"/);
  });
});

describe("mapping rules", () => {
  test("a region from a field, cut by a pattern and mapped; unknown values give no region", () => {
    const r = parseMapping(mapping([rule({ region: { field: "attributes.usagetype", pattern: "^([A-Z]+)-", map: { US: "NA", EU: "EU" } } })]), "m.json").rules[0];
    expect(regionsOf(r, () => "US-DataTransfer-Out-Bytes")).toEqual({ regions: ["NA"] });
    expect(regionsOf(r, () => "JP-DataTransfer-Out-Bytes")).toEqual({ problem: 'attributes.usagetype "JP-DataTransfer-Out-Bytes" gives no region the rule knows' });
    expect(regionsOf(r, () => ["EU-x", "US-x", "US-y"])).toEqual({ regions: ["EU", "NA"] });
  });

  test("the template pattern of a rule is narrowed by the values its match allows", () => {
    const r = parseMapping(mapping([rule({ match: { "attributes.volumeApiName": { oneOf: ["gp2", "gp3"] } }, priceId: "aws/ebs/{attributes.volumeApiName}" })]), "m.json").rules[0];
    expect(templatePattern(r).test("aws/ebs/gp3")).toBe(true);
    expect(templatePattern(r).test("aws/ebs/snapshot")).toBe(false);
  });

  test.each(["aws-offer", "gcp-skus"] as const)("every rule of the shipped %s mapping gives the unit our books use for its ids", (from) => {
    const m = loadMapping(defaultMappingFile(from), from);
    const entries = loadDefaultBooks().flatMap((b) => b.entries);
    for (const r of m.rules) {
      const ours = entries.filter((e) => templatePattern(r).test(e.id));
      expect({ rule: r.id, matchesAnId: ours.length > 0 }).toEqual({ rule: r.id, matchesAnId: true });
      for (const e of ours) expect({ rule: r.id, id: e.id, unit: e.unit }).toEqual({ rule: r.id, id: e.id, unit: r.unit.to });
      const conv = conversionFactor(from === "aws-offer" ? AWS_UNITS : GCP_UNITS, r.unit.from, r.unit.to, r.unit.factor);
      expect({ rule: r.id, ...conv }).toEqual({ rule: r.id, factor: expect.anything() });
    }
  });
});

describe("unit conversion", () => {
  const f = (from: string, to: string, units = AWS_UNITS) => {
    const c = conversionFactor(units, from, to);
    return "factor" in c ? decimalText(c.factor) : c.problem;
  };

  test("converts within a dimension, exactly", () => {
    expect(f("Requests", "1K requests")).toBe("1000");
    expect(f("Requests", "10K requests")).toBe("10000");
    expect(f("Requests", "1M requests")).toBe("1000000");
    expect(f("GB-Mo", "GB-months")).toBe("1");
    expect(f("count", "10K operations", GCP_UNITS)).toBe("10000");
    expect(f("TiBy", "GiB", GCP_UNITS)).toBe("0.0009765625");
    expect(f("h", "vCPU-hours", GCP_UNITS)).toBe("1");
  });

  test("never turns GB into GiB, nor hours into months", () => {
    expect(f("GB", "GiB")).toBe("GB (GB) does not convert to GiB (GiB)");
    expect(f("GiBy.mo", "GB-months", GCP_UNITS)).toBe("GiBy.mo (GiB-month) does not convert to GB-months (GB-month)");
    expect(f("Hrs", "GB-months")).toMatch(/does not convert/);
    expect(f("Furlongs", "hours")).toMatch(/give "factor"/);
  });
});
