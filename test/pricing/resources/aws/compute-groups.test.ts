import { pricerGolden, resourceOf } from "../../../helpers/golden";
import { inExtendedSupport } from "../../../../pricing/resources/aws/eks-cluster";

describe("aws_autoscaling_group, aws_eks_cluster, aws_eks_node_group", () => {
  const report = pricerGolden(__filename, "compute-groups");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("an ASG runs min..max instances of its launch template's type, expected at desired_capacity, with the template's volumes", () => {
    expect(cost("aws_autoscaling_group.web")).toEqual({ min: "148.16", expected: "222.24", max: "444.48" });
    expect(resourceOf(report, "aws_autoscaling_group.web").components.map((c) => c.name)).toEqual([
      "Instance usage (Linux/UNIX, on-demand, m5.large)", "Storage (/dev/xvda, gp3)",
    ]);
  });

  test("a mixed instances policy is priced at its first override; without desired_capacity the expected size is the minimum", () => {
    expect(cost("aws_autoscaling_group.mixed")).toEqual({ min: "62.85", expected: "62.85", max: "188.55" });
    expect(resourceOf(report, "aws_autoscaling_group.mixed").components[0].name).toBe("Instance usage (Linux/UNIX, on-demand, c5.large)");
  });

  test("Spot shares and templates outside the document are unpriced with the reason", () => {
    expect(reasons("aws_autoscaling_group.spot")).toMatch(/100 % of the instances above the on-demand base run on Spot/);
    expect(cost("aws_autoscaling_group.spot").expected).toBe("1.6");
    expect(reasons("aws_autoscaling_group.external")).toMatch(/launch template "shared-template" is not in this document/);
  });

  test("EKS: 0.10 per cluster-hour, 0.60 for a version past standard support", () => {
    expect(cost("aws_eks_cluster.old").expected).toBe("438");
    expect(resourceOf(report, "aws_eks_cluster.old").components[0].name).toBe("EKS cluster (extended support)");
    expect(cost("aws_eks_cluster.current").expected).toBe("73");
    expect([inExtendedSupport("1.29.3"), inExtendedSupport("1.21"), inExtendedSupport("1.35"), inExtendedSupport("1.40")]).toEqual([true, true, false, false]);
  });

  test("node groups: scaling_config range, instance_types or the template, EKS defaults (t3.medium, 20 GB), GPU types are ml", () => {
    expect(cost("aws_eks_node_group.default")).toEqual({ min: "32.368", expected: "64.736", max: "129.472" });
    expect(cost("aws_eks_node_group.gpu")).toEqual({ min: "0", expected: "744.38", max: "1488.76" });
    expect(resourceOf(report, "aws_eks_node_group.gpu").category).toBe("ml");
    expect(cost("aws_eks_node_group.templated").expected).toBe("148.16");
    expect(reasons("aws_eks_node_group.spot")).toMatch(/capacity_type SPOT/);
    expect(report.monthlyCost).toEqual({ min: "906.138", expected: "1756.966", max: "2914.022" });
  });
});
