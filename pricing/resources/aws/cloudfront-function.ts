import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_cloudfront_function`: `Invocations`, usage `monthlyInvocations` ÷ 1,000,000 at the CloudFront Functions rate
 * (https://aws.amazon.com/cloudfront/pricing/; one rate for every edge location, the free tier of 2 million a month is
 * not deducted). Without usage the line shows its unit price and depends on usage.
 */
export const cloudfrontFunction: Pricer = {
  type: "aws_cloudfront_function",
  provider: "aws",
  category: "network",
  usage: [{ name: "monthlyInvocations", type: "quantity", unit: "invocations", description: "Viewer requests and responses the function runs on per month." }],
  price(r, lines) {
    lines.add({ name: "Invocations", unit: "1M invocations", priceId: "aws/cloudfront/function-invocations", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyInvocations")) });
  },
};
