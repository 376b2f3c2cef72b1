import { Pricer } from "../../pricer";
import { scaleRange } from "../../range";
import { jobTaskSeconds, numOr, RUN_JOB_USAGE, runSize } from "./cloud-run-v2-service";

/**
 * `google_cloud_run_v2_job`: jobs are billed at the instance-based (CPU always allocated) rates for the time their tasks
 * run: executions × `template.task_count` (default 1) × average task duration, times the task's vCPUs and GiB (the sum
 * of `template.template.containers[].resources.limits`, defaults 1 vCPU and 512 MiB). Both come from usage; without it
 * the lines show their unit prices. Rates by the Cloud Run pricing tier of `location`; the free tier is not taken off.
 */
export const cloudRunV2Job: Pricer = {
  type: "google_cloud_run_v2_job",
  provider: "google",
  category: "compute",
  usage: RUN_JOB_USAGE,
  price(r, lines) {
    const size = runSize(r.attrs, "template.template.containers");
    const tasks = numOr(r.attrs, "template.task_count", 1);
    const seconds = jobTaskSeconds(r.usage, tasks);
    const suffix = `${tasks} task${tasks === 1 ? "" : "s"}, ${size.label}`;
    lines.add({ name: `CPU (${suffix})`, unit: "vCPU-seconds", priceId: "google/cloudrun/instance-vcpu", quantity: seconds && scaleRange(seconds, size.vcpu), usageBased: true });
    lines.add({ name: `Memory (${suffix})`, unit: "GiB-seconds", priceId: "google/cloudrun/instance-memory", quantity: seconds && scaleRange(seconds, size.gib), usageBased: true });
  },
};
