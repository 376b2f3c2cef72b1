import { InputError } from "../../pricing/errors";
import { parseAllocation, resolveAllocation } from "../../policies/allocation";
import { flat, report } from "./fixtures";

const FILE = "policies/allocation.yaml";

/** The InputError an allocation text raises (fails the test if it parses). */
function parseError(text: string): InputError {
  try {
    parseAllocation(text, FILE);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

const HEAD = ["features: [music-streaming, podcasts]", "rules:"];
const withRule = (...lines: string[]) => [...HEAD, ...lines].join("\n") + "\n";

describe("allocation file", () => {
  test("parses the documented format (docs/allocation.md)", () => {
    const rules = parseAllocation(withRule(
      "  - id: cdn",
      "    description: Delivery, by listening hours",
      "    match: { category: cdn, stack: edge*, tag.team: delivery }",
      "    split: { driver: monthlyListeningHoursByFeature }",
      "  - id: rest",
      '    split: { shares: { music-streaming: "0.75", podcasts: 0.25 } }',
    ), FILE);
    expect(rules.features).toEqual(["music-streaming", "podcasts"]);
    expect(rules.rules).toEqual([
      { id: "cdn", description: "Delivery, by listening hours", match: { category: "cdn", stack: "edge*", "tag.team": "delivery" }, split: { driver: "monthlyListeningHoursByFeature" } },
      { id: "rest", split: { shares: { "music-streaming": "0.75", podcasts: "0.25" } } },
    ]);
  });

  test("fails on an unknown key, naming file, line and key, with the nearest key", () => {
    expect(parseError(withRule("  - id: cdn", "    mtach: { category: cdn }", "    split: { driver: d }")).message).toBe(
      'allocation: policies/allocation.yaml, line 4 (rules[0].mtach): unknown key "mtach". Allowed keys here: id, description, match, split. Did you mean "match"? Fix the spelling or remove the key. The allocation format: docs/allocation.md.',
    );
    expect(parseError(withRule("  - id: cdn", "    match: { categroy: cdn }", "    split: { driver: d }")).message).toContain('line 4 (rules[0].match.categroy): unknown key "categroy". Allowed keys here: stack, category, provider, type, address, tag.<key>. Did you mean "category"?');
    expect(parseError("features: [a]\nrule: []\n").message).toContain('line 2 (rule): unknown key "rule". Allowed keys here: features, rules. Did you mean "rules"?');
  });

  test("fails on wrong types", () => {
    expect(parseError("features: music\nrules: []\n").message).toContain("line 1 (features): expected a non-empty list of feature names, got the string \"music\"");
    expect(parseError("features: [a]\nrules: {}\n").message).toContain("line 2 (rules): expected a list of rules, got a mapping");
    expect(parseError(withRule("  - id: cdn", "    match: { category: 5 }", "    split: { driver: d }")).message).toContain("line 4 (rules[0].match.category): expected a string, got number 5");
    expect(parseError(withRule("  - id: cdn", "    match: { category: cdnn }", "    split: { driver: d }")).message).toContain('line 4 (rules[0].match.category): got the string "cdnn". Allowed values: cdn, storage');
  });

  test("fails on shares that do not sum to 1", () => {
    const e = parseError(withRule("  - id: cdn", '    split: { shares: { music-streaming: "0.7", podcasts: "0.2" } }'));
    expect(e.message).toBe(
      "allocation: policies/allocation.yaml, line 4 (rules[0].split.shares): the shares sum to 0.9, not 1. Adjust them so that they sum to exactly 1 (each feature's fraction of the resource's cost). The allocation format: docs/allocation.md.",
    );
    expect(e.exitCode).toBe(2);
  });

  test("fails on a share that is not a fraction", () => {
    expect(parseError(withRule("  - id: cdn", '    split: { shares: { music-streaming: "-0.5", podcasts: "1.5" } }')).message).toContain("line 4 (rules[0].split.shares.music-streaming): a share is a decimal from 0 to 1");
    expect(parseError(withRule("  - id: cdn", "    split: { shares: { music-streaming: half } }")).message).toContain('got the string "half"');
  });

  test("fails on an unknown feature, suggesting the nearest", () => {
    expect(parseError(withRule("  - id: cdn", '    split: { shares: { music-streamin: "1" } }')).message).toBe(
      'allocation: policies/allocation.yaml, line 4 (rules[0].split.shares.music-streamin): "music-streamin" is not a feature of this file (features: music-streaming, podcasts). Did you mean "music-streaming"? Fix the name, or add the feature to "features". The allocation format: docs/allocation.md.',
    );
  });

  test("fails on a split with both or neither of shares and driver", () => {
    expect(parseError(withRule("  - id: cdn", '    split: { driver: d, shares: { podcasts: "1" } }')).message).toContain('line 4 (rules[0].split): a split has exactly one of "shares" and "driver", got both');
    expect(parseError(withRule("  - id: cdn", "    split: {}")).message).toContain("got neither");
  });

  test("fails on missing, malformed and duplicate ids, duplicate and reserved features", () => {
    expect(parseError(withRule("  - split: { driver: d }")).message).toContain('line 3 (rules[0]): "id" is missing');
    expect(parseError(withRule("  - id: a b", "    split: { driver: d }")).message).toContain("line 3 (rules[0].id): the id must start");
    expect(parseError(withRule("  - id: a", "    split: { driver: d }", "  - id: a", "    split: { driver: d }")).message).toContain('line 5 (rules[1].id): the rule id "a" is given twice (first at line 3)');
    expect(parseError("features: [a, b, a]\nrules: []\n").message).toContain('(features[2]): the feature "a" is given twice');
    expect(parseError("features: [a, unallocated]\nrules: []\n").message).toContain('"unallocated" cannot be a feature');
    expect(parseError(withRule("  - id: a")).message).toContain('line 3 (rules[0]): "split" is missing');
    expect(parseError("rules: []\n").message).toContain('(the top level): "features" is missing');
  });

  test("hostile input: a feature called __proto__ is a feature like any other; an alias bomb is bad input", () => {
    const rules = parseAllocation('features: [__proto__, b]\nrules:\n  - id: r\n    split: { shares: { __proto__: "0.5", b: "0.5" } }\n', FILE);
    expect(Object.entries((rules.rules[0].split as { shares: Record<string, string> }).shares)).toEqual([["__proto__", "0.5"], ["b", "0.5"]]);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join("\n");
    expect(parseError(bomb).message).toContain("its YAML aliases (*name) expand to too many nodes");
  });

  test("fails on an empty file and bad YAML", () => {
    expect(parseError("").message).toContain("the file is empty");
    expect(parseError("features: [a\n").message).toMatch(/^policies\/allocation\.yaml is not valid YAML at line \d/);
  });
});

describe("resolving drivers against the reports", () => {
  const rules = parseAllocation(withRule("  - id: cdn", "    match: { category: cdn }", "    split: { driver: hoursByFeature }"), FILE);
  const withDrivers = (drivers: Record<string, string>) => [report("edge", [flat("costkit_cdn_contract.a", "1", { category: "cdn" })], { drivers })];
  const resolveError = (drivers: Record<string, string>): InputError => {
    try {
      resolveAllocation(rules, withDrivers(drivers));
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error("expected an InputError");
  };

  test("weights come from <driver>.<feature>, in the file's feature order", () => {
    const resolved = resolveAllocation(rules, withDrivers({ "hoursByFeature.podcasts": "10", "hoursByFeature.music-streaming": "90" }));
    expect(resolved.rules[0].weights.map(([f, w]) => [f, w.toFixed()])).toEqual([["music-streaming", "90"], ["podcasts", "10"]]);
  });

  test("fails on a driver no stack declares, at the rule's line", () => {
    expect(resolveError({ "monthlyActiveUsers.EU": "1" }).message).toContain('policies/allocation.yaml, line 5 (rules[0].split.driver): no stack declares the driver "hoursByFeature" by feature (looked for hoursByFeature.<feature>; drivers declared: monthlyActiveUsers.EU)');
  });

  test("fails on a driver naming an unknown feature, or only zeros", () => {
    expect(resolveError({ "hoursByFeature.podcast": "1" }).message).toContain('the driver value hoursByFeature.podcast names "podcast", which is not a feature of this file (features: music-streaming, podcasts). Did you mean "podcasts"?');
    expect(resolveError({ "hoursByFeature.podcasts": "0" }).message).toContain('every value of the driver "hoursByFeature" is 0');
    expect(resolveError({ "hoursByFeature.podcasts": "-1" }).message).toContain("the driver value hoursByFeature.podcasts is the string \"-1\"");
  });
});
