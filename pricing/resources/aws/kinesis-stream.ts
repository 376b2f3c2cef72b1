import { Unpriceable, UnresolvedValue } from "../../errors";
import { HOURS_PER_MONTH, money, Money } from "../../money";
import { Pricer, ResourceInput, modulePrefix } from "../../pricer";
import { fixed, mapRange, multiplyRanges, Range, scaleRange } from "../../range";

/** A PUT payload unit is a 25 KB chunk of a record (a 5 KB record is one unit, a 45 KB record two). */
export const PUT_PAYLOAD_UNIT_KB = 25;
/** Data is kept 24 hours at no extra charge; extended retention runs to 7 days (168 hours), long-term beyond. */
const DEFAULT_RETENTION_HOURS = 24;
const EXTENDED_RETENTION_LIMIT_HOURS = 168;
const MILLION = money(1_000_000);

/** retention_period in hours (24 when not set); undefined when it is not known before apply. */
function retentionHours(r: ResourceInput): number | undefined {
  try {
    return r.attrs.num("retention_period") ?? DEFAULT_RETENTION_HOURS;
  } catch (e) {
    if (e instanceof UnresolvedValue) return undefined;
    throw e;
  }
}

/** Enhanced fan-out consumers: the usage `enhancedFanOutConsumers`, else the `aws_kinesis_stream_consumer`s registered on this stream in the document. */
function consumersOf(r: ResourceInput): Range {
  const declared = r.usage.quantity("enhancedFanOutConsumers");
  if (declared) return declared;
  const prefix = modulePrefix(r);
  let count = 0;
  for (const c of r.document.ofType("aws_kinesis_stream_consumer")) {
    const ref = c.attrs.reference("stream_arn");
    if (ref && ref.address === `${r.type}.${r.name}` && modulePrefix(c) === prefix) {
      count += typeof c.multiplicity === "number" ? c.multiplicity : 1;
    }
  }
  return fixed(count);
}

/** Monthly PUT payload units, in millions: the usage `monthlyPutPayloadUnits`, else records × ⌈average size ÷ 25 KB⌉. */
function putPayloadMillions(r: ResourceInput): Range | undefined {
  const units = r.usage.quantity("monthlyPutPayloadUnits");
  if (units) return scaleRange(units, new Money(1).div(MILLION));
  const records = r.usage.quantity("monthlyRecords");
  if (!records) return undefined;
  const size = r.usage.quantity("averageRecordSizeKb");
  const perRecord = size ? mapRange(size, (kb) => Money.max(1, kb.div(PUT_PAYLOAD_UNIT_KB).ceil())) : fixed(1);
  return scaleRange(multiplyRanges(records, perRecord), new Money(1).div(MILLION));
}

/**
 * `aws_kinesis_stream` (Kinesis Data Streams), by stream_mode_details.stream_mode:
 *
 * PROVISIONED (the default): `Shards (provisioned)` shard_count × 730 shard-hours; `PUT payload units` from usage
 * (`monthlyPutPayloadUnits`, or `monthlyRecords` × ⌈`averageRecordSizeKb` ÷ 25⌉, one unit per record when the size is
 * not given; the ceiling is applied to the average, an approximation when sizes vary); retention_period > 24 h adds
 * `Extended retention (up to 7 days)` at shard_count × 730 shard-hours.
 *
 * ON_DEMAND: `Stream (on-demand)` 730 stream-hours; `Data ingested (on-demand)` and `Data retrieved (on-demand)` from the
 * usage `monthlyIngestGb` / `monthlyRetrievalGb`; retention_period > 24 h adds `Extended retention (up to 7 days)` in
 * GB-months from the usage `extendedRetentionStorageGb`.
 *
 * Both modes: retention_period > 168 h adds `Long-term retention (beyond 7 days)` from `longTermRetentionStorageGb`.
 * Enhanced fan-out, when the stream has consumers (usage `enhancedFanOutConsumers`, else the `aws_kinesis_stream_consumer`
 * resources registered on it): provisioned streams pay consumers × shards × 730 consumer-shard-hours, and both modes
 * pay `Enhanced fan-out data retrieval` per GB from `monthlyEnhancedFanOutRetrievalGb`.
 * Usage-based lines without usage are shown with their unit price, as depending on usage.
 */
