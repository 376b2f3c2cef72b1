import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, range, Range, scaleRange } from "../../range";
import { bigqueryLocation } from "./bigquery-dataset";
import { ownValue } from "../../own";

const EDITIONS: Record<string, string> = { STANDARD: "standard", ENTERPRISE: "enterprise", ENTERPRISE_PLUS: "enterprise-plus" };

/**
 * `google_bigquery_reservation` (BigQuery editions capacity), pay as you go, per slot-hour of the edition:
 * - `Baseline slots (<edition>)`: slot_capacity × 730 (baseline slots are billed whether used or not).
 * - `Autoscaled slots (<edition>)`: from 0 to autoscale.max_slots × 730; expected from usage `averageAutoscaleSlots`
 *   × 730, else 0 (the report says it depends on load).
 * The location is the reservation's `location` (default `US`). A reservation without `edition` is a legacy flat-rate
 * one, which Google no longer sells: unpriced. Capacity commitments (1 or 3 years) are discounts, not list prices.
 */
export const bigqueryReservation: Pricer = {
  type: "google_bigquery_reservation",
  provider: "google",
  category: "data",
  usage: [{ name: "averageAutoscaleSlots", type: "quantity", unit: "slots", description: "Average autoscaled slots in use over the month, beyond the baseline (at most autoscale.max_slots)." }],
  region(r) {
    return bigqueryLocation(r.attrs);
  },
  price(r, lines) {
    const editionValue = r.attrs.str("edition");
    if (editionValue === undefined) throw new Unpriceable("edition is not set (a legacy flat-rate reservation); costkit prices STANDARD, ENTERPRISE and ENTERPRISE_PLUS");
    const edition = ownValue(EDITIONS, editionValue.toUpperCase());
    if (!edition) throw new Unpriceable(`unknown edition "${editionValue}"; BigQuery editions are ${Object.keys(EDITIONS).join(", ")}`);
    const priceId = `google/bigquery/slots-${edition}`;
    lines.line(`Baseline slots (${edition})`, () => {
      const baseline = r.attrs.num("slot_capacity") ?? 0;
      if (baseline > 0) lines.add({ name: `Baseline slots (${edition})`, unit: "slot-hours", priceId, quantity: fixed(baseline * 730) });
    });
    lines.line(`Autoscaled slots (${edition})`, () => {
      const max = r.attrs.num("autoscale.max_slots");
      if (max === undefined || max <= 0) return;
      const average = r.usage.quantity("averageAutoscaleSlots");
      const slots: Range = average ?? range(0, 0, max);
      lines.add({ name: `Autoscaled slots (${edition})`, unit: "slot-hours", priceId, usageBased: true, quantity: scaleRange(slots, HOURS_PER_MONTH) });
    });
  },
};
