import { Construct } from "constructs";
import { CloudfunctionsFunction } from "@cdktf/provider-google/lib/cloudfunctions-function";
import { Cloudfunctions2Function } from "@cdktf/provider-google/lib/cloudfunctions2-function";
import { attachUsage } from "./attach-usage";
import { constructErrors } from "./errors";
import { literal, PropsCheck, rules } from "./validation";

/** Expected load of a function; never rendered into Terraform. A key left out is not declared: its line shows the unit price and depends on usage. */
export interface CloudFunctionUsage {
  /** Invocations a month. */
  readonly monthlyInvocations?: number;
  /** Average duration of one invocation, in milliseconds. */
  readonly averageDurationMs?: number;
  /** Data the function sends to the internet a month, in GiB. */
  readonly monthlyEgressGib?: number;
}

export interface CloudFunctionProps {
  /** The function's name. */
  readonly functionName: string;
  /** Region of the function (a Cloud Functions region such as `europe-west1`). */
  readonly region: string;
  /** 1st gen (`google_cloudfunctions_function`) or 2nd gen (`google_cloudfunctions2_function`, Cloud Run functions). @default 2 */
  readonly generation?: 1 | 2;
  /** Runtime, e.g. `nodejs20`, `python312`. */
  readonly runtime: string;
  /** Name of the function in the source code. */
  readonly entryPoint: string;
  /** Cloud Storage bucket and object of the source archive (zip). */
  readonly sourceBucket: string;
  readonly sourceObject: string;
  /** Memory of an instance, in MB as Google means it (MiB: 2nd gen renders `<n>Mi`); 1st gen: 128, 256, 512, 1024, 2048, 4096 or 8192; 2nd gen: 128 to 32768. @default 256 */
  readonly memoryMb?: number;
  /** 2nd gen only: vCPUs of an instance. @default - the CPU Cloud Run functions give the memory size */
  readonly cpu?: number;
  /** Instances kept warm; each is billed while idle. @default 0 */
  readonly minInstances?: number;
  /** Upper bound on instances. @default - the provider's default */
  readonly maxInstances?: number;
  /** 2nd gen only: requests one instance serves at once (more than 1 needs at least 1 vCPU). @default 1 */
  readonly concurrency?: number;
  /**
   * What triggers the function. @default - an HTTP trigger
   * 1st gen: any event type and resource; 2nd gen: Pub/Sub (`google.cloud.pubsub.topic.v1.messagePublished`, resource =
   * the topic id).
   */
  readonly eventTrigger?: { readonly eventType: string; readonly resource: string };
  /** Labels of the function. @default - none */
  readonly labels?: Record<string, string>;
  /** Expected load. @default - the cost lines show their unit prices and depend on usage */
  readonly usage?: CloudFunctionUsage;
}

const GEN1_MEMORY = [128, 256, 512, 1024, 2048, 4096, 8192];
const PUBSUB_EVENT = "google.cloud.pubsub.topic.v1.messagePublished";

/**
 * A Cloud Function, 1st or 2nd gen, with its expected invocations and duration as usage of the function pricers
 * (`monthlyInvocations`, `averageDurationMs`, `monthlyEgressGib`).
 */
export class CloudFunction extends Construct {
  readonly function: CloudfunctionsFunction | Cloudfunctions2Function;

