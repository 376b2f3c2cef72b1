import { spawnSync } from "child_process";
import { errors, InputError } from "../errors";

/** One Terraform file in HCL (`*.tf`), as read from disk. */
export interface HclFile {
  /** The file as messages name it. */
  readonly shown: string;
  readonly text: string;
}

/**
 * Converts HCL files to Terraform's JSON syntax (the form costkit reads), with HashiCorp's own HCL parser as the
 * @cdktf/hcl2json package ships it (compiled to WebAssembly; chosen over a hand-written HCL parser because it is the
 * parser Terraform uses, so whatever Terraform accepts converts). Expressions come out as `"${…}"` strings, which
 * costkit evaluates as it does in *.tf.json files.
 *
 * The package's API is asynchronous and costkit's reading is not, so the conversion runs in a child Node process (one
 * for all the files of a module: about a second, which only configurations written in HCL pay).
 */
export function hclToJson(files: readonly HclFile[]): unknown[] {
  return hclToJsonEach(files).map((r) => {
    if ("error" in r) throw r.error;
    return r.json;
  });
}

/** As hclToJson, but each file's syntax error is returned in its place rather than thrown. */
export function hclToJsonEach(files: readonly HclFile[]): ({ json: unknown } | { error: InputError })[] {
  if (files.length === 0) return [];
  let modulePath: string;
  try {
    modulePath = require.resolve("@cdktf/hcl2json");
  } catch {
    throw errors.badArgument(`${files[0].shown} is written in HCL, and reading HCL needs the package @cdktf/hcl2json, which is not installed; install it (npm install @cdktf/hcl2json) or give costkit the plan (terraform show -json) instead`);
  }
  const worker = `
    const hcl = require(${JSON.stringify(modulePath)});
    let input = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (c) => (input += c));
    process.stdin.on("end", async () => {
      const out = [];
      for (const f of JSON.parse(input)) {
        try {
          out.push({ json: await hcl.parse(f.shown, f.text) });
        } catch (e) {
          out.push({ error: String(e && e.message ? e.message : e) });
        }
      }
      process.stdout.write(JSON.stringify(out));
    });`;
  const run = spawnSync(process.execPath, ["-e", worker], { input: JSON.stringify(files), encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.status !== 0 || run.error) {
    throw errors.badArgument(`could not read the HCL of ${files[0].shown}${files.length > 1 ? ` and ${files.length - 1} more` : ""}: ${(run.stderr || String(run.error ?? "")).split("\n")[0]}`);
  }
  const results = JSON.parse(run.stdout) as { json?: unknown; error?: string }[];
  return results.map((r, i) => {
    if (r.error === undefined) return { json: r.json };
    const detail = r.error.replace(/^parse config: \[?/, "").replace(/\]$/, "").replace(/\.$/, "");
    return { error: errors.badHcl(files[i].shown, detail) };
  });
}