export const kinesisStream: Pricer = {
  type: "aws_kinesis_stream",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyPutPayloadUnits", type: "quantity", unit: "PUT payload units", description: "PUT payload units (25 KB chunks of records) written per month to a provisioned stream; takes precedence over monthlyRecords." },
    { name: "monthlyRecords", type: "quantity", unit: "records", description: "Records written per month to a provisioned stream; with averageRecordSizeKb gives the PUT payload units." },
    { name: "averageRecordSizeKb", type: "quantity", unit: "KB", description: "Average record size; each record costs ⌈size ÷ 25 KB⌉ PUT payload units (1 when not given)." },
    { name: "monthlyIngestGb", type: "quantity", unit: "GB", description: "Data written per month to an on-demand stream (each record rounded up to 1 KB)." },
    { name: "monthlyRetrievalGb", type: "quantity", unit: "GB", description: "Data read per month from an on-demand stream by shared-throughput consumers." },
    { name: "extendedRetentionStorageGb", type: "quantity", unit: "GB-months", description: "Average data held between 24 hours and 7 days, on an on-demand stream with retention_period > 24." },
    { name: "longTermRetentionStorageGb", type: "quantity", unit: "GB-months", description: "Average data held beyond 7 days, on a stream with retention_period > 168." },
    { name: "enhancedFanOutConsumers", type: "quantity", unit: "consumers", description: "Enhanced fan-out consumers registered on the stream; defaults to the aws_kinesis_stream_consumer resources in the document that refer to it." },
    { name: "monthlyEnhancedFanOutRetrievalGb", type: "quantity", unit: "GB", description: "Data read per month by enhanced fan-out consumers." },
  ],
  price(r, lines) {
    const mode = (r.attrs.block("stream_mode_details")?.str("stream_mode") ?? "PROVISIONED").toUpperCase();
    if (mode !== "PROVISIONED" && mode !== "ON_DEMAND") throw new Unpriceable(`unknown stream_mode "${mode}"; Kinesis streams are PROVISIONED or ON_DEMAND`);
    const retention = retentionHours(r);
    const hours = retention ?? DEFAULT_RETENTION_HOURS;
    const consumers = consumersOf(r);
    const hasConsumers = !consumers.max.isZero();

    if (mode === "PROVISIONED") {
      const shardCount = r.attrs.num("shard_count");
      if (shardCount === undefined) throw new Unpriceable("shard_count is not set (required for a PROVISIONED stream)");
      const shardHours = fixed(HOURS_PER_MONTH.times(shardCount));
      lines.add({ name: "Shards (provisioned)", unit: "shard-hours", priceId: "aws/kinesis/shard-hours", quantity: shardHours });
      lines.add({ name: "PUT payload units", unit: "1M PUT payload units", priceId: "aws/kinesis/put-payload-units", quantity: putPayloadMillions(r), usageBased: true });
      if (hours > DEFAULT_RETENTION_HOURS) {
        lines.add({ name: "Extended retention (up to 7 days)", unit: "shard-hours", priceId: "aws/kinesis/extended-retention", quantity: shardHours });
      }
      if (hasConsumers) {
        lines.add({ name: "Enhanced fan-out (consumer-shard hours)", unit: "consumer-shard-hours", priceId: "aws/kinesis/efo-consumer-shard-hours", quantity: scaleRange(consumers, shardHours.expected), usageBased: r.usage.declared("enhancedFanOutConsumers") });
        lines.add({ name: "Enhanced fan-out data retrieval", unit: "GB", priceId: "aws/kinesis/efo-retrieval", quantity: r.usage.quantity("monthlyEnhancedFanOutRetrievalGb"), usageBased: true });
      }
    } else {
      lines.add({ name: "Stream (on-demand)", unit: "stream-hours", priceId: "aws/kinesis/on-demand-stream-hours", quantity: fixed(HOURS_PER_MONTH) });
      lines.add({ name: "Data ingested (on-demand)", unit: "GB", priceId: "aws/kinesis/on-demand-ingest", quantity: r.usage.quantity("monthlyIngestGb"), usageBased: true });
      lines.add({ name: "Data retrieved (on-demand)", unit: "GB", priceId: "aws/kinesis/on-demand-retrieval", quantity: r.usage.quantity("monthlyRetrievalGb"), usageBased: true });
      if (hours > DEFAULT_RETENTION_HOURS) {
        lines.add({ name: "Extended retention (up to 7 days)", unit: "GB-months", priceId: "aws/kinesis/on-demand-extended-retention", quantity: r.usage.quantity("extendedRetentionStorageGb"), usageBased: true });
      }
      if (hasConsumers) {
        lines.add({ name: "Enhanced fan-out data retrieval", unit: "GB", priceId: "aws/kinesis/on-demand-efo-retrieval", quantity: r.usage.quantity("monthlyEnhancedFanOutRetrievalGb"), usageBased: true });
      }
    }
    if (hours > EXTENDED_RETENTION_LIMIT_HOURS) {
      lines.add({ name: "Long-term retention (beyond 7 days)", unit: "GB-months", priceId: "aws/kinesis/long-term-retention", quantity: r.usage.quantity("longTermRetentionStorageGb"), usageBased: true });
    }
    if (retention === undefined) {
      lines.unpriceable("retention_period is not known before apply, so extended and long-term retention charges cannot be decided", "Extended retention (up to 7 days)");
    }
  },
};
