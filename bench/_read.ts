import * as fs from "fs";
import { performance } from "perf_hooks";
import { readTerraform } from "../pricing/terraform";
const json = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const t: number[] = [];
for (let i = 0; i < 30; i++) { const a = performance.now(); readTerraform(json, "b"); t.push(performance.now() - a); }
console.log(Math.min(...t).toFixed(1));
