import { Pricer } from "../../pricer";
import { cloudfrontDistribution } from "./cloudfront-distribution";
import { s3Bucket } from "./s3-bucket";
import { elasticacheCluster } from "./elasticache-cluster";
import { elasticacheReplicationGroup } from "./elasticache-replication-group";
import { kinesisStream } from "./kinesis-stream";
import { mskCluster } from "./msk-cluster";
import { instance } from "./instance";
import { ebsVolume } from "./ebs-volume";
import { ecsService } from "./ecs-service";
import { lambdaFunction } from "./lambda-function";
import { natGateway } from "./nat-gateway";
import { lb } from "./lb";
import { alb } from "./alb";
import { elb } from "./elb";
import { eip } from "./eip";
import { cloudwatchLogGroup } from "./cloudwatch-log-group";
import { cloudwatchMetricAlarm } from "./cloudwatch-metric-alarm";
import { kmsKey } from "./kms-key";
import { route53Zone } from "./route53-zone";
import { secretsmanagerSecret } from "./secretsmanager-secret";
import { wafv2WebAcl } from "./wafv2-web-acl";
import { vpcEndpoint } from "./vpc-endpoint";
import { sqsQueue } from "./sqs-queue";
import { snsTopic } from "./sns-topic";
import { apiGatewayRestApi } from "./api-gateway-rest-api";
import { apigatewayv2Api } from "./apigatewayv2-api";
import { kinesisFirehoseDeliveryStream } from "./kinesis-firehose-delivery-stream";
import { efsFileSystem } from "./efs-file-system";
import { ecrRepository } from "./ecr-repository";
import { dbInstance } from "./db-instance";
import { rdsCluster } from "./rds-cluster";
import { rdsClusterInstance } from "./rds-cluster-instance";
import { autoscalingGroup } from "./autoscaling-group";
import { eksCluster } from "./eks-cluster";
import { eksNodeGroup } from "./eks-node-group";
import { elasticsearchDomain, opensearchDomain } from "./opensearch-domain";
import { dynamodbTable } from "./dynamodb-table";
import { redshiftCluster } from "./redshift-cluster";
import { ec2CapacityReservation } from "./ec2-capacity-reservation";
import { sfnStateMachine } from "./sfn-state-machine";
import { apiGatewayStage } from "./api-gateway-stage";
import { schedulerSchedule } from "./scheduler-schedule";
import { dbProxy } from "./db-proxy";
import { flowLog } from "./flow-log";
import { eksFargateProfile } from "./eks-fargate-profile";
import { spotInstanceRequest } from "./spot-instance-request";
import { cloudwatchEventBus } from "./cloudwatch-event-bus";
import { pipesPipe } from "./pipes-pipe";
import { glueJob } from "./glue-job";
import { glueCrawler } from "./glue-crawler";
import { kmsExternalKey } from "./kms-external-key";
import { kmsReplicaKey } from "./kms-replica-key";
import { kmsReplicaExternalKey } from "./kms-replica-external-key";
import { cloudwatchLogDelivery } from "./cloudwatch-log-delivery";
import { cloudwatchEventApiDestination } from "./cloudwatch-event-api-destination";
import { cloudwatchEventArchive } from "./cloudwatch-event-archive";
import { schemasDiscoverer } from "./schemas-discoverer";
import { cloudfrontFunction } from "./cloudfront-function";
import { mqBroker } from "./mq-broker";
import { cloudtrail } from "./cloudtrail";
import { ssmParameter } from "./ssm-parameter";
import { acmCertificate } from "./acm-certificate";
import { acmpcaCertificateAuthority } from "./acmpca-certificate-authority";
import { serviceDiscoveryService } from "./service-discovery-service";
import { serviceDiscoveryPublicDnsNamespace } from "./service-discovery-public-dns-namespace";
import { serviceDiscoveryPrivateDnsNamespace } from "./service-discovery-private-dns-namespace";
import { vpclatticeService } from "./vpclattice-service";
import { vpcIpam } from "./vpc-ipam";
import { qldbLedger } from "./qldb-ledger";
import { cloudwatchMetricStream } from "./cloudwatch-metric-stream";
import { directoryServiceDirectory } from "./directory-service-directory";
import { kinesisanalyticsv2Application } from "./kinesisanalyticsv2-application";
import { s3BucketInventory } from "./s3-bucket-inventory";
import { s3BucketAnalyticsConfiguration } from "./s3-bucket-analytics-configuration";
import { s3BucketMetric } from "./s3-bucket-metric";
import { s3DirectoryBucket } from "./s3-directory-bucket";
import { mskServerlessCluster } from "./msk-serverless-cluster";
import { mskVpcConnection } from "./msk-vpc-connection";
import { opensearchVpcEndpoint } from "./opensearch-vpc-endpoint";
import { opensearchserverlessVpcEndpoint } from "./opensearchserverless-vpc-endpoint";
import { glueCatalogDatabase } from "./glue-catalog-database";
import { dbInstanceAutomatedBackupsReplication } from "./db-instance-automated-backups-replication";
import { codedeployDeploymentGroup } from "./codedeploy-deployment-group";
import { cloudfrontMonitoringSubscription } from "./cloudfront-monitoring-subscription";

