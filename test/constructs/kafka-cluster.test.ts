import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { mskBrokersForStorage, KafkaCluster, KafkaClusterProps } from "../../constructs/kafka-cluster";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

function synth(props: Partial<KafkaClusterProps>): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new KafkaCluster(stack, "kafka", { ...BASE, ...props });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

const BASE: KafkaClusterProps = {
  clusterName: "events",
  brokerInstanceType: "kafka.m5.large",
  brokerCount: 6,
  clientSubnetIds: ["subnet-a", "subnet-b", "subnet-c"],
  securityGroupIds: ["sg-1"],
  tags: { team: "data", "seed-line": "kafka-streaming" },
  // 1 TB a day, 7 days, 3 replicas = 21 TB on disk; 21,000 GB / 6 brokers = 3,500 GB at 100 %, 5,833.3 at 60 % → 5,834.
  load: { ingressBytesPerDay: 1e12 },
};

describe("KafkaCluster", () => {
  const { tf, report } = synth({});
  const cluster = () => report.resources.find((r) => r.type === "aws_msk_cluster")!;
  const line = (prefix: string) => cluster().components.find((c) => c.name.startsWith(prefix))!;

  test("renders the cluster, a storage autoscaling target and a target-tracking policy", () => {
    expect(Testing.toHaveResourceWithProperties(tf, "aws_msk_cluster", { cluster_name: "events", number_of_broker_nodes: 6 })).toBe(true);
    const msk = Object.values(JSON.parse(tf).resource.aws_msk_cluster)[0];
    expect(msk).toMatchObject({
      broker_node_group_info: { instance_type: "kafka.m5.large", client_subnets: ["subnet-a", "subnet-b", "subnet-c"], storage_info: { ebs_storage_info: { volume_size: 1000 } } },
    });
    expect(Testing.toHaveResourceWithProperties(tf, "aws_appautoscaling_target", {
      scalable_dimension: "kafka:broker-storage:VolumeSize", min_capacity: 1, max_capacity: 16384,
    })).toBe(true);
    expect(Object.values(JSON.parse(tf).resource.aws_appautoscaling_policy)[0]).toMatchObject({
      policy_type: "TargetTrackingScaling",
      target_tracking_scaling_policy_configuration: {
        target_value: 60, disable_scale_in: true, predefined_metric_specification: { predefined_metric_type: "KafkaBrokerStorageUtilization" },
      },
    });
  });

  test("prices brokers, and storage from the initial volume to the autoscaler's maximum", () => {
    expect(cluster().tags).toEqual({ "seed-line": "kafka-streaming", team: "data" });
    expect(line("Broker instances").monthlyCost.expected).toBe("919.8"); // 6 × 730 h × $0.21
    const storage = line("Broker storage (autoscaling)");
    expect(storage.monthlyQuantity).toEqual({ min: "6000", expected: "35004", max: "98304" }); // 6 × 1,000 / 6 × 5,834 / 6 × 16,384
    expect(storage.monthlyCost).toEqual({ min: "600", expected: "3500.4", max: "9830.4" }); // × $0.10 per GB-month
  });

  test("without load, expected storage is the initial volume", () => {
    const { report: r } = synth({ load: undefined });
    const storage = r.resources[0].components.find((c) => c.name.startsWith("Broker storage"))!;
    expect(storage.monthlyQuantity.expected).toBe("6000");
  });

  test("brokersForStorage sizes a cluster to fill volumes to 80 % of the maximum, in whole rounds of zones", () => {
    // 35,000 GB at 60 % / (16,384 × 0.8 = 13,107.2) = 2.67 → 3 brokers; 10 TB a day → 350,000 GB → 26.7 → 27.
    expect(mskBrokersForStorage({ ingressBytesPerDay: 1e12 }, { zones: 3 })).toBe(3);
    expect(mskBrokersForStorage({ ingressBytesPerDay: 1e13 }, { zones: 3 })).toBe(27);
    expect(mskBrokersForStorage({ ingressBytesPerDay: 1e13 }, { zones: 2 })).toBe(28);
  });

  test("fails if the brokers cannot hold the load, saying how many are needed", () => {
    expect(() => synth({ brokerCount: 3, maxVolumeGb: 5000 })).toThrow(
      /brokerCount \(3\) is too small for the load: each broker would need 11667 GB at 60 % utilization, above maxVolumeGb \(5000\); use at least 9 brokers/,
    );
  });

  test("fails if the brokers do not spread evenly over the subnets, and reports every problem", () => {
    expect(() => synth({ brokerCount: 4, brokerInstanceType: "m5.large", storageTargetUtilizationPercent: 95 })).toThrow(
      /brokerCount \(4\) must be a multiple of the 3 client subnets; use 6[\s\S]*brokerInstanceType \("m5.large"\)[\s\S]*storageTargetUtilizationPercent \(95\)/,
    );
  });

  test("fails if there is one subnet or the initial volume exceeds the maximum", () => {
    expect(() => synth({ clientSubnetIds: ["a"], brokerCount: 1, initialVolumeGb: 20_000 })).toThrow(
      /clientSubnetIds has 1 subnets; MSK needs 2 or 3[\s\S]*initialVolumeGb \(20000\) must be from 1 to maxVolumeGb \(16384\)/,
    );
  });
});

describe("KafkaCluster props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ brokerCount: 0, storageTargetUtilizationPercent: 95 }), "test/kafka", ["brokerCount", "storageTargetUtilizationPercent"]);
    expect(e.message).toMatch(/brokerCount \(0\) must be a whole number ≥ 1/);
    expect(e.message).toMatch(/storageTargetUtilizationPercent \(95\) must be from 10 to 90/);
  });
});
