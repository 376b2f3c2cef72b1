/**
 * The data platform of the seed ("Data & Analytics: $8M/month"): ingestion (Pub/Sub, Kafka), processing (Dataflow,
 * Dataproc/Spark) and analytics storage (BigQuery, Bigtable), sized from stacks/drivers.ts.
 *
 * Placement:
 * - Pub/Sub topics per serving geo (events are published near the users who produce them); Pub/Sub is priced globally.
 * - Two data homes: the US (NA, LATAM and APAC events) and the EU (EU and OTHER events, kept in Europe): BigQuery
 *   US/EU multi-regions, Dataproc in us-central1/europe-west1, Kafka in us-east-1/eu-west-1.
 * - Dataflow and Bigtable run in us-central1, the only region the price books have for them; a geo-faithful layout
 *   would move the EU share to europe-west1.
 */
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { BatchCluster } from "../constructs/batch-cluster";
import { StackCost } from "../constructs/cost";
import { EventPipeline } from "../constructs/event-pipeline";
import { mskBrokersForStorage, KafkaCluster } from "../constructs/kafka-cluster";
import { BIGTABLE_NODE, ProfileStore } from "../constructs/profile-store";
import { StreamingPipeline } from "../constructs/streaming-pipeline";
import { Warehouse } from "../constructs/warehouse";
import { COMPUTE_DRIVERS, DATA_DRIVERS, DRIVERS, ML_DRIVERS, reportDrivers, servedUsers, ServingGeo } from "./drivers";
import { workerShape } from "../pricing/resources/google/dataflow-job";
import { machineType } from "../pricing/resources/common/machine";
import { GCP_COMMITMENT } from "./negotiated";

const PROJECT = "spotify-reference";
const SERVING_GEOS: readonly ServingGeo[] = ["NA", "EU", "LATAM", "APAC"];
const PUBSUB_REGION: Record<ServingGeo, string> = { NA: "us-central1", EU: "europe-west1", LATAM: "southamerica-east1", APAC: "asia-southeast1" };

type Home = "us" | "eu";
const HOME_OF: Record<ServingGeo, Home> = { NA: "us", EU: "eu", LATAM: "us", APAC: "us" };
const HOME = {
  us: { bigquery: "US", gcpRegion: "us-central1", awsRegion: "us-east-1", azs: ["us-east-1a", "us-east-1b", "us-east-1c"] },
  eu: { bigquery: "EU", gcpRegion: "europe-west1", awsRegion: "eu-west-1", azs: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] },
} as const;

/** The raw event table as a Pub/Sub BigQuery subscription with `write_metadata` fills it. */
const RAW_EVENTS_SCHEMA = JSON.stringify([
  { name: "subscription_name", type: "STRING", mode: "NULLABLE" },
  { name: "message_id", type: "STRING", mode: "NULLABLE" },
  { name: "publish_time", type: "TIMESTAMP", mode: "NULLABLE" },
  { name: "data", type: "STRING", mode: "NULLABLE" },
  { name: "attributes", type: "STRING", mode: "NULLABLE" },
]);

/**
 * Labels of a data-platform resource: its team, its seed line and `feature: shared` (the platform serves every feature;
 * policies/allocation.yaml splits it). `purpose` says what it does within the platform.
 */
function labels(purpose: string, seedLine: string): Record<string, string> {
  return { team: "data-platform", feature: "shared", purpose, "seed-line": seedLine };
}

/** Share of all users (hence of events) a serving geo takes. */
function geoShare(geo: ServingGeo): number {
  return servedUsers(geo) / DRIVERS.monthlyActiveUsers;
}

function homeShare(home: Home): number {
  return SERVING_GEOS.filter((g) => HOME_OF[g] === home).reduce((s, g) => s + geoShare(g), 0);
}

const eventBytesPerDay = DRIVERS.eventsPerDay * DRIVERS.averageEventBytes;
const pipelineName = (i: number) => `realtime-${String(i + 1).padStart(2, "0")}`;

