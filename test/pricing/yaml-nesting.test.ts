import { MAX_YAML_NESTING, parseYaml } from "../../pricing/load";

const nestedLists = (levels: number) => `x: ${"[".repeat(levels - 1)}${"]".repeat(levels - 1)}\n`;

describe("YAML nesting limit", () => {
  test(`${MAX_YAML_NESTING} levels are read`, () => {
    expect(parseYaml(nestedLists(MAX_YAML_NESTING), "u.yml", {}).errors).toEqual([]);
  });

  test(`fails if a document nests ${MAX_YAML_NESTING + 1} levels, naming the file, the line and the limit`, () => {
    expect(() => parseYaml(`a: 1\n${nestedLists(MAX_YAML_NESTING + 1)}`, "u.yml", {})).toThrow(
      /^u\.yml is rejected: its YAML nests mappings and lists more than 500 levels deep \(line 2\)/,
    );
  });

  test("fails with the same message, not a stack overflow, when the parser itself runs out of stack", () => {
    expect(() => parseYaml(nestedLists(10_000), "u.yml", {})).toThrow(/^u\.yml is rejected: its YAML nests .* more than 500 levels deep/);
  });
});