/** Every AWS pricer; one file per Terraform resource type. */
export const AWS_PRICERS: readonly Pricer[] = [
  cloudfrontDistribution,
  s3Bucket,
  elasticacheCluster,
  elasticacheReplicationGroup,
  kinesisStream,
  mskCluster,
  instance,
  ebsVolume,
  ecsService,
  lambdaFunction,
  natGateway,
  lb,
  alb,
  elb,
  eip,
  cloudwatchLogGroup,
  cloudwatchMetricAlarm,
  kmsKey,
  route53Zone,
  secretsmanagerSecret,
  wafv2WebAcl,
  vpcEndpoint,
  sqsQueue,
  snsTopic,
  apiGatewayRestApi,
  apigatewayv2Api,
  kinesisFirehoseDeliveryStream,
  efsFileSystem,
  ecrRepository,
  dbInstance,
  rdsCluster,
  rdsClusterInstance,
  autoscalingGroup,
  eksCluster,
  eksNodeGroup,
  opensearchDomain,
  elasticsearchDomain,
  dynamodbTable,
  redshiftCluster,
  ec2CapacityReservation,
  sfnStateMachine,
  apiGatewayStage,
  schedulerSchedule,
  dbProxy,
  flowLog,
  eksFargateProfile,
  spotInstanceRequest,
  cloudwatchEventBus,
  pipesPipe,
  glueJob,
  glueCrawler,
  kmsExternalKey,
  kmsReplicaKey,
  kmsReplicaExternalKey,
  cloudwatchLogDelivery,
  cloudwatchEventApiDestination,
  cloudwatchEventArchive,
  schemasDiscoverer,
  cloudfrontFunction,
  mqBroker,
  cloudtrail,
  ssmParameter,
  acmCertificate,
  acmpcaCertificateAuthority,
  serviceDiscoveryService,
  serviceDiscoveryPublicDnsNamespace,
  serviceDiscoveryPrivateDnsNamespace,
  vpclatticeService,
  vpcIpam,
  qldbLedger,
  cloudwatchMetricStream,
  directoryServiceDirectory,
  kinesisanalyticsv2Application,
  s3BucketInventory,
  s3BucketAnalyticsConfiguration,
  s3BucketMetric,
  s3DirectoryBucket,
  mskServerlessCluster,
  mskVpcConnection,
  opensearchVpcEndpoint,
  opensearchserverlessVpcEndpoint,
  glueCatalogDatabase,
  dbInstanceAutomatedBackupsReplication,
  codedeployDeploymentGroup,
  cloudfrontMonitoringSubscription,
];
