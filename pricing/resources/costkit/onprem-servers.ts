import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { amortizedUnits, amountOf, lifeOf, modelOf, onPremGeo, yearsText } from "../common/onprem-common";

/**
 * `costkit_onprem_servers`: owned servers in a colocation site, priced as their capital expense spread straight-line
 * over their life, plus an optional support contract.
 *
 * Attributes: `geo` (NA, EU, LATAM, APAC, OTHER), `model` (a slug naming the price entries), `servers` (how many),
 * `amortizationYears` (the straight-line life), `support` (true to add the support line), `labels`.
 *
 * - **Server capex (<model>, straight-line over N years)**: `servers ÷ (12 × N)` servers a month at
 *   `on-prem/server-capex/<model>`, the price of one server. No public list price exists for a configured server
 *   (vendors quote configured servers privately), so the price comes from the stack: the OnPremServers construct declares
 *   it in a price book the stack carries (source "declared by the stack").
 * - **Server support (<model>)**: `servers` server-months at `on-prem/server-support/<model>`, when `support` is true.
 *
 * Power and rack space are a separate item (`costkit_onprem_colocation`); financing cost and residual value are not
 * modelled. Category `compute`.
 */
export const onpremServers: Pricer = {
  type: "costkit_onprem_servers",
  provider: "on-prem",
  category: "compute",
  usage: [],
  region: (r) => onPremGeo(r.attrs),
  price(r, lines) {
    const model = modelOf(r.attrs);
    const servers = amountOf(r.attrs, "servers", { whole: true });
    const years = lifeOf(r.attrs);
    lines.add({
      name: `Server capex (${model}, straight-line over ${yearsText(years)})`, unit: "servers",
      priceId: `on-prem/server-capex/${model}`, quantity: amortizedUnits(servers, years),
    });
    if (r.attrs.bool("support")) {
      lines.add({ name: `Server support (${model})`, unit: "server-months", priceId: `on-prem/server-support/${model}`, quantity: fixed(servers) });
    }
  },
};
