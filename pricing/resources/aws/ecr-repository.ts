import { Pricer } from "../../pricer";

/**
 * `aws_ecr_repository`: `Storage`: GB-months of images from the usage `storageGb`; without usage the line depends on
 * usage. Data transfer out to the internet or other regions is not included (pulls within the region are free).
 */
export const ecrRepository: Pricer = {
  type: "aws_ecr_repository",
  provider: "aws",
  category: "storage",
  usage: [
    { name: "storageGb", type: "quantity", unit: "GB-months", description: "Average GB of images stored in the repository." },
  ],
  price(r, lines) {
    lines.add({ name: "Storage", unit: "GB-months", priceId: "aws/ecr/storage", quantity: r.usage.quantity("storageGb"), usageBased: true });
  },
};
