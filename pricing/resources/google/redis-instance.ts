import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";
import { ownValue } from "../../own";

const TIERS: Record<string, "basic" | "standard"> = { BASIC: "basic", STANDARD_HA: "standard" };

/** Memorystore capacity bands by provisioned size (GB): M1 1–4, M2 5–10, M3 11–35, M4 36–100, M5 over 100. */
function bandOf(sizeGb: number): string {
  if (sizeGb <= 4) return "M1";
  if (sizeGb <= 10) return "M2";
  if (sizeGb <= 35) return "M3";
  if (sizeGb <= 100) return "M4";
  return "M5";
}

/**
 * `google_redis_instance` (Memorystore for Redis): provisioned capacity × 730 hours at the per-GiB-hour rate of the
 * tier (`BASIC`, `STANDARD_HA`) and of the capacity band the whole size falls in (M1–M5; the band's rate applies to every
 * GiB, as Google bills it). The Standard-tier rate covers the primary and its replica.
 *
 * With `read_replicas_mode = READ_REPLICAS_ENABLED`, Google bills per node instead (primary + `replica_count` read
 * replicas, SKUs "Redis Standard Node Capacity M2–M5"); those rates are not in the price book yet, so that line is
 * reported as unpriced with the reason rather than guessed.
 *
 * Category `data`: a managed data store billed by provisioned memory, whatever it is used for. A cache layer that the
 * seed's breakdown counts under CDN/streaming can be recategorised by its construct (`"//".cost.category = "cdn"`).
 * Committed-use discounts (M2–M5) are discounts in an override book, not list prices. Network egress is not modelled.
 */
export const redisInstance: Pricer = {
  type: "google_redis_instance",
  provider: "google",
  category: "data",
  usage: [],
  price(r, lines) {
    const tierValue = r.attrs.str("tier") ?? "BASIC";
    const tier = ownValue(TIERS, tierValue);
    if (!tier) throw new Unpriceable(`unknown Memorystore tier "${tierValue}"; costkit prices BASIC and STANDARD_HA`);
    const readReplicas = r.attrs.str("read_replicas_mode") === "READ_REPLICAS_ENABLED";
    if (readReplicas && tier !== "standard") throw new Unpriceable("read replicas need tier STANDARD_HA");

    lines.line(`Redis capacity (${tier})`, () => {
      const size = r.attrs.num("memory_size_gb");
      if (size === undefined) throw new Unpriceable("memory_size_gb is not set");
      if (size < 1) throw new Unpriceable(`memory_size_gb is ${size}; Memorystore for Redis instances have at least 1 GB`);
      const band = bandOf(size);
      const gibHours = money(size).times(HOURS_PER_MONTH);
      if (!readReplicas) {
        lines.add({ name: `Redis capacity (${tier}, ${band})`, unit: "GiB-hours", priceId: `google/redis/${tier}-${band.toLowerCase()}`, quantity: fixed(gibHours) });
        return;
      }
      const replicas = r.attrs.num("replica_count");
      if (replicas === undefined) throw new Unpriceable("read replicas are enabled but replica_count is not set");
      const nodes = 1 + replicas;
      lines.add({
        name: `Redis nodes (standard, ${band}, ${nodes} nodes)`, unit: "GiB-hours",
        priceId: `google/redis/standard-node-capacity-${band.toLowerCase()}`, quantity: fixed(gibHours.times(nodes)),
      });
    });
  },
};
