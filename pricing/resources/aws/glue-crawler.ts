import { Pricer } from "../../pricer";

/**
 * `aws_glue_crawler`: `Crawler run`, DPU-hours at the per-DPU-hour rate (https://aws.amazon.com/glue/pricing/). AWS
 * chooses how many DPUs a crawler uses and bills them for the time it runs, so the line depends on usage
 * `monthlyDpuHours`.
 */
export const glueCrawler: Pricer = {
  type: "aws_glue_crawler",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyDpuHours", type: "quantity", unit: "DPU-hours", description: "DPU-hours the crawler's runs use per month (AWS Glue reports them per run)." },
  ],
  price(r, lines) {
    lines.add({ name: "Crawler run", unit: "DPU-hours", priceId: "aws/glue/crawler", usageBased: true, quantity: r.usage.quantity("monthlyDpuHours") });
  },
};
