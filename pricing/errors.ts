/**
 * User-facing errors of the pricing layer, built by the named factories below. Each says what went wrong,
 * the value seen, what is allowed, how to fix it, and where (file, path inside it).
 */
export class InputError extends Error {
  /** Exit code of the CLI for bad input (docs/cli.md: 2). */
  readonly exitCode = 2;
  constructor(message: string, readonly file?: string, readonly where?: string) {
    super(message);
    this.name = "InputError";
  }
}

/** A value in the Terraform JSON that cannot be known before apply (a reference, a variable without a default, for_each). */
/** How many times a YAML alias may be used per node (the yaml package's maxAliasCount). */
export const YAML_MAX_ALIAS_COUNT = 100;

export class UnresolvedValue extends Error {
  /** `detail` says what is unknown when it is not the whole expression (`var.size has no value …`). */
  /** `subject` is what is unknown, as written (`aws_launch_template.this[0].id`), when the evaluation knows it. */
  /** `resource` is the resource attribute the unknown value stands for, when the evaluation knows it: the address as the
   *  resource's own module names it when the resource is in that module (`aws_db_instance.this`), else from the root
   *  (`module.master.aws_db_instance.this`). */
  constructor(readonly path: string, readonly expression: string, readonly detail?: string, readonly subject?: string, readonly resource?: { readonly address: string; readonly attribute: string }) {
    super(`${path} is not known before apply (${truncate(expression, 80)})${detail ? `: ${detail}` : ""}`);
    this.name = "UnresolvedValue";
  }
}

/**
 * A Terraform expression costkit cannot evaluate (syntax it does not read, a function it does not know, a type error,
 * a limit passed): the value stays unknown, and the message says why instead of "not known before apply".
 */
export class UnevaluableValue extends UnresolvedValue {
  constructor(path: string, expression: string, readonly reason: string) {
    super(path, expression);
    this.message = `${path} cannot be evaluated by costkit (${truncate(expression, 80)}): ${reason}`;
    this.name = "UnevaluableValue";
  }
}

/** A line or a resource that cannot be priced, with the reason (never priced as zero). */
export class Unpriceable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "Unpriceable";
  }
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

function at(file: string | undefined, where: string | undefined): string {
  if (file && where) return ` (in ${file}, at ${where})`;
  if (file) return ` (in ${file})`;
  if (where) return ` (at ${where})`;
  return "";
}

