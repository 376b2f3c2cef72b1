import { errors } from "../pricing/errors";

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

/** Parses `--name value`, `--name=value` and `--flag`; unknown options are errors naming the command's options. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2);
      const spec = specs.find((s) => s.name === rawName);
      if (!spec) throw errors.badArgument(`unknown option --${rawName} for \`costkit ${command}\`; options: ${specs.map((s) => `--${s.name}`).join(", ")}. See \`costkit ${command} --help\`.`);
      if (spec.value) {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith("--"))) throw errors.badArgument(`--${spec.name} needs a value (${spec.value})`);
        const list = options.get(spec.name) ?? [];
        if (list.length > 0 && !spec.repeatable) throw errors.badArgument(`--${spec.name} is given twice`);
        options.set(spec.name, [...list, value]);
      } else {
        if (inline !== undefined) throw errors.badArgument(`--${spec.name} takes no value`);
        flags.add(spec.name);
      }
    } else if (arg.startsWith("-") && arg !== "-") {
      if (arg === "-h") flags.add("help");
      else throw errors.badArgument(`unknown option ${arg} for \`costkit ${command}\`; see \`costkit ${command} --help\``);
    } else positional.push(arg);
  }
  return { positional, options, flags };
}

export function helpText(usage: string, summary: string, specs: readonly OptionSpec[], extra = ""): string {
  const rows = specs.map((s) => [`--${s.name}${s.value ? ` ${s.value}` : ""}`, s.description + (s.repeatable ? " (repeatable)" : "")]);
  const w = Math.max(...rows.map((r) => r[0].length));
  return `Usage: ${usage}\n\n${summary}\n\nOptions:\n${rows.map(([a, b]) => `  ${a.padEnd(w)}  ${b}`).join("\n")}\n${extra ? `\n${extra}\n` : ""}`;
}
