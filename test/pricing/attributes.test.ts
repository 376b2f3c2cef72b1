import fc from "fast-check";
import { Attributes } from "../../pricing/attributes";
import { UnresolvedValue } from "../../pricing/errors";
import { TerraformResolver } from "../../pricing/terraform/resolver";
import { variableDeclarations } from "../../pricing/terraform/variables";

const resolver = new TerraformResolver(
  variableDeclarations({ size: { default: 50 }, zone: { default: "europe-west1-b" }, missing: {} }, "test.tf.json"),
  { prefix: "media" },
);

/** What a read gives: its value, or the message of what it threw. */
function outcome(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (e) {
    if (e instanceof UnresolvedValue) return { unresolved: e.message };
    throw e;
  }
}

describe("attribute reads", () => {
  // A single name is read without walking a path (the common read); an `unknown` map of `{}` (no unknowns) takes the
  // general walk, so the two must agree on every body and name.
  const value = fc.oneof(
    fc.constantFrom("${var.size}", "${local.prefix}-a", "${var.missing}", "$${literal}", "n2-standard-8", "", "0"),
    fc.integer({ min: -5, max: 5 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant([{ size_gb: 10 }]),
    fc.constant({ min_node_count: 1 }),
  );
  const names = ["name", "size", "zone", "0", "1", "", "constructor", "node_config"];
  const body = fc.dictionary(fc.constantFrom(...names), value);

  test("a single name reads the same as the general path walk", () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...names), (b, name) => {
        const fast = new Attributes(b, resolver);
        const walked = new Attributes(b, resolver, {});
        expect(outcome(() => fast.get(name))).toEqual(outcome(() => walked.get(name)));
        expect(outcome(() => fast.str(name))).toEqual(outcome(() => walked.str(name)));
      }),
      { numRuns: 300 },
    );
  });

  test("names of Object.prototype are never read as attributes; an own __proto__ key of parsed JSON is", () => {
    const parsed = new Attributes(JSON.parse('{"__proto__": 5, "block": {"__proto__": 6}}'), resolver);
    expect(parsed.get("__proto__")).toBe(5);
    expect(parsed.get("block.__proto__")).toBe(6);
    const plain = new Attributes(JSON.parse('{"block": {}}'), resolver);
    for (const name of ["__proto__", "toString", "constructor", "hasOwnProperty", "block.toString", "block.__proto__"]) expect(plain.get(name)).toBeUndefined();
  });

  test("literals, variables, locals and escapes resolve; the rest is unknown before apply, named by its path", () => {
    const a = new Attributes({ size: "${var.size}", name: "${local.prefix}-a", raw: "$${var.size}", other: "${var.missing}" }, resolver);
    expect(a.num("size")).toBe(50);
    expect(a.str("name")).toBe("media-a");
    expect(a.str("raw")).toBe("${var.size}");
    expect(() => a.str("other")).toThrow(/other is not known before apply/);
  });

  test("a numeric segment indexes a block list, and a block written as an object is its own element 0", () => {
    expect(new Attributes({ disk: [{ size: 1 }, { size: 2 }] }, resolver).num("disk.1.size")).toBe(2);
    expect(new Attributes({ disk: { size: 3 } }, resolver).num("disk.0.size")).toBe(3);
    expect(new Attributes({ disk: { size: 3 } }, resolver).get("disk.1.size")).toBeUndefined();
  });
});
