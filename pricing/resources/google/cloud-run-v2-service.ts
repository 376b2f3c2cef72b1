import Decimal from "decimal.js";
import { Attributes, known } from "../../attributes";
import { Unpriceable } from "../../errors";
import { BYTES_PER_GIB, decimalText, money, SECONDS_PER_MONTH } from "../../money";
import { CostLines, Pricer } from "../../pricer";
import { multiplyRanges, Range, scaleRange } from "../../range";
import { UsageKeyDef, UsageValues } from "../../usage";
import { idleInstanceSeconds, millionsOf } from "./cloudfunctions-function";

/** Byte multipliers of Kubernetes-style quantities, as Cloud Run reads `limits.memory` ("512Mi", "1Gi", "2G"). */
const MEMORY_UNITS: Readonly<Record<string, Decimal>> = {
  "": money(1), k: money(1000), M: money(1_000_000), G: money(1_000_000_000),
  Ki: money(1024), Mi: money(1024 ** 2), Gi: money(1024 ** 3),
};

/** What one Cloud Run instance is billed for: vCPUs and GiB, summed over its containers (sidecars included). */
export interface RunSize {
  readonly vcpu: Decimal;
  readonly gib: Decimal;
  readonly label: string;
}

/** vCPUs of a `limits.cpu` value ("1", "2", "1000m", "0.5"). */
function cpuOf(text: string): Decimal {
  const m = /^\s*(\d+(?:\.\d+)?)(m?)\s*$/.exec(text);
  if (!m) throw new Unpriceable(`limits.cpu "${text}" is not a CPU quantity costkit reads (a number of vCPUs, or millicores like 1000m)`);
  return m[2] === "m" ? money(m[1]).div(1000) : money(m[1]);
}

/** GiB of a `limits.memory` value ("512Mi", "1Gi", "2G"). */
function gibOf(text: string): Decimal {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(Ki|Mi|Gi|k|M|G)?\s*$/.exec(text);
  if (!m) throw new Unpriceable(`limits.memory "${text}" is not a memory quantity costkit reads (a number with Mi, Gi, M or G)`);
  return money(m[1]).times(MEMORY_UNITS[m[2] ?? ""]).div(BYTES_PER_GIB);
}

/**
 * The instance size from the containers at `path` (each `resources.limits` map; Cloud Run's defaults are 1 vCPU and
 * 512 MiB per container).
 */
export function runSize(attrs: Attributes, path: string): RunSize {
  const containers = attrs.blocks(path);
  const list = containers.length > 0 ? containers : [undefined];
  let vcpu = money(0), gib = money(0);
  for (const c of list) {
    const limits = c?.stringMap("resources.limits") ?? {};
    vcpu = vcpu.plus(cpuOf(limits.cpu ?? "1"));
    gib = gib.plus(gibOf(limits.memory ?? "512Mi"));
  }
  return { vcpu, gib, label: `${decimalText(vcpu)} vCPU, ${decimalText(gib)} GiB` };
}

