import { Pricer } from "../../pricer";
import { perMillion, Range, scaleRange } from "../../range";
import { byString } from "../../compare";

/** Billed delivery protocols: usage key → [line label, price id, unit, units per price unit]. SQS and Lambda
 *  deliveries are free; SMS prices depend on the destination country and are not modelled. */
const DELIVERIES: Record<string, [string, string, string, string]> = {
  HTTP: ["HTTP/S", "aws/sns/http-notifications", "100K notifications", "0.00001"],
  EMAIL: ["email", "aws/sns/email-notifications", "100K notifications", "0.00001"],
  FIREHOSE: ["Data Firehose", "aws/sns/firehose-notifications", "1M notifications", "0.000001"],
  MOBILE_PUSH: ["mobile push", "aws/sns/mobile-push-notifications", "1M notifications", "0.000001"],
};


/**
 * `aws_sns_topic`, all from usage (without usage each line depends on usage):
 * - Standard topics: `Publish requests` (`monthlyRequests` ÷ 1M; each 64 KB chunk of a payload is one request) and
 *   one `Notifications (<protocol>)` line per protocol given in `monthlyNotificationsByProtocol` (HTTP, EMAIL,
 *   FIREHOSE, MOBILE_PUSH; deliveries to SQS and Lambda are free; SMS is not modelled).
 * - FIFO topics (`fifo_topic = true`): `Publish requests (FIFO)` and `Publish payload (FIFO)` (`monthlyPayloadGb`).
 * Free tiers (1 million requests, 100,000 HTTP and 1,000 email notifications a month) are not deducted.
 */
export const snsTopic: Pricer = {
  type: "aws_sns_topic",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Publish (and other API) requests per month; each 64 KB chunk of a payload counts as one." },
    { name: "monthlyNotificationsByProtocol", type: "quantity-map", unit: "notifications", keys: Object.keys(DELIVERIES), description: "Notifications delivered per month by protocol: HTTP (HTTP/S), EMAIL (email and email-JSON), FIREHOSE, MOBILE_PUSH. SQS and Lambda deliveries are free." },
    { name: "monthlyPayloadGb", type: "quantity", unit: "GB", description: "GB published per month to a FIFO topic." },
  ],
  price(r, lines) {
    lines.line("Publish requests", () => {
      const fifo = r.attrs.bool("fifo_topic") === true;
      const requests = perMillion(r.usage.quantity("monthlyRequests"));
      if (fifo) {
        lines.add({ name: "Publish requests (FIFO)", unit: "1M requests", priceId: "aws/sns/fifo-publish-requests", quantity: requests, usageBased: true });
        lines.add({ name: "Publish payload (FIFO)", unit: "GB", priceId: "aws/sns/fifo-publish-payload", quantity: r.usage.quantity("monthlyPayloadGb"), usageBased: true });
        return;
      }
      lines.add({ name: "Publish requests", unit: "1M requests", priceId: "aws/sns/publish-requests", quantity: requests, usageBased: true });
      for (const [protocol, q] of [...(r.usage.quantityMap("monthlyNotificationsByProtocol") ?? new Map<string, Range>()).entries()].sort(([a], [b]) => byString(a, b))) {
        const [label, priceId, unit, factor] = DELIVERIES[protocol];
        lines.add({ name: `Notifications (${label})`, unit, priceId, quantity: scaleRange(q, factor), usageBased: true });
      }
    });
  },
};
