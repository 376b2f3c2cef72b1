import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { AppautoscalingPolicy } from "@cdktf/provider-aws/lib/appautoscaling-policy";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition";
import { attachUsage } from "./attach-usage";
import { constructErrors } from "./errors";
import { literal, PropsCheck, rules } from "./validation";

export interface FargateServiceProps {
  /** The ECS service's name (also the task definition family). */
  readonly serviceName: string;
  /** The cluster to run in. @default - a cluster named after the service */
  readonly cluster?: EcsCluster;
  /** Task CPU in CPU units (1024 = 1 vCPU): 256, 512, 1024, 2048, 4096, 8192 or 16384. */
  readonly cpu: number;
  /** Task memory in MiB, within what Fargate allows for the CPU (e.g. 2048–8192 for 1024 units). */
  readonly memoryMib: number;
  /** CPU architecture. @default "X86_64" */
  readonly architecture?: "X86_64" | "ARM64";
  /** Container image of the task's one container. */
  readonly containerImage: string;
  /** Port the container listens on. @default 8080 */
  readonly containerPort?: number;
  /** Subnets of the tasks (awsvpc networking). */
  readonly subnetIds: string[];
  /** Security groups of the tasks. @default - the VPC's default */
  readonly securityGroupIds?: string[];
  /** Tasks the service starts with. */
  readonly desiredCount: number;
  /**
   * Service auto scaling (an `aws_appautoscaling_target` and a target-tracking policy on CPU): the bounds are priced as
   * min and max. @default - a fixed `desiredCount`
   */
  readonly autoscaling?: { readonly minTasks: number; readonly maxTasks: number; readonly targetCpuUtilization?: number };
  /** The AWS provider (region) of the resources. @default - the stack's default AWS provider */
  readonly provider?: TerraformProvider;
  /** Tags of every resource. @default - none */
  readonly tags?: Record<string, string>;
  /** Expected load. @default - the expected cost is the minimum (or desiredCount without auto scaling) */
  readonly usage?: { readonly expectedTasks?: number };
}

/** Memory (MiB) Fargate allows per CPU size: from, to, step (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size). */
const FARGATE_SIZES: Readonly<Record<number, readonly [number, number, number] | readonly number[]>> = {
  256: [512, 1024, 2048],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
  8192: [16384, 61440, 4096],
  16384: [32768, 122880, 8192],
};

/** True when Fargate accepts the CPU and memory pair. */
export function fargateSizeAllowed(cpu: number, memoryMib: number): boolean {
  if (cpu === 256) return FARGATE_SIZES[256].includes(memoryMib);
  const r = FARGATE_SIZES[cpu];
  if (!r) return false;
  const [from, to, step] = r;
  return memoryMib >= from && memoryMib <= to && (memoryMib - from) % step === 0;
}

/**
 * An ECS service on Fargate: a task definition, the service (`launch_type = "FARGATE"`), and optionally service auto
 * scaling. The ECS pricer reads the task size from the task definition and the task range from the scaling target;
 * declared load gives the expected tasks (usage `expectedTasks`).
 */
export class FargateService extends Construct {
  readonly cluster: EcsCluster;
  readonly taskDefinition: EcsTaskDefinition;
  readonly service: EcsService;
  readonly scalingTarget?: AppautoscalingTarget;

