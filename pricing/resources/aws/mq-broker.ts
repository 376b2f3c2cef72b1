import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

const DEPLOYMENTS: Record<string, string> = { SINGLE_INSTANCE: "single", ACTIVE_STANDBY_MULTI_AZ: "active-standby", CLUSTER_MULTI_AZ: "cluster" };

/**
 * `aws_mq_broker` (https://aws.amazon.com/amazon-mq/pricing/):
 * - `Broker (<engine>, <deployment>, <host instance type>)`: 730 broker-hours at the rate of the engine, deployment mode
 *   and instance type. An ActiveMQ active/standby broker's rate covers its two instances, a RabbitMQ cluster's its
 *   three nodes.
 * - `Storage (<EFS|EBS>)`: usage `storageGb`, the messages held over the month. ActiveMQ brokers store on EFS
 *   (durability optimized, the default) or EBS (`storage_type = "ebs"`); RabbitMQ brokers on EBS.
 * Data transfer is not included. Without usage the storage line depends on usage.
 */
export const mqBroker: Pricer = {
  type: "aws_mq_broker",
  provider: "aws",
  category: "data",
  usage: [{ name: "storageGb", type: "quantity", unit: "GB-months", description: "Messages stored by the broker, averaged over the month." }],
  price(r, lines) {
    const engine = (r.attrs.str("engine_type") ?? "").toLowerCase();
    if (engine !== "activemq" && engine !== "rabbitmq") throw new Unpriceable(`engine_type "${r.attrs.str("engine_type") ?? ""}" is not ActiveMQ or RabbitMQ`);
    const type = r.attrs.str("host_instance_type");
    if (type === undefined) throw new Unpriceable("host_instance_type is not set");
    const mode = r.attrs.str("deployment_mode") ?? "SINGLE_INSTANCE";
    const deployment = Object.prototype.hasOwnProperty.call(DEPLOYMENTS, mode) ? DEPLOYMENTS[mode] : undefined;
    if (deployment === undefined) throw new Unpriceable(`unknown deployment_mode "${mode}" (SINGLE_INSTANCE, ACTIVE_STANDBY_MULTI_AZ or CLUSTER_MULTI_AZ)`);
    const label = engine === "activemq" ? "ActiveMQ" : "RabbitMQ";
    lines.add({ name: `Broker (${label}, ${deployment}, ${type})`, unit: "hours", priceId: `aws/mq/${engine}-${deployment}-${type}`, quantity: scaleRange(fixed(1), HOURS_PER_MONTH) });
    lines.line("Storage", () => {
      const efs = engine === "activemq" && (r.attrs.str("storage_type") ?? "efs").toLowerCase() === "efs";
      lines.add({ name: `Storage (${efs ? "EFS" : "EBS"})`, unit: "GB-months", priceId: efs ? "aws/mq/storage-efs" : "aws/mq/storage-ebs", usageBased: true, quantity: r.usage.quantity("storageGb") });
    });
  },
};
