import Decimal from "decimal.js";
import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { money } from "../../money";
import { CostLines, Pricer, ResourceInput } from "../../pricer";
import { scaleRange } from "../../range";
import { UsageKeyDef } from "../../usage";
import { ownValue } from "../../own";

/** How a TPU slice is billed: per chip-hour (v4 and later), per device-hour (v2-8, v3-8) or per core-hour (v2/v3 pods). */
export interface TpuSlice {
  /** The accelerator type as Google names it: `v5litepod-8`, `v4-32`, `v2-8`. */
  readonly name: string;
  /** Price id stem in the books: `google/tpu/<stem>` (on-demand) and `google/tpu/<stem>-spot`. */
  readonly stem: string;
  readonly unit: "chip-hours" | "hours" | "core-hours";
  /** Billed units per hour of running: chips, 1 device, or cores. */
  readonly perHour: Decimal;
}

/**
 * An accelerator type name → its billing. The number in the name counts TensorCores for v2, v3, v4 and v5p (two per
 * chip: `v4-32` is 16 chips, `v5p-8` is 4 chips) and chips for v5e and v6e (`v5litepod-8`, `v6e-8` are 8 chips).
 */
export function tpuSliceOf(acceleratorType: string): TpuSlice {
  const m = /^(v2|v3|v4|v5p|v5litepod|v5e|v6e)-(\d+)$/.exec(acceleratorType.trim().toLowerCase());
  if (!m) throw new Unpriceable(`unknown TPU accelerator type "${acceleratorType}"; costkit prices v2-N, v3-N, v4-N, v5p-N, v5litepod-N and v6e-N`);
  const [, version, nText] = m;
  const n = Number(nText);
  if (n <= 0) throw new Unpriceable(`TPU accelerator type "${acceleratorType}" has no chips`);
  const name = `${version === "v5e" ? "v5litepod" : version}-${n}`;
  switch (version) {
    case "v2":
    case "v3":
      return n === 8
        ? { name, stem: `${version}-8`, unit: "hours", perHour: money(1) }
        : { name, stem: `${version}-pod`, unit: "core-hours", perHour: money(n) };
    case "v4":
    case "v5p":
      if (n % 2 !== 0) throw new Unpriceable(`TPU accelerator type "${acceleratorType}" counts TensorCores, which come two per chip`);
      return { name, stem: version, unit: "chip-hours", perHour: money(n / 2) };
    default:
      return { name, stem: version === "v6e" ? "v6e" : "v5e", unit: "chip-hours", perHour: money(n) };
  }
}

const CONFIG_TYPES: Record<string, string> = { V2: "v2", V3: "v3", V4: "v4", V5P: "v5p", V5LITE_POD: "v5litepod", V6E: "v6e" };

/** `accelerator_config { type, topology }` → the equivalent accelerator type name (`V4`, `2x2x2` → `v4-16`). */
export function acceleratorTypeOfConfig(config: Attributes): string {
  const type = (config.str("type") ?? "").toUpperCase();
  const version = ownValue(CONFIG_TYPES, type);
  if (!version) throw new Unpriceable(`unknown accelerator_config type "${type}"; costkit prices ${Object.keys(CONFIG_TYPES).join(", ")}`);
  const topology = config.str("topology") ?? "";
  if (!/^\d+(x\d+)*$/.test(topology)) throw new Unpriceable(`accelerator_config topology "${topology}" is not of the form 2x2 or 2x2x1`);
  const chips = topology.split("x").map(Number).reduce((a, b) => a * b, 1);
  const coresPerChip = version === "v5litepod" || version === "v6e" ? 1 : 2;
  return `${version}-${chips * coresPerChip}`;
}

export const TPU_USAGE: readonly UsageKeyDef[] = [
  { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, default: 730, description: "Hours the TPU is READY (billed) per month" },
];

/** The TPU usage line of a TPU resource whose type, spot flag and zone are known. */
export function addTpuLine(r: ResourceInput, lines: CostLines, acceleratorType: string, spot: boolean): void {
  const slice = tpuSliceOf(acceleratorType);
  const hours = r.usage.quantity("monthlyHours")!;
  const mode = spot ? "spot" : "on-demand";
  lines.add({
    name: `TPU usage (${mode}, ${slice.name})`,
    unit: slice.unit,
    priceId: `google/tpu/${slice.stem}${spot ? "-spot" : ""}`,
    quantity: scaleRange(hours, slice.perHour),
    usageBased: r.usage.declared("monthlyHours"),
    purchaseOption: mode,
  });
}

/**
 * `google_tpu_v2_vm`: a Cloud TPU VM (slice) billed while READY. v4 and later bill per chip-hour (the host VM is
 * included), v2-8 and v3-8 per device-hour, v2/v3 Pod slices per core-hour. `accelerator_type` or `accelerator_config`
 * gives the slice (default `v2-8`); the zone gives the region (v4 only exists in us-central2-b).
 * `scheduling_config.spot` or `.preemptible` selects the Spot rate (Spot prices move, up to monthly); `reserved`
 * capacity is priced at the on-demand list rate (committed-use rates are discounts, not list prices). Usage
 * `monthlyHours` (default 730) covers TPUs that are stopped part of the month. Attached data disks are separate
 * `google_compute_disk` resources.
 */
export const tpuV2Vm: Pricer = {
  type: "google_tpu_v2_vm",
  provider: "google",
  category: "ml",
  usage: TPU_USAGE,
  price(r, lines) {
    const config = r.attrs.block("accelerator_config");
    const acceleratorType = config ? acceleratorTypeOfConfig(config) : r.attrs.str("accelerator_type") ?? "v2-8";
    const scheduling = r.attrs.block("scheduling_config");
    const spot = Boolean(scheduling?.bool("spot") || scheduling?.bool("preemptible"));
    addTpuLine(r, lines, acceleratorType, spot);
  },
};
