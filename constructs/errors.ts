import { IConstruct } from "constructs";

/**
 * Errors of the construct layer: a construct given invalid props, or asked for something it cannot do. Messages are
 * for people and come from the factories below: what went wrong, the value seen, what is allowed and how to fix it;
 * the error adds where (the construct's class and path).
 */

/** One problem found in a construct's props: the prop it is about (`usage.cacheHitRate`) and the message. */
export interface ConstructProblem {
  /** Where in the props, as written in the app: `minInstances`, `workloads[0].cpu`, `tables["events"].retainedDays`. */
  readonly prop: string;
  /** The whole message: it names the prop, the value seen, what is allowed and the fix. */
  readonly message: string;
}

/**
 * A construct used wrongly. Invalid props are collected and thrown once, every problem listed:
 *
 *     GkeAutoscalingCluster at app/gke/cluster has invalid props:
 *       - minNodesPerZone (5) must be ≤ maxNodesPerZone (3); raise maxNodesPerZone or lower minNodesPerZone
 *
 * Under the cdktf CLI the message is printed alone, without a stack trace (see `reportConstructErrorsAtSynth`).
 */
export class ConstructError extends Error {
  private constructor(
    /** The construct's class (`TieredStorage`). */
    readonly construct: string,
    /** Its path in the construct tree (`app/storage/catalog`); empty for the app itself. */
    readonly path: string,
    readonly problems: readonly ConstructProblem[],
    heading: string,
  ) {
    super(`${construct} ${path === "" ? "(the app)" : `at ${path}`}${heading}`);
    this.name = "ConstructError";
    reportConstructErrorsAtSynth();
  }

  /** Every problem found in a construct's props, at once. */
  static invalidProps(scope: IConstruct, problems: readonly ConstructProblem[]): ConstructError {
    return new ConstructError(kindOf(scope), scope.node.path, problems, ` has invalid props:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`);
  }

  /** A call the construct cannot honour (a table it does not have, a name declared twice). */
  static misuse(scope: IConstruct, prop: string, message: string): ConstructError {
    return new ConstructError(kindOf(scope), scope.node.path, [{ prop, message }], `: ${message}`);
  }
}

function kindOf(scope: IConstruct): string {
  return scope.constructor.name;
}

/** A value as messages quote it: strings in quotes, anything else as JavaScript prints it. */
export function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(shown).join(", ")}]`;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** "; did you mean \"x\"?" after a message, when there is a close match. */
export const didYouMean = (suggestion: string | undefined): string => (suggestion === undefined ? "" : `; did you mean "${suggestion}"?`);

/** Messages of the recurring problems, each naming the prop, the value, what is allowed and the fix. */
export const constructErrors = {
  /** A value outside what the prop allows (`allowed` reads after "must be": "a whole number ≥ 1"). */
  notAllowed: (prop: string, value: unknown, allowed: string, fix?: string) => `${prop} (${shown(value)}) must be ${allowed}${fix ? `; ${fix}` : ""}`,
  /** A token where the construct needs the number at synth to size its resources. */
  sizingToken: (prop: string) => `${prop} is a token; the construct sizes its resources from it at synth, so it must be a number`,
  /** A token in usage, which is never rendered into Terraform and so never resolves. */
  usageToken: (prop: string) => `${prop} is an unresolved token; usage is never rendered into Terraform, so give a plain number`,
  /** A token where the construct needs a literal (a name it validates or derives from). */
  literalNeeded: (prop: string, why: string) => `${prop} is a token; ${why}, so it must be known at synth: give a literal value`,
  minAboveMax: (minProp: string, min: unknown, maxProp: string, max: unknown) =>
    `${minProp} (${shown(min)}) must be ≤ ${maxProp} (${shown(max)}); raise ${maxProp} or lower ${minProp}`,
  /** A value that is not one of a fixed list (`note` adds why, e.g. "(automatic scaling uses F classes)"). */
  notOneOf: (prop: string, value: unknown, allowed: readonly (string | number)[], suggestion?: string, note?: string) =>
    `${prop} (${shown(value)}) must be one of ${allowed.join(", ")}${note ? ` ${note}` : ""}${didYouMean(suggestion)}`,
  /** A key of a map prop that is not one of the known keys (`what`: "CDN", "geo", "tier"). */
  unknownKey: (prop: string, what: string, key: string, allowed: readonly string[], suggestion?: string) =>
    `${prop} has an unknown ${what} "${key}"; allowed: ${allowed.join(", ")}${didYouMean(suggestion)}`,
  /** A name a list uses twice (`what`: "name", "table id"; `each`: "workload", "table"). */
  usedTwice: (prop: string, what: string, name: string, each: string) => `${prop}: the ${what} "${name}" is used twice; give each ${each} its own ${what}`,
  /** A name that refers to an entry of another prop that does not exist. */
  notDeclared: (prop: string, name: string, what: string, known: readonly string[], suggestion?: string) =>
    `${prop} names "${name}", which is not ${what}; use one of: ${known.join(", ") || "(none)"}${didYouMean(suggestion)}`,
  empty: (prop: string, fix: string) => `${prop} is empty; ${fix}`,
  labelKey: (prop: string, key: string) => `${prop} key "${key}" must be lowercase letters, digits, "_" or "-", starting with a letter (at most 63)`,
  labelValue: (prop: string, key: string, value: string) => `${prop}["${key}"] value "${value}" must be lowercase letters, digits, "_" or "-" (at most 63)`,

  // Misuse of a construct's methods and of the integration
  noSuchTable: (tableId: string, tables: readonly string[], suggestion?: string) =>
    `no table "${tableId}"; the warehouse has ${tables.join(", ") || "no tables"}${didYouMean(suggestion)}`,
  costItemTwice: (address: string) => `a cost item ${address} already exists; give each item its own name.`,
  priceTwice: (id: string, before: string, now: string) =>
    `${id} is already declared at ${before} USD in this stack, and now at ${now}; one model has one price: give the other configuration its own model name`,
  enabledTwice: () => "Costkit.enable() was called twice on the same app; call it once, after defining the stacks.",
  noCdkLibrary: () => "costkit needs CDK for Terraform or CDK Terrain: install `cdktf` or `cdktn` in the app (npm install cdktn).",
};

let reporting = false;

/**
 * Under the cdktf CLI (which sets CDKTF_OUTDIR), a ConstructError the app does not catch is printed as its message
 * alone on standard error, and the app exits 1: the CLI shows one clear error instead of a stack trace through
 * costkit's sources. Any other uncaught error is left to Node, as if this handler were not there. COSTKIT_DEBUG=1
 * keeps Node's report with the stack trace.
 */
function reportConstructErrorsAtSynth(): void {
  if (reporting || process.env.CDKTF_OUTDIR === undefined || process.env.COSTKIT_DEBUG) return;
  reporting = true;
  const onUncaught = (e: unknown): void => {
    if (e instanceof ConstructError) {
      process.stderr.write(`costkit: ${e.message}\n`);
      process.exit(1);
    }
    process.removeListener("uncaughtException", onUncaught);
    // Nobody else handles it: Node reports it and exits, as it would have.
    if (process.listenerCount("uncaughtException") === 0) process.nextTick(() => { throw e; });
  };
  process.on("uncaughtException", onUncaught);
}
