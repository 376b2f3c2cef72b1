import { FREE_TYPES } from "../../pricing/free-types";
import { ALL_PRICERS } from "../../pricing/resources";

describe("the free list", () => {
  test("has no type that a pricer prices (a priced type on the free list would be reported as free, a silent zero)", () => {
    const both = ALL_PRICERS.map((p) => p.type).filter((t) => FREE_TYPES.has(t)).sort();
    expect(both).toEqual([]);
  });

  test("keeps billed AWS types off the list", () => {
    for (const billed of ["aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm", "aws_kms_key", "aws_route53_zone", "aws_secretsmanager_secret", "aws_eip", "aws_nat_gateway", "aws_lb", "aws_vpc_endpoint"]) {
      expect(FREE_TYPES.has(billed)).toBe(false);
    }
  });
});
