import { Pricer } from "../../pricer";
import { billedTib, durationSeconds, MESSAGE_USAGE, storedGibMonths } from "./pubsub-topic";

/** A subscription keeps messages 7 days unless `message_retention_duration` says otherwise. */
const DEFAULT_RETENTION = "604800s";

/**
 * `google_pubsub_subscription`: delivery throughput and, with `retain_acked_messages`, the storage of acknowledged
 * messages kept for replay. Pub/Sub prices are global.
 *
 * - Message delivery: TiB per month delivered to this subscription, from `monthlyDeliveredTib` or
 *   `monthlyMessages` × `averageMessageSizeBytes`. Pull and push subscriptions bill at the Message Delivery Basic rate
 *   with the 1,000-byte minimum counted per message (no batching: an upper bound for small messages); BigQuery and
 *   Cloud Storage subscriptions (`bigquery_config`, `cloud_storage_config`) at their own rate on the message bytes.
 * - Retained acknowledged messages: GiB-months = the month's bytes × `message_retention_duration` (default 7 days) /
 *   month. Unacknowledged messages are not charged.
 */
export const pubsubSubscription: Pricer = {
  type: "google_pubsub_subscription",
  provider: "google",
  category: "data",
  usage: [
    ...MESSAGE_USAGE,
    { name: "monthlyDeliveredTib", type: "quantity", unit: "TiB", description: "Billed delivery throughput per month, when known directly (overrides messages × size)." },
  ],
  price(r, lines) {
    const kind = r.attrs.block("bigquery_config") ? "bigquery" : r.attrs.block("cloud_storage_config") ? "cloud-storage" : r.attrs.block("push_config") ? "push" : "pull";
    const delivery = {
      bigquery: { label: "BigQuery subscription", priceId: "google/pubsub/bigquery-subscription" },
      "cloud-storage": { label: "Cloud Storage subscription", priceId: "google/pubsub/cloud-storage-subscription" },
      push: { label: "push", priceId: "google/pubsub/message-delivery" },
      pull: { label: "pull", priceId: "google/pubsub/message-delivery" },
    }[kind];
    lines.add({
      name: `Message delivery (${delivery.label})`, unit: "TiB", priceId: delivery.priceId, region: "global",
      quantity: billedTib(r.usage, "monthlyDeliveredTib", kind === "push" || kind === "pull"), usageBased: true,
    });
    const retain = lines.value("Retained acknowledged messages", () => r.attrs.bool("retain_acked_messages"));
    if (retain) {
      const retention = lines.value("Retained acknowledged messages", () => r.attrs.str("message_retention_duration") ?? DEFAULT_RETENTION);
      if (retention === undefined) return;
      const name = `Retained acknowledged messages (${retention})`;
      lines.line(name, () => {
        const seconds = durationSeconds(retention, "message_retention_duration");
        lines.add({ name, unit: "GiB-months", priceId: "google/pubsub/storage", region: "global", quantity: storedGibMonths(r.usage, "monthlyDeliveredTib", seconds), usageBased: true });
      });
    }
  },
};
