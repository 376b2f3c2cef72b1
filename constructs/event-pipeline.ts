import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { PubsubSubscription } from "@cdktf/provider-google/lib/pubsub-subscription";
import { PubsubTopic } from "@cdktf/provider-google/lib/pubsub-topic";
import { DAYS_PER_MONTH, money, Money } from "../pricing/money";
import { closeMatch } from "../pricing/nearest";
import { Cost } from "./cost";
import { constructErrors } from "./errors";
import { PropsCheck, rules } from "./validation";

/** Pub/Sub bills at least 1,000 bytes per publish and per pull or push request (https://cloud.google.com/pubsub/pricing). */
const MIN_BILLED_BYTES_PER_REQUEST = 1000;
const BYTES_PER_TIB = money(1024).pow(4);

/** How a subscription hands messages on: pulled by a consumer (Dataflow, services), or written by Pub/Sub itself. */
export type EventSubscriptionKind = "pull" | "bigquery" | "cloud-storage";

export interface EventSubscriptionProps {
  /** Subscription name, unique in the project. */
  readonly name: string;
  /** Pull (a consumer such as a Dataflow job reads it), BigQuery or Cloud Storage (Pub/Sub writes the messages). @default "pull" */
  readonly kind?: EventSubscriptionKind;
  /** Destination table `project.dataset.table` (or a reference to one); required for kind `bigquery`. @default - none */
  readonly bigqueryTable?: string;
  /** Destination bucket name; required for kind `cloud-storage`. @default - none */
  readonly bucket?: string;
  /** Seconds a consumer has to acknowledge a message (10 to 600). @default 60 */
  readonly ackDeadlineSeconds?: number;
}

/** The flow of events through the topic; never rendered into Terraform. */
export interface EventLoad {
  /** Events published to the topic per day. */
  readonly eventsPerDay: number;
  /** Average size of one event (data and attributes), in bytes. */
  readonly averageEventBytes: number;
  /**
   * Events per publish and per pull request. Pub/Sub bills every request at ≥ 1,000 bytes, so small unbatched events
   * cost more than their size; client libraries batch by default.
   * @default 1 - no batching: every event billed at ≥ 1,000 bytes (Pub/Sub's upper bound for small events)
   */
  readonly eventsPerRequest?: number;
  /**
   * Share of the topic's events each subscription receives (0 < share ≤ 1), by subscription name: a subscription here
   * may stand for the subscriptions on a subset of the event types the topic stands for.
   * @default - every subscription receives every event (share 1)
   */
  readonly shareBySubscription?: Readonly<Record<string, number>>;
}

export interface EventPipelineProps {
  /** Topic name, unique in the project. */
  readonly topicName: string;
  /** Region the topic persists messages in (`message_storage_policy`); it also places the topic's cost in a geo. */
  readonly region: string;
  /** Subscriptions on the topic. @default - none */
  readonly subscriptions?: readonly EventSubscriptionProps[];
  /** How long the topic keeps messages for replay, as a duration ("86400s"). @default - not retained (no storage charge) */
  readonly messageRetentionDuration?: string;
  /** Labels on the topic and every subscription (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** The Google provider the resources use; its region should be `region` so that reports place the cost there. @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected load. @default - no declared load: the lines show their unit price and depend on usage */
  readonly load?: EventLoad;
}

/**
 * An event ingestion path on Pub/Sub: one topic and its subscriptions, with the month's throughput declared as usage.
 *
 * Billing (Pub/Sub is priced globally): publish throughput on the topic, delivery throughput on each subscription, both
 * per TiB. Pull subscriptions bill ≥ 1,000 bytes per request like publishing; BigQuery and Cloud Storage subscriptions
 * bill the message bytes. The construct computes the billed TiB from the load:
 * `events a month = eventsPerDay × 730 / 24`, `bytes per request = max(1,000, eventsPerRequest × averageEventBytes)`,
 * `billed TiB = events / eventsPerRequest × bytes per request / 2^40` (× the subscription's share).
 */
export class EventPipeline extends Construct {
  readonly topic: PubsubTopic;
  readonly subscriptions: Readonly<Record<string, PubsubSubscription>>;

