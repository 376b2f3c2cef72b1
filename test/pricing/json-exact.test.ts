import * as fc from "fast-check";
import { JsonProblem, MAX_NESTING, parseJsonExact } from "../../pricing/json-exact";
import { cpuTimer } from "../helpers/cpu";

const problem = (text: string): JsonProblem => {
  try {
    parseJsonExact(text);
  } catch (e) {
    if (e instanceof JsonProblem) return e;
    throw e;
  }
  throw new Error("expected a problem");
};

describe("parseJsonExact", () => {
  test("reads what JSON.parse reads, the same way", () => {
    fc.assert(fc.property(fc.json({ maxDepth: 5 }), (text) => {
      expect(parseJsonExact(text)).toEqual(JSON.parse(text));
    }), { numRuns: 1000 });
    const withProto = parseJsonExact('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(Object.keys(withProto)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test("rejects what JSON.parse rejects", () => {
    for (const bad of ["", "{", "[1,]", '{"a":1,}', "01", "1.", "-", '"a\nb"', "tru", "{} {}", "'a'", '{"a" 1}', "NaN", "[1 2]", '"\\x"']) {
      expect(() => JSON.parse(bad)).toThrow();
      expect(problem(bad).kind).toBe("syntax");
    }
  });

  test("numbers a double cannot hold exactly come as their exact decimal text", () => {
    expect(parseJsonExact("9007199254740993")).toBe("9007199254740993");
    expect(parseJsonExact("5912.3404644775390625")).toBe("5912.3404644775390625");
    expect(parseJsonExact("1e400")).toBe("1" + "0".repeat(400));
    expect(parseJsonExact("0.1")).toBe(0.1); // "0.1" is what money(0.1) gives back: exact
    expect(parseJsonExact("12345678901234567")).toBe("12345678901234567");
    expect(parseJsonExact("9007199254740992")).toBe(9007199254740992); // 2^53 is held exactly
    expect(parseJsonExact("-0")).toBe(-0);
    expect(problem("1e1001").kind).toBe("limit");
  });

  test("a key given twice is a problem naming the key and where", () => {
    const p = problem('{"a": 1,\n "b": {"c": 1, "c": 2}}');
    expect(p.kind).toBe("duplicate");
    expect(p.detail).toBe("c");
    expect(p.offset).toBe('{"a": 1,\n "b": {"c": 1, '.length);
    expect(parseJsonExact('[{"a": 1}, {"a": 2}]')).toEqual([{ a: 1 }, { a: 2 }]); // same key, other objects: fine
  });

  test("nesting beyond the limit is a problem, fast, without a stack overflow", () => {
    expect(() => parseJsonExact("[".repeat(MAX_NESTING) + "]".repeat(MAX_NESTING))).not.toThrow();
    const elapsed = cpuTimer();
    expect(problem("[".repeat(1_000_000)).kind).toBe("limit");
    expect(elapsed()).toBeLessThan(1000);
  });

  test("linear: 20,000 distinct keys and a 5 MB string read in well under a second", () => {
    const keys = `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}": ${i}`).join(",")}}`;
    const big = JSON.stringify({ s: "x".repeat(5_000_000) });
    const elapsed = cpuTimer();
    parseJsonExact(keys);
    parseJsonExact(big);
    expect(elapsed()).toBeLessThan(1000);
  });
});
