import { InputError } from "./errors";

/**
 * User-facing messages about scenario files (`scenarios/<name>.yaml`), built by the named factories below. Each names
 * the file, the line and the key path inside it, says what is wrong, what is allowed and how to fix it.
 */

/** Where a scenario problem is: `scenarios/2026.yaml, line 7 (drivers.monthlyActiveUsersByGeo.NA)`. */
export interface ScenarioPlace {
  readonly file: string;
  readonly line?: number;
  /** The key path inside the file: `drivers.bitrateMix.free`, or `the top level`. */
  readonly path: string;
}

function placeText(p: ScenarioPlace): string {
  return `${p.file}${p.line !== undefined ? `, line ${p.line}` : ""} (${p.path})`;
}

function scenarioError(p: ScenarioPlace, problem: string, fix: string): InputError {
  return new InputError(`scenario ${placeText(p)}: ${problem}. ${fix} The scenario format: docs/scenarios.md.`, p.file, p.line !== undefined ? `line ${p.line}, ${p.path}` : p.path);
}

export const scenarioErrors = {
  syntax: (file: string, line: number | undefined, detail: string) =>
    new InputError(`${file} is not valid YAML${line !== undefined ? ` at line ${line}` : ""}: ${detail}. Fix the syntax there.`, file, line !== undefined ? `line ${line}` : undefined),
  empty: (file: string) =>
    scenarioError({ file, path: "the top level" }, "the file is empty", 'Give it a "description:" and the "drivers:" it changes.'),
  unknownKey: (p: ScenarioPlace, key: string, allowed: readonly string[]) =>
    scenarioError(p, `unknown key "${key}"`, `Allowed keys here: ${allowed.join(", ")}. Fix the spelling or remove the key.`),
  missingKey: (p: ScenarioPlace, key: string, what: string) =>
    scenarioError(p, `"${key}" is missing`, `Add ${what}.`),
  nothingChanged: (p: ScenarioPlace) =>
    scenarioError(p, "the scenario changes nothing", 'Give it "drivers:" to override, or "priceBooks:" / "discounts:" to add.'),
  badName: (p: ScenarioPlace, name: string, expected: string) =>
    scenarioError(p, `the name "${name}" differs from the file's name "${expected}"`, `Rename the file to ${name}.yaml, or set name: "${expected}" (or leave "name" out: it defaults to the file's name).`),
  reservedName: (p: ScenarioPlace, name: string) =>
    scenarioError(p, `"${name}" is the name of the drivers as stacks/drivers.ts sets them`, "Give the scenario another name (and file name)."),
  badFileName: (file: string) =>
    scenarioError({ file, path: "the file name" }, "a scenario's file name is its name: letters, digits, '.', '_' and '-', ending in .yaml or .yml", "Rename the file."),
  unknownDriver: (p: ScenarioPlace, key: string, suggestion: string | undefined, known: readonly string[]) =>
    scenarioError(p, `unknown driver "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`, `Drivers here: ${known.join(", ")}. Fix the name (the app documents its drivers where it sets them: stacks/drivers.ts in the reference app).`),
  wrongType: (p: ScenarioPlace, expected: string, seen: string) =>
    scenarioError(p, `expected ${expected}, got ${seen}`, "Change the value to that type (the type of the baseline value the app sets)."),
  negative: (p: ScenarioPlace, seen: string) =>
    scenarioError(p, `a count, size or rate cannot be negative, got ${seen}`, "Give 0 or more."),
  notFraction: (p: ScenarioPlace, seen: string) =>
    scenarioError(p, `a share or rate is from 0 to 1, got ${seen}`, "Give a fraction such as 0.92 (not a percentage such as 92)."),
  sharesSum: (p: ScenarioPlace, sum: string) =>
    scenarioError(p, `the shares add up to ${sum}, not 1`, "Make them add up to exactly 1 (a share map is replaced whole: list every share)."),
  numberOutOfRange: (p: ScenarioPlace, literal: string) =>
    scenarioError(p, `the number ${literal.slice(0, 40)} is out of range`, "Give a number with an exponent from -1000 to 1000."),
  badDecimal: (p: ScenarioPlace, seen: string) =>
    scenarioError(p, `expected a decimal number such as "0.02", got ${seen}`, "Write it as a plain decimal, without a currency sign or separators."),
  missingSource: (p: ScenarioPlace, key: string) =>
    scenarioError(p, `the figure "${key}" has no source`, `Add "${key}: <where the figure comes from>" under "sources:" (a document, URL and date, or "assumption: <why>"); a source on a parent key covers what is under it.`),
  sourceForNothing: (p: ScenarioPlace, key: string) =>
    scenarioError(p, `"${key}" is not a driver the scenario overrides`, 'Each key under "sources:" names an overridden driver (a dotted path such as monthlyActiveUsersByGeo.NA, or a parent of one). Remove it or fix the path.'),
  badDate: (p: ScenarioPlace, seen: string) =>
    scenarioError(p, `expected a date YYYY-MM-DD, got ${seen}`, 'Give the date the discounts take effect, such as "2026-01-01" (quoted).'),
  emptyText: (p: ScenarioPlace) =>
    scenarioError(p, "the text is empty", "Write it out."),
  priceBookMissing: (p: ScenarioPlace, book: string) =>
    scenarioError(p, `the price book ${book} does not exist`, "Give a path to a price book JSON file, relative to the scenario file."),
};
