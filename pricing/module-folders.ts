import { isObject } from "./own";
import * as fs from "fs";
import * as path from "path";
import { readJsonFile } from "./books";
import { describeValue, errors, InputError } from "./errors";
import { forEachResourceBlock } from "./terraform";
import { hclToJsonEach } from "./terraform/hcl";
import { isLocalSource, ModuleFound, ModuleNotFound, ModuleReader, notExpanded } from "./terraform/modules";
import { readInputText } from "./read-input";

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
export function readModuleFiles(files: readonly string[], hcl: HclConverter): { shown: string; json: unknown }[] {
  const converted = hcl.convert(files.filter((f) => f.endsWith(".tf")));
  return files.map((f) => ({ shown: displayPath(f), json: f.endsWith(".tf") ? converted.get(f) : readJsonFile(f) }));
}

/** A local module source written in HCL (`source = "./modules/web"`), found by a plain scan of the text. */
const LOCAL_SOURCE = /\bsource\s*=\s*"(\.\.?\/[^"\\]*)"/g;

/**
 * Converts the HCL files of a root module and of the local modules it calls, in as few child processes as it can:
 * each conversion starts one (about a second). Measured on a shared 2-core machine, median of 3: the root of
 * test/pricing/terraform/testdata/module-calls-hcl (3 folders) took 9.3 s to estimate with a process per folder and
 * 7.8 s with one; the same root in JSON, 7.1 s. Before converting a file, the local sources
 * written in it are found by a scan of its text, and the *.tf files of those folders (and of the folders their files
 * name, and so on) are converted in the same process. The scan may find a source Terraform does not read (one in a
 * comment): that folder's files are converted for nothing, and a syntax error in them is kept until the file is read.
 */
export class HclConverter {
  private readonly converted = new Map<string, { json: unknown } | { error: InputError }>();

  /** The files as Terraform JSON, by the path given; a syntax error is thrown naming the file, line and column. */
  convert(files: readonly string[]): Map<string, unknown> {
    const todo = files.filter((f) => !this.converted.has(path.resolve(f)));
    if (todo.length > 0) {
      const batch = this.withLocalModules(todo);
      const results = hclToJsonEach(batch.map((f) => ({ shown: displayPath(f.file), text: f.text })));
      batch.forEach((f, i) => this.converted.set(path.resolve(f.file), results[i]));
    }
    const out = new Map<string, unknown>();
    for (const f of files) {
      const r = this.converted.get(path.resolve(f))!;
      if ("error" in r) throw r.error;
      out.set(f, r.json);
    }
    return out;
  }

  /** `files` with their texts, then the *.tf files of the module folders their local sources name, transitively. */
  private withLocalModules(files: readonly string[]): { file: string; text: string }[] {
    const out: { file: string; text: string }[] = [];
    const queued = new Set(files.map((f) => path.resolve(f)));
    const queue = [...files];
    const folders = new Set<string>();
    for (let i = 0; i < queue.length; i++) {
      const text = readText(queue[i]);
      out.push({ file: queue[i], text });
      for (const m of text.matchAll(LOCAL_SOURCE)) {
        const folder = path.resolve(path.dirname(queue[i]), m[1]);
        if (folders.has(folder) || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) continue;
        folders.add(folder);
        for (const f of moduleFilesIn(folder)) {
          if (!f.endsWith(".tf") || queued.has(path.resolve(f)) || this.converted.has(path.resolve(f))) continue;
          queued.add(path.resolve(f));
          queue.push(f);
        }
      }
    }
    return out;
  }
}

function readText(file: string): string {
  return readInputText(file); // size-capped; its problems are InputErrors naming the file
}


/**
 * A module's files concatenated as Terraform does: a resource is defined in one file only; provider
 * configurations add up; other blocks (variables, locals, outputs, modules) merge.
 */
export function mergeModuleFiles(files: readonly { shown: string; json: unknown }[]): Record<string, unknown> {
  // Keys come from the input: records without a prototype, so that `__proto__` or `constructor` is a plain key.
  const merged: Record<string, unknown> = Object.create(null);
  const resources: Record<string, Record<string, unknown>> = Object.create(null);
  const providers: Record<string, unknown[]> = Object.create(null);
  const definedIn = new Map<string, string>();
  for (const { shown, json } of files) {
    if (!isObject(json)) throw errors.badTerraform(shown, "the top level", "expected an object of Terraform blocks");
    forEachResourceBlock(json.resource, shown, (type, name, body) => {
      const first = definedIn.get(`${type}.${name}`);
      if (first !== undefined) throw errors.badTerraform(shown, `resource.${type}.${name}`, `the resource is also defined in ${first}; a resource address must be unique across the files of a module`);
      definedIn.set(`${type}.${name}`, shown);
      (resources[type] ??= Object.create(null))[name] = body;
    });
    for (const [k, v] of Object.entries(json)) {
      if (k === "resource") continue;
      if (k === "provider" && isObject(v)) {
        for (const [name, cfg] of Object.entries(v)) (providers[name] ??= []).push(...(Array.isArray(cfg) ? cfg : [cfg]));
      } else if (k === "locals") {
        // Each file's locals blocks (a list in HCL's JSON form, an object in hand-written JSON) all count: concatenated.
        const blocks = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
        merged.locals = [...blocks(merged.locals), ...blocks(v)];
      } else if (isObject(v)) merged[k] = deepMerge((merged[k] as Record<string, unknown>) ?? Object.create(null), v);
      else merged[k] = v;
    }
  }
  merged.resource = resources;
  if (Object.keys(providers).length > 0) merged.provider = providers;
  return merged;
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.assign(Object.create(null), a);
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
export function moduleFolderReader(root: string, hcl: HclConverter): ModuleReader {
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
        : { json: mergeModuleFiles(readModuleFiles(files, hcl)), file: shown, folder: id };
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
