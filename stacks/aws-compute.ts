/**
 * AWS compute of the seed ("AWS - 20% - $2M": ECS/Fargate 5,000 tasks $1M, Lambda event processing $1M).
 *
 * - ECS on Fargate: the seed's 5,000 tasks as the average, split over the four serving regions by users served, each
 *   region's service auto scaled between the load's trough and peak (COMPUTE_DRIVERS.loadShape).
 * - Lambda: the seed names no volume; we assume it processes the seed's event stream (100B events/day) in batches
 *   (COMPUTE_DRIVERS.lambda), in us-east-1: event processing is back-office work with no reason to follow the users.
 */
import { TerraformProvider, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { FargateService, LambdaService, StackCost } from "../constructs";
import { COMPUTE_DRIVERS, DRIVERS, reportDrivers, servedUsers, ServingGeo } from "./drivers";
import { splitWhole } from "./gcp-compute";

export const AWS_REGIONS: Record<ServingGeo, string> = { NA: "us-east-1", EU: "eu-west-1", LATAM: "sa-east-1", APAC: "ap-southeast-1" };
const GEOS: readonly ServingGeo[] = ["NA", "EU", "LATAM", "APAC"];
const DAYS_PER_MONTH = 730 / 24;

const tags = (seedLine: string, feature: string, team: string) => ({ "seed-line": seedLine, feature, team });

export class AwsComputeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    StackCost.of(this).drivers(reportDrivers());
    const providers = {} as Record<ServingGeo, TerraformProvider>;
    for (const geo of GEOS) {
      const region = AWS_REGIONS[geo];
      providers[geo] = new AwsProvider(this, `aws-${region}`, { region, ...(geo === "NA" ? {} : { alias: region.replace(/-/g, "_") }) });
    }

    const tasks = splitWhole(DRIVERS.ecsTasks, servedUsers);
    const shape = COMPUTE_DRIVERS.loadShape;
    for (const geo of GEOS) {
      const region = AWS_REGIONS[geo];
      const provider = providers[geo];
      const vpc = new Vpc(this, `vpc-${region}`, { cidrBlock: "10.0.0.0/16", provider, tags: { Name: `services-${region}` } });
      const subnets = ["a", "b"].map((z, i) => new Subnet(this, `subnet-${region}${z}`, {
        vpcId: vpc.id, cidrBlock: `10.0.${i * 64}.0/18`, availabilityZone: `${region}${z}`, provider,
      }).id);
      new FargateService(this, `services-${region}`, {
        serviceName: `services-${region}`, provider, subnetIds: subnets,
        cpu: COMPUTE_DRIVERS.fargateTask.cpu, memoryMib: COMPUTE_DRIVERS.fargateTask.memoryMib,
        containerImage: "public.ecr.aws/nginx/nginx:stable",
        desiredCount: tasks[geo],
        autoscaling: { minTasks: Math.floor(tasks[geo] * shape.troughToAverage), maxTasks: Math.ceil(tasks[geo] * shape.peakToAverage) },
        tags: tags("compute-ecs-fargate", "shared", "platform"),
        usage: { expectedTasks: tasks[geo] },
      });
    }

    const l = COMPUTE_DRIVERS.lambda;
    new LambdaService(this, "event-processing", {
      functionName: "event-processing", runtime: "java21", handler: "com.example.events.Handler::handleRequest",
      s3Bucket: "spotify-reference-lambda", s3Key: "event-processing.zip", provider: providers.NA,
      memorySizeMb: l.memoryMb, timeoutSeconds: 60,
      tags: tags("compute-lambda", "shared", "data-platform"),
      usage: { monthlyRequests: Math.round((DRIVERS.eventsPerDay * DAYS_PER_MONTH) / l.batchSize), averageDurationMs: l.averageDurationMs },
    });
  }
}
