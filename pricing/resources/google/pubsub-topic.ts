import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { BYTES_PER_GIB, money, SECONDS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { mapRange, multiplyRanges, Range, scaleRange } from "../../range";
import { UsageValues } from "../../usage";

/** Pub/Sub bills at least 1,000 bytes per publish, pull or push request. */
export const MIN_BILLED_BYTES = money(1000);
const BYTES_PER_TIB = money(1024).pow(4);

/** Usage keys for a message flow, shared by topics and subscriptions. */
export const MESSAGE_USAGE = [
  { name: "monthlyMessages", type: "quantity", unit: "messages", description: "Messages per month." },
  { name: "averageMessageSizeBytes", type: "quantity", unit: "bytes", description: "Average size of one message (data and attributes)." },
] as const;

/**
 * Billed throughput in TiB: `directKey` when the usage gives it, else messages × average size, each message counted at
 * no less than 1,000 bytes when `minimum` is set. The minimum is per request; counting it per message assumes one
 * message per request (no batching), an upper bound when messages are small.
 */
export function billedTib(usage: UsageValues, directKey: string, minimum: boolean): Range | undefined {
  const direct = usage.quantity(directKey);
  if (direct !== undefined) return direct;
  const messages = usage.quantity("monthlyMessages");
  const size = usage.quantity("averageMessageSizeBytes");
  if (messages === undefined || size === undefined) return undefined;
  const billed = minimum ? mapRange(size, (b) => (b.lt(MIN_BILLED_BYTES) ? MIN_BILLED_BYTES : b)) : size;
  return scaleRange(multiplyRanges(messages, billed), money(1).div(BYTES_PER_TIB));
}

/**
 * GiB-months stored at steady state when every message is kept `retention` long: the month's volume (actual bytes,
 * or the billed TiB given directly) × retention / month.
 */
export function storedGibMonths(usage: UsageValues, directKey: string, retentionSeconds: Decimal): Range | undefined {
  const messages = usage.quantity("monthlyMessages");
  const size = usage.quantity("averageMessageSizeBytes");
  let gib: Range | undefined;
  if (usage.declared(directKey)) gib = scaleRange(usage.quantity(directKey)!, 1024);
  else if (messages !== undefined && size !== undefined) gib = scaleRange(multiplyRanges(messages, size), money(1).div(BYTES_PER_GIB));
  return gib && scaleRange(gib, retentionSeconds.div(SECONDS_PER_MONTH));
}


/** Seconds of a protobuf duration string ("604800s", "86400.5s"). */
export function durationSeconds(text: string, attribute: string): Decimal {
  const m = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(text);
  if (!m) throw new Unpriceable(`${attribute} "${text}" is not a duration in seconds such as "604800s"`);
  return money(m[1]);
}

/**
 * `google_pubsub_topic`: publish throughput and, when `message_retention_duration` is set, the storage of retained
 * messages. Pub/Sub prices are global (the price entries are `global`).
 *
 * - Message publishing: TiB per month at the Message Delivery Basic rate, from `monthlyPublishedTib` or from
 *   `monthlyMessages` × `averageMessageSizeBytes` with the 1,000-byte minimum counted per message (no batching).
 * - Topic retention storage: GiB-months = the month's published bytes × retention / month (steady state).
 *
 * Delivery to subscribers is priced on each `google_pubsub_subscription`. The free 10 GiB per billing account is not
 * taken off.
 */
export const pubsubTopic: Pricer = {
  type: "google_pubsub_topic",
  provider: "google",
  category: "data",
  usage: [
    ...MESSAGE_USAGE,
    { name: "monthlyPublishedTib", type: "quantity", unit: "TiB", description: "Billed publish throughput per month, when known directly (overrides messages × size)." },
  ],
  price(r, lines) {
    lines.add({
      name: "Message publishing", unit: "TiB", priceId: "google/pubsub/message-delivery", region: "global",
      quantity: billedTib(r.usage, "monthlyPublishedTib", true), usageBased: true,
    });
    const retention = lines.value("Topic retention storage", () => r.attrs.str("message_retention_duration"));
    if (retention !== undefined) {
      const name = `Topic retention storage (${retention})`;
      lines.line(name, () => {
        const seconds = durationSeconds(retention, "message_retention_duration");
        lines.add({ name, unit: "GiB-months", priceId: "google/pubsub/storage", region: "global", quantity: storedGibMonths(r.usage, "monthlyPublishedTib", seconds), usageBased: true });
      });
    }
  },
};
