import { Attributes, known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money, Money } from "../../money";
import { Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { fixed, Range, range } from "../../range";
import { TfResource } from "../../terraform";

/** MSK's default EBS volume per broker when `storage_info` is not set (AWS CDK aws-msk EbsStorageInfo: "Default: 1000"). */
export const DEFAULT_VOLUME_GB = 1000;
/** Storage throughput every broker has without extra charge (MSK developer guide: "250 MiB per second is the default"). */
export const BASELINE_THROUGHPUT_MBPS = 250;
const STORAGE_DIMENSION = "kafka:broker-storage:VolumeSize";

/**
 * The storage autoscaling target for this cluster, if the document has one: an `aws_appautoscaling_target` with
 * scalable_dimension `kafka:broker-storage:VolumeSize` whose resource_id refers to this cluster (`${aws_msk_cluster.x.arn}`).
 * Plans resolve the reference to an ARN known only after apply, so there the target is not found.
 */
function storageAutoscalingOf(r: ResourceInput): TfResource | undefined {
  const prefix = modulePrefix(r);
  for (const t of r.document.ofType("aws_appautoscaling_target")) {
    if (known(() => t.attrs.str("scalable_dimension")) !== STORAGE_DIMENSION) continue;
    const ref = t.attrs.reference("resource_id");
    if (!ref || ref.address !== `${r.type}.${r.name}` || modulePrefix(t) !== prefix) continue;
    return t;
  }
  return undefined;
}

function ebsInfo(info: Attributes | undefined): Attributes | undefined {
  return info?.block("storage_info")?.block("ebs_storage_info");
}

/**
 * `aws_msk_cluster` (MSK provisioned, standard brokers):
 * - `Broker instances (<type>)`: number_of_broker_nodes × 730 broker-hours at the broker type's rate.
 * - `Broker storage`: number_of_broker_nodes × volume_size GB-months (storage_info.ebs_storage_info.volume_size, or the
 *   deprecated ebs_volume_size; MSK's default 1,000 GB when neither is set). Terraform's GiB is billed as GB, as AWS does.
 * - `Broker storage (autoscaling)` instead, when an `aws_appautoscaling_target` in the document scales this cluster's
 *   broker storage: per broker min = max(volume_size, min_capacity), max = max_capacity (storage only grows), expected from
 *   the usage `storageGbPerBroker` (clamped into the bounds), else the minimum.
 * - `Provisioned storage throughput`: when provisioned_throughput is enabled, brokers × (volume_throughput − 250 MiB/s
 *   default) MB/s-months. The 250 baseline and the rate are of low confidence (see the price book).
 * Express brokers (`express.*`) and tiered storage are not priced yet: reported as unpriced, never as zero.
 */
export const mskCluster: Pricer = {
  type: "aws_msk_cluster",
  provider: "aws",
  category: "data",
  usage: [
    {
      name: "storageGbPerBroker",
      type: "quantity",
      unit: "GB",
      description:
        "Expected provisioned EBS storage per broker over the month when broker storage autoscaling is configured (between volume_size and the autoscaler's max_capacity). Not used without autoscaling: then volume_size is what is billed.",
    },
  ],
  price(r, lines) {
    const brokers = r.attrs.num("number_of_broker_nodes");
    if (brokers === undefined) throw new Unpriceable("number_of_broker_nodes is not set");
    const info = r.attrs.block("broker_node_group_info");
    const instanceType = info?.str("instance_type");
    if (instanceType === undefined) throw new Unpriceable("broker_node_group_info.instance_type is not set");
    if (instanceType.startsWith("express.")) {
      throw new Unpriceable(`MSK Express brokers (${instanceType}) are not priced yet (broker-hours, storage per GB-month and data written differ from standard brokers)`);
    }
    if (!/^kafka\.[a-z0-9]+\.[a-z0-9]+$/.test(instanceType)) {
      throw new Unpriceable(`unknown MSK broker instance type "${instanceType}"; standard brokers are named kafka.<family>.<size>, e.g. kafka.m5.large`);
    }

    const brokerName = `Broker instances (${instanceType})`;
    lines.line(brokerName, () => {
      lines.add({ name: brokerName, unit: "hours", priceId: `aws/msk/${instanceType}`, quantity: fixed(HOURS_PER_MONTH.times(brokers)) });
    });

    const autoscaling = storageAutoscalingOf(r);
    const storageName = autoscaling ? "Broker storage (autoscaling)" : "Broker storage";
    lines.line(storageName, () => {
      const ebs = ebsInfo(info);
      const volume = ebs?.num("volume_size") ?? info?.num("ebs_volume_size") ?? DEFAULT_VOLUME_GB;
      let perBroker: Range;
      if (!autoscaling) {
        perBroker = fixed(volume);
      } else {
        const max = autoscaling.attrs.num("max_capacity");
        if (max === undefined) throw new Unpriceable(`${autoscaling.address} sets no max_capacity`);
        const lo = Money.max(money(volume), money(autoscaling.attrs.num("min_capacity") ?? 0));
        const hi = Money.max(lo, money(max));
        const declared = r.usage.quantity("storageGbPerBroker");
        const expected = declared ? Money.min(hi, Money.max(lo, declared.expected)) : lo;
        perBroker = range(lo, expected, hi);
      }
      const total = { min: perBroker.min.times(brokers), expected: perBroker.expected.times(brokers), max: perBroker.max.times(brokers) };
      lines.add({ name: storageName, unit: "GB-months", priceId: "aws/msk/storage", quantity: total, usageBased: autoscaling !== undefined && r.usage.declared("storageGbPerBroker") });
    });

    lines.line("Provisioned storage throughput", () => {
      const pt = ebsInfo(info)?.block("provisioned_throughput");
      if (!pt || pt.bool("enabled") !== true) return;
      const throughput = pt.num("volume_throughput") ?? BASELINE_THROUGHPUT_MBPS;
      const billable = Math.max(0, throughput - BASELINE_THROUGHPUT_MBPS);
      if (billable === 0) return;
      lines.add({ name: "Provisioned storage throughput", unit: "MB/s-months", priceId: "aws/msk/provisioned-throughput", quantity: fixed(money(billable).times(brokers)) });
    });

    if (known(() => r.attrs.str("storage_mode")) === "TIERED") {
      lines.unpriceable("MSK tiered storage (per GB-month of data in the tier, plus retrieval) is not priced yet", "Tiered storage");
    }
  },
};
