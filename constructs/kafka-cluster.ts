import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { AppautoscalingPolicy } from "@cdktf/provider-aws/lib/appautoscaling-policy";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target";
import { MskCluster } from "@cdktf/provider-aws/lib/msk-cluster";
import { money } from "../pricing/money";
import { Cost } from "./cost";
import { literal, PropsCheck, rules } from "./validation";

/** The largest EBS volume an MSK broker can have, in GiB (MSK developer guide, "Scaling up broker storage"). */
export const MSK_MAX_VOLUME_GB = 16384;
const STORAGE_DIMENSION = "kafka:broker-storage:VolumeSize";

/** The data a cluster keeps; never rendered into Terraform. */
export interface KafkaLoad {
  /** Bytes produced to the cluster per day, before replication. */
  readonly ingressBytesPerDay: number;
  /** How long topics keep data (`log.retention.hours`). @default 168 - Kafka's default, 7 days */
  readonly retentionHours?: number;
  /** Copies of every partition (`default.replication.factor`). @default 3 */
  readonly replicationFactor?: number;
}

export interface KafkaClusterProps {
  /** MSK cluster name. */
  readonly clusterName: string;
  /** AWS region of the cluster (the resource-level `region` argument). @default - the provider's region */
  readonly region?: string;
  /** @default "3.6.0" */
  readonly kafkaVersion?: string;
  /** Standard broker type (`kafka.<family>.<size>`). @default "kafka.m5.xlarge" */
  readonly brokerInstanceType?: string;
  /** Number of brokers: a multiple of the number of client subnets (MSK spreads brokers evenly over their zones). */
  readonly brokerCount: number;
  /** One subnet per availability zone (2 or 3). */
  readonly clientSubnetIds: readonly string[];
  /** Security groups of the brokers' network interfaces. */
  readonly securityGroupIds: readonly string[];
  /** EBS volume of each broker at creation, GB. Priced as the minimum. @default 1000 */
  readonly initialVolumeGb?: number;
  /** Largest volume storage autoscaling may grow each broker to, GB (≤ 16,384). Priced as the worst case. @default 16384 */
  readonly maxVolumeGb?: number;
  /** Disk utilization the storage autoscaler keeps each broker at, percent (10 to 90). @default 60 */
  readonly storageTargetUtilizationPercent?: number;
  /** Tags on the cluster (`team`, `feature`, `seed-line`). @default - none */
  readonly tags?: Readonly<Record<string, string>>;
  /** @default - the stack's default aws provider */
  readonly provider?: TerraformProvider;
  /** Data the cluster keeps. @default - no declared load: expected storage is the initial volume, and the report says so */
  readonly load?: KafkaLoad;
}

/**
 * Apache Kafka on Amazon MSK (provisioned, standard brokers) with broker storage autoscaling: an `aws_msk_cluster`, an
 * `aws_appautoscaling_target` on `kafka:broker-storage:VolumeSize` (initial volume → `maxVolumeGb`) and a target-tracking
 * policy on `KafkaBrokerStorageUtilization`.
 *
 * Cost: brokers × 730 broker-hours, and broker storage as a range: min = initial volume, max = `maxVolumeGb` per broker,
 * expected = what the load keeps on disk at the autoscaler's target, per broker:
 * `ingressBytesPerDay × retentionHours / 24 × replicationFactor / brokers / 10^9 / (target / 100)` GB
 * (never below the initial volume; storage autoscaling only grows volumes).
 */
export class KafkaCluster extends Construct {
  readonly cluster: MskCluster;
  readonly storageScaling: AppautoscalingTarget;
  /** Expected EBS GB per broker from the load, or undefined without load. */
  readonly expectedVolumeGbPerBroker: number | undefined;

  constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id);
    const initial = props.initialVolumeGb ?? 1000;
    const max = props.maxVolumeGb ?? MSK_MAX_VOLUME_GB;
    const target = props.storageTargetUtilizationPercent ?? 60;
    this.expectedVolumeGbPerBroker = props.load && literal(props.brokerCount) && props.brokerCount > 0
      ? Math.max(initial, mskStorageGbPerBroker(props.load, props.brokerCount, target))
      : undefined;
    validate(this, props, { initial, max, target, expected: this.expectedVolumeGbPerBroker });

    const common = {
      ...(props.region !== undefined ? { region: props.region } : {}),
      ...(props.provider ? { provider: props.provider } : {}),
    };
    this.cluster = new MskCluster(this, "cluster", {
      clusterName: props.clusterName,
      kafkaVersion: props.kafkaVersion ?? "3.6.0",
      numberOfBrokerNodes: props.brokerCount,
      brokerNodeGroupInfo: {
        instanceType: props.brokerInstanceType ?? "kafka.m5.xlarge",
        clientSubnets: [...props.clientSubnetIds],
        securityGroups: [...props.securityGroupIds],
        storageInfo: { ebsStorageInfo: { volumeSize: initial } },
      },
      encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
      ...(props.tags ? { tags: { ...props.tags } } : {}),
      ...common,
    });
    Cost.category(this.cluster, "data");
    if (this.expectedVolumeGbPerBroker !== undefined) {
      Cost.usage(this.cluster, { storageGbPerBroker: this.expectedVolumeGbPerBroker });
    }

    this.storageScaling = new AppautoscalingTarget(this, "storage-scaling", {
      serviceNamespace: "kafka",
      scalableDimension: STORAGE_DIMENSION,
      resourceId: this.cluster.arn,
      minCapacity: 1,
      maxCapacity: max,
      ...common,
    });
    new AppautoscalingPolicy(this, "storage-policy", {
      name: `${props.clusterName}-broker-storage`,
      policyType: "TargetTrackingScaling",
      serviceNamespace: this.storageScaling.serviceNamespace,
      scalableDimension: this.storageScaling.scalableDimension,
      resourceId: this.storageScaling.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        targetValue: target,
        // MSK cannot shrink a volume.
        disableScaleIn: true,
        predefinedMetricSpecification: { predefinedMetricType: "KafkaBrokerStorageUtilization" },
      },
      ...common,
    });
  }
}

/** GB each broker holds at the autoscaler's target utilization, rounded up to a whole GB. */
export function mskStorageGbPerBroker(load: KafkaLoad, brokers: number, targetPercent: number): number {
  const stored = money(load.ingressBytesPerDay)
    .times(load.retentionHours ?? 168).div(24)
    .times(load.replicationFactor ?? 3);
  return stored.div(brokers).div(1e9).div(money(targetPercent).div(100)).toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber();
}

/**
 * The fewest brokers (a multiple of `zones`) that hold the load with each volume at most `fill` of `maxVolumeGb`, so
 * that autoscaling keeps headroom.
 */
export function mskBrokersForStorage(load: KafkaLoad, opts: { zones: number; maxVolumeGb?: number; targetPercent?: number; fill?: number }): number {
  const perBroker = (opts.maxVolumeGb ?? MSK_MAX_VOLUME_GB) * (opts.fill ?? 0.8);
  const total = mskStorageGbPerBroker(load, 1, opts.targetPercent ?? 60);
  const brokers = Math.max(opts.zones, Math.ceil(total / perBroker));
  return Math.ceil(brokers / opts.zones) * opts.zones;
}

function validate(scope: IConstruct, props: KafkaClusterProps, v: { initial: number; max: number; target: number; expected: number | undefined }): void {
  const check = new PropsCheck(scope);
  const brokers = props.brokerCount;
  const subnets = props.clientSubnetIds.length;
  if (check.number("brokerCount", brokers, rules.whole(1), "skip") && literal(brokers) && literal(props.clientSubnetIds) && subnets > 0 && brokers % subnets !== 0) {
    check.add("brokerCount", `brokerCount (${brokers}) must be a multiple of the ${subnets} client subnets; use ${Math.ceil(brokers / subnets) * subnets}`);
  }
  if (literal(props.clientSubnetIds) && (subnets < 2 || subnets > 3)) {
    check.add("clientSubnetIds", `clientSubnetIds has ${subnets} subnets; MSK needs 2 or 3, one per availability zone`);
  }
  check.pattern("brokerInstanceType", props.brokerInstanceType, /^kafka\.[a-z0-9]+\.[a-z0-9]+$/, `a standard broker type such as "kafka.m5.xlarge"`);
  check.number("maxVolumeGb", v.max, rules.between(1, MSK_MAX_VOLUME_GB, "GB"), "skip");
  if (literal(v.max)) check.number("initialVolumeGb", v.initial, { ok: (n) => n >= 1 && n <= v.max, allowed: `from 1 to maxVolumeGb (${v.max})` }, "skip");
  check.number("storageTargetUtilizationPercent", v.target, rules.between(10, 90), "skip");
  if (props.load) {
    check.number("load.ingressBytesPerDay", props.load.ingressBytesPerDay, rules.atLeast(0), "usage");
    check.number("load.retentionHours", props.load.retentionHours, rules.above(0), "usage");
    check.number("load.replicationFactor", props.load.replicationFactor, rules.whole(1), "usage");
  }
  if (v.expected !== undefined && literal(v.max) && v.expected > v.max && check.count === 0) {
    const needed = mskBrokersForStorage(props.load!, { zones: Math.max(1, subnets), maxVolumeGb: v.max, targetPercent: v.target, fill: 1 });
    check.add("brokerCount",
      `brokerCount (${brokers}) is too small for the load: each broker would need ${v.expected} GB at ${v.target} % utilization, above maxVolumeGb (${v.max}); use at least ${needed} brokers or shorten load.retentionHours`,
    );
  }
  check.throwIfAny();
}