export const RUN_SERVICE_USAGE: readonly UsageKeyDef[] = [
  { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Requests served per month (request-based billing: the request fee and the busy time)." },
  { name: "averageRequestDurationMs", type: "quantity", unit: "milliseconds", description: "Average time an instance is busy with one request (request-based billing)." },
  { name: "averageInstanceCount", type: "quantity", unit: "instances", description: "Average number of running instances over the month (instance-based billing); default: the minimum instance count." },
];

/** How a service is billed and scaled, read from its attributes by each service type. */
export interface RunServiceShape {
  readonly size: RunSize;
  /** True for instance-based billing (CPU always allocated), false for request-based billing. */
  readonly instanceBased: boolean;
  readonly minInstances: number;
  readonly maxInstances: number | undefined;
  readonly concurrency: number;
}

/**
 * Cloud Run service lines. Request-based billing: requests (USD per million), CPU and memory for busy time (requests ×
 * duration; concurrency c > 1 lowers the minimum to ÷ c), and `min` warm instances idle the rest of the month at the idle
 * rates. Instance-based billing: CPU and memory for every second instances run, from `averageInstanceCount` (default
 * the minimum instance count; the maximum from `max_instance_count` when set), no request fee.
 */
export function addRunServiceLines(lines: CostLines, usage: UsageValues, shape: RunServiceShape): void {
  const { size, minInstances } = shape;
  if (shape.instanceBased) {
    const declared = usage.quantity("averageInstanceCount");
    let instances: Range | undefined;
    if (declared) instances = { ...declared, min: Decimal.max(declared.min, minInstances) };
    else if (minInstances > 0) instances = { min: money(minInstances), expected: money(minInstances), max: money(shape.maxInstances ?? minInstances) };
    const seconds = instances && scaleRange(instances, SECONDS_PER_MONTH);
    const suffix = `instance-based, ${size.label}`;
    lines.add({ name: `CPU (${suffix})`, unit: "vCPU-seconds", priceId: "google/cloudrun/instance-vcpu", quantity: seconds && scaleRange(seconds, size.vcpu), usageBased: !!declared || minInstances === 0 });
    lines.add({ name: `Memory (${suffix})`, unit: "GiB-seconds", priceId: "google/cloudrun/instance-memory", quantity: seconds && scaleRange(seconds, size.gib), usageBased: !!declared || minInstances === 0 });
    return;
  }
  lines.add({ name: "Requests", unit: "1M requests", priceId: "google/cloudrun/requests", region: "global", quantity: millionsOf(usage, "monthlyRequests"), usageBased: true });
  const requests = usage.quantity("monthlyRequests");
  const duration = usage.quantity("averageRequestDurationMs");
  let busy = requests && duration ? scaleRange(multiplyRanges(requests, duration), money(1).div(1000)) : undefined;
  if (busy && shape.concurrency > 1) busy = { ...busy, min: busy.min.div(shape.concurrency) };
  const suffix = `request-based, ${size.label}`;
  lines.add({ name: `CPU (${suffix})`, unit: "vCPU-seconds", priceId: "google/cloudrun/request-vcpu", quantity: busy && scaleRange(busy, size.vcpu), usageBased: true });
  lines.add({ name: `Memory (${suffix})`, unit: "GiB-seconds", priceId: "google/cloudrun/request-memory", quantity: busy && scaleRange(busy, size.gib), usageBased: true });
  if (minInstances > 0) {
    const idle = idleInstanceSeconds(minInstances, busy);
    lines.add({ name: `Minimum instances idle CPU (${minInstances} × ${decimalText(size.vcpu)} vCPU)`, unit: "vCPU-seconds", priceId: "google/cloudrun/idle-vcpu", quantity: scaleRange(idle, size.vcpu) });
    lines.add({ name: `Minimum instances idle memory (${minInstances} × ${decimalText(size.gib)} GiB)`, unit: "GiB-seconds", priceId: "google/cloudrun/idle-memory", quantity: scaleRange(idle, size.gib) });
  }
}

/** A number attribute that only refines the estimate: unknown before apply → the fallback. */
export function numOr(attrs: Attributes, path: string, fallback: number): number {
  return known(() => attrs.num(path)) ?? fallback;
}

/**
 * `google_cloud_run_v2_service`: an instance's size is the sum of `template.containers[].resources.limits` (defaults
 * 1 vCPU, 512 MiB each). `cpu_idle = false` on the containers' resources means instance-based billing (CPU always
 * allocated); otherwise request-based. `template.scaling.min_instance_count` warm instances are a floor that is billed
 * even without traffic. Rates by the Cloud Run pricing tier of `location`. The per-billing-account free tier is not
 * taken off (see the book's notes); internet egress is not modelled here.
 */
export const cloudRunV2Service: Pricer = {
  type: "google_cloud_run_v2_service",
  provider: "google",
  category: "compute",
  usage: RUN_SERVICE_USAGE,
  price(r, lines) {
    const size = runSize(r.attrs, "template.containers");
    const containers = r.attrs.blocks("template.containers");
    const instanceBased = containers.some((c) => c.bool("resources.cpu_idle") === false);
    const minInstances = numOr(r.attrs, "template.scaling.min_instance_count", 0);
    const max = numOr(r.attrs, "template.scaling.max_instance_count", -1);
    addRunServiceLines(lines, r.usage, {
      size, instanceBased, minInstances, maxInstances: max < 0 ? undefined : max,
      concurrency: numOr(r.attrs, "template.max_instance_request_concurrency", 80),
    });
  },
};

/** Seconds of tasks a job runs per month: executions × tasks × average task duration. */
export function jobTaskSeconds(usage: UsageValues, tasks: number): Range | undefined {
  const executions = usage.quantity("monthlyExecutions");
  const duration = usage.quantity("averageTaskDurationSeconds");
  return executions && duration ? scaleRange(multiplyRanges(executions, duration), tasks) : undefined;
}

export const RUN_JOB_USAGE: readonly UsageKeyDef[] = [
  { name: "monthlyExecutions", type: "quantity", unit: "executions", description: "Job executions per month." },
  { name: "averageTaskDurationSeconds", type: "quantity", unit: "seconds", description: "Average run time of one task." },
];

