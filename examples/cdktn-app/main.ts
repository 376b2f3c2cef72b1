// A small CDK Terrain (cdktn) app priced by costkit: a web server, its data volume and an assets bucket on AWS, held
// to the budgets in budgets.yaml and the FinOps guardrail pack. `npx cdktn synth` writes
// cdktf.out/stacks/web/cdk.tf.json with cost-report.json and cost-report.md beside it, and cost-summary.json,
// cost-summary.md and cost-report.html at the root of cdktf.out. The same app on cdktf is in ../cdktf-app.
import { Construct } from "constructs";
import { App, TerraformStack } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { EbsVolume } from "@cdktn/provider-aws/lib/ebs-volume";
import { Instance } from "@cdktn/provider-aws/lib/instance";
import { S3Bucket } from "@cdktn/provider-aws/lib/s3-bucket";
import { Cost, Costkit, FINOPS_PACK } from "costkit";

const tags = { team: "web", feature: "storefront" };

class WebStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "us-east-1" });
    new Instance(this, "server", { ami: "ami-0123456789abcdef0", instanceType: "m5.large", tags });
    new EbsVolume(this, "data", { availabilityZone: "us-east-1a", size: 200, type: "gp3", tags });
    const assets = new S3Bucket(this, "assets", { bucket: "example-storefront-assets", tags });
    // What Terraform cannot know: how much the bucket holds (keys: costkit's docs/usage-keys.md).
    Cost.usage(assets, { storageGb: 500, monthlyDataTransferOutGb: 50 });
  }
}

const app = new App();
new WebStack(app, "web");
Costkit.enable(app, { pack: FINOPS_PACK, budgetsFile: "budgets.yaml" });
app.synth();
