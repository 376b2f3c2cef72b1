import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { money } from "../../money";
import { Pricer } from "../../pricer";
import { mapRange, multiplyRanges, perMillion, Range } from "../../range";
import { ownValue } from "../../own";

/** Memory when `memory_size` is not set (the AWS provider's default), in MB. */
const DEFAULT_MEMORY_MB = 128;
/** Ephemeral storage included with every function, in MB; the provider's default size. */
const FREE_EPHEMERAL_MB = 512;

const DURATION_PRICE: Readonly<Record<string, string>> = {
  x86_64: "aws/lambda/duration-x86",
  arm64: "aws/lambda/duration-arm64",
};

/**
 * `aws_lambda_function`: requests per 1M and duration per GB-second, from usage `monthlyRequests` and
 * `averageDurationMs` (no defaults: without them the lines show their unit prices and say they depend on usage).
 *
 * GB-seconds = requests × average duration (s) × memory (MB ÷ 1,024). Duration is priced at the x86_64 or arm64 rate
 * (`architectures`, default x86_64) in its monthly volume tiers (x86 6B/9B/15B+, arm64 7.5B/11.25B/18.75B+ GB-seconds).
 * AWS aggregates those tiers per account and region; costkit applies them to each function alone, which can only
 * overstate cost for a fleet of functions past 6B GB-seconds. Ephemeral storage above the included 512 MB is billed per
 * GB-second of the same run time. The account-wide free tier (1M requests, 400,000 GB-seconds) is not deducted.
 * Provisioned concurrency (a separate resource) and data transfer are not included.
 */
export const lambdaFunction: Pricer = {
  type: "aws_lambda_function",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Invocations per month." },
    { name: "averageDurationMs", type: "quantity", unit: "ms", description: "Average billed duration of one invocation, in milliseconds." },
  ],
  price(r, lines) {
    const memoryMb = r.attrs.num("memory_size") ?? DEFAULT_MEMORY_MB;
    const archs = r.attrs.list("architectures").map(String);
    const arch = archs[0] ?? "x86_64";
    const durationId = ownValue(DURATION_PRICE, arch);
    if (!durationId) throw new Unpriceable(`unknown Lambda architecture "${arch}"; AWS offers x86_64 and arm64`);
    const ephemeralMb = r.attrs.block("ephemeral_storage")?.num("size") ?? FREE_EPHEMERAL_MB;

    const requests = r.usage.quantity("monthlyRequests");
    const durationMs = r.usage.quantity("averageDurationMs");
    const seconds: Range | undefined = requests && durationMs ? mapRange(multiplyRanges(requests, durationMs), (v) => v.div(1000)) : undefined;
    const perGb = (mb: number | Decimal) => money(mb).div(1024);

    lines.add({
      name: `Requests (${arch})`, unit: "1M requests", priceId: "aws/lambda/requests", usageBased: true,
      quantity: perMillion(requests),
    });
    lines.add({
      name: `Duration (${arch}, ${memoryMb} MB)`, unit: "GB-seconds", priceId: durationId, usageBased: true,
      quantity: seconds && mapRange(seconds, (v) => v.times(perGb(memoryMb))),
    });
    if (ephemeralMb > FREE_EPHEMERAL_MB) {
      lines.add({
        name: `Ephemeral storage (${ephemeralMb} MB)`, unit: "GB-seconds", priceId: "aws/lambda/ephemeral-storage", usageBased: true,
        quantity: seconds && mapRange(seconds, (v) => v.times(perGb(ephemeralMb - FREE_EPHEMERAL_MB))),
      });
    }
  },
};