export const errors = {
  malformedJson: (file: string, detail: string, fix = "Fix the syntax at that position") =>
    new InputError(`${file} is not valid JSON: ${detail}. ${fix}.`, file),
  yamlAliasBomb: (file: string) =>
    new InputError(`${file} is rejected: its YAML aliases (*name) expand to too many nodes (the limit is ${YAML_MAX_ALIAS_COUNT} alias uses per node, against "billion laughs" files). Write the values out, or use fewer aliases.`, file),
  yamlTooDeep: (file: string, line: number | undefined, limit: number) =>
    new InputError(`${file} is rejected: its YAML nests mappings and lists more than ${limit} levels deep${line !== undefined ? ` (line ${line})` : ""}, the deepest costkit reads. Flatten the file.`, file, line !== undefined ? `line ${line}` : undefined),
  malformedYaml: (file: string, detail: string) =>
    new InputError(`${file} is not valid YAML: ${detail}. Fix the syntax at that position.`, file),
  inputTooLarge: (file: string, bytes: number, limit: number) =>
    new InputError(`${file} is too large: ${bytes} bytes or more, over costkit's limit of ${limit} bytes (${limit / 1024 / 1024} MiB) for one input file. Split the stacks, or price the plan of a smaller module.`, file),
  binaryInput: (file: string) =>
    new InputError(`${file} is not a text file (it holds NUL bytes): costkit reads JSON and YAML. Pass the file itself, not a device or a binary.`, file),
  jsonDuplicateKey: (file: string, key: string, line: number, column: number) =>
    new InputError(`${file} gives the key ${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)} twice in the same object (the second at line ${line}, column ${column}); JSON readers would keep only one of them, silently. Remove or rename one.`, file),
  inputLimit: (file: string, detail: string, line: number, column: number) =>
    new InputError(`${file} is over a limit of costkit at line ${line}, column ${column}: ${detail}. See "Limits" in the README.`, file),
  unreadable: (file: string, detail: string) => new InputError(`cannot read ${file}: ${detail}`, file),
  notTerraformJson: (file: string) =>
    new InputError(
      `${file} is neither Terraform JSON configuration (with a "resource" block) nor a plan from \`terraform show -json\` (with "resource_changes" or "planned_values"). Pass a cdk.tf.json, a *.tf.json, a plan JSON, a stack folder or a cdktf.out folder.`,
      file,
    ),
  noInput: (path: string) =>
    new InputError(
      `${path} holds nothing to price: expected a cdktf.out folder (with manifest.json or stacks/*/cdk.tf.json), a stack folder (with cdk.tf.json), a Terraform module (a folder of *.tf or *.tf.json files, or one such file) or a plan JSON (terraform show -json).`,
      path,
    ),
  // usage
  usageNotAnObject: (file: string, where: string, seen: string) =>
    new InputError(`usage${at(file, where)} must be a mapping of keys to values, got ${seen}.`, file, where),
  unknownUsageTopKey: (file: string, key: string) =>
    new InputError(
      `unknown key "${key}"${at(file, key)}: a usage file has "version", "resource_usage" (keyed by resource address) and "resource_type_default_usage" (keyed by resource type).`,
      file,
      key,
    ),
  unknownUsageKey: (file: string, where: string, key: string, allowed: string[]) =>
    new InputError(
      `unknown usage key "${key}"${at(file, where)}. ${allowed.length ? `Keys for this resource: ${allowed.join(", ")}.` : "This resource takes no usage."} Remove the key or fix its spelling (\`costkit estimate <path> --usage-template\` lists every key; docs/usage-keys.md documents them).`,
      file,
      where,
    ),
  usageWrongType: (file: string, where: string, expected: string, seen: string) =>
    new InputError(`usage value${at(file, where)} must be ${expected}, got ${seen}.`, file, where),
  usageNegative: (file: string, where: string, seen: string) =>
    new InputError(`usage value${at(file, where)} is negative (${seen}); usage quantities must be 0 or more.`, file, where),
  usageAboveMax: (file: string, where: string, seen: string, max: number, unit: string) =>
    new InputError(`usage value${at(file, where)} is ${seen} ${unit}, more than the ${max} ${unit} there can be (a month is 730 hours); fix the value.`, file, where),
  usageConflict: (file: string, where: string, key: string, other: string) =>
    new InputError(`usage${at(file, where)} gives both ${key} and ${other}, which say the same thing two ways; give one of them.`, file, `${where}.${key}`),
  usageRangeOrder: (file: string, where: string, seen: string) =>
    new InputError(`usage range${at(file, where)} is out of order (${seen}); it needs min ≤ expected ≤ max.`, file, where),
  usageUnknownResourceType: (file: string, where: string, type: string) =>
    new InputError(
      `usage for resource type "${type}"${at(file, where)}, but costkit prices no such type. Check the spelling or remove the entry.`,
      file,
      where,
    ),
  usageUnknownEnumValue: (file: string, where: string, seen: string, allowed: readonly string[]) =>
    new InputError(`usage value${at(file, where)} is "${seen}"; allowed: ${allowed.join(", ")}.`, file, where),
  badHcl: (file: string, detail: string) =>
    new InputError(`${file} is not valid Terraform: ${detail}. Fix the syntax (terraform validate shows the same error).`, file),
  badTerraform: (file: string, where: string, detail: string) =>
    new InputError(`${file} is not valid Terraform JSON at ${where}: ${detail}. Fix the file (terraform validate shows the same).`, file, where),
  moduleCycle: (file: string, address: string, chain: string) =>
    new InputError(
      `${address} (in ${file}) calls a module that is already being read: ${chain}. A module cannot call itself, directly or through other modules (Terraform rejects it too); fix the call's source.`,
      file,
      address,
    ),
  moduleTooDeep: (file: string, address: string, chain: string, max: number) =>
    new InputError(
      `${address} (in ${file}) nests modules more than ${max} deep: ${chain}. costkit reads at most ${max} levels of module calls; flatten the modules or estimate the plan instead (terraform show -json).`,
      file,
      address,
    ),
  moduleArgumentUndeclared: (file: string, where: string, name: string, module: string, declared: readonly string[]) =>
    new InputError(
      `${file} is not valid Terraform at ${where}: the module ${module} has no variable "${name}" (it declares ${declared.length ? declared.join(", ") : "no variables"}). Remove the argument or fix its name (terraform validate shows the same).`,
      file,
      where,
    ),
  // Terraform values costkit cannot price as given (Terraform would reject them too)
  tooManyResources: (input: string, count: number, limit: number) =>
    new InputError(`${input} holds ${grouped(count)} resources; costkit prices at most ${grouped(limit)} in one run. Estimate the stacks or folders separately.`, input),
  tooManyLines: (file: string, stack: string, count: number, limit: number) =>
    new InputError(`the stack ${stack} (in ${file}) comes to ${grouped(count)} cost lines; costkit writes at most ${grouped(limit)} in one stack's report. Split the stack.`, file),
  totalBeyondDigits: (file: string, place: string, bound: string, exact: string, digits: number) =>
    new InputError(
      `${place} (in ${file}): the ${bound} monthly cost adds up to ${exact.length > 80 ? `${exact.slice(0, 40)}…${exact.slice(-20)}` : exact}, which needs more than ${digits} significant digits, the most costkit keeps exactly. A size, count or usage quantity is far too large (a typo such as 2.5e41?); fix it.`,
      file,
    ),
  negativeQuantity: (file: string, address: string, line: string, seen: string) =>
    new InputError(
      `${address} (in ${file}): "${line}" comes to a negative quantity (${seen}) from the resource's configuration: a size, count or number of nodes is negative. Fix the attribute; Terraform would reject it too.`,
      file,
      address,
    ),
  badCount: (file: string, address: string, seen: string) =>
    new InputError(`${address}.count (in ${file}) must be a whole number from 0 to 9007199254740991, got ${seen}. Fix the count.`, file, `${address}.count`),
  // price books
  badPriceBook: (file: string, where: string, detail: string) =>
    new InputError(`price book ${file} is invalid at ${where}: ${detail}`, file, where),
  // arguments
  badArgument: (detail: string) => new InputError(detail),
};

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string "${truncate(value, 60)}"`;
  return `${typeof value} ${String(value)}`;
}

/** 100000 → "100,000" (not toLocaleString: messages are the same in every locale). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
