import { Pricer } from "../../pricer";

/**
 * `aws_codedeploy_deployment_group` (https://aws.amazon.com/codedeploy/pricing/): deployments to EC2 instances, Lambda
 * functions and ECS services cost nothing (no lines: reported as free). A group that targets on-premises instances
 * (`on_premises_instance_tag_filter` or `on_premises_instance_tag_set`) bills each instance update:
 * `On-premises instance updates`, usage `monthlyOnPremisesUpdates`. Without usage the line depends on usage.
 */
export const codedeployDeploymentGroup: Pricer = {
  type: "aws_codedeploy_deployment_group",
  provider: "aws",
  category: "other",
  usage: [{ name: "monthlyOnPremisesUpdates", type: "quantity", unit: "instance updates", description: "On-premises instances updated by the group's deployments per month (instances × deployments)." }],
  price(r, lines) {
    const onPremises = r.attrs.blocks("on_premises_instance_tag_filter").length > 0 || r.attrs.blocks("on_premises_instance_tag_set").length > 0;
    if (!onPremises) return;
    lines.add({ name: "On-premises instance updates", unit: "instance updates", priceId: "aws/codedeploy/on-premises-updates", usageBased: true, quantity: r.usage.quantity("monthlyOnPremisesUpdates") });
  },
};
