import * as fs from "fs";
import * as path from "path";
import { readJsonFile } from "./books";
import { describeValue, errors } from "./errors";
import { forEachResourceBlock } from "./terraform";
import { hclToJson } from "./terraform/hcl";
import { isLocalSource, ModuleFound, ModuleNotFound, ModuleReader, notExpanded } from "./terraform/modules";

/** Paths in reports and messages are relative to the working directory, so output never holds absolute paths. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === "" ? "." : rel.startsWith("..") ? file : rel;
}

/** The Terraform files of a module folder (`*.tf`, `*.tf.json`), in name order. */
export function moduleFilesIn(folder: string): string[] {
  return fs.readdirSync(folder).filter((f) => f.endsWith(".tf.json") || f.endsWith(".tf")).sort().map((f) => path.join(folder, f));
}

/** The files of a module as Terraform JSON: *.tf.json as they are, *.tf (HCL) converted. */
export function readModuleFiles(files: readonly string[]): { shown: string; json: unknown }[] {
  const hcl = files.filter((f) => f.endsWith(".tf"));
  const converted = hclToJson(hcl.map((f) => ({ shown: displayPath(f), text: readText(f) })));
  return files.map((f) => {
    const i = hcl.indexOf(f);
    return { shown: displayPath(f), json: i >= 0 ? converted[i] : readJsonFile(f) };
  });
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw errors.unreadable(displayPath(file), (e as Error).message);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A module's files concatenated as Terraform does: a resource is defined in one file only; provider
 * configurations add up; other blocks (variables, locals, outputs, modules) merge.
 */
export function mergeModuleFiles(files: readonly { shown: string; json: unknown }[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const resources: Record<string, Record<string, unknown>> = {};
  const providers: Record<string, unknown[]> = {};
  const definedIn = new Map<string, string>();
  for (const { shown, json } of files) {
    if (!isObject(json)) throw errors.badTerraform(shown, "the top level", "expected an object of Terraform blocks");
    forEachResourceBlock(json.resource, shown, (type, name, body) => {
      const first = definedIn.get(`${type}.${name}`);
      if (first !== undefined) throw errors.badTerraform(shown, `resource.${type}.${name}`, `the resource is also defined in ${first}; a resource address must be unique across the files of a module`);
      definedIn.set(`${type}.${name}`, shown);
      (resources[type] ??= {})[name] = body;
    });
    for (const [k, v] of Object.entries(json)) {
      if (k === "resource") continue;
      if (k === "provider" && isObject(v)) {
        for (const [name, cfg] of Object.entries(v)) (providers[name] ??= []).push(...(Array.isArray(cfg) ? cfg : [cfg]));
      } else if (isObject(v)) merged[k] = deepMerge((merged[k] as Record<string, unknown>) ?? {}, v);
      else merged[k] = v;
    }
  }
  merged.resource = resources;
  if (Object.keys(providers).length > 0) merged.provider = providers;
  return merged;
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = isObject(cur) && isObject(v) ? deepMerge(cur, v) : v;
  }
  return out;
}

/** The folder as modules are told apart: its real path (two sources naming one folder are one module). */
export function moduleFolderId(folder: string): string {
  return fs.realpathSync(folder);
}

/**
 * Reads the modules that calls name, for a root module in `root`: a local source (`./…`, `../…`) is the folder it
 * names, relative to the calling module's folder; any other source (registry, git, archive) is the folder `terraform
 * init` downloaded it to, as .terraform/modules/modules.json beside the root records it, when that file exists.
 * A module folder is read once however many calls name it. A folder that is missing or holds no Terraform files is
 * a reason (the call is reported unpriced), not an error; a file in it that is not valid Terraform is an error.
 */
export function moduleFolderReader(root: string): ModuleReader {
  const folders = new Map<string, ModuleFound | ModuleNotFound>();
  const manifestFile = path.join(root, ".terraform", "modules", "modules.json");
  let manifest: ReadonlyMap<string, string> | undefined;

  const readFolder = (folder: string, source: string): ModuleFound | ModuleNotFound => {
    const shown = displayPath(folder);
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
      return { reason: notExpanded(`the module's folder ${shown} does not exist (source ${source})`, "fix the source") };
    }
    const id = moduleFolderId(folder);
    let found = folders.get(id);
    if (found === undefined) {
      const files = moduleFilesIn(folder);
      found = files.length === 0
        ? { reason: notExpanded(`the module's folder ${shown} holds no *.tf or *.tf.json files (source ${source})`, "fix the source") }
        : { json: mergeModuleFiles(readModuleFiles(files)), file: shown, folder: id };
      folders.set(id, found);
    }
    return found;
  };

  return {
    read(source, from, key) {
      if (isLocalSource(source)) return readFolder(path.resolve(from, source), source);
      if (!fs.existsSync(manifestFile)) {
        return {
          reason: notExpanded(
            `costkit does not download modules (${source})`,
            "run `terraform init` and point costkit at the module's folder under .terraform/modules/ (or at this root module again: costkit then reads .terraform/modules/modules.json)",
          ),
        };
      }
      manifest ??= readManifest(manifestFile);
      const dir = manifest.get(key);
      if (dir === undefined) {
        return { reason: notExpanded(`${displayPath(manifestFile)} has no module "${key}" (source ${source})`, "run `terraform init` again to download it") };
      }
      return readFolder(path.resolve(root, dir), source);
    },
  };
}

/** The module folders `terraform init` recorded, by key (`vpc`, `a.b`): {"Modules":[{"Key","Source","Dir"}]}. */
function readManifest(file: string): Map<string, string> {
  const shown = displayPath(file);
  const json = readJsonFile(file);
  const list = isObject(json) ? json.Modules : undefined;
  if (!Array.isArray(list)) throw errors.badArgument(`${shown} is not a module manifest of terraform init: expected {"Modules": [{"Key", "Source", "Dir"}, …]}, got ${describeValue(list === undefined ? json : list)} at Modules. Run \`terraform init\` again, or delete the file.`);
  const out = new Map<string, string>();
  for (const [i, m] of list.entries()) {
    if (!isObject(m) || typeof m.Key !== "string" || typeof m.Dir !== "string") {
      throw errors.badArgument(`${shown} is not a module manifest of terraform init: Modules[${i}] needs a string "Key" and "Dir", got ${describeValue(m)}. Run \`terraform init\` again, or delete the file.`);
    }
    out.set(m.Key, m.Dir);
  }
  return out;
}
