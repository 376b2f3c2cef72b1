/**
 * The reference footprint: the streaming company of the seed, one stack per domain, priced at synth.
 * `npx cdktf synth` writes each stack's cdk.tf.json with cost-report.json/.md, and cost-summary.json/.md at the root.
 */
import { App } from "cdktf";
import { Costkit } from "./constructs";
import { DataPlatformStack } from "./stacks/data-platform";
import { MlStack } from "./stacks/ml";
import { EdgeStack } from "./stacks/edge";
import { StorageStack } from "./stacks/storage";
import { AwsComputeStack } from "./stacks/aws-compute";
import { GcpComputeStack } from "./stacks/gcp-compute";
import { OnPremStack } from "./stacks/onprem";

const app = new App();
// reference stacks (stacks/*.ts)
new GcpComputeStack(app, "gcp-compute");
new AwsComputeStack(app, "aws-compute");
new OnPremStack(app, "onprem");
new EdgeStack(app, "edge");
new StorageStack(app, "storage");
new DataPlatformStack(app, "data-platform");
new MlStack(app, "ml");
Costkit.enable(app);
app.synth();
