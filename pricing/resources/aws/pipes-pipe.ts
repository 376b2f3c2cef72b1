import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_pipes_pipe` (EventBridge Pipes): `Requests`, per million requests that pass the pipe's filter
 * (https://aws.amazon.com/eventbridge/pricing/; each 64 KB chunk of a payload counts as one request), from usage
 * `monthlyRequests`. An enrichment step (a Lambda function, a Step Functions workflow) and the target bill on their own
 * resources.
 */
export const pipesPipe: Pricer = {
  type: "aws_pipes_pipe",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Requests the pipe processes after its filter, per month (64 KB chunks)." },
  ],
  price(r, lines) {
    const requests = r.usage.quantity("monthlyRequests");
    lines.add({
      name: "Requests", unit: "1M requests", priceId: "aws/pipes/requests", usageBased: true,
      quantity: perMillion(requests),
    });
  },
};
