import { known, knownOr } from "../../attributes";
import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed, range, Range, scaleRange } from "../../range";
import { defaultRegion } from "../../region";
import { UsageKeyDef } from "../../usage";
import { addEgress } from "./cloudfunctions-function";
import { ownValue } from "../../own";

/** Instance classes and their price ids (one instance-hour each; an F4 hour costs four F1 hours, and so on). */
const CLASS_PRICE: Readonly<Record<string, string>> = {
  F1: "google/appengine/f1", F2: "google/appengine/f2", F4: "google/appengine/f4", F4_1G: "google/appengine/f4-1g",
  B1: "google/appengine/b1", B2: "google/appengine/b2", B4: "google/appengine/b4", B4_1G: "google/appengine/b4-1g", B8: "google/appengine/b8",
};

/**
 * The two App Engine location ids that are not region names (https://cloud.google.com/appengine/docs/locations);
 * every other location id is its region's name.
 */
const LOCATION_REGION: Readonly<Record<string, string>> = { "us-central": "us-central1", "europe-west": "europe-west1" };

/** Starting in March 2025 App Engine sets max_instances to 20 for new standard deployments that do not set it. */
const DEFAULT_STANDARD_MAX_INSTANCES = 20;

/**
 * Where an App Engine version runs: the `location_id` of the project's `google_app_engine_application` in the same
 * document (the one application, or the one of the version's project), else the usual region rules.
 */
export function appEngineRegion(r: Omit<ResourceInput, "region" | "usage">): string | undefined {
  const apps = r.document.ofType("google_app_engine_application");
  let app = apps.length === 1 ? apps[0] : undefined;
  if (apps.length > 1) {
    const project = known(() => r.attrs.str("project"));
    if (project !== undefined) app = knownOr(() => apps.find((a) => a.attrs.str("project") === project), app);
  }
  const location = app?.attrs.str("location_id");
  if (location !== undefined) return ownValue(LOCATION_REGION, location) ?? location;
  return defaultRegion("google", r.attrs, r.providerConfig);
}

/**
 * Instances running on average: the autoscaler's bounds from the configuration as min and max, the expected value from
 * usage (else the minimum). A usage value outside the configured bounds widens them rather than being ignored.
 */
export function instancesRange(lower: number, upper: number | undefined, usage: Range | undefined): Range {
  const lo = money(lower);
  const expected = usage?.expected ?? lo;
  let min = usage && usage.min.lt(lo) ? usage.min : lo;
  let max: Decimal = upper === undefined ? expected : money(Math.max(upper, lower));
  if (usage && usage.max.gt(max)) max = usage.max;
  if (expected.gt(max)) max = expected;
  if (expected.lt(min)) min = expected;
  return range(min, expected, max);
}

/**
 * `google_app_engine_standard_app_version`: instance hours of the version's instance class, `instances × 730`.
 *
 * - `manual_scaling.instances`: that many instances all month.
 * - `basic_scaling.max_instances`: from 0 (instances stop when idle) to the maximum.
 * - automatic scaling (the default): from `standard_scheduler_settings.min_instances` (or `min_idle_instances` if
 *   higher) to `standard_scheduler_settings.max_instances` (default 20; 0 means no limit, then the maximum is the
 *   expected value).
 * - Usage `expectedInstances` gives the expected average; without it the expected cost is the minimum.
 *
 * Instance class defaults: F1 (automatic scaling), B2 (basic and manual). The free daily quota (28 F / 9 B instance
 * hours) is not taken off. Outbound traffic from usage, at the internet egress rate of the app's region.
 */
/** Usage keys of App Engine versions, standard and flexible alike. */
export const APP_ENGINE_USAGE: readonly UsageKeyDef[] = [
  { name: "expectedInstances", type: "quantity", unit: "instances", description: "Average number of instances running over the month. Defaults to the lower bound of the scaling settings." },
  { name: "monthlyEgressGib", type: "quantity", unit: "GiB", description: "Outbound data sent to the internet per month." },
];

export const appEngineStandardAppVersion: Pricer = {
  type: "google_app_engine_standard_app_version",
  provider: "google",
  category: "compute",
  usage: APP_ENGINE_USAGE,
  region: appEngineRegion,
  price(r, lines) {
    const manual = r.attrs.block("manual_scaling");
    const basic = r.attrs.block("basic_scaling");
    const instanceClass = (r.attrs.str("instance_class") ?? (manual || basic ? "B2" : "F1")).toUpperCase();
    const priceId = ownValue(CLASS_PRICE, instanceClass);
    if (!priceId) throw new Unpriceable(`unknown App Engine instance class "${instanceClass}"; costkit prices ${Object.keys(CLASS_PRICE).join(", ")}`);
    const usage = r.usage.quantity("expectedInstances");
    const name = `Instance usage (${instanceClass})`;
    lines.line(name, () => {
      let instances: Range;
      if (manual) {
        instances = fixed(manual.num("instances") ?? 0);
      } else if (basic) {
        instances = instancesRange(0, basic.num("max_instances"), usage);
      } else {
        const auto = r.attrs.block("automatic_scaling");
        const scheduler = auto?.block("standard_scheduler_settings");
        const lower = Math.max(scheduler?.num("min_instances") ?? 0, auto?.num("min_idle_instances") ?? 0);
        const configuredMax = scheduler?.num("max_instances") ?? DEFAULT_STANDARD_MAX_INSTANCES;
        instances = instancesRange(lower, configuredMax === 0 ? undefined : configuredMax, usage);
      }
      lines.add({ name, unit: "hours", priceId, quantity: scaleRange(instances, HOURS_PER_MONTH), usageBased: !manual && r.usage.declared("expectedInstances") });
    });
    addEgress(lines, r.usage);
  },
};
