import * as fs from "fs";
import * as path from "path";
import { readJsonFile } from "../books";
import { describeValue, errors } from "../errors";

/** Variable values given to costkit from outside the configuration, as `terraform plan` takes them. */
export interface VariableInputs {
  /** `--var-file` files (JSON tfvars), in the order given. */
  readonly varFiles?: readonly string[];
  /** `--var NAME=VALUE` arguments, in the order given (values are strings, converted by the variable's type). */
  readonly vars?: readonly string[];
}

/**
 * The variable values for a configuration in `folder`, in Terraform's order of precedence (later wins):
 * terraform.tfvars.json, then *.auto.tfvars.json in name order (both beside the configuration, read automatically as
 * Terraform does), then each --var-file, then each --var. HCL tfvars files (*.tfvars) are not read.
 */
export function suppliedVariables(folder: string | undefined, inputs: VariableInputs, shown: (file: string) => string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const files: string[] = [];
  if (folder !== undefined) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(folder);
    } catch {
      names = [];
    }
    if (names.includes("terraform.tfvars.json")) files.push(path.join(folder, "terraform.tfvars.json"));
    files.push(...names.filter((n) => n.endsWith(".auto.tfvars.json")).sort().map((n) => path.join(folder, n)));
  }
  files.push(...(inputs.varFiles ?? []));
  for (const file of files) {
    const json = readJsonFile(file);
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw errors.badTerraform(shown(file), "the top level", `expected an object of variable values ({"name": value}), got ${describeValue(json)}`);
    }
    for (const name of Object.keys(json)) out.set(name, (json as Record<string, unknown>)[name]);
  }
  for (const arg of inputs.vars ?? []) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw errors.badArgument(`--var takes NAME=VALUE (e.g. --var region=europe-west1), got "${arg}"`);
    out.set(arg.slice(0, eq).trim(), arg.slice(eq + 1));
  }
  return out;
}
