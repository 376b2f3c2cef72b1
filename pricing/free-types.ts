/**
 * Terraform resource types that cost nothing by themselves, in groups that say why. Reports list them as free; every
 * other type without a pricer is reported as unpriced with its reason. A type the provider bills never belongs here
 * (test/pricing/free-types.test.ts keeps this list and the pricers apart); docs/coverage.md shows the groups.
 */
export interface FreeGroup {
  /** The provider and what the types are, then why they cost nothing (with the public source where it helps). */
  readonly reason: string;
  readonly types: readonly string[];
}

export const FREE_GROUPS: readonly FreeGroup[] = [
  {
    reason:
      "google: identity and access (IAM, service accounts and enabling APIs are not billed)",
    types: [
      "google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy",
      "google_service_account", "google_service_account_iam_member", "google_service_account_iam_binding",
      "google_service_account_key", "google_storage_bucket_iam_member", "google_storage_bucket_iam_binding",
      "google_storage_bucket_iam_policy", "google_pubsub_topic_iam_member", "google_pubsub_subscription_iam_member",
      "google_bigquery_dataset_iam_member", "google_bigquery_table_iam_member",
      "google_cloudfunctions_function_iam_member", "google_cloudfunctions2_function_iam_member",
      "google_project_service", "google_project_iam_custom_role", "google_organization_iam_member",
      "google_secret_manager_secret_iam_member", "google_secret_manager_secret_iam_binding",
      "google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding",
      "google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding",
      "google_cloud_run_v2_job_iam_member", "google_cloud_run_v2_job_iam_binding", "google_project_service_identity",
      "google_cloud_run_service_iam_policy", "google_cloud_run_v2_service_iam_policy",
      "google_secret_manager_secret_iam_policy", "google_privateca_ca_pool_iam_member",
    ],
  },
  {
    reason:
      "google: networking configuration. VPC networks, subnets, firewall rules, routes, Cloud Router, " +
      "health checks, URL maps, target proxies, Google-managed certificates and peering are not billed; " +
      "traffic, forwarding rules, NAT and logs they enable are billed by their own resources or usage. A " +
      "regional backend service only groups backends (Cloud CDN, the one billed option of a backend " +
      "service, is global: google_compute_backend_service); a private services connection (service " +
      "networking) is a peering. " +
      "Templates and policies (and their attachments to disks) cost nothing until VMs, snapshots or " +
      "clusters use them; OS Login SSH keys are account settings; record sets are " +
      "billed through their managed zone.",
    types: [
      "google_compute_network", "google_compute_subnetwork", "google_compute_firewall", "google_compute_route",
      "google_compute_router", "google_compute_health_check", "google_compute_http_health_check",
      "google_compute_https_health_check", "google_compute_url_map", "google_compute_target_http_proxy",
      "google_compute_target_https_proxy", "google_compute_ssl_certificate",
      "google_compute_managed_ssl_certificate", "google_compute_ssl_policy", "google_compute_network_peering",
      "google_compute_instance_template", "google_compute_region_instance_template",
      "google_compute_resource_policy", "google_compute_project_metadata", "google_dns_record_set",
      "google_compute_backend_bucket_signed_url_key", "google_dataproc_autoscaling_policy",
      "google_compute_global_network_endpoint_group", "google_compute_region_health_check",
      "google_compute_region_url_map", "google_compute_region_target_http_proxy",
      "google_compute_region_target_https_proxy", "google_compute_router_interface", "google_compute_router_peer",
      "google_compute_region_ssl_certificate", "google_compute_network_peering_routes_config",
      "google_service_networking_connection", "google_compute_region_backend_service",
      "google_compute_disk_resource_policy_attachment", "google_os_login_ssh_public_key",
    ],
  },
  {
    reason:
      "google: configuration of priced services. Objects are billed as their bucket's storage, " +
      "notifications as Pub/Sub messages, an App Engine application through its versions. Key rings are " +
      "free (cloud.google.com/kms/pricing bills key versions and operations, google_kms_crypto_key); the " +
      "Log Router has \"No additional charge\" (cloud.google.com/stackdriver/pricing: a sink's logs are " +
      "billed where they land); notification channels and dashboards are not billed (alerting policies are: " +
      "google_monitoring_alert_policy). Databases and users of a Cloud SQL instance are billed as the " +
      "instance; Resource Manager tags (keys, values, bindings) are not billed. google_container_registry " +
      "is not here: it creates the storage bucket that holds the images.",
    types: [
      "google_storage_bucket_object", "google_storage_bucket_acl", "google_storage_default_object_acl",
      "google_storage_object_acl",
      "google_storage_notification", "google_bigquery_dataset_access", "google_pubsub_schema",
      "google_app_engine_application", "google_vertex_ai_endpoint_iam_member", "google_kms_key_ring",
      "google_logging_project_sink", "google_monitoring_notification_channel", "google_monitoring_dashboard",
      "google_sql_database", "google_sql_user", "google_tags_tag_key", "google_tags_tag_value",
      "google_tags_tag_binding",
    ],
  },
  {
    reason:
      "google: priced through the instance group managers that use them (a template or an autoscaler alone " +
      "runs nothing)",
    types: [
      "google_compute_autoscaler", "google_compute_region_autoscaler",
    ],
  },
  {
    reason:
      "google: Cloud VPN bills each tunnel by the hour (cloud.google.com/network-connectivity/docs/vpn/pricing: " +
      "\"tunnel hourly charge\"), priced on google_compute_vpn_tunnel; the HA VPN gateway and the peer gateway " +
      "that the tunnels attach to have no charge of their own",
    types: [
      "google_compute_ha_vpn_gateway", "google_compute_external_vpn_gateway",
    ],
  },
  {
    reason:
      "google: BigQuery reservation assignments only say which project's queries use a reservation's slots; the " +
      "slots are billed on the reservation",
    types: [
      "google_bigquery_reservation_assignment",
    ],
  },
  {
    reason:
      "google: more identity and access. IAM bindings, members and policies on any resource, deny policies, " +
      "folders and service agents are not billed (https://cloud.google.com/iam/pricing: \"IAM is offered at no " +
      "additional charge\"); the key, topic, table or dataset they grant access to is priced on its own resource",
    types: [
      "google_kms_crypto_key_iam_member", "google_kms_crypto_key_iam_binding", "google_kms_key_ring_iam_member",
      "google_kms_key_ring_iam_binding", "google_pubsub_topic_iam_binding", "google_pubsub_topic_iam_policy",
      "google_pubsub_subscription_iam_binding", "google_bigquery_table_iam_policy", "google_bigquery_table_iam_binding",
      "google_bigquery_dataset_iam_policy", "google_bigquery_dataset_iam_binding", "google_folder_iam_member",
      "google_folder_iam_binding", "google_folder", "google_iam_deny_policy", "google_gke_hub_scope_iam_member",
      "google_artifact_registry_repository_iam_member", "google_dns_managed_zone_iam_member",
      "google_dns_managed_zone_iam_binding", "google_dns_managed_zone_iam_policy", "google_dataform_repository_iam_member",
      "google_dataform_repository_iam_binding", "google_dataform_repository_iam_policy", "google_compute_subnetwork_iam_member",
      "google_compute_subnetwork_iam_binding", "google_compute_subnetwork_iam_policy", "google_iap_web_cloud_run_service_iam_member",
      "google_iap_web_cloud_run_service_iam_binding", "google_iap_web_cloud_run_service_iam_policy",
    ],
  },
  {
    reason:
      "google: more configuration with no charge of its own. TCP, SSL and gRPC target proxies, target pools, regional " +
      "network endpoint groups and per-instance configs only route to or describe billed forwarding rules, backends " +
      "and VMs (as the HTTP(S) proxies and global endpoint groups above); a Cloud Monitoring metrics scope (monitored " +
      "project) only lets one project read another's metrics; fleet scopes, namespaces, scope bindings and their RBAC " +
      "role bindings are team settings of a fleet (the clusters are billed); a Cloud SQL client certificate and a " +
      "Cloud Storage HMAC key are credentials; a BigQuery routine or connection is billed as the queries that run it; " +
      "a Compute Engine preview-feature setting is a switch; Cloud KMS Autokey's folder configuration has no charge " +
      "(https://cloud.google.com/kms/docs/kms-with-autokey: \"There is no additional cost to use Cloud KMS Autokey\"; the keys it " +
      "creates are priced on google_kms_key_handle); a Managed Kafka topic's data is billed as its cluster's storage; " +
      "Shared VPC host and service project attachments and a project's default network tier are project settings (the " +
      "VMs, traffic and addresses that use them are billed on their own resources); an unmanaged instance group only " +
      "groups VMs that are priced as google_compute_instance; VPC Service Controls perimeters, their resources and Access " +
      "Context Manager policies and levels are access configuration with no price of their own (the services they guard " +
      "are billed as usual); a firewall policy and its associations are containers: Cloud NGFW bills by the features " +
      "its rules use (https://cloud.google.com/firewall/pricing: Essentials rules have no charge, Standard and Enterprise " +
      "features bill per GiB evaluated and per firewall endpoint), so the charges belong to the rule resources",
    types: [
      "google_compute_target_tcp_proxy", "google_compute_target_ssl_proxy", "google_compute_target_grpc_proxy",
      "google_compute_region_target_tcp_proxy", "google_compute_target_pool",
      "google_compute_region_network_endpoint_group", "google_compute_network_endpoint_group",
      "google_compute_per_instance_config", "google_compute_region_per_instance_config",
      "google_monitoring_monitored_project", "google_gke_hub_scope", "google_gke_hub_namespace",
      "google_gke_hub_membership_binding", "google_gke_hub_scope_rbac_role_binding", "google_sql_ssl_cert",
      "google_storage_hmac_key", "google_bigquery_routine", "google_bigquery_connection",
      "google_compute_preview_feature", "google_kms_autokey_config", "google_managed_kafka_topic",
      "google_compute_shared_vpc_host_project", "google_compute_shared_vpc_service_project",
      "google_compute_project_default_network_tier", "google_compute_instance_group",
      "google_access_context_manager_service_perimeter_resource", "google_access_context_manager_service_perimeter",
      "google_access_context_manager_access_policy", "google_access_context_manager_access_level",
      "google_compute_firewall_policy", "google_compute_firewall_policy_association", "google_compute_network_firewall_policy",
      "google_compute_network_firewall_policy_association", "google_compute_region_network_firewall_policy",
      "google_compute_region_network_firewall_policy_association",
    ],
  },
  {
    reason:
      "aws: identity and access. IAM has no charge (https://aws.amazon.com/iam/: \"offered at no additional " +
      "charge\").",
    types: [
      "aws_iam_role", "aws_iam_policy", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_user",
      "aws_iam_group", "aws_iam_user_policy", "aws_iam_instance_profile", "aws_iam_policy_attachment",
      "aws_iam_service_linked_role", "aws_iam_openid_connect_provider", "aws_iam_saml_provider",
      "aws_db_instance_role_association", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment",
      "aws_iam_group_membership", "aws_iam_user_group_membership", "aws_iam_access_key", "aws_iam_group_policy",
      "aws_iam_role_policies_exclusive", "aws_iam_role_policy_attachments_exclusive",
    ],
  },
  {
    reason:
      "aws: networking configuration. VPCs, subnets, route tables, internet gateways, security groups, " +
      "network ACLs, DHCP options and key pairs have no charge (https://aws.amazon.com/vpc/pricing/); what " +
      "is billed is priced on its own resource: NAT gateways, endpoints (their subnet associations add " +
      "AZ-hours to the endpoint's line), Elastic IPs and other public IPv4 addresses, load balancers, data " +
      "transfer. A launch template costs nothing until instances run from it; a network interface has no charge " +
      "of its own (a public IPv4 address on it is billed as an Elastic IP or public IPv4 address). A virtual private " +
      "gateway and a customer gateway have no charge of their own (Site-to-Site VPN bills each VPN connection hour, " +
      "https://aws.amazon.com/vpn/pricing/); an egress-only internet gateway has no hourly charge (its data transfer " +
      "is billed as data transfer); the default VPC and its ACL, CIDR block associations, block-public-access " +
      "settings and tags are settings.",
    types: [
      "aws_vpc", "aws_subnet", "aws_security_group", "aws_security_group_rule",
      "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_route_table", "aws_route",
      "aws_route_table_association", "aws_internet_gateway", "aws_network_acl", "aws_network_acl_rule",
      "aws_default_security_group", "aws_default_route_table", "aws_vpc_dhcp_options",
      "aws_vpc_dhcp_options_association", "aws_key_pair", "aws_launch_template",
      "aws_vpc_endpoint_subnet_association", "aws_vpc_endpoint_route_table_association",
      "aws_vpc_endpoint_security_group_association", "aws_eip_association", "aws_network_interface",
      "aws_network_interface_attachment", "aws_default_vpc", "aws_default_subnet", "aws_default_network_acl",
      "aws_egress_only_internet_gateway", "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association",
      "aws_vpc_block_public_access_options", "aws_vpc_block_public_access_exclusion", "aws_ec2_tag",
      "aws_customer_gateway", "aws_vpn_gateway", "aws_vpn_gateway_attachment", "aws_vpn_gateway_route_propagation",
    ],
  },
  {
    reason:
      "aws: configuration of priced services. Settings, policies and attachments with no charge of their " +
      "own; what they change is priced on the resource they configure: the bucket (versions, logs and " +
      "lifecycle show in its storage usage), the Kinesis stream (its enhanced fan-out consumers), the SNS " +
      "topic (deliveries per protocol), the load balancer (listeners and rules are part of its capacity " +
      "units), the Route 53 zone (records' queries), the log group (its streams), the KMS key (aliases), " +
      "the secret (its versions and rotation schedule; the rotation function is priced as a Lambda " +
      "function), the web ACL (its associations), the API (its authorizers, custom domain names and " +
      "mappings, and HTTP API stages: API Gateway bills requests and caches, not domains; a REST API stage " +
      "can run a billed cache, so it is not here), the EKS cluster (access entries and policies, identity " +
      "providers, pod identity associations; https://aws.amazon.com/eks/pricing/ bills clusters and nodes), the " +
      "Redshift cluster (its subnet group). Two judgement calls, priced as free " +
      "because their default use is: an ECS cluster's Container Insights metrics are billed as CloudWatch " +
      "metrics, and a Lambda event source mapping in provisioned mode bills event poller units. A third: EKS " +
      "add-ons from AWS (VPC CNI, CoreDNS, kube-proxy, EBS CSI) have no charge and run on the priced nodes; a " +
      "paid Marketplace add-on is billed by its vendor.",
    types: [
      "aws_s3_bucket_policy", "aws_s3_bucket_versioning", "aws_s3_bucket_lifecycle_configuration",
      "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_acl",
      "aws_s3_bucket_ownership_controls", "aws_s3_bucket_cors_configuration", "aws_s3_bucket_notification",
      "aws_s3_bucket_logging", "aws_s3_bucket_intelligent_tiering_configuration", "aws_ecs_cluster",
      "aws_ecs_task_definition", "aws_ecs_cluster_capacity_providers", "aws_lambda_permission", "aws_lambda_alias",
      "aws_lambda_event_source_mapping", "aws_cloudfront_origin_access_identity",
      "aws_cloudfront_origin_access_control", "aws_cloudfront_cache_policy", "aws_cloudfront_origin_request_policy",
      "aws_cloudfront_response_headers_policy", "aws_elasticache_subnet_group", "aws_elasticache_parameter_group",
      "aws_msk_configuration", "aws_kinesis_stream_consumer", "aws_volume_attachment", "aws_ecs_capacity_provider",
      "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_sns_topic_subscription", "aws_sns_topic_policy",
      "aws_sqs_queue_policy", "aws_sqs_queue_redrive_policy", "aws_db_subnet_group", "aws_db_parameter_group",
      "aws_lb_listener", "aws_lb_listener_rule", "aws_lb_listener_certificate", "aws_lb_target_group",
      "aws_lb_target_group_attachment", "aws_alb_listener", "aws_alb_listener_rule", "aws_alb_target_group",
      "aws_alb_target_group_attachment", "aws_route53_record", "aws_cloudwatch_log_stream", "aws_kms_alias",
      "aws_secretsmanager_secret_version", "aws_wafv2_web_acl_association", "aws_wafv2_ip_set",
      "aws_efs_mount_target", "aws_efs_access_point", "aws_ecr_lifecycle_policy", "aws_ecr_repository_policy",
      "aws_api_gateway_resource", "aws_api_gateway_method", "aws_api_gateway_integration",
      "aws_api_gateway_method_response", "aws_api_gateway_integration_response", "aws_api_gateway_deployment",
      "aws_apigatewayv2_route", "aws_apigatewayv2_integration", "aws_apigatewayv2_stage",
      "aws_apigatewayv2_deployment", "aws_apigatewayv2_authorizer", "aws_apigatewayv2_api_mapping",
      "aws_apigatewayv2_domain_name", "aws_api_gateway_authorizer",
      "aws_api_gateway_base_path_mapping", "aws_api_gateway_domain_name", "aws_secretsmanager_secret_rotation",
      "aws_eks_access_entry", "aws_eks_access_policy_association", "aws_eks_identity_provider_config",
      "aws_eks_pod_identity_association", "aws_eks_addon", "aws_redshift_subnet_group",
    ],
  },
  {
    reason:
      "aws: objects are billed as their bucket's storage and requests (priced on aws_s3_bucket from its usage), " +
      "as google_storage_bucket_object is on its bucket",
    types: [
      "aws_s3_object",
    ],
  },
  {
    reason:
      "aws: EventBridge rules and targets have no charge of their own: AWS service events are delivered free, " +
      "and custom events are billed per event published (https://aws.amazon.com/eventbridge/pricing/), which no " +
      "Terraform resource describes; what a target runs (a Lambda function, a queue) is priced on its resource",
    types: [
      "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target",
    ],
  },
  {
    reason:
      "aws: settings of priced compute and databases (billed through the group, cluster, instance or proxy they " +
      "configure; RDS Proxy target groups and targets only say which databases aws_db_proxy fronts, and the proxy " +
      "is billed by those databases' vCPUs); a placement group has no charge (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/" +
      "placement-groups.html: \"There is no charge for creating a placement group\")",
    types: [
      "aws_launch_configuration", "aws_autoscaling_policy", "aws_rds_cluster_parameter_group", "aws_db_option_group",
      "aws_opensearch_domain_policy", "aws_autoscaling_attachment", "aws_placement_group",
      "aws_db_proxy_default_target_group", "aws_db_proxy_target",
    ],
  },
  {
    reason:
      "aws: more settings with no charge of their own, as public modules and examples write them. Scheduled " +
      "actions, lifecycle hooks and notifications of an Auto Scaling group (https://aws.amazon.com/autoscaling/pricing/: " +
      "no additional fees; the group's instances are priced on aws_autoscaling_group). API Gateway account " +
      "settings, stage method settings, models, request validators, gateway responses, route and integration " +
      "responses, API keys, usage plans and their keys, and resource policies (API Gateway bills API calls, " +
      "caches and data out, https://aws.amazon.com/api-gateway/pricing/; a stage's cache is priced on " +
      "aws_api_gateway_stage). CloudWatch Logs resource policies and subscription filters (the log group bills " +
      "ingestion and storage; where a filter delivers is billed by the destination). DynamoDB items (billed as " +
      "their table's storage and writes). Lambda function URLs (https://aws.amazon.com/lambda/pricing/: requests " +
      "through a URL are billed as the function's requests and duration) and layer versions (code storage is a " +
      "quota, not a charge), and a function's asynchronous-invocation and recursion settings (retries and " +
      "destinations bill as the function's requests and the destination's own charges). EventBridge Scheduler groups (schedules bill invocations) and EventBridge " +
      "connections (API destinations bill invocations, on the rule's events). Recycle Bin retention rules " +
      "(retained snapshots and AMIs are billed as snapshots, at their usual rates). A bucket's object lock and " +
      "requester-pays settings (storage and requests stay billed on the bucket, to whoever the setting names). RDS event subscriptions (the " +
      "notifications are billed as the SNS topic's). AWS Batch job queues and job definitions (\"There is no " +
      "additional charge for AWS Batch\", https://aws.amazon.com/batch/pricing/; what a compute environment " +
      "launches is billed as EC2 or Fargate). An ACM certificate validation record waits for validation, and " +
      "S3 website configurations and access points change how a bucket is reached (requests and transfer are " +
      "billed on the bucket). VPC IPAM pools and their CIDRs and allocations (https://aws.amazon.com/vpc/pricing/ " +
      "bills an IPAM's Advanced tier per active IP address it monitors, on aws_vpc_ipam, not per pool).",
    types: [
      "aws_autoscaling_schedule", "aws_autoscaling_lifecycle_hook", "aws_autoscaling_notification",
      "aws_api_gateway_account", "aws_api_gateway_method_settings", "aws_api_gateway_model",
      "aws_api_gateway_request_validator", "aws_api_gateway_gateway_response", "aws_apigatewayv2_route_response",
      "aws_apigatewayv2_integration_response", "aws_apigatewayv2_model", "aws_api_gateway_api_key",
      "aws_api_gateway_usage_plan", "aws_api_gateway_usage_plan_key", "aws_api_gateway_rest_api_policy",
      "aws_cloudwatch_log_resource_policy", "aws_cloudwatch_log_subscription_filter", "aws_dynamodb_table_item",
      "aws_lambda_function_url", "aws_lambda_layer_version", "aws_lambda_layer_version_permission",
      "aws_lambda_function_event_invoke_config", "aws_lambda_function_recursion_config",
      "aws_s3_bucket_object_lock_configuration", "aws_s3_bucket_request_payment_configuration",
      "aws_scheduler_schedule_group", "aws_cloudwatch_event_connection", "aws_rbin_rule",
      "aws_db_event_subscription", "aws_batch_job_queue", "aws_batch_job_definition",
      "aws_acm_certificate_validation", "aws_s3_bucket_website_configuration", "aws_s3_access_point",
      "aws_vpc_ipam_pool", "aws_vpc_ipam_pool_cidr", "aws_vpc_ipam_pool_cidr_allocation", "aws_vpc_ipam_preview_next_cidr",
    ],
  },
  {
    reason:
      "aws: access control, policies and settings of billed services, as the terraform-aws-modules write them; " +
      "each service bills what is listed on its pricing page, and these add nothing to it. ElastiCache users and " +
      "user groups (role-based access; https://aws.amazon.com/elasticache/pricing/ bills nodes, serverless usage, " +
      "backups and transfer), and a Global Datastore (its member replication groups bill their nodes in each Region, " +
      "and cross-Region replication bills data transfer). KMS grants (https://aws.amazon.com/kms/pricing/ bills keys and requests) and Redshift " +
      "snapshot copy grants (a KMS grant). Resource policies of EFS file systems, DynamoDB tables, Secrets Manager " +
      "secrets, MSK clusters, S3 table buckets and tables and S3 vector buckets, and an SQS queue's redrive-allow " +
      "policy (each service bills storage, throughput and requests, not policies). OpenSearch Serverless security, " +
      "access and lifecycle policies (https://aws.amazon.com/opensearch-service/pricing/ bills OCU-hours and " +
      "storage, on the collection). Redshift parameter groups, authentication profiles, scheduled actions, usage " +
      "limits, snapshot schedules and their associations (snapshots are billed as the cluster's backup storage). The account's S3 " +
      "public access block. An S3 Tables namespace (a name inside a table bucket; tables bill storage and " +
      "requests). Aurora global database and custom cluster endpoints and cluster IAM role associations (the " +
      "member clusters and instances are billed, https://aws.amazon.com/rds/aurora/pricing/). A peering of Aurora " +
      "DSQL clusters (each peered cluster bills its own DPUs and storage). MSK SCRAM secret associations (the " +
      "secret is billed on aws_secretsmanager_secret), MSK topics (storage is billed on the cluster), MSK Connect " +
      "custom plugins and worker configurations (https://aws.amazon.com/msk/pricing/ bills a connector's MCU-hours). " +
      "CloudWatch Logs delivery sources and destinations (the delivery between them is what is billed, as vended " +
      "logs: https://aws.amazon.com/cloudwatch/pricing/). EventBridge event bus permissions. Scheduled actions of " +
      "Application Auto Scaling and traffic source attachments of Auto Scaling groups " +
      "(https://aws.amazon.com/autoscaling/pricing/: no additional fees). Managed prefix lists (a named set of CIDR " +
      "blocks; https://aws.amazon.com/vpc/pricing/ has no charge for them). Load balancer trust stores and their " +
      "revocation lists (https://aws.amazon.com/elasticloadbalancing/pricing/ bills load balancer hours and " +
      "capacity units, which count the TLS work). CloudFront VPC origins (launched 2024-11-20 \"at no additional " +
      "cost\", https://aws.amazon.com/about-aws/whats-new/2024/11/amazon-cloudfront-vpc-origins/). Cognito user " +
      "pool app clients and domains (https://aws.amazon.com/cognito/pricing/ bills monthly active users, on the " +
      "user pool). Lambda code signing configurations and AWS Signer signing profiles and jobs (\"There is no " +
      "additional charge for using AWS Signer or code signing for AWS Lambda\", " +
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html). A CodeDeploy application (a " +
      "name for deployment groups; https://aws.amazon.com/codedeploy/pricing/ bills on-premises instance updates " +
      "only). Glue Schema Registry registries and schemas (https://aws.amazon.com/glue/pricing/: \"no additional " +
      "charge\"). A Cloud Map HTTP namespace (https://aws.amazon.com/cloud-map/pricing/ bills registered instances " +
      "and discovery calls on the service; only DNS namespaces create a billed Route 53 hosted zone).",
    types: [
      "aws_elasticache_user", "aws_elasticache_user_group", "aws_elasticache_user_group_association",
      "aws_elasticache_global_replication_group",
      "aws_kms_grant", "aws_redshift_snapshot_copy_grant", "aws_efs_file_system_policy", "aws_dynamodb_resource_policy",
      "aws_secretsmanager_secret_policy", "aws_msk_cluster_policy", "aws_s3tables_table_bucket_policy",
      "aws_s3tables_table_policy", "aws_s3vectors_vector_bucket_policy", "aws_sqs_queue_redrive_allow_policy",
      "aws_opensearchserverless_security_policy", "aws_opensearchserverless_access_policy",
      "aws_opensearchserverless_lifecycle_policy", "aws_redshift_parameter_group", "aws_redshift_authentication_profile",
      "aws_redshift_scheduled_action", "aws_redshift_usage_limit", "aws_redshift_snapshot_schedule",
      "aws_redshift_snapshot_schedule_association", "aws_s3_account_public_access_block",
      "aws_s3tables_namespace", "aws_rds_global_cluster", "aws_rds_cluster_endpoint", "aws_rds_cluster_role_association",
      "aws_dsql_cluster_peering", "aws_msk_scram_secret_association", "aws_msk_topic", "aws_mskconnect_custom_plugin",
      "aws_mskconnect_worker_configuration", "aws_cloudwatch_log_delivery_source",
      "aws_cloudwatch_log_delivery_destination", "aws_cloudwatch_event_permission", "aws_appautoscaling_scheduled_action",
      "aws_autoscaling_traffic_source_attachment", "aws_ec2_managed_prefix_list", "aws_lb_trust_store",
      "aws_lb_trust_store_revocation", "aws_cloudfront_vpc_origin", "aws_cognito_user_pool_client",
      "aws_cognito_user_pool_domain", "aws_lambda_code_signing_config", "aws_signer_signing_profile",
      "aws_signer_signing_job", "aws_codedeploy_app", "aws_glue_registry", "aws_glue_schema",
      "aws_service_discovery_http_namespace",
    ],
  },
  {
    reason:
      "aws: parts of billed services that AWS does not bill by themselves. VPC peering connections and their " +
      "acceptance (https://aws.amazon.com/vpc/pricing/: no charge to create a peering connection; data crossing " +
      "Availability Zones or Regions is billed as data transfer). VPC links of HTTP APIs (API Gateway bills the " +
      "API's requests, https://aws.amazon.com/api-gateway/pricing/). VPC Lattice service networks, their VPC and " +
      "service associations, listeners, target groups and their attachments (https://aws.amazon.com/vpc/lattice/" +
      "pricing/ bills each service by the hour, the data it processes and its requests, on aws_vpclattice_service). " +
      "Glue triggers and workflows (https://aws.amazon.com/glue/pricing/ bills the jobs and crawlers they start, " +
      "sessions and the Data Catalog; it has no charge for triggers or workflows). EMR Studio (no additional " +
      "charge, https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio.html; the clusters and " +
      "serverless applications it uses are billed). Bedrock agents, their action groups and aliases " +
      "(https://aws.amazon.com/bedrock/pricing/ bills the model inference an agent makes, by tokens, and the Lambda " +
      "functions its action groups call are priced on their own resources). The policy of an S3 Object Lambda " +
      "access point (the access point bills its requests and the Lambda function its invocations). Glue Data Catalog " +
      "tables (catalog objects, counted in the storage and requests priced on aws_glue_catalog_database).",
    types: [
      "aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter", "aws_vpc_peering_connection_options",
      "aws_apigatewayv2_vpc_link", "aws_vpclattice_service_network", "aws_vpclattice_service_network_vpc_association",
      "aws_vpclattice_service_network_service_association", "aws_vpclattice_listener", "aws_vpclattice_listener_rule",
      "aws_vpclattice_target_group", "aws_vpclattice_target_group_attachment", "aws_vpclattice_auth_policy",
      "aws_vpclattice_resource_policy", "aws_glue_trigger", "aws_glue_workflow", "aws_emr_studio",
      "aws_emr_studio_session_mapping", "aws_bedrockagent_agent", "aws_bedrockagent_agent_action_group",
      "aws_bedrockagent_agent_alias", "aws_s3control_object_lambda_access_point_policy", "aws_glue_catalog_table",
    ],
  },
  {
    reason:
      "rabbitmq: queues, exchanges, bindings, users and policies inside a RabbitMQ broker cost nothing beyond the " +
      "broker that holds them (an Amazon MQ broker is billed by the hour, on aws_mq_broker)",
    types: [
      "rabbitmq_binding", "rabbitmq_queue", "rabbitmq_exchange", "rabbitmq_policy", "rabbitmq_federation_upstream",
      "rabbitmq_user", "rabbitmq_permissions", "rabbitmq_vhost",
    ],
  },
  {
    reason:
      "kubernetes: API objects stored in a cluster (namespaces, config maps, secrets, service accounts and RBAC " +
      "roles and bindings) cost nothing beyond the cluster and nodes that hold them, which are priced on their own " +
      "resources. Objects that make the cloud provision something billed (a Service of type LoadBalancer, a " +
      "persistent volume claim) are not in this group",
    types: [
      "kubernetes_namespace", "kubernetes_namespace_v1", "kubernetes_config_map", "kubernetes_config_map_v1",
      "kubernetes_config_map_v1_data", "kubernetes_secret", "kubernetes_secret_v1", "kubernetes_service_account",
      "kubernetes_service_account_v1", "kubernetes_role", "kubernetes_role_v1", "kubernetes_role_binding",
      "kubernetes_role_binding_v1", "kubernetes_cluster_role", "kubernetes_cluster_role_v1",
      "kubernetes_cluster_role_binding", "kubernetes_cluster_role_binding_v1", "kubernetes_labels", "kubernetes_annotations",
    ],
  },
  {
    reason:
      "terraform built-ins and providers that run only on the machine running Terraform (random, time, tls " +
      "keys and certificates made locally, local files, kind Kubernetes clusters, which run as containers of the local " +
      "Docker engine: https://kind.sigs.k8s.io)",
    types: [
      "terraform_data", "null_resource", "random_id", "random_string", "random_password", "random_pet", "time_sleep",
      "random_integer", "random_uuid", "random_shuffle", "time_static", "time_rotating", "tls_private_key",
      "tls_self_signed_cert", "tls_cert_request", "tls_locally_signed_cert", "local_file", "local_sensitive_file",
      "kind_cluster",
    ],
  },
  {
    reason:
      "docker: an image built by the Docker daemon of the machine running Terraform, and the push of that image " +
      "to a registry; the registry bills the stored image (an ECR repository's storage is priced on " +
      "aws_ecr_repository, an Artifact Registry repository's on google_artifact_registry_repository)",
    types: ["docker_image", "docker_registry_image", "docker_tag"],
  },
];

