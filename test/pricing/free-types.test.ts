import { FREE_FAMILIES, FREE_TYPES, isFreeType } from "../../pricing/free-types";
import { DEFAULT_REGISTRY } from "../../pricing/resources";

describe("the free list", () => {
  test("has no type that a pricer prices (a priced type on the free list would be reported as free, a silent zero)", () => {
    expect(DEFAULT_REGISTRY.types().filter((t) => FREE_TYPES.has(t))).toEqual([]);
  });

  test("has no family that a priced type belongs to", () => {
    expect(DEFAULT_REGISTRY.types().filter((t) => FREE_FAMILIES.some((f) => f.pattern.test(t)))).toEqual([]);
  });

  test("frees IAM grants on any Google resource and any AWS IAM type, by family", () => {
    for (const t of ["google_dns_managed_zone_iam_binding", "google_dns_managed_zone_iam_member", "google_dns_managed_zone_iam_policy", "google_spanner_database_iam_member", "aws_iam_role", "aws_iam_role_policy_attachment", "aws_iam_openid_connect_provider"]) {
      expect([t, isFreeType(t)]).toEqual([t, true]);
    }
  });

  test("keeps what a family's name only resembles billed or unknown: audit logging configuration, IAM Access Analyzer, look-alike prefixes", () => {
    for (const t of ["google_project_iam_audit_config", "google_organization_iam_audit_config", "aws_accessanalyzer_analyzer", "google_iam_workload_identity_pool", "aws_iam", "googlex_project_iam_member", "google_dns_managed_zone"]) {
      expect([t, isFreeType(t)]).toEqual([t, false]);
    }
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

  test("lists the configuration types public examples put beside priced resources (IAM on secrets and Cloud Run, router peers, HA VPN gateways, API mappings, EventBridge rules, S3 objects)", () => {
    for (const t of [
      "google_secret_manager_secret_iam_member", "google_cloud_run_v2_job_iam_binding", "google_project_service_identity",
      "google_compute_region_health_check", "google_compute_router_interface", "google_compute_router_peer",
      "google_compute_ha_vpn_gateway", "google_bigquery_reservation_assignment", "aws_autoscaling_attachment",
      "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target", "aws_apigatewayv2_domain_name", "aws_apigatewayv2_api_mapping",
      "aws_apigatewayv2_authorizer", "aws_secretsmanager_secret_rotation", "aws_s3_object", "aws_placement_group", "aws_network_interface",
      "google_sql_database", "google_sql_user", "google_tags_tag_key", "google_compute_region_backend_service",
      "google_service_networking_connection", "google_cloud_run_service_iam_policy", "tls_private_key", "tls_self_signed_cert",
      "google_compute_disk_resource_policy_attachment", "google_os_login_ssh_public_key",
    ]) {
      expect([t, FREE_TYPES.has(t)]).toEqual([t, true]);
    }
  });

  test("lists the Google IAM and routing configuration of public samples (key and topic IAM, TCP/SSL proxies, target pools, fleet scopes, metrics scopes)", () => {
    for (const t of [
      "google_kms_crypto_key_iam_member", "google_kms_crypto_key_iam_binding", "google_pubsub_topic_iam_binding",
      "google_bigquery_table_iam_policy", "google_compute_target_tcp_proxy", "google_compute_target_ssl_proxy",
      "google_compute_target_pool", "google_compute_region_network_endpoint_group", "google_gke_hub_scope_rbac_role_binding",
      "google_monitoring_monitored_project", "google_sql_ssl_cert",
    ]) {
      expect([t, FREE_TYPES.has(t)]).toEqual([t, true]);
    }
  });

  test("keeps their billed Google neighbours off the list (Autokey key handles create keys, reservations and sole-tenant nodes bill VMs, packet mirroring bills data, CA pools bill CAs)", () => {
    for (const t of ["google_kms_key_handle", "google_compute_reservation", "google_compute_node_group", "google_compute_packet_mirroring", "google_privateca_ca_pool", "google_privateca_certificate_authority", "google_compute_disk_async_replication", "google_workflows_workflow"]) {
      expect([t, FREE_TYPES.has(t)]).toEqual([t, false]);
    }
  });

  test("keeps the billed neighbours of those off the list (VPN tunnels, slot reservations, REST API stages with caches, capacity reservations, Cloud Map namespaces)", () => {
    for (const t of ["google_compute_vpn_tunnel", "google_bigquery_reservation", "aws_api_gateway_stage", "aws_ec2_capacity_reservation", "aws_service_discovery_public_dns_namespace", "aws_service_discovery_private_dns_namespace"]) {
      expect([t, FREE_TYPES.has(t)]).toEqual([t, false]);
    }
  });
  test("lists the policies and settings of the terraform-aws-modules examples (RBAC users, grants, resource policies, log delivery ends, trust stores, locally built images)", () => {
    for (const t of [
      "aws_elasticache_user", "aws_kms_grant", "aws_efs_file_system_policy", "aws_opensearchserverless_security_policy",
      "aws_redshift_parameter_group", "aws_rds_global_cluster", "aws_cloudwatch_log_delivery_source",
      "aws_cloudwatch_log_delivery_destination", "aws_lb_trust_store", "aws_cloudfront_vpc_origin", "aws_glue_schema",
      "aws_service_discovery_http_namespace", "docker_image", "docker_registry_image",
    ]) {
      expect([t, FREE_TYPES.has(t)]).toEqual([t, true]);
    }
  });

  test("keeps their billed neighbours off the list (the log delivery, serverless collections and caches, replica and external keys, backups, Cloud Map DNS namespaces)", () => {
    for (const t of [
      "aws_cloudwatch_log_delivery", "aws_opensearchserverless_collection", "aws_elasticache_serverless_cache",
      "aws_kms_replica_key", "aws_kms_external_key", "aws_kms_replica_external_key", "aws_efs_backup_policy",
      "aws_efs_replication_configuration", "aws_cognito_user_pool", "aws_cloudfront_function", "aws_dsql_cluster",
      "aws_s3_directory_bucket", "aws_s3tables_table_bucket", "aws_msk_serverless_cluster", "aws_mq_broker",
    ]) {
      expect([t, FREE_TYPES.has(t)]).toEqual([t, false]);
    }
  });
});
