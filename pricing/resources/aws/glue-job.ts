import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";
import { ownValue } from "../../own";

/** DPUs of one worker of each type (https://docs.aws.amazon.com/glue/latest/dg/add-job.html: G.1X is 1 DPU, …). */
const DPU_PER_WORKER: Readonly<Record<string, string>> = {
  "G.025X": "0.25", "G.1X": "1", "G.2X": "2", "G.4X": "4", "G.8X": "8", "G.12X": "12", "G.16X": "16", "R.1X": "1", "R.2X": "2",
  "R.4X": "4", "R.8X": "8", "Z.2X": "2", Standard: "1",
};

/** The DPUs AWS Glue gives a job that sets neither workers nor max_capacity: 10 for Spark jobs, 0.0625 for Python shell. */
const DEFAULT_DPUS: Readonly<Record<string, string>> = { glueetl: "10", gluestreaming: "10", pythonshell: "0.0625" };

/**
 * `aws_glue_job`: `Job run (<command>, <n> DPUs)`, DPU-hours at the per-DPU-hour rate (https://aws.amazon.com/glue/pricing/):
 * number_of_workers × the worker type's DPUs, else max_capacity, else the service default (10 DPUs for Spark ETL and
 * streaming, 0.0625 for Python shell), × usage `monthlyRunHours`. execution_class FLEX runs at the Flex rate; Ray jobs
 * (`glueray`) at the Ray rate per M-DPU-hour. A streaming job runs all month: without usage it is 730 hours.
 */
export const glueJob: Pricer = {
  type: "aws_glue_job",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyRunHours", type: "quantity", unit: "hours", max: 730, description: "Hours the job runs per month, all runs together (a streaming job: 730)." },
  ],
  price(r, lines) {
    lines.line("Job run", () => {
      const command = r.attrs.block("command")?.str("name") ?? "glueetl";
      const workerType = r.attrs.str("worker_type");
      const workers = r.attrs.num("number_of_workers");
      let dpus: Decimal;
      if (workerType !== undefined && workers !== undefined) {
        const per = ownValue(DPU_PER_WORKER, workerType);
        if (per === undefined) throw new Unpriceable(`unknown worker_type "${workerType}"; AWS Glue offers ${Object.keys(DPU_PER_WORKER).join(", ")}`);
        dpus = money(per).times(workers);
      } else {
        const capacity = r.attrs.num("max_capacity");
        const dflt = ownValue(DEFAULT_DPUS, command);
        if (capacity === undefined && dflt === undefined) throw new Unpriceable(`a ${command} job needs worker_type and number_of_workers to be priced`);
        dpus = money(capacity ?? dflt!);
      }
      const flex = r.attrs.str("execution_class") === "FLEX";
      const priceId = command === "glueray" ? "aws/glue/ray-job" : flex ? "aws/glue/etl-job-flex" : "aws/glue/etl-job";
      const hours = r.usage.quantity("monthlyRunHours") ?? (command === "gluestreaming" ? fixed(HOURS_PER_MONTH) : undefined);
      lines.add({
        name: `Job run (${command}${flex ? ", Flex" : ""}, ${dpus.toString()} DPUs)`, unit: "DPU-hours", priceId, usageBased: command !== "gluestreaming",
        quantity: hours && scaleRange(hours, dpus),
      });
    });
  },
};