  constructor(scope: Construct, id: string, props: FargateServiceProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    if (!literal(props.serviceName) || !/^[A-Za-z0-9_-]{1,255}$/.test(props.serviceName)) {
      check.add("serviceName", constructErrors.notAllowed("serviceName", props.serviceName, `1–255 letters, digits, "_" or "-", known at synth (the scaling target names it)`));
    }
    check.number("cpu", props.cpu, rules.oneOf(Object.keys(FARGATE_SIZES).map(Number), "CPU units"));
    check.number("memoryMib", props.memoryMib, rules.whole(0, undefined, "MiB"));
    if (literal(props.cpu) && literal(props.memoryMib) && FARGATE_SIZES[props.cpu] && !fargateSizeAllowed(props.cpu, props.memoryMib)) {
      const r = FARGATE_SIZES[props.cpu];
      const allowed = props.cpu === 256 ? r.join(", ") : `${r[0]} to ${r[1]} in steps of ${r[2]}`;
      check.add("memoryMib", `memoryMib (${props.memoryMib}) is not a Fargate size for cpu ${props.cpu}; allowed: ${allowed} MiB`);
    }
    check.number("desiredCount", props.desiredCount, rules.whole(0));
    if (props.subnetIds.length === 0) check.add("subnetIds", constructErrors.empty("subnetIds", "Fargate tasks need at least one subnet"));
    const a = props.autoscaling;
    if (a) {
      check.number("autoscaling.minTasks", a.minTasks, rules.whole(0));
      check.number("autoscaling.maxTasks", a.maxTasks, rules.whole(1));
      check.number("autoscaling.targetCpuUtilization", a.targetCpuUtilization, { ok: (v) => v > 0 && v <= 1, allowed: "a fraction > 0 and ≤ 1" });
      if (a.minTasks > a.maxTasks) check.minMax("autoscaling.minTasks", a.minTasks, "autoscaling.maxTasks", a.maxTasks);
      else if (props.desiredCount < a.minTasks || props.desiredCount > a.maxTasks) {
        check.add("desiredCount", `desiredCount (${props.desiredCount}) must lie within autoscaling.minTasks (${a.minTasks}) and maxTasks (${a.maxTasks})`);
      }
    }
    const expected = props.usage?.expectedTasks;
    check.number("usage.expectedTasks", expected, rules.atLeast(0));
    if (expected !== undefined) {
      const [lo, hi] = a ? [a.minTasks, a.maxTasks] : [props.desiredCount, props.desiredCount];
      if (expected < lo || expected > hi) {
        check.add("usage.expectedTasks", a
          ? `usage.expectedTasks (${expected}) must lie within autoscaling.minTasks (${lo}) and maxTasks (${hi})`
          : `usage.expectedTasks (${expected}) differs from desiredCount (${props.desiredCount}) with no auto scaling; set desiredCount or add autoscaling`);
      }
    }
    check.throwIfAny();

    const common = { ...(props.provider ? { provider: props.provider } : {}), ...(props.tags ? { tags: props.tags } : {}) };
    this.cluster = props.cluster ?? new EcsCluster(this, "cluster", { name: props.serviceName, ...common });
    const port = props.containerPort ?? 8080;
    this.taskDefinition = new EcsTaskDefinition(this, "task", {
      family: props.serviceName,
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: String(props.cpu),
      memory: String(props.memoryMib),
      runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: props.architecture ?? "X86_64" },
      containerDefinitions: JSON.stringify([{ name: props.serviceName, image: props.containerImage, essential: true, portMappings: [{ containerPort: port }] }]),
      ...common,
    });
    this.service = new EcsService(this, "service", {
      name: props.serviceName,
      cluster: this.cluster.id,
      taskDefinition: this.taskDefinition.arn,
      launchType: "FARGATE",
      desiredCount: props.desiredCount,
      networkConfiguration: { subnets: props.subnetIds, ...(props.securityGroupIds ? { securityGroups: props.securityGroupIds } : {}) },
      ...(a ? { lifecycle: { ignoreChanges: ["desired_count"] } } : {}),
      ...common,
    });
    if (a) {
      const clusterName = props.cluster ? props.cluster.name : props.serviceName;
      this.scalingTarget = new AppautoscalingTarget(this, "scaling", {
        serviceNamespace: "ecs",
        scalableDimension: "ecs:service:DesiredCount",
        resourceId: `service/${clusterName}/${props.serviceName}`,
        minCapacity: a.minTasks,
        maxCapacity: a.maxTasks,
        dependsOn: [this.service],
        ...(props.provider ? { provider: props.provider } : {}),
      });
      new AppautoscalingPolicy(this, "cpu-policy", {
        name: `${props.serviceName}-cpu`,
        policyType: "TargetTrackingScaling",
        serviceNamespace: this.scalingTarget.serviceNamespace,
        scalableDimension: this.scalingTarget.scalableDimension,
        resourceId: this.scalingTarget.resourceId,
        targetTrackingScalingPolicyConfiguration: {
          targetValue: (a.targetCpuUtilization ?? 0.6) * 100,
          predefinedMetricSpecification: { predefinedMetricType: "ECSServiceAverageCPUUtilization" },
        },
        ...(props.provider ? { provider: props.provider } : {}),
      });
    }
    attachUsage(this.service, { expectedTasks: expected });
  }
}
