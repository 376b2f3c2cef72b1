import { parseYamlOrJson } from "../../pricing/load";

describe("numbers in YAML input are read exactly", () => {
  test("a number a double cannot hold keeps its exact decimal text; ordinary numbers stay numbers", () => {
    const v = parseYamlOrJson("a: 5912.3404644775390625\nb: 1\nc: 0.1\nd: 1_000\ne: [12345678901234567890]\n", "usage.yml") as Record<string, unknown>;
    expect(v.a).toBe("5912.3404644775390625");
    expect(v.b).toBe(1);
    expect(v.c).toBe(0.1);
    expect(v.d).toBe("1_000"); // YAML 1.2 reads it as a string (usage quantities accept it)
    expect(v.e).toEqual(["12345678901234567890"]);
  });

  test("an exponent beyond ±1000 is bad input naming the file, not Infinity", () => {
    expect(() => parseYamlOrJson("a: 1e400\n", "usage.yml")).not.toThrow();
    expect((parseYamlOrJson("a: 1e400\n", "usage.yml") as { a: string }).a).toBe("1" + "0".repeat(400));
    expect(() => parseYamlOrJson("a: 1e1001\n", "usage.yml")).toThrow(/usage\.yml.*out of range \(exponents up to 1000\)/);
  });

  test("strings that look like numbers stay strings, and YAML errors still name the position", () => {
    expect(parseYamlOrJson('a: "5912.3404644775390625"\n', "u.yml")).toEqual({ a: "5912.3404644775390625" });
    expect(() => parseYamlOrJson("a: [1,\n", "u.yml")).toThrow(/u\.yml.*line \d+, column \d+/);
  });
});
