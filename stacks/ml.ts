/**
 * The ML platform of the seed ("ML/Recommendations: $2M/month"): training on TPU v4 (recommendation models) and A100
 * GPUs (audio analysis), inference on Vertex AI (100M predictions/day) and on custom edge serving (the recommendations
 * themselves, 20B+ a day), sized from stacks/drivers.ts.
 *
 * Placement: TPU v4 exists only in us-central2-b; the GPU pool trains next to the data in us-central1; inference runs
 * in every serving geo (us-central1, europe-west1 for EU and OTHER, southamerica-east1, asia-southeast1), in proportion
 * to the users each serves.
 */
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ContainerCluster } from "@cdktf/provider-google/lib/container-cluster";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Cost, StackCost } from "../constructs/cost";
import { GpuTrainingPool } from "../constructs/gpu-training-pool";
import { GkeAutoscalingCluster } from "../constructs/gke-autoscaling";
import { PredictionEndpoint } from "../constructs/prediction-endpoint";
import { GoogleBetaProvider, TpuTrainingPool } from "../constructs/tpu-training-pool";
import { DAYS_PER_MONTH } from "../pricing/money";
import { machineType } from "../pricing/resources/common/machine";
import { COMPUTE_DRIVERS, DRIVERS, ML_DRIVERS, reportDrivers, servedUsers, ServingGeo, TrainingJob } from "./drivers";
import { GCP_COMMITMENT } from "./negotiated";

const PROJECT = "spotify-reference";
const SERVING_GEOS: readonly ServingGeo[] = ["NA", "EU", "LATAM", "APAC"];
const REGION: Record<ServingGeo, string> = { NA: "us-central1", EU: "europe-west1", LATAM: "southamerica-east1", APAC: "asia-southeast1" };

/** Labels of an ML resource: the models serve several features (`shared`, split by policies/allocation.yaml). */
function labels(purpose: string, seedLine: string): Record<string, string> {
  return { team: "ml-platform", feature: "shared", purpose, "seed-line": seedLine };
}

function geoShare(geo: ServingGeo): number {
  return servedUsers(geo) / DRIVERS.monthlyActiveUsers;
}

/** Slice- (or node-) hours a month of a training schedule. */
export function scheduleHours(jobs: readonly TrainingJob[]): number {
  return jobs.reduce((s, j) => s + j.runsPerMonth * j.hoursPerRun * j.slices, 0);
}

/** Node-hours a month of the audio analysis: new tracks on arrival, the catalogue re-analysed, and training. */
export function audioNodeHours(): number {
  const g = ML_DRIVERS.gpu;
  const gpusPerNode = machineType(g.machineType).gpus?.count ?? 1;
  const tracksPerMonth = g.newTracksPerDay * DAYS_PER_MONTH.toNumber() + (DRIVERS.catalogTracks * g.catalogReanalysesPerYear) / 12;
  return (tracksPerMonth * g.gpuSecondsPerTrack) / 3600 / gpusPerNode + scheduleHours([g.training]);
}

export class MlStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GoogleProvider(this, "google", { project: PROJECT, region: "us-central1" });
    const beta = new GoogleBetaProvider(this, "google-beta", { project: PROJECT, region: "us-central2", zone: ML_DRIVERS.tpu.zone });
    StackCost.of(this).drivers(reportDrivers()).addPriceBook(GCP_COMMITMENT);
    const shape = COMPUTE_DRIVERS.loadShape;

    // Training, TPU v4: the recommendation models.
    const tpu = ML_DRIVERS.tpu;
    new TpuTrainingPool(this, "tpu-recsys", {
      name: "recsys-v4",
      zone: tpu.zone,
      acceleratorType: tpu.acceleratorType,
      maxSlices: tpu.maxSlices,
      labels: labels("recommendations", "ml-tpu-training"),
      provider: beta,
      usage: { sliceHoursPerMonth: scheduleHours(tpu.schedule) },
    });

    // Training, A100 GPUs: audio analysis, on a GKE pool that scales to zero between jobs.
    const training = new ContainerCluster(this, "ml-training-cluster", {
      name: "ml-training",
      location: "us-central1",
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      deletionProtection: false,
      resourceLabels: labels("audio-analysis", "ml-gpu-training"),
    });
    Cost.category(training, "ml");
    new GpuTrainingPool(this, "gpu-audio", {
      cluster: training,
      name: "a100-audio",
      machineType: ML_DRIVERS.gpu.machineType,
      maxNodes: ML_DRIVERS.gpu.maxNodes,
      labels: labels("audio-analysis", "ml-gpu-training"),
      // Audio analysis is batch work that checkpoints and retries: it tolerates preemption.
      usage: { nodeHoursPerMonth: audioNodeHours(), interruptible: true },
    });

    for (const [i, geo] of SERVING_GEOS.entries()) {
      const key = geo.toLowerCase();
      // Inference, Vertex AI: the seed's 100M predictions a day, by users served.
      const v = ML_DRIVERS.vertex;
      const predictionsPerDay = DRIVERS.predictionsPerDay * geoShare(geo);
      const replicas = predictionsPerDay / 86_400 / v.predictionsPerSecondPerReplica;
      new PredictionEndpoint(this, `vertex-${key}`, {
        endpointId: String(1001 + i),
        displayName: `ranking-${key}`,
        region: REGION[geo],
        machineType: v.machineType,
        minReplicas: Math.max(v.minReplicas, Math.floor(replicas * shape.troughToAverage)),
        maxReplicas: Math.max(v.minReplicas, Math.ceil(replicas * shape.peakToAverage)),
        labels: labels("recommendations", "ml-vertex-inference"),
        load: { predictionsPerDay, predictionsPerSecondPerReplica: v.predictionsPerSecondPerReplica, peakToAverage: shape.peakToAverage },
      });

      // Inference, custom edge serving: the recommendations, on model servers near the users (a GKE cluster per
      // serving region, the workload scaled by its HPA; GkeAutoscalingCluster packs its pods onto the nodes).
      const e = ML_DRIVERS.edge;
      const requestsPerSecond = (ML_DRIVERS.recommendationsPerDay * geoShare(geo)) / 86_400;
      const target = DRIVERS.gke.targetCpuUtilization;
      const perPod = e.recommendationsPerSecondPerVcpu * e.pod.cpu;
      const pods = requestsPerSecond / (perPod * target);
      const edge = new GkeAutoscalingCluster(this, `edge-${key}`, {
        clusterName: `edge-inference-${key}`,
        location: REGION[geo],
        labels: labels("recommendations", "ml-edge-inference"),
        workloads: [{
          name: "model-servers",
          minReplicas: Math.max(2, Math.floor(pods * shape.troughToAverage)),
          maxReplicas: Math.ceil(pods * shape.peakToAverage),
          targetCpuUtilization: target,
          requestsPerSecondPerPod: perPod,
          podCpuRequest: e.pod.cpu,
          podMemoryRequestGib: e.pod.memoryGib,
          machineType: e.machineType,
          usage: { averageRequestsPerSecond: requestsPerSecond },
        }],
      });
      Cost.category(edge.cluster, "ml");
      for (const pool of Object.values(edge.nodePools)) Cost.category(pool, "ml");
    }
  }
}
