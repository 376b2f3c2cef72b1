import Decimal from "decimal.js";
import { HOURS_PER_MONTH, money, Money, ONE, ZERO } from "../../money";
import { ownValue } from "../../own";

/**
 * Compute Engine sustained-use discounts (SUD), as a fraction off the on-demand list price.
 *
 * GCP charges each quarter of the month at a lower share of the base rate ("incremental" pricing): the first 25 % of
 * the month at the full rate, then each further quarter cheaper. The net discount for a share of the month is
 * 1 − (rate-weighted hours ÷ hours). Two schedules exist:
 *
 * | quarter of the month | 30 % schedule (N1, M1, M2, f1-micro, g1-small, GPUs on N1) | 20 % schedule (N2, N2D, C2) |
 * |---|---|---|
 * | 0–25 %   | 100 % | 100 %   |
 * | 25–50 %  | 80 %  | 86.78 % |
 * | 50–75 %  | 60 %  | 73.3 %  |
 * | 75–100 % | 40 %  | 60 %    |
 *
 * A full month therefore gets 30 % off (N1) and 19.98 % off (N2: GCP rounds this to "up to 20 %"). The Cloud Billing
 * Catalog extract of 2026-07-30 confirms both: its `month` price is `hour × 730 × 0.7` for N1/M1/M2/f1/g1 and
 * `hour × 730 × 0.8002` for N2/N2D/C2, and `hour × 730` for every other series (E2, N4, C3, C4, T2D, A2, G2, …: no SUD).
 *
 * Sources: https://cloud.google.com/compute/docs/sustained-use-discounts (eligible series, 20 % / 30 % maxima, "GPU
 * types that are attached to N1 general-purpose machines" are eligible, GPUs of accelerator-optimized machines are
 * not; SUDs do not apply to Spot/preemptible VMs nor to usage covered by committed-use discounts; the page also says
 * only self-serve (online) Cloud Billing accounts receive SUDs — invoiced accounts should set the discount aside, e.g.
 * with an override book); the quarter rates as published on that page and encoded in Infracost's
 * `compute_cost_component_helpers.go` (https://github.com/infracost/infracost).
 *
 * Modelling assumptions (costkit):
 * - SUD is resource-based: GCP adds up the vCPUs and memory of a series in a region across VMs ("inferred
 *   instances"), so N nodes that run all month get the full-month discount on N nodes' worth of resources. An
 *   autoscaled pool's expected node count (an average over the month) is treated the same way: every node-hour of the
 *   expected, minimum and maximum node counts gets the full-month discount. This overstates the discount for capacity
 *   that only runs at peaks (those extra node-hours earn less, or nothing below a quarter of the month); for a pool
 *   whose average sits near its floor the error is small.
 * - A VM that runs fewer hours (usage `monthlyHours`) gets the discount for its share of the month.
 * - The fraction is rounded to 4 decimal places (0.01 percentage point) so that report arithmetic stays exact.
 */
export interface SustainedUseSchedule {
  /** The most a full month earns, as a fraction (0.3 or 0.1998). */
  readonly fullMonth: Decimal;
  /** Share of the base rate charged in each quarter of the month. */
  readonly quarterRates: readonly Decimal[];
}

const schedule = (rates: string[]): SustainedUseSchedule => {
  const quarterRates = rates.map(money);
  const average = quarterRates.reduce((a, r) => a.plus(r), ZERO).div(4);
  return { fullMonth: ONE.minus(average), quarterRates };
};

export const SUD_30: SustainedUseSchedule = schedule(["1", "0.8", "0.6", "0.4"]);
export const SUD_20: SustainedUseSchedule = schedule(["1", "0.8678", "0.733", "0.6"]);

/** Machine series (the machine type's prefix) that earn SUD, and their schedule. Every other series earns none. */
const SERIES: Readonly<Record<string, SustainedUseSchedule>> = {
  n1: SUD_30, m1: SUD_30, m2: SUD_30, f1: SUD_30, g1: SUD_30,
  n2: SUD_20, n2d: SUD_20, c2: SUD_20,
};

/** GPUs of accelerator-optimized machines (A2, A3, G2, G4) earn no SUD; those attached to N1 VMs do. */
const NO_SUD_GPUS = new Set(["nvidia-tesla-a100", "nvidia-a100-80gb", "nvidia-h100-80gb", "nvidia-h100-mega-80gb", "nvidia-l4", "nvidia-rtx-pro-6000"]);

/** The schedule of a machine series, or undefined when the series earns no SUD. */
export function sustainedUseSchedule(series: string): SustainedUseSchedule | undefined {
  return ownValue(SERIES, series.toLowerCase());
}

/** The net fraction off for a schedule at a share of the month (0…1, clamped), rounded to 4 places. */
export function discountForShare(s: SustainedUseSchedule, share: Decimal): Decimal {
  const f = Money.min(Money.max(share, ZERO), ONE);
  if (f.isZero()) return ZERO;
  const quarter = money("0.25");
  let rated = ZERO;
  let left = f;
  for (const rate of s.quarterRates) {
    if (left.lte(0)) break;
    const part = Money.min(left, quarter);
    rated = rated.plus(part.times(rate));
    left = left.minus(part);
  }
  return ONE.minus(rated.div(f)).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN);
}

/**
 * The SUD fraction for a machine series running `hours` in the 730-hour month (730 when omitted); zero for series
 * without SUD and for Spot/preemptible capacity.
 */
export function sustainedUseDiscount(series: string, opts: { hours?: Decimal; spot?: boolean } = {}): Decimal {
  const s = sustainedUseSchedule(series);
  if (!s || opts.spot) return ZERO;
  return discountForHours(s, opts.hours);
}

/** The SUD fraction for a GPU attached to a VM (the 30 % schedule for GPUs on N1; none for bundled or Spot GPUs). */
export function gpuSustainedUseDiscount(gpuType: string, opts: { hours?: Decimal; spot?: boolean } = {}): Decimal {
  if (opts.spot || NO_SUD_GPUS.has(gpuType)) return ZERO;
  return discountForHours(SUD_30, opts.hours);
}

/** The fraction for `hours` of the month (730 when omitted): a full month, as most VMs run, is the schedule's most. */
function discountForHours(s: SustainedUseSchedule, hours: Decimal | undefined): Decimal {
  if (hours === undefined || hours.eq(HOURS_PER_MONTH)) return s.fullMonth;
  return discountForShare(s, hours.div(HOURS_PER_MONTH));
}
