import * as fs from "fs";
import * as path from "path";
import type { Document, Scalar } from "yaml";
import { yaml } from "./yaml";
import { parseJsonText, readJsonFile } from "./books";
import { errors, YAML_MAX_ALIAS_COUNT } from "./errors";
import { Money } from "./money";
import { displayPath, HclConverter, mergeModuleFiles, moduleFilesIn, moduleFolderId, moduleFolderReader, readModuleFiles } from "./module-folders";
import { readInputText } from "./read-input";
import { readTerraform, TfDocument } from "./terraform";
import { suppliedVariables, VariableInputs } from "./terraform/tfvars";
import { UsageFile, usageFileFromJson } from "./usage";

export { displayPath } from "./module-folders";

/** One stack to price: its name and its Terraform document. */
export interface StackInput {
  readonly stack: string;
  readonly document: TfDocument;
  /** The folder the stack's files live in (for writing reports beside cdk.tf.json), when read from a folder. */
  readonly folder?: string;
}

function stackFromFile(file: string, stack: string, inputs: VariableInputs, folder?: string): StackInput {
  const json = readJsonFile(file);
  return { stack, document: readRootModule(json, displayPath(file), path.dirname(file), inputs, new HclConverter()), ...(folder ? { folder } : {}) };
}

/**
 * A root module read from `folder`: variables from the tfvars files there and `inputs`; module calls expanded from
 * the module folders that local sources name, or that .terraform/modules/modules.json records for other sources.
 */
function readRootModule(json: unknown, shown: string, folder: string, inputs: VariableInputs, hcl: HclConverter): TfDocument {
  const variables = suppliedVariables(folder, inputs, displayPath);
  return readTerraform(json, shown, { variables, modules: { reader: moduleFolderReader(folder, hcl), folder: moduleFolderId(folder) } });
}

/**
 * Finds what to price at a path: a cdktf.out folder (every stack under stacks/), a stack folder (cdk.tf.json), a
 * *.tf.json file, or a plan JSON. Stacks come in name order. Variables take their values as `terraform plan` gives
 * them: terraform.tfvars.json and *.auto.tfvars.json beside the configuration, then `inputs` (--var-file, --var).
 */
export function loadStacks(input: string, inputs: VariableInputs = {}): StackInput[] {
  const stacks = findStacks(input, inputs);
  const count = stacks.reduce((n, s) => n + s.document.resources.length, 0);
  if (count > MAX_RESOURCES) throw errors.tooManyResources(displayPath(input), count, MAX_RESOURCES);
  return stacks;
}

/**
 * Most resources costkit prices in one run, over all stacks: checked before pricing, so that the report of the
 * largest accepted input (about 650 bytes a resource and 450 a cost line in JSON) stays far below the longest string
 * Node can hold (2^29 characters), which a 1.6-million-resource input passed.
 */
export const MAX_RESOURCES = 100_000;

function findStacks(input: string, inputs: VariableInputs): StackInput[] {
  const stat = statInput(input);
  if (stat.isFile() && input.endsWith(".tf")) {
    const hcl = new HclConverter();
    const merged = mergeModuleFiles(readModuleFiles([input], hcl));
    return [{ stack: path.basename(input).replace(/\.tf$/, ""), document: readRootModule(merged, displayPath(input), path.dirname(input), inputs, hcl) }];
  }
  if (!stat.isDirectory()) { // a file, or a pipe such as <(terraform show -json plan): read as one file
    const base = path.basename(input).replace(/\.tf\.json$|\.json$/, "");
    const stack = base === "cdk" ? path.basename(path.dirname(path.resolve(input))) : base;
    return [stackFromFile(input, stack, inputs)];
  }
  const folders = stackFoldersOf(input);
  if (folders !== undefined) {
    // A cdk.tf.json that is a broken link is read (and named in the error), not skipped.
    const stacks = folders.filter((f) => isPresent(path.join(f.folder, "cdk.tf.json")));
    if (stacks.length === 0) throw errors.noInput(input);
    return stacks.map((f) => stackFromFile(path.join(f.folder, "cdk.tf.json"), f.stack, inputs, f.folder));
  }
  const cdk = path.join(input, "cdk.tf.json");
  if (fs.existsSync(cdk)) return [stackFromFile(cdk, path.basename(path.resolve(input)), inputs, input)];
  const moduleFiles = moduleFilesIn(input);
  if (moduleFiles.length > 0) {
    const hcl = new HclConverter();
    const merged = mergeModuleFiles(readModuleFiles(moduleFiles, hcl));
    return [{ stack: path.basename(path.resolve(input)), document: readRootModule(merged, displayPath(input), input, inputs, hcl), folder: input }];
  }
  throw errors.noInput(input);
}

