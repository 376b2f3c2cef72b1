import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_cloudwatch_event_bus` (an EventBridge event bus): `Custom events`, per million events published to it
 * (https://aws.amazon.com/eventbridge/pricing/; each 64 KB chunk of an event's payload counts as one). Events that AWS
 * services send to the default bus are free, and the bus itself has no fee, so the line depends on usage
 * `monthlyCustomEvents`. Rules and targets cost nothing of their own (they are on the free list); what a target runs is
 * priced on its resource.
 */
export const cloudwatchEventBus: Pricer = {
  type: "aws_cloudwatch_event_bus",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyCustomEvents", type: "quantity", unit: "events", description: "Custom events published to the bus per month (64 KB chunks)." },
  ],
  price(r, lines) {
    const events = r.usage.quantity("monthlyCustomEvents");
    lines.add({
      name: "Custom events", unit: "1M events", priceId: "aws/eventbridge/custom-events", usageBased: true,
      quantity: perMillion(events),
    });
  },
};
