import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { multiplyRanges, Range, scaleRange } from "../../range";

/**
 * `aws_eks_fargate_profile`: the pods an EKS cluster runs on Fargate. The profile itself has no fee; Fargate bills each
 * pod by the hour for the vCPU and memory it is given, at the same rates as ECS tasks (https://aws.amazon.com/fargate/pricing/,
 * Linux/x86: EKS on Fargate runs x86 pods only). How many pods the profile's selectors match, and their sizes, are
 * set in Kubernetes, not in Terraform, so both lines depend on usage:
 * - `Fargate vCPU (X86_64)`: pods × podVcpu × 730 hours.
 * - `Fargate memory (X86_64)`: pods × podMemoryGib × 730 hours.
 * The size is the one Fargate bills (the pod's `CapacityProvisioned` annotation): its requests rounded up to a
 * Fargate configuration, memory including the 256 MB Fargate adds for the kubelet and kube-proxy.
 */
export const eksFargateProfile: Pricer = {
  type: "aws_eks_fargate_profile",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "pods", type: "quantity", unit: "pods", description: "Pods the profile runs, on average over the month." },
    { name: "podVcpu", type: "quantity", unit: "vCPU", description: "vCPU Fargate bills each pod for (its CapacityProvisioned annotation, e.g. 0.25)." },
    { name: "podMemoryGib", type: "quantity", unit: "GiB", description: "Memory Fargate bills each pod for, in GiB (its CapacityProvisioned annotation, e.g. 0.5)." },
  ],
  price(r, lines) {
    const pods = r.usage.quantity("pods");
    const perPod = (key: string): Range | undefined => {
      const size = r.usage.quantity(key);
      return pods && size ? scaleRange(multiplyRanges(pods, size), HOURS_PER_MONTH) : undefined;
    };
    lines.add({ name: "Fargate vCPU (X86_64)", unit: "vCPU-hours", priceId: "aws/fargate/vcpu-x86", usageBased: true, quantity: perPod("podVcpu") });
    lines.add({ name: "Fargate memory (X86_64)", unit: "GB-hours", priceId: "aws/fargate/memory-x86", usageBased: true, quantity: perPod("podMemoryGib") });
  },
};
