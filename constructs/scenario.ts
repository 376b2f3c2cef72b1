import * as path from "path";
import { readJsonFile } from "../pricing/books";
import { InputError } from "../pricing/errors";
import { PriceBookJson } from "../pricing/price-book";
import { applyOverrides, DriverSchema, loadScenarioFile, Scenario, SCENARIO_ENV, SCENARIO_VALIDATE_ENV, VALIDATED_MARKER } from "../pricing/scenario-file";

/** The drivers an app synthesizes with, and what the scenario (if any) adds. */
export interface ScenarioDrivers<T> {
  /** The baseline drivers, or the scenario's overrides applied to them. */
  readonly drivers: T;
  /** The scenario, when COSTKIT_SCENARIO names one. */
  readonly scenario?: Scenario;
  /** Price books the scenario adds (its files, and its discounts as an override book): add them to every stack. */
  readonly priceBooks: readonly PriceBookJson[];
}

/**
 * An app's business drivers for this synth: the baseline (`schema.defaults`), or the scenario file COSTKIT_SCENARIO
 * names applied to it (`costkit scenarios` sets it; docs/scenarios.md). A bad scenario file ends the app with its
 * message (file, line, key) on stderr and exit code 2, before anything is synthesized. With COSTKIT_SCENARIO_VALIDATE=1
 * (COSTKIT_SCENARIO may then name several files, joined with the path delimiter) the app validates the files and exits.
 */
export function scenarioDrivers<T extends Record<string, unknown>>(schema: DriverSchema & { readonly defaults: T }, env: NodeJS.ProcessEnv = process.env): ScenarioDrivers<T> {
  const named = env[SCENARIO_ENV];
  if (named === undefined || named === "") return { drivers: schema.defaults, priceBooks: [] };
  try {
    if (env[SCENARIO_VALIDATE_ENV] === "1") {
      for (const file of named.split(path.delimiter)) priceBooksOf(loadScenarioFile(file, schema));
      process.stdout.write(`${VALIDATED_MARKER}\n`);
      process.exit(0);
    }
    const scenario = loadScenarioFile(named, schema);
    return { drivers: applyOverrides(schema.defaults, scenario.drivers, schema), scenario, priceBooks: priceBooksOf(scenario) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`costkit: error: ${e.message}\n`);
    process.exit(e.exitCode);
  }
}

/** The price books a scenario adds: its files, then its discounts as one override book. */
export function priceBooksOf(scenario: Scenario): PriceBookJson[] {
  const books = scenario.priceBooks.map((f) => readJsonFile(f) as PriceBookJson);
  if (scenario.discounts.length > 0) {
    books.push({
      formatVersion: "1",
      id: `scenario-${scenario.name}-discounts`,
      kind: "override",
      currency: "USD",
      effectiveDate: scenario.effectiveDate!,
      description: `Discounts of the scenario ${scenario.name} (${scenario.file}).`,
      prices: [],
      discounts: scenario.discounts,
    });
  }
  return books;
}
