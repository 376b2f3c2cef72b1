import { Construct } from "constructs";
import { AppEngineStandardAppVersion } from "@cdktf/provider-google/lib/app-engine-standard-app-version";
import { money } from "../pricing/money";
import { Cost } from "./cost";
import { attachUsage } from "./attach-usage";
import { literal, PropsCheck, rules } from "./validation";

/** Expected load of a service; never rendered into Terraform. A key left out is not declared (no load: the expected cost is the minimum; no egress: that line depends on usage). */
export interface AppEngineServiceUsage {
  /**
   * Average requests per second over the month. Expected instances = ⌈averageRequestsPerSecond ÷
   * requestsPerSecondPerInstance⌉, held within the scaling bounds (the autoscaler stops at maxInstances).
   */
  readonly averageRequestsPerSecond?: number;
  /** Requests per second one instance of the class serves at the autoscaler's target. */
  readonly requestsPerSecondPerInstance?: number;
  /** The average instance count, when it is known directly (within the scaling bounds). */
  readonly expectedInstances?: number;
  /** Outbound data to the internet a month, in GiB. */
  readonly monthlyEgressGib?: number;
}

export interface AppEngineServiceProps {
  /** The App Engine service (`default` for the first one). */
  readonly service: string;
  /** Version id. @default "v1" */
  readonly versionId?: string;
  /** Runtime, e.g. `python312`, `java21`. */
  readonly runtime: string;
  /** Shell command that starts the app. */
  readonly entrypointShell: string;
  /** URL of the source zip in Cloud Storage (`https://storage.googleapis.com/<bucket>/<object>`). */
  readonly sourceZipUrl: string;
  /** Instance class of automatic scaling: F1, F2, F4 or F4_1G. @default "F2" */
  readonly instanceClass?: "F1" | "F2" | "F4" | "F4_1G";
  /** Instances kept running; priced as the minimum. @default 0 */
  readonly minInstances?: number;
  /** The autoscaler's upper bound; priced as the worst case. */
  readonly maxInstances: number;
  /** The autoscaler's CPU target (0.5–0.95). @default 0.6 */
  readonly targetCpuUtilization?: number;
  /** Concurrent requests one instance takes before a new one starts (1–1000). @default 10 */
  readonly maxConcurrentRequests?: number;
  /** Expected load. @default - expected cost equals the minimum, and the report says so */
  readonly usage?: AppEngineServiceUsage;
  /** Cost-allocation tags (App Engine versions have no labels in Terraform: they travel as cost annotations). @default - none */
  readonly tags?: Readonly<Record<string, string>>;
}

const CLASSES = ["F1", "F2", "F4", "F4_1G"];

/**
 * An App Engine standard service version with automatic scaling (`google_app_engine_standard_app_version`): instance
 * hours of its class, from `minInstances` (minimum) to `maxInstances` (worst case), the expected count from declared
 * load (usage `expectedInstances` of the pricer). The app's region is the stack's `google_app_engine_application`.
 */
export class AppEngineService extends Construct {
  readonly version: AppEngineStandardAppVersion;
  /** The expected instance count derived from the usage, if any. */
  readonly expectedInstances?: number;

  constructor(scope: Construct, id: string, props: AppEngineServiceProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    check.oneOf("instanceClass", props.instanceClass, CLASSES, "(automatic scaling uses F classes)");
    check.number("minInstances", props.minInstances, rules.whole(0, 1000));
    check.number("maxInstances", props.maxInstances, rules.whole(1, 2147483647));
    const min = props.minInstances ?? 0;
    check.minMax("minInstances", min, "maxInstances", props.maxInstances);
    check.number("targetCpuUtilization", props.targetCpuUtilization, { ...rules.between(0.5, 0.95), allowed: "from 0.5 to 0.95 (App Engine's range)" });
    check.number("maxConcurrentRequests", props.maxConcurrentRequests, rules.whole(1, 1000));
    const u = props.usage ?? {};
    check.number("usage.averageRequestsPerSecond", u.averageRequestsPerSecond, rules.atLeast(0));
    check.number("usage.requestsPerSecondPerInstance", u.requestsPerSecondPerInstance, rules.above(0));
    check.number("usage.expectedInstances", u.expectedInstances, rules.atLeast(0));
    check.number("usage.monthlyEgressGib", u.monthlyEgressGib, rules.atLeast(0, "GiB"), "skip");
    if (u.averageRequestsPerSecond !== undefined && u.requestsPerSecondPerInstance === undefined) {
      check.add("usage.averageRequestsPerSecond", "usage.averageRequestsPerSecond needs usage.requestsPerSecondPerInstance (what one instance serves) to turn load into instances");
    }
    if (u.averageRequestsPerSecond !== undefined && u.expectedInstances !== undefined) check.add("usage", "usage gives both averageRequestsPerSecond and expectedInstances; give one");
    if (u.expectedInstances !== undefined && literal(u.expectedInstances) && (u.expectedInstances < min || u.expectedInstances > props.maxInstances)) {
      check.add("usage.expectedInstances", `usage.expectedInstances (${u.expectedInstances}) must lie within minInstances (${min}) and maxInstances (${props.maxInstances})`);
    }
    check.throwIfAny();

    let expected = u.expectedInstances;
    if (expected === undefined && u.averageRequestsPerSecond !== undefined && u.requestsPerSecondPerInstance !== undefined) {
      const needed = money(u.averageRequestsPerSecond).div(u.requestsPerSecondPerInstance).ceil().toNumber();
      expected = Math.min(props.maxInstances, Math.max(min, needed));
    }
    this.expectedInstances = expected;

    this.version = new AppEngineStandardAppVersion(this, "version", {
      service: props.service,
      versionId: props.versionId ?? "v1",
      runtime: props.runtime,
      instanceClass: props.instanceClass ?? "F2",
      entrypoint: { shell: props.entrypointShell },
      deployment: { zip: { sourceUrl: props.sourceZipUrl } },
      automaticScaling: {
        ...(props.maxConcurrentRequests !== undefined ? { maxConcurrentRequests: props.maxConcurrentRequests } : {}),
        standardSchedulerSettings: {
          minInstances: min,
          maxInstances: props.maxInstances,
          targetCpuUtilization: props.targetCpuUtilization ?? 0.6,
        },
      },
      deleteServiceOnDestroy: false,
      noopOnDestroy: true,
    });
    attachUsage(this.version, { expectedInstances: expected, monthlyEgressGib: u.monthlyEgressGib });
    if (props.tags) Cost.tags(this.version, props.tags);
  }
}
