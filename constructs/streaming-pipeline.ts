import Decimal from "decimal.js";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { DataflowJob } from "@cdktf/provider-google/lib/dataflow-job";
import { BYTES_PER_GIB, Money, money, SECONDS_PER_MONTH } from "../pricing/money";
import { workerShape } from "../pricing/resources/google/dataflow-job";
import { Cost } from "./cost";
import { literal, lookup, PropsCheck, rules } from "./validation";

/** What a pipeline reads and how fast a worker processes it; never rendered into Terraform. */
export interface StreamingLoad {
  /** Average input rate, MB/s (10^6 bytes). */
  readonly inputMbPerSecond: number;
  /** MB/s one worker vCPU processes (parse, window, aggregate): a property of the pipeline, measured or assumed. */
  readonly mbPerSecondPerVcpu: number;
}

export interface StreamingPipelineProps {
  /** Job name, unique among running jobs of the region. */
  readonly name: string;
  /** Region the job and its workers run in. */
  readonly region: string;
  /** Classic template to launch (`gs://…`). */
  readonly templateGcsPath: string;
  /** Bucket path for temporary files (`gs://…`). */
  readonly tempGcsLocation: string;
  /** Template parameters (input subscriptions, output tables…). @default - none */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Worker machine type. @default "n2-standard-4" */
  readonly machineType?: string;
  /** Upper bound of the autoscaler (the lower bound is 1 worker). Priced as the worst case. */
  readonly maxWorkers: number;
  /** Run shuffle and state in Streaming Engine (billed per GiB processed) rather than on worker disks. @default true */
  readonly enableStreamingEngine?: boolean;
  /** Labels of the job (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** Expected load. @default - expected cost at 1 worker, and Streaming Engine data depends on usage */
  readonly load?: StreamingLoad;
}

/**
 * A streaming Dataflow job (`google_dataflow_job` from a classic template), autoscaled between 1 and `maxWorkers`
 * workers, with Streaming Engine by default.
 *
 * From the load: expected workers = `inputMbPerSecond / mbPerSecondPerVcpu / vCPUs per worker` (at least 1), and
 * Streaming Engine data processed = the input bytes of the month (`inputMbPerSecond × 10^6 × 2,628,000 s / 2^30` GiB).
 * Counting only the input is a lower bound: a pipeline with several shuffles processes its data more than once.
 */
export class StreamingPipeline extends Construct {
  readonly job: DataflowJob;
  /** Expected average workers from the load, or undefined without load. */
  readonly expectedWorkers: number | undefined;

  constructor(scope: Construct, id: string, props: StreamingPipelineProps) {
    super(scope, id);
    const machineType = props.machineType ?? "n2-standard-4";
    const streamingEngine = props.enableStreamingEngine ?? true;
    const vcpus = lookup(machineType, workerShape)?.vcpu.toNumber();
    this.expectedWorkers = props.load && vcpus !== undefined ? streamingWorkers(props.load, vcpus) : undefined;
    validate(this, props, machineType, vcpus, this.expectedWorkers);

    this.job = new DataflowJob(this, "job", {
      name: props.name,
      region: props.region,
      templateGcsPath: props.templateGcsPath,
      tempGcsLocation: props.tempGcsLocation,
      machineType,
      maxWorkers: props.maxWorkers,
      enableStreamingEngine: streamingEngine,
      onDelete: "drain",
      ...(props.parameters ? { parameters: { ...props.parameters } } : {}),
      ...(props.labels ? { labels: { ...props.labels } } : {}),
      ...(props.provider ? { provider: props.provider } : {}),
    });
    Cost.category(this.job, "data");
    const usage: Record<string, unknown> = { jobType: "streaming" };
    if (props.load && this.expectedWorkers !== undefined) {
      usage.expectedWorkers = this.expectedWorkers;
      if (streamingEngine) usage.monthlyStreamingDataGib = streamingEngineGib(props.load.inputMbPerSecond);
    }
    Cost.usage(this.job, usage);
  }
}

/** Average workers for a load, at least 1, rounded to 4 places. */
export function streamingWorkers(load: StreamingLoad, vcpusPerWorker: number): number {
  const workers = money(load.inputMbPerSecond).div(load.mbPerSecondPerVcpu).div(vcpusPerWorker);
  return Money.max(workers, 1).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toNumber();
}

/** GiB a month at an average rate in MB/s, rounded to 3 places. */
export function streamingEngineGib(mbPerSecond: number): string {
  return money(mbPerSecond).times(1e6).times(SECONDS_PER_MONTH).div(BYTES_PER_GIB).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed();
}

function validate(scope: IConstruct, props: StreamingPipelineProps, machineType: string, vcpus: number | undefined, expected: number | undefined): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  if (literal(machineType) && vcpus === undefined) {
    check.add("machineType", `machineType ("${machineType}") is not a Dataflow worker type costkit knows; use a predefined n1, n2, n2d, e2, c2 or t2d type such as "n2-standard-4"`);
  }
  const max = props.maxWorkers;
  check.number("maxWorkers", max, rules.whole(1), "skip");
  check.pattern("templateGcsPath", props.templateGcsPath, /^gs:\/\//, "a Cloud Storage path starting with gs://");
  check.pattern("tempGcsLocation", props.tempGcsLocation, /^gs:\/\//, "a Cloud Storage path starting with gs://");
  if (props.load) {
    check.number("load.inputMbPerSecond", props.load.inputMbPerSecond, rules.atLeast(0), "usage");
    if (check.number("load.mbPerSecondPerVcpu", props.load.mbPerSecondPerVcpu, rules.above(0), "usage") && expected !== undefined && literal(max) && expected > max) {
      check.add("maxWorkers", `maxWorkers (${max}) is below the ${expected} workers the load needs on average; raise maxWorkers to at least ${Math.ceil(expected)}`);
    }
  }
  check.throwIfAny();
}