  constructor(scope: Construct, id: string, props: EventPipelineProps) {
    super(scope, id);
    validate(this, props);

    const labels = props.labels ? { ...props.labels } : undefined;
    this.topic = new PubsubTopic(this, "topic", {
      name: props.topicName,
      ...(labels ? { labels } : {}),
      messageStoragePolicy: { allowedPersistenceRegions: [props.region] },
      ...(props.messageRetentionDuration !== undefined ? { messageRetentionDuration: props.messageRetentionDuration } : {}),
      ...(props.provider ? { provider: props.provider } : {}),
    });
    Cost.category(this.topic, "data");
    if (props.load) Cost.usage(this.topic, { monthlyPublishedTib: pubsubBilledTib(props.load, 1, true) });

    const subs: Record<string, PubsubSubscription> = {};
    for (const s of props.subscriptions ?? []) {
      const kind = s.kind ?? "pull";
      const sub = new PubsubSubscription(this, `sub-${s.name}`, {
        name: s.name,
        topic: this.topic.id,
        ackDeadlineSeconds: s.ackDeadlineSeconds ?? 60,
        ...(labels ? { labels } : {}),
        ...(kind === "bigquery" ? { bigqueryConfig: { table: s.bigqueryTable!, writeMetadata: true } } : {}),
        ...(kind === "cloud-storage" ? { cloudStorageConfig: { bucket: s.bucket!, filenamePrefix: `${props.topicName}/`, maxDuration: "300s" } } : {}),
        ...(props.provider ? { provider: props.provider } : {}),
      });
      Cost.category(sub, "data");
      if (props.load) {
        const share = props.load.shareBySubscription?.[s.name] ?? 1;
        Cost.usage(sub, { monthlyDeliveredTib: pubsubBilledTib(props.load, share, kind === "pull") });
      }
      subs[s.name] = sub;
    }
    this.subscriptions = subs;
  }
}

/** Events a month from events a day (730-hour month). */
export function eventsPerMonth(eventsPerDay: number): Decimal {
  return money(eventsPerDay).times(DAYS_PER_MONTH);
}

/**
 * Billed TiB a month for a share of the topic's events, as a decimal string (6 places): with `perRequestMinimum`, every
 * request of `eventsPerRequest` events counts at ≥ 1,000 bytes.
 */
export function pubsubBilledTib(load: EventLoad, share: number, perRequestMinimum: boolean): string {
  const perRequest = load.eventsPerRequest ?? 1;
  const requestBytes = money(perRequest).times(load.averageEventBytes);
  const billedRequestBytes = perRequestMinimum ? Money.max(requestBytes, MIN_BILLED_BYTES_PER_REQUEST) : requestBytes;
  const bytes = eventsPerMonth(load.eventsPerDay).times(share).div(perRequest).times(billedRequestBytes);
  return bytes.div(BYTES_PER_TIB).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed();
}

function validate(scope: IConstruct, props: EventPipelineProps): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  const names = new Set<string>();
  for (const s of props.subscriptions ?? []) {
    if (names.has(s.name)) check.add("subscriptions", constructErrors.usedTwice("subscriptions", "name", s.name, "subscription"));
    names.add(s.name);
    const kind = s.kind ?? "pull";
    const where = `subscriptions["${s.name}"]`;
    if (kind === "bigquery" && s.bigqueryTable === undefined) check.add(`${where}.bigqueryTable`, `${where}: kind "bigquery" needs bigqueryTable ("project.dataset.table")`);
    if (kind === "cloud-storage" && s.bucket === undefined) check.add(`${where}.bucket`, `${where}: kind "cloud-storage" needs bucket (a bucket name)`);
    check.number(`${where}.ackDeadlineSeconds`, s.ackDeadlineSeconds, rules.between(10, 600, "seconds"), "skip");
  }
  const load = props.load;
  if (load) {
    check.number("load.eventsPerDay", load.eventsPerDay, rules.atLeast(0), "usage");
    check.number("load.averageEventBytes", load.averageEventBytes, rules.above(0, "bytes"), "usage");
    check.number("load.eventsPerRequest", load.eventsPerRequest, { ...rules.whole(1), allowed: "a whole number ≥ 1; use 1 for unbatched publishing" }, "usage");
    for (const [name, share] of Object.entries(load.shareBySubscription ?? {})) {
      if (!names.has(name)) {
        check.add("load.shareBySubscription", constructErrors.notDeclared("load.shareBySubscription", name, "a subscription of this topic", [...names], closeMatch([...names], name)));
      }
      check.number(`load.shareBySubscription["${name}"]`, share, { ok: (v) => v > 0 && v <= 1, allowed: "> 0 and ≤ 1" }, "usage");
    }
  }
  check.throwIfAny();
}
