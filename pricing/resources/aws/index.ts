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
];