export class DataPlatformStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const google = new GoogleProvider(this, "google", { project: PROJECT, region: "us-central1" });
    const providers: Record<ServingGeo, GoogleProvider> = {
      NA: google,
      EU: new GoogleProvider(this, "google-eu", { project: PROJECT, region: PUBSUB_REGION.EU, alias: "eu" }),
      LATAM: new GoogleProvider(this, "google-latam", { project: PROJECT, region: PUBSUB_REGION.LATAM, alias: "latam" }),
      APAC: new GoogleProvider(this, "google-apac", { project: PROJECT, region: PUBSUB_REGION.APAC, alias: "apac" }),
    };
    new AwsProvider(this, "aws", { region: HOME.us.awsRegion });
    StackCost.of(this).drivers(reportDrivers()).addPriceBook(GCP_COMMITMENT);
    const shape = COMPUTE_DRIVERS.loadShape;

    // Analytics storage, BigQuery: the raw events land here through Pub/Sub BigQuery subscriptions; the seed's
    // "10PB analyzed/day" is split between the homes by their share of events.
    const warehouses = {} as Record<Home, Warehouse>;
    for (const home of ["us", "eu"] as const) {
      warehouses[home] = new Warehouse(this, `warehouse-${home}`, {
        datasetId: `events_${home}`,
        location: HOME[home].bigquery,
        tables: [{
          tableId: "raw_events",
          partitionField: "publish_time",
          partitionExpirationDays: DATA_DRIVERS.warehouseRetentionDays,
          clusteringFields: ["subscription_name"],
          schemaJson: RAW_EVENTS_SCHEMA,
        }],
        labels: labels("analytics", "bigquery-analytics"),
        load: {
          scannedBytesPerDay: DRIVERS.bigQueryScannedPbPerDay * 1e15 * homeShare(home),
          tables: { raw_events: { ingestBytesPerDay: eventBytesPerDay * homeShare(home) } },
        },
      });
    }

    // Ingestion, Pub/Sub: one topic per serving geo, a BigQuery subscription to the warehouse and one pull
    // subscription per real-time pipeline (each reads DATA_DRIVERS.pipelineEventShare of the events).
    const pipelines = Array.from({ length: DATA_DRIVERS.realtimePipelines }, (_, i) => pipelineName(i));
    const inputs: Record<string, string[]> = Object.fromEntries(pipelines.map((p) => [p, []]));
    for (const geo of SERVING_GEOS) {
      const key = geo.toLowerCase();
      const ingest = new EventPipeline(this, `events-${key}`, {
        topicName: `events-${key}`,
        region: PUBSUB_REGION[geo],
        provider: providers[geo],
        subscriptions: [
          { name: `events-${key}-warehouse`, kind: "bigquery", bigqueryTable: warehouses[HOME_OF[geo]].tableReference("raw_events") },
          ...pipelines.map((p) => ({ name: `events-${key}-${p}`, ackDeadlineSeconds: 60 })),
        ],
        labels: labels("event-delivery", "pubsub-ingestion"),
        load: {
          eventsPerDay: DRIVERS.eventsPerDay * geoShare(geo),
          averageEventBytes: DRIVERS.averageEventBytes,
          eventsPerRequest: DATA_DRIVERS.pubsubEventsPerRequest,
          shareBySubscription: Object.fromEntries(pipelines.map((p) => [`events-${key}-${p}`, DATA_DRIVERS.pipelineEventShare])),
        },
      });
      for (const p of pipelines) inputs[p].push(ingest.subscriptions[`events-${key}-${p}`].id);
    }

    // Processing, Dataflow: the real-time pipelines, each reading its subscriptions on every geo topic.
    const inputMbPerSecond = (eventBytesPerDay * DATA_DRIVERS.pipelineEventShare) / 86_400 / 1e6;
    const perWorker = DATA_DRIVERS.dataflow.mbPerSecondPerVcpu * workerShape(DATA_DRIVERS.dataflow.machineType).vcpu.toNumber();
    for (const p of pipelines) {
      new StreamingPipeline(this, p, {
        name: p,
        region: "us-central1",
        templateGcsPath: `gs://${PROJECT}-dataflow/templates/${p}`,
        tempGcsLocation: `gs://${PROJECT}-dataflow/tmp/${p}`,
        parameters: { inputSubscriptions: inputs[p].join(",") },
        machineType: DATA_DRIVERS.dataflow.machineType,
        maxWorkers: Math.ceil((inputMbPerSecond * shape.peakToAverage) / perWorker),
        labels: labels("stream-processing", "dataflow-streaming"),
        load: { inputMbPerSecond, mbPerSecondPerVcpu: DATA_DRIVERS.dataflow.mbPerSecondPerVcpu },
      });
    }

    for (const home of ["us", "eu"] as const) {
      const h = HOME[home];
      // Ingestion, Kafka on MSK: the same events, once, in each home's AWS region.
      const vpc = new Vpc(this, `kafka-vpc-${home}`, { cidrBlock: "10.40.0.0/16", region: h.awsRegion, tags: { Name: `kafka-${home}` } });
      const subnets = h.azs.map((az, i) => new Subnet(this, `kafka-subnet-${home}-${i}`, {
        vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.40.${i * 16}.0/20`, region: h.awsRegion,
      }));
      const sg = new SecurityGroup(this, `kafka-sg-${home}`, { vpcId: vpc.id, name: `kafka-${home}`, region: h.awsRegion });
      const kafkaLoad = {
        ingressBytesPerDay: eventBytesPerDay * homeShare(home) * DATA_DRIVERS.kafka.shareOfEvents,
        retentionHours: DATA_DRIVERS.kafka.retentionHours,
        replicationFactor: DATA_DRIVERS.kafka.replicationFactor,
      };
      new KafkaCluster(this, `kafka-${home}`, {
        clusterName: `events-${home}`,
        region: h.awsRegion,
        brokerInstanceType: DATA_DRIVERS.kafka.brokerInstanceType,
        brokerCount: mskBrokersForStorage(kafkaLoad, { zones: h.azs.length, targetPercent: DATA_DRIVERS.kafka.storageTargetPercent, fill: DATA_DRIVERS.kafka.volumeFill }),
        clientSubnetIds: subnets.map((s) => s.id),
        securityGroupIds: [sg.id],
        storageTargetUtilizationPercent: DATA_DRIVERS.kafka.storageTargetPercent,
        tags: labels("event-streaming", "kafka-streaming"),
        load: kafkaLoad,
      });

      // Processing, Dataproc/Spark: the batch pipelines over each day's events, in the home's region.
      const spark = DATA_DRIVERS.spark;
      const vcpuHoursPerDay = (eventBytesPerDay * homeShare(home) * spark.passesOverDailyEvents) / (spark.mbPerSecondPerVcpu * 1e6) / 3600;
      const workers = vcpuHoursPerDay / 24 / machineType(spark.workerMachineType).vcpus;
      const primary = workers * (1 - spark.secondaryShare);
      const secondary = workers * spark.secondaryShare;
      new BatchCluster(this, `spark-${home}`, {
        name: `spark-batch-${home}`,
        region: h.gcpRegion,
        workerMachineType: spark.workerMachineType,
        minPrimaryWorkers: Math.max(2, Math.floor(primary * shape.troughToAverage)),
        maxPrimaryWorkers: Math.ceil(primary * shape.peakToAverage),
        minSecondaryWorkers: 0,
        maxSecondaryWorkers: Math.ceil(secondary * shape.peakToAverage),
        labels: labels("batch-processing", "dataproc-spark"),
        load: { vcpuHoursPerDay, secondaryShare: spark.secondaryShare },
      });
    }

    // Analytics storage, Bigtable: user profiles, read once per recommendation, replicated in two zones.
    const profiles = DATA_DRIVERS.profiles;
    const readsPerSecond = (ML_DRIVERS.recommendationsPerDay * profiles.readsPerRecommendation) / 86_400;
    const nodesAtAverage = readsPerSecond / profiles.replicas / (BIGTABLE_NODE.SSD.readsPerSecond * (profiles.cpuTargetPercent / 100));
    new ProfileStore(this, "profiles", {
      instanceName: "user-profiles",
      clusters: ["us-central1-a", "us-central1-b"].slice(0, profiles.replicas).map((zone, i) => ({
        clusterId: `user-profiles-c${i + 1}`,
        zone,
        minNodes: Math.max(1, Math.floor(nodesAtAverage * shape.troughToAverage)),
        maxNodes: Math.ceil(nodesAtAverage * shape.peakToAverage),
        cpuTargetPercent: profiles.cpuTargetPercent,
      })),
      labels: labels("personalization", "bigtable-profiles"),
      load: { profiles: DRIVERS.monthlyActiveUsers, bytesPerProfile: profiles.bytesPerProfile, readsPerSecond },
    });
  }
}