export const FREE_TYPES: ReadonlySet<string> = new Set(FREE_GROUPS.flatMap((g) => g.types));

/**
 * Whole families of types that cost nothing, recognised by name, so that the many types of a family that are not in
 * FREE_GROUPS (each Google service has its own IAM types) are free too. Only families whose every member costs nothing
 * belong here: a family with a billed member is listed type by type instead.
 */
export interface FreeFamily {
  readonly reason: string;
  readonly pattern: RegExp;
  /** How the pattern reads in docs/coverage.md. */
  readonly shown: string;
}

export const FREE_FAMILIES: readonly FreeFamily[] = [
  {
    reason:
      "google: IAM grants on any resource. Identity and Access Management is offered at no charge " +
      "(https://cloud.google.com/iam/pricing); audit logging configuration (`_iam_audit_config`) is not in this " +
      "family, as the Data Access logs it turns on are billed by Cloud Logging",
    pattern: /^google_[a-z0-9_]+_iam_(member|binding|policy)$/,
    shown: "google_*_iam_member, google_*_iam_binding, google_*_iam_policy",
  },
  {
    reason:
      "aws: IAM users, groups, roles, policies, instance profiles and identity providers. IAM is offered at no " +
      "additional charge (https://aws.amazon.com/iam/pricing/)",
    pattern: /^aws_iam_[a-z0-9_]+$/,
    shown: "aws_iam_*",
  },
];

/** A type that costs nothing by itself: on the free list, or of a free family. */
export function isFreeType(type: string): boolean {
  return FREE_TYPES.has(type) || FREE_FAMILIES.some((f) => f.pattern.test(type));
}
