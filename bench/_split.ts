import * as fs from "fs";
import { performance } from "perf_hooks";
import { catalogOf } from "../pricing/books";
import { estimate, usageFor } from "../pricing/estimate";
import { DEFAULT_REGISTRY } from "../pricing/resources";
import { readTerraform } from "../pricing/terraform";
import { CostLines } from "../pricing/pricer";
import { EMPTY_USAGE } from "../pricing/usage";
import { defaultRegion } from "../pricing/region";
const catalog = catalogOf();
const file = process.argv[2];
const t: Record<string, number[]> = { parse: [], read: [], usage: [], price: [], full: [], stringify: [] };
for (let i = 0; i < 15; i++) {
  let a = performance.now();
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  t.parse.push(performance.now() - a); a = performance.now();
  const doc = readTerraform(json, "b.tf.json");
  t.read.push(performance.now() - a); a = performance.now();
  const us = doc.resources.map((r) => usageFor(r, DEFAULT_REGISTRY.get(r.type)!, EMPTY_USAGE, "b"));
  t.usage.push(performance.now() - a); a = performance.now();
  const lookup = { get: () => undefined, ofType: () => [] };
  doc.resources.forEach((r, j) => {
    const p = DEFAULT_REGISTRY.get(r.type)!;
    const base = { address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig, document: lookup };
    const region = p.region ? p.region(base) : defaultRegion(p.provider, r.attrs, r.providerConfig);
    p.price({ ...base, region, usage: us[j] }, new CostLines());
  });
  t.price.push(performance.now() - a); a = performance.now();
  const rep = estimate(readTerraform(json, "b.tf.json"), { stack: "b", catalog, registry: DEFAULT_REGISTRY });
  t.full.push(performance.now() - a); a = performance.now();
  JSON.stringify(rep);
  t.stringify.push(performance.now() - a);
}
const med = (xs: number[]) => Math.min(...xs).toFixed(1);
console.log(Object.entries(t).map(([k, v]) => `${k} ${med(v)}`).join("  "));
