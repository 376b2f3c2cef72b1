import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_wafv2_web_acl", () => {
  const report = pricerGolden(__filename, "wafv2-web-acl");
  const names = (a: string) => resourceOf(report, a).components.map((c) => c.name);

  test("a web ACL-month, one rule-month per rule block or rule_json entry, requests from usage", () => {
    expect(resourceOf(report, "aws_wafv2_web_acl.main").monthlyCost.expected).toBe("13"); // 5 + 2 + 10 × 0.6
    expect(names("aws_wafv2_web_acl.json")).toEqual(["Web ACL", "Rules (3)", "Requests"]);
    expect(resourceOf(report, "aws_wafv2_web_acl.json").monthlyCost.expected).toBe("8");
  });

  test("a web ACL without rules has no rule line", () => {
    expect(names("aws_wafv2_web_acl.empty")).toEqual(["Web ACL", "Requests"]);
    expect(report.monthlyCost.expected).toBe("26");
  });
});
