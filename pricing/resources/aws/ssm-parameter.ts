import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_ssm_parameter` (https://aws.amazon.com/systems-manager/pricing/, Parameter Store): a Standard parameter costs
 * nothing (no lines: reported as free). An Advanced parameter bills:
 * - `Advanced parameter`: 730 parameter-hours (AWS prorates its monthly charge hourly).
 * - `API interactions`: usage `monthlyApiCalls` ÷ 10,000.
 * With `tier = "Intelligent-Tiering"` AWS makes the parameter Advanced when its value is over 4 KB or it has policies;
 * costkit reads the value's length, and a value unknown before apply makes the parameter unpriced with the reason.
 */
export const ssmParameter: Pricer = {
  type: "aws_ssm_parameter",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyApiCalls", type: "quantity", unit: "requests", description: "GetParameter and other API calls on the advanced parameter per month." }],
  price(r, lines) {
    const tier = (r.attrs.str("tier") ?? "Standard").toLowerCase();
    let advanced: boolean;
    if (tier === "standard") advanced = false;
    else if (tier === "advanced") advanced = true;
    else if (tier === "intelligent-tiering") {
      const value = r.attrs.str("value") ?? r.attrs.str("insecure_value") ?? "";
      advanced = Buffer.byteLength(value, "utf8") > 4096;
    } else throw new Unpriceable(`unknown tier "${r.attrs.str("tier")}" (Standard, Advanced or Intelligent-Tiering)`);
    if (!advanced) return;
    lines.add({ name: "Advanced parameter", unit: "hours", priceId: "aws/ssm/advanced-parameter", quantity: scaleRange(fixed(1), HOURS_PER_MONTH) });
    const calls = r.usage.quantity("monthlyApiCalls");
    lines.add({ name: "API interactions", unit: "10K requests", priceId: "aws/ssm/parameter-api-interactions", usageBased: true, quantity: calls === undefined ? undefined : scaleRange(calls, "0.0001") });
  },
};
