import { known } from "../../attributes";
import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { BYTES_PER_GIB, decimalText, isDecimalString, money } from "../../money";
import { Pricer } from "../../pricer";
import { multiplyRanges, scaleRange } from "../../range";
import { addEgress, FUNCTION_USAGE, idleInstanceSeconds, millionsOf } from "./cloudfunctions-function";

/** Byte multipliers of the memory units the provider accepts ("Supported units are k, M, G, Mi, Gi"; bare = bytes). */
const MEMORY_UNITS: Readonly<Record<string, Decimal>> = {
  "": money(1), k: money(1000), M: money(1_000_000), G: money(1_000_000_000), T: money(1_000_000_000_000),
  Ki: money(1024), Mi: money(1024 ** 2), Gi: money(1024 ** 3), Ti: money(1024 ** 4),
};

/**
 * Default CPU for a memory size when `available_cpu` is not set: the smallest tier of the Cloud Run functions memory
 * table (https://cloud.google.com/functions/docs/configuring/memory) that holds the memory.
 */
const CPU_BY_MEMORY_MIB: readonly [number, string][] = [
  [128, "0.083"], [256, "0.167"], [512, "0.333"], [1024, "0.583"], [2048, "1"], [4096, "2"], [8192, "2"], [16384, "4"], [32768, "8"],
];

/** The provider's default `service_config.available_memory`. */
const DEFAULT_MEMORY = "256M";

/** Bytes of a memory quantity ("256M", "1Gi", "536870912"). */
export function memoryBytes(text: string): Decimal {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kMGT]i?|Ki)?\s*$/.exec(text);
  if (!m || MEMORY_UNITS[m[2] ?? ""] === undefined) {
    throw new Unpriceable(`available_memory "${text}" is not a memory quantity costkit reads (a number with k, M, G, Mi or Gi)`);
  }
  return money(m[1]).times(MEMORY_UNITS[m[2] ?? ""]);
}

function defaultCpu(bytes: Decimal): Decimal {
  const mib = bytes.div(1024 ** 2);
  for (const [limit, cpu] of CPU_BY_MEMORY_MIB) if (mib.lte(limit)) return money(cpu);
  throw new Unpriceable(`available_memory of ${decimalText(mib)} MiB is above the 32 GiB maximum of Cloud Run functions`);
}

/**
 * `google_cloudfunctions2_function` (Cloud Functions 2nd gen, "Cloud Run functions"), billed at Cloud Run prices with
 * request-based billing (CPU allocated only while requests are processed):
 *
 * - Requests: USD 0.40 per million, one global rate.
 * - CPU (vCPU-seconds) and memory (GiB-seconds) of `service_config.available_cpu` / `available_memory` for the time
 *   instances process requests. Busy instance time = invocations × duration; with `max_instance_request_concurrency`
 *   c > 1 the minimum assumes every instance runs c requests at once (÷ c), the expected value and the maximum that
 *   requests do not overlap. No 100 ms rounding per request (Cloud Run rounds instance time, not requests).
 * - `service_config.min_instance_count` warm instances while idle: CPU at the idle rate, memory at the active rate.
 * - Internet egress from usage.
 *
 * Rates by Cloud Run pricing tier of `location`. Free tiers are per billing account and not taken off (book notes).
 */
export const cloudfunctions2Function: Pricer = {
  type: "google_cloudfunctions2_function",
  provider: "google",
  category: "compute",
  usage: FUNCTION_USAGE,
  price(r, lines) {
    lines.add({
      name: "Requests", unit: "1M requests", priceId: "google/cloudfunctions2/requests", region: "global",
      quantity: millionsOf(r.usage, "monthlyInvocations"), usageBased: true,
    });
    const size = lines.value("Compute time", () => {
      const memoryText = r.attrs.str("service_config.available_memory") ?? DEFAULT_MEMORY;
      const bytes = memoryBytes(memoryText);
      const cpuText = r.attrs.str("service_config.available_cpu");
      if (cpuText !== undefined && !isDecimalString(cpuText.trim())) throw new Unpriceable(`available_cpu "${cpuText}" is not a number of vCPUs`);
      return { memoryText, gib: bytes.div(BYTES_PER_GIB), vcpu: cpuText === undefined ? defaultCpu(bytes) : money(cpuText.trim()) };
    });
    if (size === undefined) {
      addEgress(lines, r.usage);
      return;
    }
    const { memoryText, gib, vcpu } = size;
    const invocations = r.usage.quantity("monthlyInvocations");
    const duration = r.usage.quantity("averageDurationMs");
    let busy = invocations && duration ? scaleRange(multiplyRanges(invocations, duration), money(1).div(1000)) : undefined;
    if (busy) {
      // Concurrency only lowers the minimum; when it is not known before apply the minimum stays at "no overlap".
      const concurrency = known(() => r.attrs.num("service_config.max_instance_request_concurrency")) ?? 1;
      if (concurrency > 1) busy = { ...busy, min: busy.min.div(concurrency) };
    }
    const cpuLabel = `${decimalText(vcpu)} vCPU`;
    lines.add({ name: `CPU time (${cpuLabel})`, unit: "vCPU-seconds", priceId: "google/cloudfunctions2/vcpu", quantity: busy && scaleRange(busy, vcpu), usageBased: true });
    lines.add({ name: `Memory time (${memoryText})`, unit: "GiB-seconds", priceId: "google/cloudfunctions2/memory", quantity: busy && scaleRange(busy, gib), usageBased: true });

    lines.line("Minimum instances idle", () => {
      const minInstances = r.attrs.num("service_config.min_instance_count") ?? 0;
      if (minInstances <= 0) return;
      const idle = idleInstanceSeconds(minInstances, busy);
      lines.add({ name: `Minimum instances idle CPU (${minInstances} × ${cpuLabel})`, unit: "vCPU-seconds", priceId: "google/cloudfunctions2/idle-vcpu", quantity: scaleRange(idle, vcpu) });
      lines.add({ name: `Minimum instances idle memory (${minInstances} × ${memoryText})`, unit: "GiB-seconds", priceId: "google/cloudfunctions2/memory", quantity: scaleRange(idle, gib) });
    });
    addEgress(lines, r.usage);
  },
};
