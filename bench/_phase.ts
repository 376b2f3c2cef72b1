import * as fs from "fs";
import { performance } from "perf_hooks";
import { usageFor } from "../pricing/estimate";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { readTerraform } from "../pricing/terraform";
import { CostLines } from "../pricing/pricer";
import { EMPTY_USAGE } from "../pricing/usage";
import { defaultRegion } from "../pricing/region";
const json = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const doc = readTerraform(json, "b.tf.json");
const us = doc.resources.map((r) => usageFor(r, DEFAULT_REGISTRY.get(r.type)!, EMPTY_USAGE, "b"));
const lookup = { get: () => undefined, ofType: () => [] };
const times: number[] = [];
for (let i = 0; i < 40; i++) {
  const a = performance.now();
  doc.resources.forEach((r, j) => {
    const p = DEFAULT_REGISTRY.get(r.type)!;
    const base = { address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig, document: lookup };
    const region = p.region ? p.region(base) : defaultRegion(p.provider, r.attrs, r.providerConfig);
    p.price({ ...base, region, usage: us[j] }, new CostLines());
  });
  times.push(performance.now() - a);
}
console.log(times.sort((a, b) => a - b)[20].toFixed(1));
