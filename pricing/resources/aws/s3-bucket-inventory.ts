import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";
import { perMillion, scaleRange } from "../../range";

// 730 ÷ 24 and 730 ÷ 168, to 16 decimals (an exact quotient would not terminate).
const RUNS_PER_MONTH: Record<string, string> = { Daily: "30.4166666666666667", Weekly: "4.3452380952380952" };

/**
 * `aws_s3_bucket_inventory` (https://aws.amazon.com/s3/pricing/, management and insights): `Objects listed (<frequency>)`,
 * usage `objectsInBucket` × the runs of a month (730 ÷ 24 daily runs, 730 ÷ 168 weekly runs) ÷ 1,000,000 at the
 * per-object rate. The report files are stored in the destination bucket and billed there. Without usage the line
 * shows its unit price and depends on usage.
 */
export const s3BucketInventory: Pricer = {
  type: "aws_s3_bucket_inventory",
  provider: "aws",
  category: "storage",
  usage: [{ name: "objectsInBucket", type: "quantity", unit: "objects", description: "Objects the inventory lists in each run (those its filter and versions setting include)." }],
  price(r, lines) {
    const frequency = r.attrs.str("schedule.frequency") ?? "Daily";
    const runs = Object.prototype.hasOwnProperty.call(RUNS_PER_MONTH, frequency) ? RUNS_PER_MONTH[frequency] : undefined;
    if (runs === undefined) throw new Unpriceable(`unknown schedule frequency "${frequency}" (Daily or Weekly)`);
    const objects = r.usage.quantity("objectsInBucket");
    lines.add({ name: `Objects listed (${frequency})`, unit: "1M objects", priceId: "aws/s3-management/inventory-objects", usageBased: true, quantity: perMillion(objects === undefined ? undefined : scaleRange(objects, runs)) });
  },
};
