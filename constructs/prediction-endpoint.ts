import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { VertexAiEndpoint } from "@cdktf/provider-google/lib/vertex-ai-endpoint";
import { money, Money } from "../pricing/money";
import { VERTEX_ACCELERATORS, VERTEX_PREDICTION_MACHINES } from "../pricing/resources/google/vertex-ai-endpoint";
import { closeMatch } from "../pricing/nearest";
import { Cost } from "./cost";
import { literal, PropsCheck, rules } from "./validation";
import type { GoogleVertexAiEndpointUsage } from "./usage-types";

/** The predictions the endpoint serves; never rendered into Terraform. */
export interface PredictionLoad {
  /** Online predictions per day. */
  readonly predictionsPerDay: number;
  /** Predictions per second one replica serves at its target utilization (a property of the model, measured or assumed). */
  readonly predictionsPerSecondPerReplica: number;
  /** Busiest hour over the daily average; with it, maxReplicas is checked against the peak. @default - the peak is not checked */
  readonly peakToAverage?: number;
}

export interface PredictionEndpointProps {
  /** Endpoint id: numeric, no leading zero, at most 10 digits (the provider's `name`). */
  readonly endpointId: string;
  /** Display name. */
  readonly displayName: string;
  /** Region of the endpoint and its replicas. */
  readonly region: string;
  /** Machine type of the deployed model's replicas (one Vertex AI prediction rate exists per type). @default "n1-standard-4" */
  readonly machineType?: string;
  /** Accelerator per replica (N1 machines). @default - none */
  readonly acceleratorType?: string;
  /** Accelerators per replica. @default 1 with acceleratorType */
  readonly acceleratorCount?: number;
  /** Lower bound of the deployed model's autoscaler (Vertex AI has no scale-to-zero: ≥ 1). Priced as the minimum. @default 1 */
  readonly minReplicas?: number;
  /** Upper bound of the autoscaler. Priced as the worst case. */
  readonly maxReplicas: number;
  /** Labels of the endpoint (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected load. @default - expected replicas at the minimum, and the report says so */
  readonly load?: PredictionLoad;
}

/**
 * A Vertex AI online prediction endpoint (`google_vertex_ai_endpoint`) and the deployment it serves. Terraform cannot
 * deploy a model to an endpoint (the provider's `deployed_models` is output-only), so the deployment — machine type,
 * replica bounds, expected replicas — is declared as the endpoint's usage, which is how the pricer reads it.
 *
 * From the load: expected replicas = `predictionsPerDay / 86,400 / predictionsPerSecondPerReplica`, raised to
 * `minReplicas`; replicas bill 730 hours a month whether or not traffic comes.
 */
export class PredictionEndpoint extends Construct {
  readonly endpoint: VertexAiEndpoint;
  /** Expected average replicas, or undefined without load. */
  readonly expectedReplicas: number | undefined;

  constructor(scope: Construct, id: string, props: PredictionEndpointProps) {
    super(scope, id);
    const machineType = props.machineType ?? "n1-standard-4";
    const min = props.minReplicas ?? 1;
    this.expectedReplicas = props.load && props.load.predictionsPerSecondPerReplica > 0 ? endpointReplicas(props.load, min) : undefined;
    validate(this, props, machineType, min, this.expectedReplicas);

    this.endpoint = new VertexAiEndpoint(this, "endpoint", {
      name: props.endpointId,
      displayName: props.displayName,
      location: props.region,
      region: props.region,
      ...(props.labels ? { labels: { ...props.labels } } : {}),
      ...(props.provider ? { provider: props.provider } : {}),
    });
    Cost.category(this.endpoint, "ml");
    Cost.usage(this.endpoint, {
      machineType: machineType as NonNullable<GoogleVertexAiEndpointUsage["machineType"]>, // checked by validate() above
      ...(props.acceleratorType !== undefined ? { acceleratorType: props.acceleratorType as NonNullable<GoogleVertexAiEndpointUsage["acceleratorType"]>, acceleratorCount: props.acceleratorCount ?? 1 } : {}),
      minReplicas: min,
      maxReplicas: props.maxReplicas,
      ...(this.expectedReplicas !== undefined ? { expectedReplicas: this.expectedReplicas } : {}),
    });
  }
}

/** Average predictions per second of a daily volume. */
export function predictionRate(predictionsPerDay: number): Decimal {
  return money(predictionsPerDay).div(86_400);
}

/** Expected replicas for a load (4 places), at least `min`. */
export function endpointReplicas(load: PredictionLoad, min: number): number {
  const replicas = predictionRate(load.predictionsPerDay).div(load.predictionsPerSecondPerReplica);
  return Money.max(replicas, min).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toNumber();
}

function validate(scope: IConstruct, props: PredictionEndpointProps, machineType: string, min: number, expected: number | undefined): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  check.pattern("endpointId", props.endpointId, /^[1-9][0-9]{0,9}$/, `numeric, without a leading zero, at most 10 digits, e.g. "1001"`);
  if (literal(machineType) && !VERTEX_PREDICTION_MACHINES.includes(machineType)) {
    const near = closeMatch(VERTEX_PREDICTION_MACHINES, machineType);
    check.add("machineType", `machineType ("${machineType}") has no Vertex AI prediction rate; use an n1, e2, g2 or a2-highgpu type such as "n1-standard-4"${near ? `; did you mean "${near}"?` : ""}`);
  }
  check.oneOf("acceleratorType", props.acceleratorType, VERTEX_ACCELERATORS);
  const max = props.maxReplicas;
  check.number("minReplicas", min, { ...rules.whole(1), allowed: "a whole number ≥ 1 (Vertex AI endpoints do not scale to zero)" }, "skip");
  check.number("maxReplicas", max, rules.whole(1), "skip");
  check.minMax("minReplicas", min, "maxReplicas", max);
  const load = props.load;
  if (load) {
    check.number("load.predictionsPerDay", load.predictionsPerDay, rules.atLeast(0), "usage");
    check.number("load.predictionsPerSecondPerReplica", load.predictionsPerSecondPerReplica, rules.above(0), "usage");
    check.number("load.peakToAverage", load.peakToAverage, rules.atLeast(1), "usage");
    if (expected !== undefined && literal(max) && check.count === 0) {
      if (expected > max) check.add("maxReplicas", `maxReplicas (${max}) is below the ${expected} replicas the load needs on average; raise maxReplicas to at least ${Math.ceil(expected)}`);
      else if (load.peakToAverage !== undefined) {
        const peak = predictionRate(load.predictionsPerDay).times(load.peakToAverage).div(load.predictionsPerSecondPerReplica);
        if (peak.gt(max)) check.add("maxReplicas", `maxReplicas (${max}) cannot serve the peak (${peak.toDecimalPlaces(2).toFixed()} replicas at ${load.peakToAverage} × the average); raise maxReplicas to at least ${peak.ceil().toFixed()}`);
      }
    }
  }
  check.throwIfAny();
}
