import { FREE_TYPES } from "../../pricing/free-types";
import { DEFAULT_REGISTRY } from "../../pricing/resources";

describe("the free list", () => {
  test("no priced type is also listed as free", () => {
    expect(DEFAULT_REGISTRY.types().filter((t) => FREE_TYPES.has(t))).toEqual([]);
  });

  test("Google types that bill (alerting, KMS keys, DNS zones, Cloud Armor, Container Registry storage) are not free", () => {
    for (const t of ["google_monitoring_alert_policy", "google_kms_crypto_key", "google_dns_managed_zone", "google_compute_security_policy", "google_container_registry"]) {
      expect(FREE_TYPES.has(t)).toBe(false);
    }
    expect(FREE_TYPES.has("google_kms_key_ring")).toBe(true);
  });
});
