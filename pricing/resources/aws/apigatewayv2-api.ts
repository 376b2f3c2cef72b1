import { Unpriceable } from "../../errors";
import { Pricer } from "../../pricer";
import { perMillion } from "../../range";


/**
 * `aws_apigatewayv2_api`, by `protocol_type`, all from usage (without usage each line depends on usage):
 * - HTTP: `Requests (HTTP)`: `monthlyRequests` ÷ 1M (metered in 512 KB increments), tiered at 300 million a month.
 * - WEBSOCKET: `Messages (WebSocket)`: `monthlyMessages` ÷ 1M (metered in 32 KB increments), tiered at 1 billion, and
 *   `Connection minutes (WebSocket)`: `monthlyConnectionMinutes` ÷ 1M.
 * AWS counts the tiers over the account's APIs in the region; costkit applies them per API.
 */
export const apigatewayv2Api: Pricer = {
  type: "aws_apigatewayv2_api",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Requests per month to an HTTP API (each 512 KB of a request counts as one)." },
    { name: "monthlyMessages", type: "quantity", unit: "messages", description: "Messages sent and received per month by a WebSocket API (each 32 KB counts as one)." },
    { name: "monthlyConnectionMinutes", type: "quantity", unit: "minutes", description: "Connection minutes per month of a WebSocket API (connections × minutes connected)." },
  ],
  price(r, lines) {
    const protocol = (r.attrs.str("protocol_type") ?? "").toUpperCase();
    if (protocol === "HTTP") {
      lines.add({ name: "Requests (HTTP)", unit: "1M requests", priceId: "aws/apigateway/http-requests", quantity: perMillion(r.usage.quantity("monthlyRequests")), usageBased: true });
    } else if (protocol === "WEBSOCKET") {
      lines.add({ name: "Messages (WebSocket)", unit: "1M messages", priceId: "aws/apigateway/websocket-messages", quantity: perMillion(r.usage.quantity("monthlyMessages")), usageBased: true });
      lines.add({ name: "Connection minutes (WebSocket)", unit: "1M connection-minutes", priceId: "aws/apigateway/websocket-connection-minutes", quantity: perMillion(r.usage.quantity("monthlyConnectionMinutes")), usageBased: true });
    } else {
      throw new Unpriceable(`protocol_type ${protocol === "" ? "is not set" : `"${protocol}" is unknown`}; API Gateway v2 APIs are HTTP or WEBSOCKET`);
    }
  },
};
