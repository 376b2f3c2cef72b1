/** A generated cdktf app with BENCH_RESOURCES priced resources (disks, instances, buckets) in one stack, for bench/synth.ts. */
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { ComputeInstance } from "@cdktf/provider-google/lib/compute-instance";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { Costkit } from "../constructs";

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
Costkit.enable(app);
app.synth();
