import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_secretsmanager_secret`:
 * - `Secret (<n> copies)`: one secret-month for the secret and one for each `replica` (AWS bills each replica as a secret).
 * - `API calls`: `monthlyApiCalls` ÷ 10,000; without usage the line depends on usage.
 * Secrets pending deletion are not billed; the 30-day free trial of a new secret is not deducted.
 */
export const secretsmanagerSecret: Pricer = {
  type: "aws_secretsmanager_secret",
  provider: "aws",
  category: "other",
  usage: [
    { name: "monthlyApiCalls", type: "quantity", unit: "requests", description: "Secrets Manager API calls for the secret per month (GetSecretValue and the rest)." },
  ],
  price(r, lines) {
    lines.line("Secret", () => {
      const copies = 1 + r.attrs.blocks("replica").length;
      lines.add({ name: copies === 1 ? "Secret (1 copy)" : `Secret (${copies} copies)`, unit: "secret-months", priceId: "aws/secretsmanager/secret", quantity: fixed(copies) });
    });
    const calls = r.usage.quantity("monthlyApiCalls");
    lines.add({ name: "API calls", unit: "10K requests", priceId: "aws/secretsmanager/api-calls", quantity: calls === undefined ? undefined : scaleRange(calls, "0.0001"), usageBased: true });
  },
};
