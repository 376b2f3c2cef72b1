import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_cloudwatch_event_api_destination`: `Invocations`, usage `monthlyInvocations` ÷ 1,000,000 at the API destination
 * rate (https://aws.amazon.com/eventbridge/pricing/; each 64 KB chunk of a payload is one invocation). The events that
 * reach it are billed on the bus. Without usage the line shows its unit price and depends on usage.
 */
export const cloudwatchEventApiDestination: Pricer = {
  type: "aws_cloudwatch_event_api_destination",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyInvocations", type: "quantity", unit: "invocations", description: "Invocations of the API destination per month (each 64 KB chunk of a payload counts as one)." }],
  price(r, lines) {
    lines.add({ name: "Invocations", unit: "1M invocations", priceId: "aws/eventbridge/api-destination-invocations", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyInvocations")) });
  },
};
