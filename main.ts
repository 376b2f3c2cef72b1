/**
 * The reference footprint: the streaming company of the seed (a public breakdown of Spotify's
 * infrastructure cost, 2024 data: about $65M a month for 600M users), one stack per domain, priced at synth and held to the
 * FinOps budgets in policies/budgets.yaml and the FinOps guardrail pack.
 * `npx cdktf synth` writes each stack's cdk.tf.json with cost-report.json/.md, and cost-summary.json/.md and
 * cost-report.html at the root of cdktf.out.
 */
import * as path from "path";
// First: the drivers read a scenario file named by COSTKIT_SCENARIO (`costkit scenarios`) before anything else loads.
import { SCENARIO } from "./stacks/drivers";
import { App } from "cdktf";
import { Costkit, StackCost } from "./constructs";
import { FINOPS_PACK } from "./policies";
import { AwsComputeStack } from "./stacks/aws-compute";
import { DataPlatformStack } from "./stacks/data-platform";
import { EdgeStack } from "./stacks/edge";
import { GcpComputeStack } from "./stacks/gcp-compute";
import { MlStack } from "./stacks/ml";
import { OnPremStack } from "./stacks/onprem";
import { StorageStack } from "./stacks/storage";

const app = new App();
new EdgeStack(app, "edge");
new StorageStack(app, "storage");
new GcpComputeStack(app, "gcp-compute");
new AwsComputeStack(app, "aws-compute");
new OnPremStack(app, "onprem");
new DataPlatformStack(app, "data-platform");
new MlStack(app, "ml");
// A scenario's price books and discounts (`costkit scenarios`, docs/scenarios.md) apply to every stack.
for (const stack of app.node.children) for (const book of SCENARIO.priceBooks) StackCost.of(stack).addPriceBook(book);
// A path relative to the working directory, so that messages and reports never hold absolute paths.
Costkit.enable(app, { pack: FINOPS_PACK, budgetsFile: path.relative(process.cwd(), path.join(__dirname, "policies", "budgets.yaml")) || "policies/budgets.yaml" });
app.synth();
