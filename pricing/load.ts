import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { parseJsonText, readJsonFile } from "./books";
import { errors, YAML_MAX_ALIAS_COUNT } from "./errors";
import { readInputText } from "./read-input";
import { forEachResourceBlock, readTerraform, TfDocument } from "./terraform";
import { hclToJson } from "./terraform/hcl";
import { suppliedVariables, VariableInputs } from "./terraform/tfvars";
import { UsageFile, usageFileFromJson } from "./usage";

/** One stack to price: its name and its Terraform document. */
export interface StackInput {
  readonly stack: string;
  readonly document: TfDocument;
  /** The folder the stack's files live in (for writing reports beside cdk.tf.json), when read from a folder. */
  readonly folder?: string;
}

function stackFromFile(file: string, stack: string, inputs: VariableInputs, folder?: string): StackInput {
  const json = readJsonFile(file);
  const variables = suppliedVariables(path.dirname(file), inputs, displayPath);
  return { stack, document: readTerraform(json, displayPath(file), { variables }), ...(folder ? { folder } : {}) };
}

/** Paths in reports and messages are relative to the working directory, so output never holds absolute paths. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === "" ? "." : rel.startsWith("..") ? file : rel;
}

/**
 * Finds what to price at a path: a cdktf.out folder (every stack under stacks/), a stack folder (cdk.tf.json), a
 * *.tf.json file, or a plan JSON. Stacks come in name order. Variables take their values as `terraform plan` gives
 * them: terraform.tfvars.json and *.auto.tfvars.json beside the configuration, then `inputs` (--var-file, --var).
 */
export function loadStacks(input: string, inputs: VariableInputs = {}): StackInput[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw errors.unreadable(input, "no such file or folder");
  }
  if (stat.isFile() && input.endsWith(".tf")) {
    const merged = mergeModuleFiles(readModuleFiles([input]));
    const variables = suppliedVariables(path.dirname(input), inputs, displayPath);
    return [{ stack: path.basename(input).replace(/\.tf$/, ""), document: readTerraform(merged, displayPath(input), { variables }) }];
  }
  if (!stat.isDirectory()) { // a file, or a pipe such as <(terraform show -json plan): read as one file
    const base = path.basename(input).replace(/\.tf\.json$|\.json$/, "");
    const stack = base === "cdk" ? path.basename(path.dirname(path.resolve(input))) : base;
    return [stackFromFile(input, stack, inputs)];
  }
  const stacksDir = path.join(input, "stacks");
  if (fs.existsSync(stacksDir) && fs.statSync(stacksDir).isDirectory()) {
    // A cdk.tf.json that is a broken link is read (and named in the error), not skipped.
    const names = fs.readdirSync(stacksDir).filter((n) => isPresent(path.join(stacksDir, n, "cdk.tf.json"))).sort();
    if (names.length === 0) throw errors.noInput(input);
    return names.map((n) => stackFromFile(path.join(stacksDir, n, "cdk.tf.json"), n, inputs, path.join(stacksDir, n)));
  }
  const cdk = path.join(input, "cdk.tf.json");
  if (fs.existsSync(cdk)) return [stackFromFile(cdk, path.basename(path.resolve(input)), inputs, input)];
  const moduleFiles = fs.readdirSync(input).filter((f) => f.endsWith(".tf.json") || f.endsWith(".tf")).sort();
  if (moduleFiles.length > 0) {
    const variables = suppliedVariables(input, inputs, displayPath);
    const merged = mergeModuleFiles(readModuleFiles(moduleFiles.map((f) => path.join(input, f))));
    return [{ stack: path.basename(path.resolve(input)), document: readTerraform(merged, displayPath(input), { variables }), folder: input }];
  }
  throw errors.noInput(input);
}

/** The files of a module as Terraform JSON: *.tf.json as they are, *.tf (HCL) converted. */
function readModuleFiles(files: readonly string[]): { shown: string; json: unknown }[] {
  const hcl = files.filter((f) => f.endsWith(".tf"));
  const converted = hclToJson(hcl.map((f) => ({ shown: displayPath(f), text: readText(f) })));
  return files.map((f) => {
    const i = hcl.indexOf(f);
    return { shown: displayPath(f), json: i >= 0 ? converted[i] : readJsonFile(f) };
  });
}

function readText(file: string): string {
  return readInputText(file); // size-capped; its problems are InputErrors naming the file
}

/**
 * A root module's files concatenated as Terraform does: a resource is defined in one file only; provider
 * configurations add up; other blocks (variables, locals, outputs) merge.
 */
function mergeModuleFiles(files: readonly { shown: string; json: unknown }[]): Record<string, unknown> {
  // Keys come from the input: records without a prototype, so that `__proto__` or `constructor` is a plain key.
  const merged: Record<string, unknown> = Object.create(null);
  const resources: Record<string, Record<string, unknown>> = Object.create(null);
  const providers: Record<string, unknown[]> = Object.create(null);
  const definedIn = new Map<string, string>();
  for (const { shown, json } of files) {
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw errors.badTerraform(shown, "the top level", "expected an object of Terraform blocks");
    const doc = json as Record<string, unknown>;
    forEachResourceBlock(doc.resource, shown, (type, name, body) => {
      const first = definedIn.get(`${type}.${name}`);
      if (first !== undefined) throw errors.badTerraform(shown, `resource.${type}.${name}`, `the resource is also defined in ${first}; a resource address must be unique across the files of a module`);
      definedIn.set(`${type}.${name}`, shown);
      (resources[type] ??= Object.create(null))[name] = body;
    });
    for (const [k, v] of Object.entries(doc)) {
      if (k === "resource") continue;
      if (k === "provider" && typeof v === "object" && v !== null && !Array.isArray(v)) {
        for (const [name, cfg] of Object.entries(v)) (providers[name] ??= []).push(...(Array.isArray(cfg) ? cfg : [cfg]));
      } else if (typeof v === "object" && v !== null && !Array.isArray(v)) merged[k] = deepMerge((merged[k] as Record<string, unknown>) ?? Object.create(null), v as Record<string, unknown>);
      else merged[k] = v;
    }
  }
  merged.resource = resources;
  if (Object.keys(providers).length > 0) merged.provider = providers;
  return merged;
}

/** Whether a path names something, even a symbolic link to nothing. */
function isPresent(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.assign(Object.create(null), a);
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = typeof cur === "object" && cur !== null && !Array.isArray(cur) && typeof v === "object" && v !== null && !Array.isArray(v)
      ? deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>)
      : v;
  }
  return out;
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
      return parseYaml(text, { uniqueKeys: true, prettyErrors: true, maxAliasCount: YAML_MAX_ALIAS_COUNT });
    } catch (e) {
      if (isAliasBomb(e)) throw errors.yamlAliasBomb(file);
      if (e instanceof YAMLParseError) {
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

/** The yaml package's answer to a "billion laughs" file: a ReferenceError, not a YAMLParseError. */
export function isAliasBomb(e: unknown): boolean {
  return e instanceof ReferenceError && /alias count/i.test(e.message);
}
