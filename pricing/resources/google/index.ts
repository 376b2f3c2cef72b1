import { Pricer } from "../../pricer";
import { computeDisk, computeRegionDisk } from "./compute-disk";
import { computeInstance } from "./compute-instance";
import { containerCluster } from "./container-cluster";
import { containerNodePool } from "./container-node-pool";
import { dataprocCluster } from "./dataproc-cluster";
import { cloudfunctionsFunction } from "./cloudfunctions-function";
import { cloudfunctions2Function } from "./cloudfunctions2-function";
import { appEngineStandardAppVersion } from "./app-engine-standard-app-version";
import { appEngineFlexibleAppVersion } from "./app-engine-flexible-app-version";
import { pubsubTopic } from "./pubsub-topic";
import { pubsubSubscription } from "./pubsub-subscription";
import { dataflowJob } from "./dataflow-job";
import { bigqueryDataset } from "./bigquery-dataset";
import { bigqueryTable } from "./bigquery-table";
import { bigtableInstance } from "./bigtable-instance";
import { tpuNode } from "./tpu-node";
import { tpuV2Vm } from "./tpu-v2-vm";
import { vertexAiDeploymentResourcePool } from "./vertex-ai-deployment-resource-pool";
import { vertexAiEndpoint } from "./vertex-ai-endpoint";
import { computeBackendBucket } from "./compute-backend-bucket";
import { computeBackendService } from "./compute-backend-service";
import { redisInstance } from "./redis-instance";
import { storageBucket } from "./storage-bucket";
import { sqlDatabaseInstance } from "./sql-database-instance";
import { cloudRunV2Service } from "./cloud-run-v2-service";
import { cloudRunV2Job } from "./cloud-run-v2-job";
import { cloudRunService } from "./cloud-run-service";
import { computeRouterNat } from "./compute-router-nat";
import { computeForwardingRule } from "./compute-forwarding-rule";
import { computeAddress } from "./compute-address";
import { computeSecurityPolicy } from "./compute-security-policy";
import { secretManagerSecret } from "./secret-manager-secret";
import { secretManagerSecretVersion } from "./secret-manager-secret-version";
import { cloudSchedulerJob } from "./cloud-scheduler-job";
import { artifactRegistryRepository } from "./artifact-registry-repository";
import { spannerInstance } from "./spanner-instance";
import { filestoreInstance } from "./filestore-instance";
import { computeGlobalForwardingRule } from "./compute-global-forwarding-rule";
import { computeGlobalAddress } from "./compute-global-address";
import { vpcAccessConnector } from "./vpc-access-connector";
import { kmsCryptoKey } from "./kms-crypto-key";
import { dnsManagedZone } from "./dns-managed-zone";
import { monitoringAlertPolicy } from "./monitoring-alert-policy";
import { computeInstanceGroupManager } from "./compute-instance-group-manager";
import { computeRegionInstanceGroupManager } from "./compute-region-instance-group-manager";
import { computeSnapshot } from "./compute-snapshot";
import { computeVpnTunnel } from "./compute-vpn-tunnel";
import { redisCluster } from "./redis-cluster";
import { bigqueryReservation } from "./bigquery-reservation";
import { kmsKeyHandle } from "./kms-key-handle";
import { managedKafkaCluster } from "./managed-kafka-cluster";
import { workbenchInstance } from "./workbench-instance";
import { workflowsWorkflow } from "./workflows-workflow";
import { endpointsService } from "./endpoints-service";
import { privatecaCaPool, privatecaCertificateAuthority } from "./privateca-ca-pool";
import { computeReservation } from "./compute-reservation";
import { computeInstanceFromTemplate } from "./compute-instance-from-template";

/** Every Google pricer; one file per Terraform resource type. */
export const GOOGLE_PRICERS: readonly Pricer[] = [
  computeDisk,
  computeRegionDisk,
  computeInstance,
  containerCluster,
  containerNodePool,
  dataprocCluster,
  cloudfunctionsFunction,
  cloudfunctions2Function,
  appEngineStandardAppVersion,
  appEngineFlexibleAppVersion,
  pubsubTopic,
  pubsubSubscription,
  dataflowJob,
  bigqueryDataset,
  bigqueryTable,
  bigtableInstance,
  tpuNode,
  tpuV2Vm,
  vertexAiDeploymentResourcePool,
  vertexAiEndpoint,
  computeBackendBucket,
  computeBackendService,
  redisInstance,
  storageBucket,
  sqlDatabaseInstance,
  cloudRunV2Service,
  cloudRunV2Job,
  cloudRunService,
  computeRouterNat,
  computeForwardingRule,
  computeAddress,
  computeSecurityPolicy,
  secretManagerSecret,
  secretManagerSecretVersion,
  cloudSchedulerJob,
  artifactRegistryRepository,
  spannerInstance,
  filestoreInstance,
  computeGlobalForwardingRule,
  computeGlobalAddress,
  vpcAccessConnector,
  kmsCryptoKey,
  dnsManagedZone,
  monitoringAlertPolicy,
  computeInstanceGroupManager,
  computeRegionInstanceGroupManager,
  computeSnapshot,
  computeVpnTunnel,
  redisCluster,
  bigqueryReservation,
  kmsKeyHandle,
  managedKafkaCluster,
  workbenchInstance,
  workflowsWorkflow,
  endpointsService,
  privatecaCaPool,
  privatecaCertificateAuthority,
  computeReservation,
  computeInstanceFromTemplate,
];
