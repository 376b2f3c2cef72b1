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
import { dbInstance } from "./db-instance";
import { rdsCluster } from "./rds-cluster";
import { rdsClusterInstance } from "./rds-cluster-instance";
import { autoscalingGroup } from "./autoscaling-group";
import { eksCluster } from "./eks-cluster";
import { eksNodeGroup } from "./eks-node-group";
import { elasticsearchDomain, opensearchDomain } from "./opensearch-domain";
import { dynamodbTable } from "./dynamodb-table";
import { redshiftCluster } from "./redshift-cluster";

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
];
