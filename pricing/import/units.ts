import Decimal from "decimal.js";
import { Money } from "../money";

/**
 * Units of the provider price lists and of our books, each as what it counts (its dimension) and how many base units
 * of that dimension one unit is. A conversion is only allowed within one dimension, so GB never silently becomes GiB
 * (a price is in GiB or GB as the provider bills it), and its factor is exact: `1K requests` = 1,000 `Requests`.
 *
 * Counted things (a vCPU, a GPU) are implicit in the provider's unit: GCP prices an N2 core per `h`, which is our
 * `vCPU-hours`; the mapping rule says which id it is for.
 */
export interface UnitDef {
  readonly dimension: string;
  readonly scale: string;
}

/** A provider's units, or ours, by name. */
export type UnitTable = Readonly<Record<string, UnitDef>>;

const u = (dimension: string, scale: string | number = 1): UnitDef => ({ dimension, scale: String(scale) });

/** AWS Price List `priceDimensions[].unit` values. AWS writes GB for its data sizes; we keep GB. */
export const AWS_UNITS: UnitTable = {
  Hrs: u("hour"), Hours: u("hour"), hours: u("hour"),
  "GB-Mo": u("GB-month"), "GB-month": u("GB-month"),
  "GB-Hours": u("GB-hour"), "GB-Hrs": u("GB-hour"),
  GB: u("GB"),
  "Lambda-GB-Second": u("GB-second"), "GB-Second": u("GB-second"), "GB-Seconds": u("GB-second"),
  Requests: u("count"), Request: u("count"), Count: u("count"), Quantity: u("count"), Objects: u("count"),
  "IOPS-Mo": u("IOPS-month"),
};

/** Cloud Billing Catalog `pricingExpression.usageUnit` values (UCUM-like: By = byte, h = hour, mo = month). */
export const GCP_UNITS: UnitTable = {
  h: u("hour"), s: u("second"), mo: u("month"),
  "GiBy.h": u("GiB-hour"), "GiBy.mo": u("GiB-month"), "GiBy.s": u("GiB-second"), "GiBy.d": u("GiB-day"),
  GiBy: u("GiB"), TiBy: u("GiB", 1024), MiBy: u("GiB", "0.0009765625"),
  GBy: u("GB"), "GBy.mo": u("GB-month"),
  count: u("count"), "1/s": u("count"), "{request}": u("count"), "{operation}": u("count"),
};

/** Units of our books. */
export const OUR_UNITS: UnitTable = {
  hours: u("hour"), "vCPU-hours": u("hour"), "GPU-hours": u("hour"), "TPU-hours": u("hour"), "shard-hours": u("hour"),
  "GiB-hours": u("GiB-hour"), "GB-hours": u("GB-hour"),
  "GiB-months": u("GiB-month"), "GB-months": u("GB-month"),
  "GiB-seconds": u("GiB-second"), "GB-seconds": u("GB-second"), "vCPU-seconds": u("second"),
  GiB: u("GiB"), TiB: u("GiB", 1024), GB: u("GB"),
  requests: u("count"), "1K requests": u("count", 1000), "10K requests": u("count", 10000), "1M requests": u("count", 1000000),
  "10K operations": u("count", 10000), "1M invocations": u("count", 1000000), "1K objects": u("count", 1000), paths: u("count"),
  "IOPS-months": u("IOPS-month"), "MiBps-months": u("MiBps-month"),
};

/**
 * How many source units make one of ours (`Requests` → `1K requests`: 1000), or a reason why they do not convert.
 * An explicit factor (from the mapping) is checked against the tables when both units are known.
 */
export function conversionFactor(
  sourceUnits: UnitTable,
  from: string,
  to: string,
  explicit?: string,
): { factor: Decimal } | { problem: string } {
  const a = sourceUnits[from];
  const b = OUR_UNITS[to];
  if (a && b) {
    if (a.dimension !== b.dimension) return { problem: `${from} (${a.dimension}) does not convert to ${to} (${b.dimension})` };
    const derived = new Money(b.scale).div(a.scale);
    if (explicit !== undefined && !new Money(explicit).eq(derived)) return { problem: `factor ${explicit} from ${from} to ${to} contradicts the unit tables (${derived.toFixed()})` };
    return { factor: derived };
  }
  if (explicit !== undefined) return { factor: new Money(explicit) };
  return { problem: `costkit does not know how ${from} converts to ${to}; give "factor" (how many ${from} make one ${to}) in the rule's unit` };
}
