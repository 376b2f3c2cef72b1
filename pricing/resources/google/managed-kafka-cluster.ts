import { Unpriceable } from "../../errors";
import { decimalText, HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/** Data Compute Units per vCPU and per GiB of RAM (https://cloud.google.com/managed-service-for-apache-kafka/pricing). */
const DCU_PER_VCPU = "0.6";
const DCU_PER_GIB = "0.1";
const GIB = 1024 ** 3;

const STORAGE_HINT =
  "Managed Kafka storage rates are in no source costkit's books are built from: add it from " +
  "https://cloud.google.com/managed-service-for-apache-kafka/pricing in a list book given with --price-book";

/**
 * `google_managed_kafka_cluster` (Managed Service for Apache Kafka):
 *
 * - **Compute**: the cluster's `capacity_config` in Data Compute Units, 0.6 DCU per vCPU (`vcpu_count`) plus 0.1 DCU per
 *   GiB of RAM (`memory_bytes` / 2^30), × 730 hours, at the region's DCU-hour rate.
 * - **Storage**: broker local storage (provisioned automatically, about 100 GB per vCPU by Google's guide) and long-term
 *   storage (the data the topics retain, `storageGib`), at rates no source of the books has: unpriced with the reason.
 *
 * Not modelled: inter-zone data transfer for replication and Private Service Connect charges.
 */
export const managedKafkaCluster: Pricer = {
  type: "google_managed_kafka_cluster",
  provider: "google",
  category: "data",
  usage: [{ name: "storageGib", type: "quantity", unit: "GiB", description: "Data the cluster's topics retain (one replica is billed), as an average over the month." }],
  price(r, lines) {
    lines.line("Compute", () => {
      const vcpus = r.attrs.num("capacity_config.vcpu_count");
      const bytes = r.attrs.num("capacity_config.memory_bytes");
      if (vcpus === undefined || bytes === undefined) throw new Unpriceable("capacity_config.vcpu_count and memory_bytes must be set");
      const gib = money(bytes).div(GIB);
      const dcus = money(vcpus).times(DCU_PER_VCPU).plus(gib.times(DCU_PER_GIB));
      lines.add({
        name: `Compute (${vcpus} vCPU, ${decimalText(gib)} GiB = ${decimalText(dcus)} DCU)`, unit: "DCU-hours", priceId: "google/managed-kafka/dcu",
        quantity: fixed(dcus.times(HOURS_PER_MONTH)),
      });
    });
    lines.add({ name: "Broker local storage", unit: "GiB-months", priceId: "google/managed-kafka/local-storage", quantity: undefined, usageBased: true, missingPriceHint: STORAGE_HINT });
    lines.add({ name: "Long-term storage", unit: "GiB-months", priceId: "google/managed-kafka/long-term-storage", quantity: r.usage.quantity("storageGib"), usageBased: true, missingPriceHint: STORAGE_HINT });
  },
};
