import { FREE_TYPES } from "../../pricing/free-types";
import { DEFAULT_REGISTRY } from "../../pricing/resources";

describe("the free list", () => {
  test("has no type that a pricer prices (a priced type on the free list would be reported as free, a silent zero)", () => {
    expect(DEFAULT_REGISTRY.types().filter((t) => FREE_TYPES.has(t))).toEqual([]);
  });

  test("keeps billed AWS types off the list", () => {
    for (const billed of ["aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm", "aws_kms_key", "aws_route53_zone", "aws_secretsmanager_secret", "aws_eip", "aws_nat_gateway", "aws_lb", "aws_vpc_endpoint"]) {
      expect(FREE_TYPES.has(billed)).toBe(false);
    }
  });

  test("keeps billed Google types off the list (alerting, KMS keys, DNS zones, Cloud Armor, Container Registry storage)", () => {
    for (const t of ["google_monitoring_alert_policy", "google_kms_crypto_key", "google_dns_managed_zone", "google_compute_security_policy", "google_container_registry"]) {
      expect(FREE_TYPES.has(t)).toBe(false);
    }
    expect(FREE_TYPES.has("google_kms_key_ring")).toBe(true);
  });
});
