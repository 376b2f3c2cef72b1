import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_sqs_queue`: `Requests (<standard|FIFO>)`: `monthlyRequests` ÷ 1,000,000 (every API action counts; each 64 KB
 * chunk of a payload is one request); without usage the line depends on usage. FIFO queues (`fifo_queue = true`) have
 * their own rate. The free tier (1 million requests a month) and the lower rates beyond 100 billion requests are not
 * applied; data transfer out of the region is not included.
 */
export const sqsQueue: Pricer = {
  type: "aws_sqs_queue",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "SQS requests per month (send, receive, delete, change visibility…; each 64 KB chunk of a payload counts as one)." },
  ],
  price(r, lines) {
    lines.line("Requests", () => {
      const fifo = r.attrs.bool("fifo_queue") === true;
      const requests = r.usage.quantity("monthlyRequests");
      lines.add({
        name: `Requests (${fifo ? "FIFO" : "standard"})`, unit: "1M requests", priceId: fifo ? "aws/sqs/requests-fifo" : "aws/sqs/requests-standard",
        quantity: perMillion(requests), usageBased: true,
      });
    });
  },
};
