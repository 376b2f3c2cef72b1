import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";

/** A small app until the reference footprint lands: one stack with one disk. */
class SmallStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GoogleProvider(this, "google", { project: "costkit-demo", region: "europe-west1" });
    new ComputeDisk(this, "cache", { name: "cache", type: "pd-ssd", size: 500, zone: "europe-west1-b" });
  }
}

const app = new App();
new SmallStack(app, "small");
app.synth();
