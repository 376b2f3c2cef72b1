import type * as Yaml from "yaml";

let lib: typeof Yaml | undefined;

/**
 * The yaml package, loaded when costkit first reads a YAML file: most synths read none, and loading it takes about
 * 0.06 s of CPU, a tenth of what costkit adds to the synth of a 1,000-resource app (`npm run bench:synth`).
 */
export function yaml(): typeof Yaml {
  return (lib ??= require("yaml") as typeof Yaml);
}
