import Decimal from "decimal.js";
import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, range, Range, scaleRange } from "../../range";

const PU_PER_NODE = 1000;

/** `regional-us-central1` (or a path ending in it) → `us-central1`; other configurations are multi- or dual-region. */
function regionalLocation(config: string): string | undefined {
  const m = /(?:^|\/)regional-([a-z]+-[a-z]+[0-9]+)$/.exec(config.trim());
  return m ? m[1] : undefined;
}

/** The configuration's name without its path (`projects/p/instanceConfigs/nam3` → `nam3`). */
function configName(config: string): string {
  return config.trim().replace(/^.*\//, "");
}

/** Nodes from a count of nodes or of processing units (1,000 PU = 1 node). */
function nodesOf(a: Attributes, nodesKey: string, unitsKey: string): Decimal | undefined {
  const nodes = a.num(nodesKey);
  if (nodes !== undefined) return money(nodes);
  const units = a.num(unitsKey);
  return units === undefined ? undefined : money(units).div(PU_PER_NODE);
}

/**
 * Compute capacity in nodes: fixed `num_nodes` or `processing_units`; or, with `autoscaling_config.autoscaling_limits`,
 * the range min..max (nodes or processing units), expected from the usage `expectedNodes`, else the minimum.
 */
function capacityOf(attrs: Attributes, expected: Range | undefined): Range {
  const limits = attrs.block("autoscaling_config")?.block("autoscaling_limits");
  if (limits) {
    const min = nodesOf(limits, "min_nodes", "min_processing_units");
    const max = nodesOf(limits, "max_nodes", "max_processing_units");
    if (min === undefined || max === undefined) throw new Unpriceable("autoscaling_limits needs min and max nodes (or processing units)");
    if (min.gt(max)) throw new Unpriceable(`autoscaling_limits has a minimum of ${min.toFixed()} nodes above its maximum of ${max.toFixed()}`);
    const e = expected?.expected;
    if (e !== undefined && (e.lt(min) || e.gt(max))) {
      throw new Unpriceable(`usage expectedNodes ${e.toFixed()} is outside the autoscaling bounds ${min.toFixed()}..${max.toFixed()} nodes`);
    }
    return range(min, e ?? min, max);
  }
  const n = nodesOf(attrs, "num_nodes", "processing_units");
  if (n === undefined) throw new Unpriceable("the instance sets neither num_nodes, processing_units nor autoscaling_config");
  return fixed(n);
}

/**
 * `google_spanner_instance`: compute capacity in node-hours (730 a month; 1 node = 1,000 processing units, so 100 PU
 * bill 0.1 node) at the Standard edition rate of a regional configuration (`config = "regional-<region>"`), plus the
 * databases' storage from the usage `storageGib`. Autoscaled instances are a range (min..max nodes, expected from
 * `expectedNodes`, else the minimum, and the report says so).
 *
 * An instance without `edition` on a regional configuration is priced as Standard, the edition Google gives regional
 * instances that chose none, and the line says it was assumed. Enterprise and Enterprise Plus editions, and every
 * dual- and multi-region configuration (`nam3`, `eur3`, …, which need Enterprise Plus), are unpriced with the reason:
 * the price books have no sourced rate for them. `instance_type = "FREE_INSTANCE"` (the 90-day free trial) costs
 * nothing. Backups, cross-region replication and network egress are not modelled.
 */
export const spannerInstance: Pricer = {
  type: "google_spanner_instance",
  provider: "google",
  category: "data",
  usage: [
    { name: "storageGib", type: "quantity", unit: "GiB", description: "Average data stored by the instance's databases over the month (tables, indexes, metadata)." },
    { name: "expectedNodes", type: "quantity", unit: "nodes", description: "Expected nodes of an autoscaled instance (between its limits; 1,000 processing units = 1 node); default: the minimum." },
  ],
  region(r) {
    const config = r.attrs.str("config");
    if (config === undefined) throw new Unpriceable("config is not set");
    return regionalLocation(config) ?? configName(config);
  },
  price(r, lines) {
    if (r.attrs.str("instance_type") === "FREE_INSTANCE") return;
    const config = r.attrs.str("config") ?? "";
    const regional = regionalLocation(config) !== undefined;
    const edition = r.attrs.str("edition");
    const assumed = edition === undefined || edition === "EDITION_UNSPECIFIED";
    lines.line("Compute capacity", () => {
      if (!regional) {
        throw new Unpriceable(`instance configuration "${configName(config)}" is dual- or multi-region (Enterprise Plus edition); costkit's price books have Spanner rates for regional configurations (regional-<region>) in the Standard edition only`);
      }
      if (!assumed && edition !== "STANDARD") {
        throw new Unpriceable(`Spanner edition ${edition} is not priced: the price books have the Standard edition rate only`);
      }
      const nodes = capacityOf(r.attrs, r.usage.quantity("expectedNodes"));
      const n = nodes.min.eq(nodes.max) ? `${nodes.min.toFixed()} nodes` : `${nodes.min.toFixed()}-${nodes.max.toFixed()} nodes`;
      lines.add({
        name: `Compute capacity (${assumed ? "Standard edition, assumed: edition not set" : "Standard edition"}, ${n})`, unit: "node-hours",
        priceId: "google/spanner/node", quantity: scaleRange(nodes, HOURS_PER_MONTH),
      });
    });
    lines.line("Storage", () => {
      if (!regional) throw new Unpriceable(`instance configuration "${configName(config)}" is dual- or multi-region; costkit has Spanner storage rates for regional configurations only`);
      lines.add({ name: "Storage", unit: "GiB-months", priceId: "google/spanner/storage", quantity: r.usage.quantity("storageGib"), usageBased: true });
    });
  },
};
