import { choiceOf, helpShown, helpText, onePath, OptionSpec, parseArgs } from "../../cli/args";
import { InputError } from "../../pricing/errors";
import { runCli } from "../helpers/cli";

const SPECS: readonly OptionSpec[] = [
  { name: "format", value: "FORMAT", description: "output format" },
  { name: "var", value: "NAME=VALUE", repeatable: true, description: "a variable" },
  { name: "usage-template", description: "print a skeleton" },
  { name: "help", description: "show this help" },
];

const parse = (...argv: string[]) => {
  const r = parseArgs(argv, SPECS, "estimate");
  return { positional: r.positional, options: Object.fromEntries(r.options), flags: [...r.flags] };
};

/** The message of the InputError that parsing throws (fails if it throws nothing, or another error). */
function errorOf(...argv: string[]): string {
  try {
    parseArgs(argv, SPECS, "estimate");
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).exitCode).toBe(2);
    return (e as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to be rejected`);
}

describe("parseArgs", () => {
  test("takes --name value and --name=value, flags, -h, repeatable options in order, and positionals anywhere", () => {
    expect(parse("a", "--format", "json", "b")).toEqual({ positional: ["a", "b"], options: { format: ["json"] }, flags: [] });
    expect(parse("--format=json")).toEqual({ positional: [], options: { format: ["json"] }, flags: [] });
    expect(parse("--format=a=b")).toEqual({ positional: [], options: { format: ["a=b"] }, flags: [] });
    expect(parse("--format=")).toEqual({ positional: [], options: { format: [""] }, flags: [] });
    expect(parse("--var", "a=1", "--var=b=2", "--usage-template")).toEqual({ positional: [], options: { var: ["a=1", "b=2"] }, flags: ["usage-template"] });
    expect(parse("-h")).toEqual({ positional: [], options: {}, flags: ["help"] });
    expect(parse("--format", "-", "-")).toEqual({ positional: ["-"], options: { format: ["-"] }, flags: [] });
    expect(parse("--var=-x")).toEqual({ positional: [], options: { var: ["-x"] }, flags: [] });
  });

  test("takes everything after -- as positional, options included", () => {
    expect(parse("a", "--", "--format", "-h")).toEqual({ positional: ["a", "--format", "-h"], options: {}, flags: [] });
  });

  test("fails on an unknown option, naming the command's options and the nearest one when it is close", () => {
    expect(errorOf("--frmat", "json")).toBe(
      "unknown option --frmat for `costkit estimate`; did you mean --format? Options: --format, --var, --usage-template, --help. See `costkit estimate --help`.",
    );
    expect(errorOf("--usage-templat=1")).toMatch(/^unknown option --usage-templat for `costkit estimate`; did you mean --usage-template\?/);
    expect(errorOf("--colour")).toBe("unknown option --colour for `costkit estimate`. Options: --format, --var, --usage-template, --help. See `costkit estimate --help`.");
    expect(errorOf("-x")).toMatch(/^unknown option -x for `costkit estimate`\. Options: --format/);
    expect(errorOf("--constructor")).toMatch(/^unknown option --constructor /);
    expect(errorOf("--__proto__=1")).toMatch(/^unknown option --__proto__ /);
  });

  test("fails if a value-taking option has no value, or an option where its value should be", () => {
    expect(errorOf("--format")).toBe("--format needs a value (FORMAT)");
    expect(errorOf("--format", "--usage-template")).toBe('--format needs a value (FORMAT), got the option-like "--usage-template"; for a value that starts with "-", write --format=--usage-template');
    expect(errorOf("--var", "-x")).toMatch(/^--var needs a value \(NAME=VALUE\), got the option-like "-x"; for a value that starts with "-", write --var=-x$/);
  });

  test("fails if a flag is given a value", () => {
    expect(errorOf("--usage-template=yes")).toBe("--usage-template takes no value; give it alone, as --usage-template");
  });

  test("fails if an option that takes one value is given twice; repeatable ones collect", () => {
    expect(errorOf("--format", "json", "--format=table")).toBe("--format is given twice; give it once (it takes one FORMAT)");
    expect(parse("--var", "a=1", "--var", "a=2").options).toEqual({ var: ["a=1", "a=2"] });
  });

  test("through the CLI: exit 2, the command and the message on stderr, nothing on stdout", async () => {
    const r = await runCli(["estimate", "x", "--fromat", "json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^costkit estimate: error: unknown option --fromat for `costkit estimate`; did you mean --format\? Options: --usage, /);
  });
});

describe("what commands share", () => {
  const args = (...argv: string[]) => parseArgs(argv, SPECS, "estimate");

  test("choiceOf: the value, the fallback when absent, else an error naming the choices and the nearest", () => {
    expect(choiceOf(args("--format", "json"), "format", ["table", "json"], "table")).toBe("json");
    expect(choiceOf(args(), "format", ["table", "json"], "table")).toBe("table");
    expect(() => choiceOf(args("--format", "jsno"), "format", ["table", "json"], "table")).toThrow('--format must be one of table, json, got "jsno"; did you mean json?');
    expect(() => choiceOf(args("--format", "xml"), "format", ["table", "json"], "table")).toThrow(/^--format must be one of table, json, got "xml"$/);
  });

  test("onePath: exactly one positional", () => {
    expect(onePath(args("a"), "estimate")).toBe("a");
    expect(() => onePath(args("a", "b"), "estimate")).toThrow("costkit estimate takes one <path>, got 2. See `costkit estimate --help`.");
    expect(() => onePath(args(), "estimate")).toThrow(/takes one <path>, got 0/);
  });

  test("helpShown: prints the help only for --help or -h", () => {
    let out = "";
    const io = { out: (t: string) => (out += t) };
    expect(helpShown(args("a"), "HELP", io)).toBe(false);
    expect(out).toBe("");
    expect(helpShown(args("-h"), "HELP", io)).toBe(true);
    expect(out).toBe("HELP");
  });
});

describe("helpText", () => {
  const specs: OptionSpec[] = [
    { name: "out", value: "FILE", description: "short" },
    { name: "fail-on-increase", value: "AMOUNT|PERCENT%", description: `${"word ".repeat(40)}end`, repeatable: true },
    { name: "help", description: "show this help" },
  ];
  const text = helpText("costkit x", "Summary.", specs, "Extra.");
  const optionLines = text.split("\n").slice(text.split("\n").indexOf("Options:") + 1, text.split("\n").indexOf("Extra.") - 1);

  test("aligns every description in one column after the widest option, continuation lines included", () => {
    const column = "  --fail-on-increase AMOUNT|PERCENT%  ".length;
    expect(optionLines[0]).toBe(`  --out FILE${" ".repeat(column - "  --out FILE".length)}short`);
    for (const line of optionLines.slice(1, -1)) expect(line.length - line.trimStart().length === column || line.startsWith("  --fail-on-increase")).toBe(true);
    expect(optionLines[optionLines.length - 1]).toBe(`  --help${" ".repeat(column - "  --help".length)}show this help`);
  });

  test("wraps long descriptions at 118 columns without losing a word, and marks repeatable options", () => {
    expect(optionLines.length).toBeGreaterThan(3);
    for (const line of optionLines) expect(line.length).toBeLessThanOrEqual(118);
    const description = optionLines.slice(1, -1).map((l) => l.trim()).join(" ").replace(/^--fail-on-increase AMOUNT\|PERCENT%\s+/, "");
    expect(description).toBe(`${"word ".repeat(40)}end (repeatable)`);
  });

  test("lays out usage, summary, options and the extra text", () => {
    expect(text.startsWith("Usage: costkit x\n\nSummary.\n\nOptions:\n  --out FILE")).toBe(true);
    expect(text.endsWith("\n\nExtra.\n")).toBe(true);
    expect(helpText("u", "s", [specs[0]])).toBe("Usage: u\n\ns\n\nOptions:\n  --out FILE  short\n");
  });
});
