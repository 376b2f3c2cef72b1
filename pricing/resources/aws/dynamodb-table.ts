import { known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { fixed, perMillion, range, Range, scaleRange } from "../../range";
import { TfResource } from "../../terraform";
import { UsageKeyDef } from "../../usage";

const READ_DIMENSION = "dynamodb:table:ReadCapacityUnits";
const WRITE_DIMENSION = "dynamodb:table:WriteCapacityUnits";

const USAGE: readonly UsageKeyDef[] = [
  { name: "storageGb", type: "quantity", unit: "GB-months", description: "Table size (data and indexes), averaged over the month; also the size point-in-time recovery bills." },
  { name: "monthlyWriteRequests", type: "quantity", unit: "requests", description: "Write request units a month (PAY_PER_REQUEST tables)." },
  { name: "monthlyReadRequests", type: "quantity", unit: "requests", description: "Read request units a month (PAY_PER_REQUEST tables)." },
  { name: "backupStorageGb", type: "quantity", unit: "GB-months", description: "On-demand backups kept over the month." },
  { name: "monthlyStreamReadRequests", type: "quantity", unit: "requests", description: "DynamoDB Streams read request units a month (stream_enabled)." },
];

/** `aws_appautoscaling_target`s scaling this table, by dimension: resource_id `table/<name>`, by reference or literal name. */
function autoscalingTargetsOf(r: ResourceInput): Map<string, TfResource> {
  const out = new Map<string, TfResource>();
  const prefix = modulePrefix(r);
  const ownName = known(() => r.attrs.str("name"));
  const refPattern = new RegExp(`^table/\\$\\{${r.type}\\.${r.name}(\\[[^\\]]*\\])?\\.(id|name)\\}$`);
  for (const t of r.document.ofType("aws_appautoscaling_target")) {
    const dimension = known(() => t.attrs.str("scalable_dimension"));
    if (dimension !== READ_DIMENSION && dimension !== WRITE_DIMENSION) continue;
    const raw = (t.attrs.raw() as Record<string, unknown> | null)?.resource_id;
    if (typeof raw !== "string") continue;
    const byRef = refPattern.test(raw) && modulePrefix(t) === prefix;
    const byName = ownName !== undefined && raw === `table/${ownName}`;
    if (byRef || byName) out.set(dimension, t);
  }
  return out;
}

/** Capacity units: the configured value, or the autoscaler's min..max with the configured value as expected when inside. */
function capacity(configured: number | undefined, target: TfResource | undefined, what: string): Range {
  if (!target) {
    if (configured === undefined) throw new Unpriceable(`${what} is not set (a PROVISIONED table needs it)`);
    return fixed(configured);
  }
  const min = target.attrs.num("min_capacity"), max = target.attrs.num("max_capacity");
  if (min === undefined || max === undefined) throw new Unpriceable(`${target.address} must set min_capacity and max_capacity`);
  const hi = Math.max(min, max);
  const expected = configured !== undefined && configured >= min && configured <= hi ? configured : min;
  return range(min, expected, hi);
}


/**
 * `aws_dynamodb_table` (Standard table class):
 * - PROVISIONED (the default): `Write capacity (WCU)` and `Read capacity (RCU)`: capacity units × 730 hours, the table's
 *   plus each global secondary index's. An `aws_appautoscaling_target` on the table's read or write capacity makes it a
 *   range from min_capacity to max_capacity, expected at the configured capacity (else the minimum).
 * - PAY_PER_REQUEST: `Write requests` and `Read requests` per 1M from usage `monthlyWriteRequests`/`monthlyReadRequests`.
 * - `Storage`: GB-months from usage `storageGb` (the free 25 GB per account is not deducted); `Point-in-time recovery`
 *   on the same size when enabled; `Backup storage` from `backupStorageGb`; `Stream reads` when stream_enabled.
 * Global table replicas (replica blocks) and the Standard-IA table class are unpriced with the reason.
 */
export const dynamodbTable: Pricer = {
  type: "aws_dynamodb_table",
  provider: "aws",
  category: "data",
  usage: USAGE,
  price(r, lines) {
    const tableClass = known(() => r.attrs.str("table_class")) ?? "STANDARD";
    if (tableClass !== "STANDARD") throw new Unpriceable(`table_class ${tableClass} is billed at its own rates, which costkit's books do not have`);
    const mode = r.attrs.str("billing_mode") ?? "PROVISIONED";
    if (mode === "PROVISIONED") {
      const targets = autoscalingTargetsOf(r);
      const indexes = r.attrs.blocks("global_secondary_index");
      for (const [label, attr, dimension, priceId] of [
        ["Write capacity (WCU)", "write_capacity", WRITE_DIMENSION, "aws/dynamodb/wcu"],
        ["Read capacity (RCU)", "read_capacity", READ_DIMENSION, "aws/dynamodb/rcu"],
      ] as const) {
        lines.line(label, () => {
          let units = capacity(r.attrs.num(attr), targets.get(dimension), attr);
          for (const gsi of indexes) {
            const n = gsi.num(attr);
            if (n !== undefined) units = { min: units.min.plus(n), expected: units.expected.plus(n), max: units.max.plus(n) };
          }
          const name = targets.has(dimension) ? `${label.slice(0, -1)}, autoscaling)` : label;
          lines.add({ name, unit: "hours", priceId, quantity: scaleRange(units, HOURS_PER_MONTH) });
        });
      }
    } else if (mode === "PAY_PER_REQUEST") {
      lines.add({ name: "Write requests", unit: "1M requests", priceId: "aws/dynamodb/write-request-units", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyWriteRequests")) });
      lines.add({ name: "Read requests", unit: "1M requests", priceId: "aws/dynamodb/read-request-units", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyReadRequests")) });
    } else {
      throw new Unpriceable(`unknown billing_mode "${mode}" (PROVISIONED or PAY_PER_REQUEST)`);
    }
    const size = r.usage.quantity("storageGb");
    lines.add({ name: "Storage", unit: "GB-months", priceId: "aws/dynamodb/storage", usageBased: true, quantity: size });
    if (r.attrs.block("point_in_time_recovery")?.bool("enabled")) {
      lines.add({ name: "Point-in-time recovery", unit: "GB-months", priceId: "aws/dynamodb/pitr-storage", usageBased: true, quantity: size });
    }
    lines.add({ name: "Backup storage", unit: "GB-months", priceId: "aws/dynamodb/backup-storage", usageBased: true, quantity: r.usage.quantity("backupStorageGb") });
    if (r.attrs.bool("stream_enabled")) {
      lines.add({ name: "Stream reads", unit: "1M requests", priceId: "aws/dynamodb/streams-read-request-units", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyStreamReadRequests")) });
    }
    for (const rep of r.attrs.blocks("replica")) {
      const region = known(() => rep.str("region_name")) ?? "(known after apply)";
      lines.unpriceable(`a global table replica in ${region} bills replicated writes and its own storage there; costkit does not price replicas yet`, `Global table replica (${region})`);
    }
  },
};
