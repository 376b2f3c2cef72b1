import { unpricedSummary } from "../../report/unpriced-summary";

const u = (address: string, type: string, reason: string) => ({ address, type, reason });

describe("the one-line summary of what was not priced", () => {
  test("says nothing when everything was priced", () => {
    expect(unpricedSummary([])).toBeUndefined();
  });

  test("groups by reason, largest first, and names the types that have no pricer, most frequent first", () => {
    const line = unpricedSummary([
      u("aws_foo.a", "aws_foo", "costkit has no pricer for aws_foo yet"),
      u("aws_foo.b", "aws_foo", "costkit has no pricer for aws_foo yet"),
      u("aws_bar.a", "aws_bar", "costkit has no pricer for aws_bar yet"),
      u("aws_instance.x", "aws_instance", "the number of instances is not known before apply: aws_instance.x.count"),
      u("aws_instance.y", "aws_instance", "no price for aws/ec2/m5.large in eu-west-3; the price books have it for us-east-1"),
      u("module.vpc", "module", "costkit does not expand modules (terraform-aws-modules/vpc/aws)"),
      u("aws_thing.z", "aws_thing", "something else entirely"),
    ]);
    expect(line).toBe("Not priced: 7 lines: no pricer yet 3 (aws_foo ×2, aws_bar), known only after apply 1, modules not read 1, no price in the region 1, other 1");
  });

  test("one line is said in the singular; more than five types without a pricer are counted, not listed", () => {
    expect(unpricedSummary([u("a.b", "a", "weird")])).toBe("Not priced: 1 line: other 1");
    const many = ["t1", "t2", "t3", "t4", "t5", "t6", "t7"].map((t) => u(`${t}.x`, t, `costkit has no pricer for ${t} yet`));
    expect(unpricedSummary(many)).toBe("Not priced: 7 lines: no pricer yet 7 (t1, t2, t3, t4, t5, 2 more types)");
  });
});
