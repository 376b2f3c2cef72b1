import { parseArgs as parseNodeArgs } from "node:util";
import { errors } from "../pricing/errors";
import { closeMatch } from "../pricing/nearest";

export interface OptionSpec {
  readonly name: string;
  /** Takes a value (`--format json`); repeatable options collect every value. */
  readonly value?: string;
  readonly repeatable?: boolean;
  readonly description: string;
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
}

type NodeOptions = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

/** The options as Node's parser takes them: a value-taking option is a string, repeatable ones `multiple`; `-h` is --help. */
function nodeOptions(specs: readonly OptionSpec[]): NodeOptions {
  const out: NodeOptions = Object.create(null);
  for (const s of specs) {
    out[s.name] = { type: s.value ? "string" : "boolean", ...(s.repeatable ? { multiple: true } : {}), ...(s.name === "help" ? { short: "h" } : {}) };
  }
  return out;
}

/**
 * Parses a command's arguments with Node's `util.parseArgs` in strict mode: `--name value`, `--name=value`, `--flag`,
 * `-h` (for --help) and `--` (everything after it is positional). Bad arguments are errors naming the command's options:
 * an unknown option (with the nearest known one), a value missing or given to a flag, an option given twice that is
 * not repeatable.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const parsed = strictParse(argv, specs, command);
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== "option") continue;
    const spec = specs.find((s) => s.name === t.name)!;
    if (!spec.value) {
      flags.add(spec.name);
      continue;
    }
    const list = options.get(spec.name) ?? [];
    if (list.length > 0 && !spec.repeatable) throw argErrors.givenTwice(spec);
    options.set(spec.name, [...list, t.value!]);
  }
  return { positional: parsed.positionals, options, flags };
}

function strictParse(argv: readonly string[], specs: readonly OptionSpec[], command: string) {
  try {
    return parseNodeArgs({ args: [...argv], options: nodeOptions(specs), allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    if (!isParseArgsError(e)) throw e;
    throw explain(argv, specs, command) ?? errors.badArgument(`${e.message} See \`costkit ${command} --help\`.`);
  }
}

/** Node's parser errors carry a code (not `instanceof Error` across realms, e.g. under jest: test the code). */
function isParseArgsError(e: unknown): e is { code: string; message: string } {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

/**
 * What strict parsing rejected, in costkit's words: the arguments parsed again leniently, the first token at fault
 * named with what the command accepts.
 */
function explain(argv: readonly string[], specs: readonly OptionSpec[], command: string): Error | undefined {
  const { tokens } = parseNodeArgs({ args: [...argv], options: nodeOptions(specs), allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = specs.find((s) => s.name === t.name);
    if (!spec) return argErrors.unknownOption(t.rawName, specs, command);
    if (!spec.value && t.value !== undefined) return argErrors.flagWithValue(spec);
    if (spec.value && (t.value === undefined || (!t.inlineValue && t.value.startsWith("-") && t.value !== "-"))) return argErrors.valueMissing(spec, t.value);
  }
  return undefined;
}

/** Messages for bad arguments: what is wrong, what the command accepts, how to fix it. */
const argErrors = {
  unknownOption: (raw: string, specs: readonly OptionSpec[], command: string) => {
    const names = specs.map((s) => `--${s.name}`);
    const near = raw.startsWith("--") ? closeMatch(names, raw.split("=")[0]) : undefined;
    return errors.badArgument(
      `unknown option ${raw} for \`costkit ${command}\`${near ? `; did you mean ${near}?` : "."} Options: ${names.join(", ")}. See \`costkit ${command} --help\`.`,
    );
  },
  flagWithValue: (spec: OptionSpec) => errors.badArgument(`--${spec.name} takes no value; give it alone, as --${spec.name}`),
  valueMissing: (spec: OptionSpec, next: string | undefined) =>
    errors.badArgument(
      `--${spec.name} needs a value (${spec.value})${next === undefined ? "" : `, got the option-like "${next}"; for a value that starts with "-", write --${spec.name}=${next}`}`,
    ),
  notAChoice: (name: string, seen: string, allowed: readonly string[]) => {
    const near = closeMatch(allowed, seen);
    return errors.badArgument(`--${name} must be one of ${allowed.join(", ")}, got "${seen}"${near ? `; did you mean ${near}?` : ""}`);
  },
  givenTwice: (spec: OptionSpec) => errors.badArgument(`--${spec.name} is given twice; give it once (it takes one ${spec.value})`),
};

/** Prints the command's help when --help or -h is given: true when it did (the command then exits 0). */
export function helpShown(args: ParsedArgs, help: string, io: { out(text: string): void }): boolean {
  if (!args.flags.has("help")) return false;
  io.out(help);
  return true;
}

/** The one <path> a command takes. */
export function onePath(args: ParsedArgs, command: string): string {
  if (args.positional.length !== 1) throw errors.badArgument(`costkit ${command} takes one <path>, got ${args.positional.length}. See \`costkit ${command} --help\`.`);
  return args.positional[0];
}

/** The value of an option that takes one of a few words (`fallback` when it is not given); a near miss gets a suggestion. */
export function choiceOf<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const seen = args.options.get(name)?.[0] ?? fallback;
  if ((allowed as readonly string[]).includes(seen)) return seen as T;
  throw argErrors.notAChoice(name, seen, allowed);
}

/** Width of the help text: descriptions wrap at this column, under their own column. */
const HELP_WIDTH = 118;

export function helpText(usage: string, summary: string, specs: readonly OptionSpec[], extra = ""): string {
  const rows = specs.map((s) => [`--${s.name}${s.value ? ` ${s.value}` : ""}`, s.description + (s.repeatable ? " (repeatable)" : "")]);
  const w = Math.max(...rows.map((r) => r[0].length));
  const indent = " ".repeat(2 + w + 2);
  const lines = rows.map(([a, b]) => `  ${a.padEnd(w)}  ${wrap(b, HELP_WIDTH - indent.length).join(`\n${indent}`)}`);
  return `Usage: ${usage}\n\n${summary}\n\nOptions:\n${lines.join("\n")}\n${extra ? `\n${extra}\n` : ""}`;
}

/** Words into lines of at most `width` characters (a longer word stays whole on its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}
