import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_mq_broker", () => {
  const report = pricerGolden(__filename, "mq-broker");
  const lines = (a: string) => resourceOf(report, a).components.map((c) => [c.name, c.monthlyCost.expected, c.dependsOnUsage ?? false]);

  test("broker-hours at the rate of the engine, deployment mode and type; storage on EFS or EBS from usage", () => {
    expect(lines("aws_mq_broker.single")).toEqual([["Broker (ActiveMQ, single, mq.m5.large)", "210.24", false], ["Storage (EFS)", "6", false]]);
    expect(lines("aws_mq_broker.ha")).toEqual([["Broker (ActiveMQ, active-standby, mq.m5.large)", "420.48", false], ["Storage (EBS)", "10", false]]);
    expect(lines("aws_mq_broker.rabbit")).toEqual([["Broker (RabbitMQ, cluster, mq.m5.large)", "630.72", false], ["Storage (EBS)", "0", true]]);
    expect(resourceOf(report, "aws_mq_broker.tiny").monthlyCost.expected).toBe("19.7392");
    expect(report.monthlyCost.expected).toBe("1297.1792");
  });

  test("an unknown deployment mode is unpriced with the reason", () => {
    expect(report.unpriced).toEqual([expect.objectContaining({ address: "aws_mq_broker.odd", reason: 'unknown deployment_mode "TRIPLE" (SINGLE_INSTANCE, ACTIVE_STANDBY_MULTI_AZ or CLUSTER_MULTI_AZ)' })]);
  });
});
