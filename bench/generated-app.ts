/**
 * A generated cdktf app with BENCH_RESOURCES priced resources (disks, instances, buckets) in one stack, for
 * bench/synth.ts. It is written as a team's app that adds costkit would be: plain provider resources and
 * `Costkit.enable(app)`. With COSTKIT=off it does not load costkit at all (an app without it); BENCH_COSTKIT_DIR names a
 * folder of costkit's compiled JavaScript (what the package installs), else costkit's TypeScript sources are used.
 */
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { ComputeInstance } from "@cdktf/provider-google/lib/compute-instance";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";

const n = Number(process.env.BENCH_RESOURCES ?? "1000");
const regions = ["us-central1", "europe-west1", "asia-southeast1", "southamerica-east1"];
const app = new App();
const stack = new TerraformStack(app, "generated");
new GoogleProvider(stack, "google", { project: "bench", region: "europe-west1" });
for (let i = 0; i < n; i++) {
  const region = regions[i % 4];
  if (i % 3 === 0) new ComputeDisk(stack, `disk-${i}`, { name: `disk-${i}`, type: "pd-ssd", size: 100 + (i % 500), zone: `${region}-b` });
  else if (i % 3 === 1) new ComputeInstance(stack, `vm-${i}`, { name: `vm-${i}`, zone: `${region}-b`, machineType: ["n2-standard-4", "e2-standard-8", "c3-standard-8"][i % 3], bootDisk: { initializeParams: { size: 50 } }, networkInterface: [{ network: "default" }] });
  else new StorageBucket(stack, `bucket-${i}`, { name: `bucket-${i}`, location: region.toUpperCase() });
}
if (process.env.COSTKIT !== "off") {
  const core = process.env.BENCH_COSTKIT_DIR ? path.join(path.resolve(process.env.BENCH_COSTKIT_DIR), "constructs", "core") : "../constructs/core";
  (require(core) as typeof import("../constructs/core")).Costkit.enable(app);
}
app.synth();
