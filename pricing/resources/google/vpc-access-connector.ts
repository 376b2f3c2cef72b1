import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";
import { fixed, range, Range } from "../../range";
import { addMachineLines } from "../common/machine";

/** Machine types a connector may use. */
const MACHINE_TYPES = new Set(["e2-micro", "f1-micro", "e2-standard-4"]);
/** Mbps per instance of the shared-core types, to turn `min_throughput`/`max_throughput` into instances. */
const MBPS_PER_MICRO_INSTANCE = 100;
/** The provider's defaults for `min_throughput` and `max_throughput` (Mbps). */
const DEFAULT_MIN_THROUGHPUT = 200;
const DEFAULT_MAX_THROUGHPUT = 300;

/**
 * `google_vpc_access_connector` (Serverless VPC Access): Google bills a connector's instances as Compute Engine VMs of
 * its `machine_type` (e2-micro by default, f1-micro, e2-standard-4) at Compute Engine rates, so the lines are those of
 * the machine type (the compute book's prices, with its sustained-use rules). The connector scales between
 * `min_instances` and `max_instances`: a range, expected from the usage `expectedInstances`, else the minimum. Without
 * instance bounds, e2-micro and f1-micro connectors derive them from `min_throughput`/`max_throughput` (100 Mbps per
 * instance; the provider's defaults 200 and 300 Mbps give 2..3); an e2-standard-4 connector needs the instance bounds.
 * Network egress from the connector is billed as Compute Engine egress and is not modelled.
 */
export const vpcAccessConnector: Pricer = {
  type: "google_vpc_access_connector",
  provider: "google",
  category: "network",
  usage: [
    { name: "expectedInstances", type: "quantity", unit: "instances", description: "Expected running instances (between min_instances and max_instances); default: min_instances." },
  ],
  price(r, lines) {
    const machine = r.attrs.str("machine_type") ?? "e2-micro";
    lines.line("Connector instances", () => {
      if (!MACHINE_TYPES.has(machine)) throw new Unpriceable(`machine_type "${machine}" is not one a connector accepts (e2-micro, f1-micro, e2-standard-4)`);
      let min = r.attrs.num("min_instances");
      let max = r.attrs.num("max_instances");
      if (min === undefined || max === undefined) {
        if (machine === "e2-standard-4") throw new Unpriceable("an e2-standard-4 connector needs min_instances and max_instances to be priced");
        min ??= (r.attrs.num("min_throughput") ?? DEFAULT_MIN_THROUGHPUT) / MBPS_PER_MICRO_INSTANCE;
        max ??= (r.attrs.num("max_throughput") ?? DEFAULT_MAX_THROUGHPUT) / MBPS_PER_MICRO_INSTANCE;
      }
      if (min > max) throw new Unpriceable(`the connector's minimum of ${min} instances is above its maximum of ${max}`);
      const e = r.usage.quantity("expectedInstances")?.expected;
      if (e !== undefined && (e.lt(min) || e.gt(max))) throw new Unpriceable(`usage expectedInstances ${e.toFixed()} is outside the connector's bounds ${min}..${max}`);
      const nodes: Range = min === max ? fixed(min) : range(min, e ?? min, max);
      addMachineLines(lines, { machineType: machine, nodes, label: `connector, ${min === max ? min : `${min}-${max}`} instances` });
    });
  },
};
