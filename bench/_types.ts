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
const lookup = { get: () => undefined, ofType: () => [] };
const byType = new Map<string, number[]>();
for (const type of new Set(doc.resources.map((r) => r.type))) { if (process.env.ONLY && type !== process.env.ONLY) continue;
  const rs = doc.resources.filter((r) => r.type === type);
  const p = DEFAULT_REGISTRY.get(type)!;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const a = performance.now();
    for (const r of rs) {
      const base = { address: r.address, type: r.type, name: r.name, attrs: r.attrs, providerConfig: r.providerConfig, document: lookup };
      const region = p.region ? p.region(base) : defaultRegion(p.provider, r.attrs, r.providerConfig);
      p.price({ ...base, region, usage: usageFor(r, p, EMPTY_USAGE, "b") }, new CostLines());
    }
    times.push((performance.now() - a) * 1000 / rs.length);
  }
  byType.set(type, times);
}
for (const [t, v] of byType) console.log(t.padEnd(30), Math.min(...v).toFixed(2), "µs/resource");
