import { Unpriceable } from "../../errors";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed, perMillion } from "../../range";

/** The rules of the web ACL: its `rule` blocks, or the entries of `rule_json` (a JSON list) when that is used instead. */
function ruleCount(r: ResourceInput): number {
  const blocks = r.attrs.blocks("rule");
  const json = r.attrs.str("rule_json");
  if (json === undefined || json === "") return blocks.length;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Unpriceable("rule_json is not valid JSON, so the rules cannot be counted; fix the value in the configuration");
  }
  if (!Array.isArray(parsed)) throw new Unpriceable("rule_json is not a JSON list of rules, so the rules cannot be counted");
  return parsed.length;
}

/**
 * `aws_wafv2_web_acl` (regional or CloudFront scope; one price everywhere):
 * - `Web ACL`: 1 web-ACL-month.
 * - `Rules (<n>)`: one rule-month per rule (`rule` blocks or `rule_json`); a rule that references a rule group or a
 *   managed rule group counts as one rule.
 * - `Requests`: `monthlyRequests` ÷ 1,000,000; without usage the line depends on usage.
 * Managed rule groups with their own subscription or request fees (Bot Control, Fraud Control, AWS Marketplace
 * groups) and request inspection beyond 1,500 WCUs or the default body size are not included.
 */
export const wafv2WebAcl: Pricer = {
  type: "aws_wafv2_web_acl",
  provider: "aws",
  category: "network",
  usage: [
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Web requests the web ACL inspects per month." },
  ],
  price(r, lines) {
    lines.add({ name: "Web ACL", unit: "web-ACL-months", priceId: "aws/waf/web-acl", quantity: fixed(1) });
    lines.line("Rules", () => {
      const rules = ruleCount(r);
      if (rules > 0) lines.add({ name: `Rules (${rules})`, unit: "rule-months", priceId: "aws/waf/rule", quantity: fixed(rules) });
    });
    const requests = r.usage.quantity("monthlyRequests");
    lines.add({ name: "Requests", unit: "1M requests", priceId: "aws/waf/requests", quantity: perMillion(requests), usageBased: true });
  },
};
