import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_schemas_discoverer` (EventBridge schema discovery on a bus): `Events ingested`, usage `monthlyEvents` ÷ 1,000,000
 * (each 8 KB chunk of an event counts as one) at the discovery rate (https://aws.amazon.com/eventbridge/pricing/); the
 * free tier of 5 million events a month is not deducted. Without usage the line depends on usage.
 */
export const schemasDiscoverer: Pricer = {
  type: "aws_schemas_discoverer",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyEvents", type: "quantity", unit: "events", description: "Events on the bus that discovery ingests per month (8 KB chunks)." }],
  price(r, lines) {
    lines.add({ name: "Events ingested", unit: "1M events", priceId: "aws/eventbridge/schema-discovery", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyEvents")) });
  },
};
