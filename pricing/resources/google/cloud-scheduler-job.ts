import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `google_cloud_scheduler_job`: USD per job per month, paused or not. The 3 free jobs per billing account are left out
 * (they are shared by the account, not per job), so an account with few jobs is estimated up to USD 0.30/month high.
 */
export const cloudSchedulerJob: Pricer = {
  type: "google_cloud_scheduler_job",
  provider: "google",
  category: "other",
  usage: [],
  region: () => "global",
  price(_r, lines) {
    lines.add({ name: "Job", unit: "job-months", priceId: "google/cloud-scheduler/job", quantity: fixed(1) });
  },
};
