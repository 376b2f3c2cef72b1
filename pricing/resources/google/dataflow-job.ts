import { known } from "../../attributes";
import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { money, HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, multiplyRanges, Range, scaleRange } from "../../range";
import { instancesRange } from "./app-engine-standard-app-version";

/** GiB of memory per vCPU of the predefined machine types Dataflow workers use (Compute Engine machine families). */
const GIB_PER_VCPU: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  n1: { standard: "3.75", highmem: "6.5", highcpu: "0.9" },
  n2: { standard: "4", highmem: "8", highcpu: "1" },
  n2d: { standard: "4", highmem: "8", highcpu: "1" },
  e2: { standard: "4", highmem: "8", highcpu: "1" },
  c2: { standard: "4" },
  t2d: { standard: "4" },
};

/** vCPUs and GiB of memory of a worker machine type: predefined (`n1-standard-4`) or custom (`custom-4-15360`, `n2-custom-8-32768`). */
export function workerShape(machineType: string): { vcpu: Decimal; memoryGib: Decimal } {
  const predefined = /^([a-z0-9]+)-(standard|highmem|highcpu)-(\d+)$/.exec(machineType);
  if (predefined) {
    const perVcpu = GIB_PER_VCPU[predefined[1]]?.[predefined[2]];
    if (perVcpu !== undefined) {
      const vcpu = money(predefined[3]);
      return { vcpu, memoryGib: vcpu.times(perVcpu) };
    }
  }
  const custom = /^(?:(?:n1|n2|n2d|e2)-)?custom-(\d+)-(\d+)(?:-ext)?$/.exec(machineType);
  if (custom) return { vcpu: money(custom[1]), memoryGib: money(custom[2]).div(1024) };
  throw new Unpriceable(`unknown Dataflow worker machine type "${machineType}"; costkit prices n1, n2, n2d and e2 standard/highmem/highcpu, c2-standard, t2d-standard and custom-<vCPU>-<MB> types`);
}

/**
 * Worker defaults (https://cloud.google.com/dataflow/docs/guides/configure-worker-vm): machine type n1-standard-1
 * for batch, n1-standard-2 for streaming with Streaming Engine, n1-standard-4 for streaming without; boot disk 25 GB
 * for batch with Dataflow Shuffle (the default), 250 GB without, 30 GB for streaming with Streaming Engine, 400 GB
 * without.
 */
const DEFAULTS = {
  batch: { machine: "n1-standard-1", diskGib: 25, applianceDiskGib: 250 },
  streaming: { machine: "n1-standard-4", diskGib: 400 },
  streamingEngine: { machine: "n1-standard-2", diskGib: 30 },
} as const;

/** Google-provided streaming templates are named after their streaming sources (PubSub_to_BigQuery, Stream_GCS_…, Kafka_…). */
const STREAMING_TEMPLATE = /pubsub|stream|kafka/i;

/**
 * `google_dataflow_job` (a job launched from a classic template). Dataflow bills workers by the second at its own
 * rates, whatever the machine family, plus service charges:
 *
 * - Worker vCPU (vCPU-hours) and memory (GiB-hours) at the batch or streaming rate: workers × hours × the machine
 *   type's vCPUs / GiB.
 * - Worker persistent disk (GiB-hours): workers × hours × disk size (`workerDiskGib`, else the default for the job kind).
 * - Batch: Dataflow Shuffle data processed (`monthlyShuffleGib`, the billable volume), unless the job runs
 *   `shuffle_mode=appliance`.
 * - Streaming with Streaming Engine: data processed (`monthlyStreamingDataGib`), or, with resource-based billing
 *   (`enable_streaming_engine_resource_based_billing` or `streaming_mode_at_least_once` among `additional_experiments`,
 *   or usage `streamingEngineBilling: resource`), Streaming Engine compute units (`monthlyComputeUnitHours`).
 *
 * The job kind comes from usage `jobType`, else streaming when `enable_streaming_engine` is set (or the experiment of the
 * same name) or the template path names a streaming source, else batch. Workers: from 1 to `max_workers` (when set),
 * expected from usage `expectedWorkers`, else 1. Hours: usage `monthlyHours`; a streaming job runs all month (730 h) by
 * default, a batch job has no default (its lines then depend on usage).
 */
