import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed } from "../../range";

/** An alarm evaluated at a period under 60 seconds (10 or 30) is a high-resolution alarm. */
const HIGH_RESOLUTION_BELOW_SECONDS = 60;
/** An anomaly detection alarm is billed as three alarm metrics: the metric and the two bounds of its band. */
const ANOMALY_DETECTION_METRICS = 3;

interface AlarmShape {
  metrics: number;
  highResolution: boolean;
  anomaly: boolean;
}

function shapeOf(r: ResourceInput): AlarmShape {
  const queries = r.attrs.blocks("metric_query");
  const anomaly = (r.attrs.str("threshold_metric_id") ?? "") !== "";
  if (queries.length === 0) {
    if (r.attrs.str("metric_name") === undefined) throw new Unpriceable("the alarm has neither metric_name nor metric_query, so its metrics cannot be counted");
    const period = r.attrs.num("period");
    return { metrics: 1, highResolution: period !== undefined && period < HIGH_RESOLUTION_BELOW_SECONDS, anomaly };
  }
  const metrics = queries.filter((q) => q.block("metric") !== undefined);
  if (metrics.length === 0) {
    throw new Unpriceable("the alarm's metric_query has no metric (a Metrics Insights query alarm), which is billed per metric it analyses; costkit cannot count them");
  }
  const highResolution = metrics.some((q) => {
    const period = q.block("metric")!.num("period");
    return period !== undefined && period < HIGH_RESOLUTION_BELOW_SECONDS;
  });
  return { metrics: metrics.length, highResolution, anomaly };
}

/**
 * `aws_cloudwatch_metric_alarm`: `Alarm metrics (<standard|high> resolution)`, billed per alarm metric per month.
 * - A single-metric alarm (`metric_name`) is one alarm metric; a metric-math alarm counts each `metric_query` that
 *   reads a metric (expressions themselves are not billed).
 * - An anomaly detection alarm (`threshold_metric_id` set) counts three alarm metrics per metric.
 * - High resolution when the period (the alarm's, or any queried metric's) is under 60 seconds.
 * Metrics Insights query alarms are unpriced with the reason. The free tier (10 standard alarm metrics a month) is not
 * deducted.
 */
export const cloudwatchMetricAlarm: Pricer = {
  type: "aws_cloudwatch_metric_alarm",
  provider: "aws",
  category: "other",
  usage: [],
  price(r, lines) {
    const s = shapeOf(r);
    const count = s.metrics * (s.anomaly ? ANOMALY_DETECTION_METRICS : 1);
    const resolution = s.highResolution ? "high" : "standard";
    lines.add({
      name: `Alarm metrics (${resolution} resolution${s.anomaly ? ", anomaly detection" : ""})`, unit: "alarm-metric-months",
      priceId: s.highResolution ? "aws/cloudwatch/alarm-high-resolution" : "aws/cloudwatch/alarm-standard", quantity: fixed(count),
    });
  },
};
