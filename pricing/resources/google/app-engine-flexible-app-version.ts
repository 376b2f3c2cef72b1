import { decimalText, HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, Range, scaleRange } from "../../range";
import { APP_ENGINE_USAGE, appEngineRegion, instancesRange } from "./app-engine-standard-app-version";
import { addEgress } from "./cloudfunctions-function";

/** Defaults of the `resources` block (app.yaml reference for the flexible environment): 1 vCPU, 0.6 GB, 10 GB disk. */
const DEFAULT_CPU = 1;
const DEFAULT_MEMORY_GB = 0.6;
const DEFAULT_DISK_GB = 10;
/** Defaults of `automatic_scaling` (provider docs): min_total_instances 2, max_total_instances 20. */
const DEFAULT_MIN_INSTANCES = 2;
const DEFAULT_MAX_INSTANCES = 20;

/**
 * `google_app_engine_flexible_app_version`: every instance is a VM billed for its vCPUs (vCPU-hours), memory
 * (GiB-hours) and persistent disk (GiB-months), from `resources { cpu, memory_gb, disk_gb }`.
 *
 * Instances: `manual_scaling.instances`, else automatic scaling from `min_total_instances` (default 2) to
 * `max_total_instances` (default 20); usage `expectedInstances` gives the expected average, else it is the minimum.
 * A flexible version never scales to zero. Memory is billed as configured (`memory_gb`); the ~0.4 GB the runtime adds
 * on the VM is not added (not confirmed as billed). Outbound traffic from usage, at the internet egress rate.
 */
export const appEngineFlexibleAppVersion: Pricer = {
  type: "google_app_engine_flexible_app_version",
  provider: "google",
  category: "compute",
  usage: APP_ENGINE_USAGE,
  region: appEngineRegion,
  price(r, lines) {
    const resources = r.attrs.block("resources");
    const manual = r.attrs.block("manual_scaling");
    let instances: Range;
    if (manual) {
      instances = fixed(manual.num("instances") ?? 0);
    } else {
      const auto = r.attrs.block("automatic_scaling");
      const lower = auto?.num("min_total_instances") ?? DEFAULT_MIN_INSTANCES;
      instances = instancesRange(lower, auto?.num("max_total_instances") ?? DEFAULT_MAX_INSTANCES, r.usage.quantity("expectedInstances"));
    }
    const hours = scaleRange(instances, HOURS_PER_MONTH);
    const usageBased = !manual && r.usage.declared("expectedInstances");
    lines.line("Instance vCPU", () => {
      const cpu = money(resources?.num("cpu") ?? DEFAULT_CPU);
      lines.add({ name: `Instance vCPU (${decimalText(cpu)} vCPU)`, unit: "vCPU-hours", priceId: "google/appengine/flex-vcpu", quantity: scaleRange(hours, cpu), usageBased });
    });
    lines.line("Instance memory", () => {
      const memory = money(resources?.num("memory_gb") ?? DEFAULT_MEMORY_GB);
      lines.add({ name: `Instance memory (${decimalText(memory)} GB)`, unit: "GiB-hours", priceId: "google/appengine/flex-memory", quantity: scaleRange(hours, memory), usageBased });
    });
    lines.line("Persistent disk", () => {
      const disk = money(resources?.num("disk_gb") ?? DEFAULT_DISK_GB);
      lines.add({ name: `Persistent disk (${decimalText(disk)} GB)`, unit: "GiB-months", priceId: "google/appengine/flex-pd", quantity: scaleRange(instances, disk), usageBased });
    });
    addEgress(lines, r.usage);
  },
};
