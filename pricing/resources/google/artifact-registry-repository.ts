import { Pricer } from "../../pricer";

/**
 * `google_artifact_registry_repository`: stored artifacts per GiB-month from usage (`storageGib`). The first 0.5 GB
 * per billing account is free and left out. Data transfer out of the region is not modelled.
 */
export const artifactRegistryRepository: Pricer = {
  type: "google_artifact_registry_repository",
  provider: "google",
  category: "storage",
  usage: [{ name: "storageGib", type: "quantity", unit: "GiB", description: "Average artifact storage over the month." }],
  region: () => "global",
  price(r, lines) {
    lines.add({ name: "Storage", unit: "GiB-months", priceId: "google/artifact-registry/storage", quantity: r.usage.quantity("storageGib"), usageBased: true });
  },
};
