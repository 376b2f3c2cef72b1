import { decimalText, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { amountOf, onPremGeo } from "../common/onprem-common";

/**
 * `costkit_onprem_colocation`: rack space and power for on-prem gear, by the kilowatt of IT load.
 *
 * Attributes: `geo`, `itLoadKw` (the gear's draw under load, in kW), `pue` (power usage effectiveness, ≥ 1, default
 * 1.4), `labels`.
 *
 * - **Colocation (wholesale, per kW of IT load)**: `itLoadKw` kW-months at `on-prem/colocation/wholesale`, the
 *   wholesale rate per kW of critical capacity a month (CBRE's North America figure; pricing/books/onprem.json).
 * - **Power (PUE <pue>)**: `itLoadKw × pue` kW-months of facility power at `on-prem/power/facility` (1 kW for 730 hours
 *   at a commercial tariff), billed on top of the wholesale rate, as wholesale leases meter power separately.
 *
 * Category `compute` unless the construct says otherwise (a tape library's site is `storage`).
 */
export const onpremColocation: Pricer = {
  type: "costkit_onprem_colocation",
  provider: "on-prem",
  category: "compute",
  usage: [],
  region: (r) => onPremGeo(r.attrs),
  price(r, lines) {
    const kw = money(amountOf(r.attrs, "itLoadKw"));
    const pue = money(amountOf(r.attrs, "pue", { min: 1, default: 1.4 }));
    lines.add({ name: "Colocation (wholesale, per kW of IT load)", unit: "kW-months", priceId: "on-prem/colocation/wholesale", quantity: fixed(kw) });
    lines.add({ name: `Power (PUE ${decimalText(pue)})`, unit: "kW-months", priceId: "on-prem/power/facility", quantity: fixed(kw.times(pue)) });
  },
};