export const dataflowJob: Pricer = {
  type: "google_dataflow_job",
  provider: "google",
  category: "data",
  usage: [
    { name: "jobType", type: "enum", unit: "kind", values: ["batch", "streaming"], description: "Batch or streaming, when the configuration does not say (a template decides it)." },
    { name: "expectedWorkers", type: "quantity", unit: "workers", description: "Average number of workers while the job runs. Defaults to 1, the autoscaler's lower bound." },
    { name: "monthlyHours", type: "quantity", unit: "hours", max: 730, description: "Hours the job runs per month. Defaults to 730 for a streaming job; a batch job needs it." },
    { name: "workerDiskGib", type: "quantity", unit: "GiB", description: "Boot disk size of each worker, when not the Dataflow default (25 GiB batch, 30 GiB with Streaming Engine, 400 GiB streaming without)." },
    { name: "workerDiskType", type: "enum", unit: "disk type", values: ["pd-standard", "pd-ssd"], default: "pd-standard", description: "Persistent disk type of the workers." },
    { name: "monthlyShuffleGib", type: "quantity", unit: "GiB", description: "Billable Dataflow Shuffle data processed per month (batch)." },
    { name: "monthlyStreamingDataGib", type: "quantity", unit: "GiB", description: "Streaming Engine data processed per month (data-processed billing)." },
    { name: "monthlyComputeUnitHours", type: "quantity", unit: "compute-unit-hours", description: "Streaming Engine Compute Units consumed per month (resource-based billing)." },
    { name: "streamingEngineBilling", type: "enum", unit: "billing model", values: ["data", "resource"], description: "Streaming Engine billing model, when the configuration does not say." },
  ],
  price(r, lines) {
    const experiments = r.attrs.list("additional_experiments").map(String);
    const streamingEngine = (r.attrs.bool("enable_streaming_engine") ?? false) || experiments.includes("enable_streaming_engine");
    const template = known(() => r.attrs.str("template_gcs_path")) ?? ""; // an unknown path only loses the template hint
    const declaredKind = r.usage.enumValue("jobType");
    const kind = declaredKind ?? (streamingEngine || STREAMING_TEMPLATE.test(template) ? "streaming" : "batch");
    const withEngine = kind === "streaming" && streamingEngine;
    const appliance = experiments.some((x) => x.replace(/\s/g, "") === "shuffle_mode=appliance");

    const machineType = r.attrs.str("machine_type") ?? (kind === "batch" ? DEFAULTS.batch.machine : withEngine ? DEFAULTS.streamingEngine.machine : DEFAULTS.streaming.machine);
    const { vcpu, memoryGib } = workerShape(machineType);
    const defaultDisk = kind === "batch" ? (appliance ? DEFAULTS.batch.applianceDiskGib : DEFAULTS.batch.diskGib) : withEngine ? DEFAULTS.streamingEngine.diskGib : DEFAULTS.streaming.diskGib;

    const workers = instancesRange(1, r.attrs.num("max_workers"), r.usage.quantity("expectedWorkers"));
    const hours: Range | undefined = r.usage.quantity("monthlyHours") ?? (kind === "streaming" ? fixed(HOURS_PER_MONTH) : undefined);
    const workerHours = hours && multiplyRanges(workers, hours);
    const fromUsage = workerHours === undefined || r.usage.declared("monthlyHours") || r.usage.declared("expectedWorkers");

    lines.add({ name: `Worker vCPU (${kind}, ${machineType})`, unit: "vCPU-hours", priceId: `google/dataflow/${kind}-vcpu`, quantity: workerHours && scaleRange(workerHours, vcpu), usageBased: fromUsage });
    lines.add({ name: `Worker memory (${kind}, ${machineType})`, unit: "GiB-hours", priceId: `google/dataflow/${kind}-memory`, quantity: workerHours && scaleRange(workerHours, memoryGib), usageBased: fromUsage });
    const diskType = r.usage.enumValue("workerDiskType") ?? "pd-standard";
    const disk = r.usage.quantity("workerDiskGib") ?? fixed(defaultDisk);
    const diskLabel = r.usage.declared("workerDiskGib") ? `${diskType}, per usage` : `${diskType}, ${defaultDisk} GiB`;
    lines.add({ name: `Worker disk (${diskLabel})`, unit: "GiB-hours", priceId: `google/dataflow/${diskType}`, quantity: workerHours && multiplyRanges(workerHours, disk), usageBased: fromUsage });

    if (kind === "batch" && !appliance) {
      lines.add({ name: "Shuffle data processed", unit: "GiB", priceId: "google/dataflow/shuffle", quantity: r.usage.quantity("monthlyShuffleGib"), usageBased: true });
    }
    if (withEngine) {
      const resourceBased = r.usage.enumValue("streamingEngineBilling") === "resource" || (r.usage.enumValue("streamingEngineBilling") === undefined
        && experiments.some((x) => x === "enable_streaming_engine_resource_based_billing" || x === "streaming_mode_at_least_once"));
      if (resourceBased) {
        lines.add({ name: "Streaming Engine compute units", unit: "compute-unit-hours", priceId: "google/dataflow/streaming-engine-compute", quantity: r.usage.quantity("monthlyComputeUnitHours"), usageBased: true });
      } else {
        lines.add({ name: "Streaming Engine data processed", unit: "GiB", priceId: "google/dataflow/streaming-engine-data", quantity: r.usage.quantity("monthlyStreamingDataGib"), usageBased: true });
      }
    }
  },
};
