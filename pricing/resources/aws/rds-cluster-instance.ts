import { known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { range, scaleRange } from "../../range";
import { UsageKeyDef } from "../../usage";
import { checkDbClass } from "./db-instance";
import { auroraEngineOf, clusterOf, isIoOptimized } from "./rds-cluster";

const HOURS: UsageKeyDef = { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the instance runs in a month (730 = always on)." };
const ACU: UsageKeyDef = {
  name: "averageAcu", type: "quantity", unit: "ACUs",
  description: "Average Aurora Serverless v2 capacity over the month (db.serverless); without it the estimate runs from the cluster's min_capacity (expected) to its max_capacity.",
};

/**
 * `aws_rds_cluster_instance` (an Aurora writer or reader):
 * - `Database instance (<engine>, <class>)`: instance-hours (usage `monthlyHours`, default 730) at the class's Aurora
 *   Standard rate; in an I/O-Optimized cluster (`storage_type = "aurora-iopt1"`) at the I/O-Optimized rate.
 * - `db.serverless` (Serverless v2): `Aurora Serverless v2 capacity` in ACU-hours, a range from the cluster's
 *   serverlessv2_scaling_configuration min_capacity to max_capacity × 730; expected is usage `averageAcu` × 730, else the
 *   minimum (the report says it depends on load).
 * The engine is the instance's own `engine`, else its cluster's; storage and I/O are billed on the cluster.
 */
export const rdsClusterInstance: Pricer = {
  type: "aws_rds_cluster_instance",
  provider: "aws",
  category: "data",
  usage: [HOURS, ACU],
  price(r, lines) {
    const cluster = clusterOf(r);
    // `engine = aws_rds_cluster.x.engine` is the usual form: unknown here, so the cluster's own engine is read
    const engineName = known(() => r.attrs.str("engine")) ?? cluster?.str("engine");
    if (engineName === undefined && cluster === undefined && r.attrs.has("cluster_identifier")) {
      throw new Unpriceable("engine is not set and the cluster (cluster_identifier) is not in this document");
    }
    const engine = auroraEngineOf(engineName ?? "aurora");
    const io = cluster ? isIoOptimized(cluster) : false;
    const cls = r.attrs.str("instance_class");
    if (cls === "db.serverless") {
      lines.line(`Aurora Serverless v2 capacity${io ? " (I/O-Optimized)" : ""}`, () => {
        const name = `Aurora Serverless v2 capacity${io ? " (I/O-Optimized)" : ""}`;
        const scaling = cluster?.block("serverlessv2_scaling_configuration");
        const min = scaling?.num("min_capacity"), max = scaling?.num("max_capacity");
        const avg = r.usage.quantity(ACU.name);
        if (min === undefined || max === undefined) {
          if (!avg) throw new Unpriceable("the cluster's serverlessv2_scaling_configuration (min_capacity, max_capacity) is not in this document; give usage averageAcu");
          lines.add({ name, unit: "ACU-hours", priceId: io ? "aws/rds/aurora-serverless-v2-io-optimized" : "aws/rds/aurora-serverless-v2", usageBased: true, quantity: scaleRange(avg, HOURS_PER_MONTH) });
          return;
        }
        // usage, when given, says what the load will be; otherwise the bounds, expected at the minimum
        const acus = avg ?? range(min, min, max);
        lines.add({ name, unit: "ACU-hours", priceId: io ? "aws/rds/aurora-serverless-v2-io-optimized" : "aws/rds/aurora-serverless-v2", usageBased: avg !== undefined, quantity: scaleRange(acus, HOURS_PER_MONTH) });
      });
      return;
    }
    lines.line(`Database instance (${engine.label})`, () => {
      const c = checkDbClass(cls);
      lines.add({
        name: `Database instance (${engine.label}, ${c}${io ? ", I/O-Optimized" : ""})`, unit: "hours",
        priceId: `aws/rds/${engine.key}-${c}${io ? "-io-optimized" : ""}`, quantity: r.usage.quantity(HOURS.name),
      });
    });
  },
};
