import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { decimalText, money, SECONDS_PER_MONTH, ZERO } from "../../money";
import { CostLines, Pricer } from "../../pricer";
import { fixed, mapRange, multiplyRanges, Range, scaleRange } from "../../range";
import { UsageValues } from "../../usage";

/**
 * 1st gen memory (MB) → provisioned CPU clock (GHz), from the compute-time table of
 * https://cloud.google.com/functions/pricing (1st gen) and the 1st gen memory page (1 vCPU = 2.4 GHz; 8192 MB gets 2 vCPU).
 */
const GHZ_BY_MB: Readonly<Record<number, string>> = {
  128: "0.2", 256: "0.4", 512: "0.8", 1024: "1.4", 2048: "2.4", 4096: "4.8", 8192: "4.8",
};

/** The provider's default `available_memory_mb`. */
const DEFAULT_MEMORY_MB = 256;

function memorySize(configured: number | undefined): { memoryMb: number; ghz: Decimal } {
  const memoryMb = configured ?? DEFAULT_MEMORY_MB;
  const clock = GHZ_BY_MB[memoryMb];
  if (clock === undefined) {
    throw new Unpriceable(`available_memory_mb ${memoryMb} is not a 1st gen memory size; costkit knows ${Object.keys(GHZ_BY_MB).join(", ")} MB`);
  }
  return { memoryMb, ghz: money(clock) };
}

const MB_PER_GB = money(1024);
const MS_PER_S = money(1000);
const ONE_MILLION = money(1_000_000);

/** Usage keys shared by both generations of Cloud Functions. */
export const FUNCTION_USAGE = [
  { name: "monthlyInvocations", type: "quantity", unit: "invocations", description: "Function invocations per month." },
  { name: "averageDurationMs", type: "quantity", unit: "milliseconds", description: "Average execution time of one invocation." },
  { name: "monthlyEgressGib", type: "quantity", unit: "GiB", description: "Data sent from the function to the internet per month (priced as internet egress from the function's region)." },
] as const;

/** Invocations per month in millions, or undefined without usage. */
export function millionsOf(usage: UsageValues, key: string): Range | undefined {
  const n = usage.quantity(key);
  return n === undefined ? undefined : scaleRange(n, money(1).div(ONE_MILLION));
}

/**
 * Seconds left idle by `minInstances` warm instances in a month: each minimum instance is billed at the idle rate while
 * it serves nothing. Busy instance-seconds (from usage) are taken off, assuming the warm instances serve traffic first;
 * without usage the instances are idle all month. Idle time falls as busy time rises, so the bounds swap.
 */
export function idleInstanceSeconds(minInstances: number, busySeconds: Range | undefined): Range {
  const month = SECONDS_PER_MONTH.times(minInstances);
  if (busySeconds === undefined) return fixed(month);
  const left = (busy: Decimal) => (busy.gte(month) ? ZERO : month.minus(busy));
  return { min: left(busySeconds.max), expected: left(busySeconds.expected), max: left(busySeconds.min) };
}

/** The internet egress line every serverless pricer shares (price from the network book, by source region). */
export function addEgress(lines: CostLines, usage: UsageValues): void {
  lines.add({
    name: "Internet egress", unit: "GiB", priceId: "google/network/internet-egress",
    quantity: usage.quantity("monthlyEgressGib"), usageBased: true,
  });
}

/**
 * `google_cloudfunctions_function` (Cloud Functions 1st gen, now "Cloud Run functions (1st gen)").
 *
 * - Invocations: USD 0.40 per million, one global rate.
 * - Compute time: every invocation is billed for its duration rounded up to the next 100 ms, as GB-seconds of the
 *   provisioned memory (`available_memory_mb`, 1 GB = 1024 MB) and GHz-seconds of the CPU that memory size comes with
 *   (128 MB → 0.2 GHz … 4096 and 8192 MB → 4.8 GHz). Rates by pricing tier of the region.
 * - `min_instances` warm instances are billed while idle: memory at the active rate, CPU at the idle rate.
 * - Internet egress from usage, at the network book's rate for the function's region.
 *
 * The free tier (2M invocations, 400,000 GB-s, 200,000 GHz-s, 5 GB egress) is per billing account and is not taken
 * off: with several functions, granting it to each would understate the bill (see the book's notes).
 */
export const cloudfunctionsFunction: Pricer = {
  type: "google_cloudfunctions_function",
  provider: "google",
  category: "compute",
  usage: FUNCTION_USAGE,
  price(r, lines) {
    const invocations = r.usage.quantity("monthlyInvocations");
    const duration = r.usage.quantity("averageDurationMs");
    lines.add({
      name: "Invocations", unit: "1M invocations", priceId: "google/cloudfunctions/invocations", region: "global",
      quantity: millionsOf(r.usage, "monthlyInvocations"), usageBased: true,
    });

    const size = lines.value("Compute time", () => memorySize(r.attrs.num("available_memory_mb")));
    if (size === undefined) {
      addEgress(lines, r.usage);
      return;
    }
    const { memoryMb, ghz } = size;
    const gb = money(memoryMb).div(MB_PER_GB);
    // Billed seconds per month: invocations × duration rounded up to 100 ms.
    const billedSeconds = invocations && duration
      ? multiplyRanges(invocations, mapRange(duration, (ms) => ms.div(100).ceil().times(100).div(MS_PER_S)))
      : undefined;
    const memoryName = `Memory time (${memoryMb} MB)`;
    const cpuName = `CPU time (${decimalText(ghz)} GHz)`;
    lines.add({ name: memoryName, unit: "GB-seconds", priceId: "google/cloudfunctions/memory", quantity: billedSeconds && scaleRange(billedSeconds, gb), usageBased: true });
    lines.add({ name: cpuName, unit: "GHz-seconds", priceId: "google/cloudfunctions/cpu", quantity: billedSeconds && scaleRange(billedSeconds, ghz), usageBased: true });

    lines.line("Minimum instances idle", () => {
      const minInstances = r.attrs.num("min_instances") ?? 0;
      if (minInstances <= 0) return;
      const idle = idleInstanceSeconds(minInstances, billedSeconds);
      lines.add({ name: `Minimum instances idle memory (${minInstances} × ${memoryMb} MB)`, unit: "GB-seconds", priceId: "google/cloudfunctions/memory", quantity: scaleRange(idle, gb) });
      lines.add({ name: `Minimum instances idle CPU (${minInstances} × ${decimalText(ghz)} GHz)`, unit: "GHz-seconds", priceId: "google/cloudfunctions/idle-cpu", quantity: scaleRange(idle, ghz) });
    });
    addEgress(lines, r.usage);
  },
};
