/**
 * Terraform resource types that cost nothing by themselves: identity, networking configuration, policies, DNS records
 * billed through their zone, and so on. They are listed in reports as free; every other type without a pricer is
 * reported as unpriced with its reason.
 */
export const FREE_TYPES: ReadonlySet<string> = new Set([
  // google: identity and access
  "google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy", "google_service_account",
  "google_service_account_iam_member", "google_service_account_iam_binding", "google_service_account_key",
  "google_storage_bucket_iam_member", "google_storage_bucket_iam_binding", "google_storage_bucket_iam_policy",
  "google_pubsub_topic_iam_member", "google_pubsub_subscription_iam_member", "google_bigquery_dataset_iam_member",
  "google_bigquery_table_iam_member", "google_cloudfunctions_function_iam_member", "google_cloudfunctions2_function_iam_member",
  "google_project_service", "google_project_iam_custom_role", "google_organization_iam_member",
  // google: networking configuration
  "google_compute_network", "google_compute_subnetwork", "google_compute_firewall", "google_compute_route",
  "google_compute_router", "google_compute_health_check", "google_compute_http_health_check", "google_compute_https_health_check",
  "google_compute_url_map", "google_compute_target_http_proxy", "google_compute_target_https_proxy",
  "google_compute_ssl_certificate", "google_compute_managed_ssl_certificate", "google_compute_ssl_policy",
  "google_compute_security_policy", "google_compute_network_peering", "google_compute_instance_template",
  "google_compute_region_instance_template", "google_compute_resource_policy", "google_compute_project_metadata",
  "google_dns_record_set", "google_compute_backend_bucket_signed_url_key", "google_dataproc_autoscaling_policy", "google_compute_global_network_endpoint_group",
  // google: configuration of priced services
  "google_storage_bucket_object", "google_storage_bucket_acl", "google_storage_default_object_acl", "google_storage_notification",
  "google_bigquery_dataset_access", "google_pubsub_schema", "google_app_engine_application", "google_vertex_ai_endpoint_iam_member",
  "google_container_registry", "google_kms_key_ring", "google_logging_project_sink", "google_monitoring_notification_channel",
  "google_monitoring_alert_policy", "google_monitoring_dashboard",
  // aws: identity and access
  "aws_iam_role", "aws_iam_policy", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_user",
  "aws_iam_group", "aws_iam_user_policy", "aws_iam_instance_profile", "aws_iam_policy_attachment", "aws_iam_service_linked_role",
  // aws: networking configuration
  "aws_vpc", "aws_subnet", "aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule", "aws_route_table", "aws_route", "aws_route_table_association",
  "aws_internet_gateway", "aws_network_acl", "aws_network_acl_rule", "aws_default_security_group", "aws_default_route_table",
  "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_key_pair", "aws_launch_template",
  // aws: configuration of priced services
  "aws_s3_bucket_policy", "aws_s3_bucket_versioning", "aws_s3_bucket_lifecycle_configuration",
  "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_acl",
  "aws_s3_bucket_ownership_controls", "aws_s3_bucket_cors_configuration", "aws_s3_bucket_notification", "aws_s3_bucket_logging",
  "aws_s3_bucket_intelligent_tiering_configuration",
  "aws_ecs_cluster", "aws_ecs_task_definition", "aws_ecs_cluster_capacity_providers", "aws_lambda_permission",
  "aws_lambda_alias", "aws_lambda_event_source_mapping", "aws_cloudfront_origin_access_identity",
  "aws_cloudfront_origin_access_control", "aws_cloudfront_cache_policy", "aws_cloudfront_origin_request_policy",
  "aws_cloudfront_response_headers_policy", "aws_elasticache_subnet_group", "aws_elasticache_parameter_group",
  "aws_msk_configuration", "aws_kinesis_stream_consumer", "aws_volume_attachment", "aws_ecs_capacity_provider", "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_cloudwatch_log_group",
  "aws_cloudwatch_metric_alarm", "aws_sns_topic_subscription", "aws_db_subnet_group", "aws_db_parameter_group",
  // aws: settings of priced compute and databases (billed through the group, cluster or instance they configure)
  "aws_launch_configuration", "aws_autoscaling_policy", "aws_rds_cluster_parameter_group", "aws_db_option_group",
  "aws_opensearch_domain_policy",
  // terraform built-ins
  "terraform_data", "null_resource", "random_id", "random_string", "random_password", "random_pet", "time_sleep",
]);
