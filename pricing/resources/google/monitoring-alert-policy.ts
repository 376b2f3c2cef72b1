import { Pricer } from "../../pricer";
import { fixed, perMillion } from "../../range";

/**
 * `google_monitoring_alert_policy`: Cloud Monitoring bills alerting per condition per month (each `conditions` block)
 * and per million time series the conditions' queries return (`monthlyTimeSeriesReturned`: time series per execution
 * × executions in the month). Notification channels cost nothing.
 */
export const monitoringAlertPolicy: Pricer = {
  type: "google_monitoring_alert_policy",
  provider: "google",
  category: "other",
  usage: [{ name: "monthlyTimeSeriesReturned", type: "quantity", unit: "time series", description: "Time series returned by the policy's condition queries per month (per execution × executions)." }],
  region: () => "global",
  price(r, lines) {
    lines.line("Conditions", () => {
      const n = Math.max(r.attrs.blocks("conditions").length, 1);
      lines.add({ name: `Conditions (${n})`, unit: "condition-months", priceId: "google/monitoring/alert-condition", quantity: fixed(n) });
    });
    const ts = r.usage.quantity("monthlyTimeSeriesReturned");
    lines.add({ name: "Time series returned", unit: "1M time series", priceId: "google/monitoring/alert-time-series", quantity: perMillion(ts), usageBased: true });
  },
};