/** What is at an input path; a missing one is bad input naming it. */
export function statInput(input: string): fs.Stats {
  try {
    return fs.statSync(input);
  } catch {
    throw errors.unreadable(input, "no such file or folder");
  }
}

/**
 * The stack folders of a cdktf.out folder (`<dir>/stacks/<stack>/`), by name; undefined when `dir` has no `stacks`
 * folder. The one place that walks an output folder: stacks to price and reports to read both come from here.
 */
export function stackFoldersOf(dir: string): { readonly stack: string; readonly folder: string }[] | undefined {
  const stacksDir = path.join(dir, "stacks");
  if (!fs.existsSync(stacksDir) || !fs.statSync(stacksDir).isDirectory()) return undefined;
  return fs.readdirSync(stacksDir).sort()
    .map((stack) => ({ stack, folder: path.join(stacksDir, stack) }))
    .filter((f) => isPresent(f.folder) && fs.statSync(f.folder, { throwIfNoEntry: false })?.isDirectory() !== false);
}

/** Whether a path names something, even a symbolic link to nothing. */
export function isPresent(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads a usage file, YAML or JSON (by extension; `.yml`/`.yaml` are YAML, anything else is tried as JSON). */
export function loadUsageFile(file: string): UsageFile {
  const text = readInputText(file); // its problems are InputErrors naming the file
  const shown = displayPath(file);
  return usageFileFromJson(parseYamlOrJson(text, shown), shown);
}

export function parseYamlOrJson(text: string, file: string): unknown {
  if (/\.ya?ml$/i.test(file)) {
    try {
      const doc = parseYaml(text, file, { uniqueKeys: true, prettyErrors: true });
      if (doc.errors.length > 0) throw doc.errors[0];
      keepNumbersExact(doc, file);
      return doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
    } catch (e) {
      if (isAliasBomb(e)) throw errors.yamlAliasBomb(file);
      if (e instanceof yaml().YAMLParseError) {
        const pos = e.linePos?.[0];
        // The parser's first line may end with its own "at line L, column C": the position is said once.
        const first = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
        throw errors.malformedYaml(file, `${first}${pos ? ` (line ${pos.line}, column ${pos.col})` : ""}`);
      }
      throw e;
    }
  }
  return parseJsonText(text, file);
}

/**
 * Deepest nesting of mappings and lists in a YAML file (usage, budgets). Lower than JSON's MAX_NESTING: the yaml
 * parser recurses per level and exhausts Node's default stack at about 850 nested flow lists (`[[[…]]]`).
 */
export const MAX_YAML_NESTING = 500;

/**
 * Parses YAML within MAX_YAML_NESTING: a deeper document, or one deep enough to exhaust the parser's stack, is an
 * InputError naming the file, the line where it passes the limit (when known) and the limit.
 */
export function parseYaml(text: string, file: string, options: Parameters<typeof import("yaml").parseDocument>[1]): Document {
  const { isMap, isPair, isSeq, parseDocument } = yaml();
  let doc: Document;
  try {
    doc = parseDocument(text, options);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw errors.yamlTooDeep(file, undefined, MAX_YAML_NESTING);
    throw e;
  }
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  if (overflow) throw errors.yamlTooDeep(file, undefined, MAX_YAML_NESTING); // where the parser gave up, not where the limit passed
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_YAML_NESTING) throw errors.yamlTooDeep(file, node.range ? lineOf(text, node.range[0]) : undefined, MAX_YAML_NESTING);
    for (const item of node.items) stack.push([isPair(item) ? item.value : item, depth + 1]);
  }
  return doc;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

const YAML_NUMBER = /^[-+]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][-+]?\d+)?$/;
const MAX_EXPONENT = 1000;

/**
 * Numbers in YAML as they are written: one that a double does not hold exactly (`5912.3404644775390625`, `1e400`)
 * becomes its exact decimal text, which every reader of amounts accepts (as JSON input does).
 */
function keepNumbersExact(doc: Document, file: string): void {
  yaml().visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== "number" || node.source === undefined || !YAML_NUMBER.test(node.source)) return;
      const literal = node.source.replace(/_/g, "");
      const exponent = /[eE]([-+]?\d+)$/.exec(literal);
      if (exponent && Math.abs(Number(exponent[1])) > MAX_EXPONENT) {
        throw errors.malformedYaml(file, `the number ${literal.slice(0, 40)} is out of range (exponents up to ${MAX_EXPONENT})`);
      }
      const exact = new Money(literal);
      if (!(Number.isFinite(node.value) && exact.eq(node.value))) node.value = exact.toFixed();
    },
  });
}

/** The yaml package's answer to a "billion laughs" file: a ReferenceError, not a YAMLParseError. */
export function isAliasBomb(e: unknown): boolean {
  return e instanceof ReferenceError && /alias count/i.test(e.message);
}
