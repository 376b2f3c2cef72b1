import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_eks_fargate_profile", () => {
  const report = pricerGolden(__filename, "eks-fargate-profile");
  const lines = (a: string) => resourceOf(report, a).components.map((c) => [c.name, c.monthlyQuantity?.expected, c.monthlyCost?.expected]);

  test("pods × their billed vCPU and memory × 730 hours, at the region's Fargate rates", () => {
    expect(lines("aws_eks_fargate_profile.web")).toEqual([
      ["Fargate vCPU (X86_64)", "1825", "73.876"], // 10 × 0.25 × 730 × 0.04048
      ["Fargate memory (X86_64)", "3650", "16.22425"], // 10 × 0.5 × 730 × 0.004445
    ]);
    expect(resourceOf(report, "aws_eks_fargate_profile.ireland").monthlyCost.expected).toBe("72.0802"); // 59.1008 + 12.9794
    expect(report.monthlyCost.expected).toBe("162.18045");
  });

  test("without usage both lines show their unit price and depend on usage; a region without a Fargate price is unpriced naming it", () => {
    expect(resourceOf(report, "aws_eks_fargate_profile.idle").components.map((c) => [c.dependsOnUsage, c.unitPrice])).toEqual([[true, "0.04048"], [true, "0.004445"]]);
    const oregon = report.unpriced.filter((u) => u.address === "aws_eks_fargate_profile.oregon");
    expect(oregon.map((u) => u.component)).toEqual(["Fargate memory (X86_64)", "Fargate vCPU (X86_64)"]);
    for (const u of oregon) expect(u.reason).toMatch(/^no price for aws\/fargate\/(vcpu|memory)-x86 in us-west-2; the price books have it for .*eu-west-1.*us-east-1/);
  });
});