  constructor(scope: Construct, id: string, props: CloudFunctionProps) {
    super(scope, id);
    const gen = props.generation ?? 2;
    const check = new PropsCheck(this);
    if (gen !== 1 && gen !== 2) check.add("generation", constructErrors.notOneOf("generation", gen, [1, 2]));
    const memoryMb = props.memoryMb ?? 256;
    if (gen === 1) {
      check.number("memoryMb", props.memoryMb, rules.oneOf(GEN1_MEMORY, "for a 1st gen function"));
      if (props.cpu !== undefined) check.add("cpu", "cpu is a 2nd gen setting; a 1st gen function's CPU follows from memoryMb: leave cpu out or use generation 2");
      if (props.concurrency !== undefined) check.add("concurrency", "concurrency is a 2nd gen setting; a 1st gen instance serves one request at a time: leave it out or use generation 2");
    } else {
      check.number("memoryMb", props.memoryMb, rules.whole(128, 32768, "MB"));
      check.number("cpu", props.cpu, { ok: (v) => v > 0 && v <= 8, allowed: "more than 0 and at most 8 vCPUs" });
      check.number("concurrency", props.concurrency, rules.whole(1, 1000));
      if (literal(props.concurrency) && (props.concurrency ?? 1) > 1 && literal(props.cpu) && (props.cpu ?? 0) < 1) {
        check.add("concurrency", `concurrency (${props.concurrency}) above 1 needs cpu ≥ 1 (Cloud Run's rule); set cpu to 1 or more, or concurrency to 1`);
      }
      if (props.eventTrigger && literal(props.eventTrigger.eventType) && props.eventTrigger.eventType !== PUBSUB_EVENT) {
        check.add("eventTrigger.eventType", `eventTrigger.eventType "${props.eventTrigger.eventType}": a 2nd gen CloudFunction takes HTTP or Pub/Sub (${PUBSUB_EVENT}) triggers; use generation 1 or a plain google_cloudfunctions2_function for other events`);
      }
    }
    check.number("minInstances", props.minInstances, rules.whole(0));
    check.number("maxInstances", props.maxInstances, rules.whole(1));
    check.minMax("minInstances", props.minInstances, "maxInstances", props.maxInstances);
    const u = props.usage ?? {};
    check.number("usage.monthlyInvocations", u.monthlyInvocations, rules.atLeast(0), "skip");
    check.number("usage.averageDurationMs", u.averageDurationMs, rules.above(0, "ms"), "skip");
    check.number("usage.monthlyEgressGib", u.monthlyEgressGib, rules.atLeast(0, "GiB"), "skip");
    check.labels("labels", props.labels);
    check.throwIfAny();

    const labels = props.labels ? { labels: props.labels } : {};
    if (gen === 1) {
      this.function = new CloudfunctionsFunction(this, "function", {
        name: props.functionName, region: props.region, runtime: props.runtime, entryPoint: props.entryPoint,
        sourceArchiveBucket: props.sourceBucket, sourceArchiveObject: props.sourceObject, availableMemoryMb: memoryMb,
        ...(props.minInstances !== undefined ? { minInstances: props.minInstances } : {}),
        ...(props.maxInstances !== undefined ? { maxInstances: props.maxInstances } : {}),
        ...(props.eventTrigger ? { eventTrigger: { eventType: props.eventTrigger.eventType, resource: props.eventTrigger.resource } } : { triggerHttp: true }),
        ...labels,
      });
    } else {
      this.function = new Cloudfunctions2Function(this, "function", {
        name: props.functionName, location: props.region,
        buildConfig: { runtime: props.runtime, entryPoint: props.entryPoint, source: { storageSource: { bucket: props.sourceBucket, object: props.sourceObject } } },
        serviceConfig: {
          availableMemory: `${memoryMb}Mi`,
          ...(props.cpu !== undefined ? { availableCpu: String(props.cpu) } : {}),
          ...(props.minInstances !== undefined ? { minInstanceCount: props.minInstances } : {}),
          ...(props.maxInstances !== undefined ? { maxInstanceCount: props.maxInstances } : {}),
          ...(props.concurrency !== undefined ? { maxInstanceRequestConcurrency: props.concurrency } : {}),
        },
        ...(props.eventTrigger ? { eventTrigger: { eventType: props.eventTrigger.eventType, pubsubTopic: props.eventTrigger.resource, triggerRegion: props.region } } : {}),
        ...labels,
      });
    }
    attachUsage(this.function, u as Record<string, number | undefined>);
  }
}

