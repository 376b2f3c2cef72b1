import { Lazy, TerraformStack, Testing, Token } from "cdktf";
import { Construct } from "constructs";
import { ConstructError, constructErrors, shown } from "../../constructs/errors";
import { literal, lookup, PropsCheck, rules } from "../../constructs/validation";
import { Unpriceable } from "../../pricing/errors";
import { closeMatch } from "../../pricing/nearest";
import { constructErrorOf } from "../helpers/construct-error";

class Widget extends Construct {}

/** The problems a check finds on a fresh construct at app/widget, as [prop, message] pairs. */
function problemsOf(run: (check: PropsCheck) => void): [string, string][] {
  const check = new PropsCheck(new Widget(new TerraformStack(Testing.app(), "app"), "widget"));
  run(check);
  try {
    check.throwIfAny();
  } catch (e) {
    return (e as ConstructError).problems.map((p) => [p.prop, p.message]);
  }
  return [];
}

const tokenNumber = () => Token.asNumber(Lazy.numberValue({ produce: () => 1 }));
const tokenString = () => Lazy.stringValue({ produce: () => "x" });

describe("PropsCheck", () => {
  test("throws nothing when nothing is wrong, and every problem once, in order, naming the construct and its path", () => {
    expect(problemsOf((c) => c.number("n", 3, rules.whole(1)))).toEqual([]);
    const e = constructErrorOf(() => {
      const check = new PropsCheck(new Widget(new TerraformStack(Testing.app(), "app"), "widget"));
      check.number("a", -1, rules.atLeast(0));
      check.add("b", "b is wrong; fix b");
      check.throwIfAny();
    });
    expect(e).toBeInstanceOf(ConstructError);
    expect(e.message).toBe("Widget at app/widget has invalid props:\n  - a (-1) must be ≥ 0\n  - b is wrong; fix b");
    expect(e.problems).toEqual([{ prop: "a", message: "a (-1) must be ≥ 0" }, { prop: "b", message: "b is wrong; fix b" }]);
  });

  test("number: undefined passes; a value out of bounds, NaN, Infinity or a non-number fails with the rule's wording", () => {
    expect(problemsOf((c) => c.number("n", undefined, rules.atLeast(0)))).toEqual([]);
    expect(problemsOf((c) => {
      c.number("a", 2.5, rules.whole(0));
      c.number("b", NaN, rules.atLeast(0));
      c.number("c", Infinity, rules.atLeast(0));
      c.number("d", "3", rules.atLeast(0));
      c.number("e", 0, rules.above(0, "GB"));
      c.number("f", 11, rules.between(1, 10, "hours"));
      c.number("g", 7, rules.whole(8, 256));
      c.number("h", 5, rules.whole(10, undefined, "GiB"));
      c.number("i", 300, rules.oneOf([128, 256], "for a 1st gen function"));
      c.number("j", 1.5, rules.fraction("0.92 for 92 %"));
    })).toEqual([
      ["a", "a (2.5) must be a whole number ≥ 0"],
      ["b", "b (NaN) must be ≥ 0"],
      ["c", "c (Infinity) must be ≥ 0"],
      ["d", 'd ("3") must be ≥ 0'],
      ["e", "e (0) must be > 0 GB"],
      ["f", "f (11) must be from 1 to 10 hours"],
      ["g", "g (7) must be a whole number from 8 to 256"],
      ["h", "h (5) must be a whole number ≥ 10 GiB"],
      ["i", "i (300) must be one of 128, 256 for a 1st gen function"],
      ["j", "j (1.5) must be from 0 to 1 (0.92 for 92 %)"],
    ]);
    // bounds are inclusive where the wording says "from … to"
    expect(problemsOf((c) => [c.number("a", 1, rules.between(1, 10)), c.number("b", 10, rules.between(1, 10)), c.number("c", 0, rules.atLeast(0))])).toEqual([]);
  });

  test("number: a token is skipped, or reported when the construct sizes from it or it is usage", () => {
    expect(problemsOf((c) => c.number("n", tokenNumber(), rules.atLeast(0), "skip"))).toEqual([]);
    expect(problemsOf((c) => {
      c.number("size", tokenNumber(), rules.atLeast(0));
      c.number("usage.x", tokenNumber(), rules.atLeast(0), "usage");
    })).toEqual([
      ["size", "size is a token; the construct sizes its resources from it at synth, so it must be a number"],
      ["usage.x", "usage.x is an unresolved token; usage is never rendered into Terraform, so give a plain number"],
    ]);
  });

  test("minMax: min above max fails with the fix; equal bounds, missing bounds and tokens pass", () => {
    expect(problemsOf((c) => c.minMax("minNodes", 5, "maxNodes", 3))).toEqual([["minNodes", "minNodes (5) must be ≤ maxNodes (3); raise maxNodes or lower minNodes"]]);
    expect(problemsOf((c) => {
      c.minMax("a", 3, "b", 3);
      c.minMax("a", undefined, "b", 3);
      c.minMax("a", tokenNumber(), "b", 3);
    })).toEqual([]);
  });

  test("oneOf and keys: a value or key not in the list fails, with a did-you-mean only for a close match", () => {
    expect(problemsOf((c) => {
      c.oneOf("geo", "EUR", ["NA", "EU", "APAC"]);
      c.oneOf("geo", "Mars", ["NA", "EU", "APAC"]);
      c.oneOf("geo", "EU", ["NA", "EU", "APAC"]);
      c.oneOf("geo", undefined, ["NA"]);
      c.oneOf("geo", tokenString(), ["NA"]);
      c.keys("split", { fastly: 1, clodflare: 1 }, "CDN", ["fastly", "cloudflare"]);
    })).toEqual([
      ["geo", 'geo ("EUR") must be one of NA, EU, APAC; did you mean "EU"?'],
      ["geo", 'geo ("Mars") must be one of NA, EU, APAC'],
      ["split", 'split has an unknown CDN "clodflare"; allowed: fastly, cloudflare; did you mean "cloudflare"?'],
    ]);
  });

  test("pattern, known and labels: literal strings are checked, tokens skipped or reported as needed", () => {
    expect(problemsOf((c) => {
      c.pattern("path", "/tmp", /^gs:\/\//, "a Cloud Storage path starting with gs://");
      c.pattern("path", "gs://b", /^gs:\/\//, "a Cloud Storage path");
      c.pattern("path", tokenString(), /^gs:\/\//, "a Cloud Storage path");
      c.known("name", tokenString(), "it names the servers");
      c.known("name", "origin", "it names the servers");
      c.labels("labels", { team: "core", Team: "x", feature: "Pub/Sub", ok: tokenString() });
      c.labels("labels", undefined);
    })).toEqual([
      ["path", 'path ("/tmp") must be a Cloud Storage path starting with gs://'],
      ["name", "name is a token; it names the servers, so it must be known at synth: give a literal value"],
      ["labels.Team", 'labels key "Team" must be lowercase letters, digits, "_" or "-", starting with a letter (at most 63)'],
      ["labels.feature", 'labels["feature"] value "Pub/Sub" must be lowercase letters, digits, "_" or "-" (at most 63)'],
    ]);
  });

  test("count tells whether a later check may rely on the earlier ones", () => {
    problemsOf((c) => {
      expect(c.count).toBe(0);
      c.number("a", -1, rules.atLeast(0));
      expect(c.count).toBe(1);
    });
  });
});

describe("helpers", () => {
  test("literal tells tokens apart from values known at synth", () => {
    expect([literal(1), literal("a"), literal(tokenNumber()), literal(tokenString()), literal(undefined)]).toEqual([true, true, false, false, true]);
  });

  test("lookup returns the fact, or undefined with costkit's reason for an unknown name; other errors are defects and pass through", () => {
    const find = (name: string) => {
      if (name === "boom") throw new TypeError("a defect");
      if (name !== "n2-standard-8") throw new Unpriceable(`unknown machine type "${name}"`);
      return { vcpus: 8 };
    };
    const reasons: string[] = [];
    expect(lookup("n2-standard-8", find)).toEqual({ vcpus: 8 });
    expect(lookup("n2-standard-7", find, (r) => reasons.push(r))).toBeUndefined();
    expect(lookup(tokenString(), find, (r) => reasons.push(r))).toBeUndefined();
    expect(reasons).toEqual(['unknown machine type "n2-standard-7"']);
    expect(() => lookup("boom", find)).toThrow(TypeError);
  });

  test("closeMatch suggests only a near miss", () => {
    expect(closeMatch(["warehouse", "realtime"], "warehous")).toBe("warehouse");
    expect(closeMatch(["NA", "EU"], "Mars")).toBeUndefined();
    expect(closeMatch(["NA", "EU"], "EU")).toBeUndefined();
    expect(closeMatch([], "x")).toBeUndefined();
  });

  test("messages quote strings and show other values as written", () => {
    expect([shown("a"), shown(3), shown([1, "b"]), shown({ a: 1 }), shown(undefined)]).toEqual(['"a"', "3", '[1, "b"]', '{"a":1}', "undefined"]);
    expect(constructErrors.notOneOf("cpu", 1000, [256, 512], undefined, "CPU units")).toBe("cpu (1000) must be one of 256, 512 CPU units");
  });
});
